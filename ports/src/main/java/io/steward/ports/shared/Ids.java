package io.steward.ports.shared;

import java.util.UUID;

/** Parsing of textual ids, with an error that names what was malformed. */
public final class Ids {
    private Ids() {
    }

    public static UUID parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(what + " is required");
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(what + " is not a valid id: " + text);
        }
    }
}
