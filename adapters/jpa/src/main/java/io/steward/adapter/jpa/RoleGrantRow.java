package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Row of {@code role_grant}; {@code estateKey} is '*' for company-wide grants, {@code unitKey} '-' for staff grants. */
@Entity
@Table(name = "role_grant")
@IdClass(RoleGrantRow.Key.class)
public class RoleGrantRow {
    @Id
    @Column(name = "actor_id")
    String actorId;
    @Id
    @Column(name = "estate_key")
    String estateKey;
    @Id
    String role;
    @Id
    @Column(name = "unit_key")
    String unitKey;

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String actorId;
        String estateKey;
        String role;
        String unitKey;

        public Key() {
        }

        Key(String actorId, String estateKey, String role, String unitKey) {
            this.actorId = actorId;
            this.estateKey = estateKey;
            this.role = role;
            this.unitKey = unitKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.actorId.equals(actorId) && k.estateKey.equals(estateKey) && k.role.equals(role)
                    && k.unitKey.equals(unitKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actorId, estateKey, role, unitKey);
        }
    }
}
