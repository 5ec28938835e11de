package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code idempotency_record}. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRow.Key.class)
public class IdempotencyRow {
    @Id
    String scope;
    @Id
    @Column(name = "idem_key")
    String key;
    @Column(name = "request_hash")
    String requestHash;
    int status;
    @Column(name = "content_type")
    String contentType;
    @Column(length = 1_000_000)
    String body;

    @Column(name = "location")
    String location;
    @Column(name = "created_at")
    Instant createdAt;

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String scope;
        String key;

        public Key() {
        }

        Key(String scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.scope.equals(scope) && k.key.equals(key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }
}
