package io.steward.ports.shared;

import java.util.Map;

/** The object does not exist, or the caller holds no role in its estate and may not learn that it does. */
public class NotFound extends Refusal {
    private static final long serialVersionUID = 1L;

    public NotFound(String what, Object id) {
        super(null, "not-found", what + " " + id + " not found", Map.of("type", what, "id", String.valueOf(id)));
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
