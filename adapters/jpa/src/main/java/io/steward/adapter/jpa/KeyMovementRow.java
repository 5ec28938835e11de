package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code key_movement} (append-only, KEY-12). */
@Entity
@Table(name = "key_movement")
@IdClass(KeyMovementRow.Key.class)
public class KeyMovementRow {
    @Id
    @Column(name = "key_id")
    String keyId;
    @Id
    int seq;
    @Column(name = "estate_id")
    String estateId;
    String kind;
    Instant at;
    @Column(length = 100_000)
    String body;

    /** Composite key: the key and its movement number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String keyId;
        int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.keyId.equals(keyId) && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, seq);
        }
    }
}
