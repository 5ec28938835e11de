package io.steward.ports.shared;

import java.util.Map;

/** Malformed input that a command record refused in its constructor. */
public class InvalidInput extends Refusal {
    private static final long serialVersionUID = 1L;

    public InvalidInput(String message) {
        super(null, "invalid-input", message, Map.of());
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
