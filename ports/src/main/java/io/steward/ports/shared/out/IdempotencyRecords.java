package io.steward.ports.shared.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers the answer to a request that carried an {@code Idempotency-Key}, so a retried POST is answered once
 * and the same way. Used by driving adapters; keys are scoped by caller.
 */
public interface IdempotencyRecords {

    /** The longest key a store must accept. */
    int MAX_KEY = 200;

    /**
     * A remembered answer. {@code status == 0} marks a request still being processed; {@code location} is the
     * {@code Location} of a created resource, so a replayed 201 points where the first did.
     */
    record Entry(String scope, String key, String requestHash, int status, String contentType, String body,
                 String location, Instant createdAt) {
        public boolean inProgress() {
            return status == 0;
        }
    }

    Optional<Entry> find(String scope, String key);

    /**
     * Claims the key for a new request.
     *
     * @return false when the key is already claimed (a concurrent or earlier request holds it)
     */
    boolean claim(String scope, String key, String requestHash, Instant at);

    void complete(String scope, String key, int status, String contentType, String body, String location);

    /** Forgets a claim whose request failed for a reason a retry may not meet (a server error). */
    void release(String scope, String key);
}
