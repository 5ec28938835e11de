package io.steward.ports.shared;

import java.util.Map;

/** Optimistic locking: the record changed since it was read; the write was refused, never merged. */
public class ConcurrentUpdate extends Refusal {
    private static final long serialVersionUID = 1L;

    public ConcurrentUpdate(String what, Object id, long expectedVersion) {
        super(null, "concurrent-update", what + " " + id + " was changed by someone else; reload and retry",
                Map.of("type", what, "id", String.valueOf(id), "expectedVersion", expectedVersion));
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
