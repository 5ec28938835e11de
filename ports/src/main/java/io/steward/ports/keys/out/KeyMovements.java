package io.steward.ports.keys.out;

import io.steward.ports.keys.KeyId;
import java.util.List;

/**
 * The history of every key: append-only (KEY-12). There is no way to change or remove a line; a movement whose
 * {@code seq} the key already has is a {@code Conflict}.
 */
public interface KeyMovements {
    void append(KeyMovement movement);

    /** The history of a key, oldest first. */
    List<KeyMovement> ofKey(KeyId key);
}
