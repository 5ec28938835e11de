package io.steward.adapter.rest.deposits;

import io.steward.adapter.rest.IdempotencyFilter;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * DEP-06 over HTTP: a money operation takes an {@code Idempotency-Key}, and the ledger's posting id is derived from it
 * and from what the operation acts on — so a retry reaches the ledger under the same posting id even after the
 * filter's record of the first answer is gone, and the ledger processes it once.
 */
public final class PostingIds {
    private PostingIds() {
    }

    /** The posting id of the operation {@code what} on {@code subject} under {@code key}; the key is required. */
    public static PostingId of(String key, String what, Object subject) {
        if (key == null || key.isBlank()) {
            throw new InvalidInput("a money operation takes an " + IdempotencyFilter.HEADER + " header, so that a retry "
                    + "is processed once");
        }
        if (key.length() > 200) {
            throw new InvalidInput("an " + IdempotencyFilter.HEADER + " is at most 200 characters");
        }
        return new PostingId(UUID.nameUUIDFromBytes((what + "\n" + subject + "\n" + key).getBytes(StandardCharsets.UTF_8)));
    }
}
