package io.steward.ports.shared;

/** Input checks of text fields in command records. */
public final class Texts {
    private Texts() {
    }

    /** The trimmed text, or {@link InvalidInput} naming {@code what} when it is missing. */
    public static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(what + " is required");
        }
        return value.trim();
    }

    /** The trimmed text, or null when blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
