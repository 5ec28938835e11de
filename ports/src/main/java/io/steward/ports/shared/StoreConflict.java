package io.steward.ports.shared;

import java.util.Map;

/**
 * What an out-port answers when a write collides with what is stored: the only refusals an adapter throws, besides
 * {@link ConcurrentUpdate} (a stale version) and {@link NotFound} (a row it was asked to lock is missing). They carry no
 * rule id: the rule (a code taken, a number given twice) is the domain's, which checks it before it writes, so an
 * adapter's conflict is the loser of a race or a bug, and every adapter answers it with the same code (the contract
 * tests compare codes).
 */
public final class StoreConflict extends Conflict {
    private static final long serialVersionUID = 1L;

    /** A row with the same key or unique value exists already. */
    public static final String DUPLICATE = "duplicate";
    /** The row names a row that does not exist. */
    public static final String MISSING_REFERENCE = "missing-reference";
    /** A value the store does not admit (a database CHECK). */
    public static final String NOT_ADMITTED = "value-not-admitted";

    private StoreConflict(String code, String message, Map<String, ?> details) {
        super(null, code, message, details);
    }

    /** {@code what} with {@code key} is stored already. */
    public static StoreConflict duplicate(String what, Object key) {
        return new StoreConflict(DUPLICATE, what + " " + key + " exists already", Map.of("what", what, "key", String.valueOf(key)));
    }

    public static StoreConflict missingReference(Map<String, ?> details) {
        return new StoreConflict(MISSING_REFERENCE, "the change names a record that does not exist", details);
    }

    public static StoreConflict notAdmitted(Map<String, ?> details) {
        return new StoreConflict(NOT_ADMITTED, "the change holds a value the store does not admit", details);
    }

    /** A collision the store reports without saying which (an unknown constraint). */
    public static StoreConflict unspecified(Map<String, ?> details) {
        return new StoreConflict(DUPLICATE, "the change conflicts with a record that exists already", details);
    }
}
