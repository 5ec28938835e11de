package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code key_register_deputy}: a deputy of an estate's key manager (KEY-02). */
@Entity
@Table(name = "key_register_deputy")
@IdClass(KeyDeputyRow.Key.class)
public class KeyDeputyRow {
    @Id
    @Column(name = "estate_id")
    String estateId;
    @Id
    String person;
    @Column(name = "designated_by")
    String designatedBy;
    @Column(name = "designated_at")
    Instant designatedAt;

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String estateId;
        String person;

        public Key() {
        }

        Key(String estateId, String person) {
            this.estateId = estateId;
            this.person = person;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.estateId.equals(estateId) && k.person.equals(person);
        }

        @Override
        public int hashCode() {
            return Objects.hash(estateId, person);
        }
    }
}
