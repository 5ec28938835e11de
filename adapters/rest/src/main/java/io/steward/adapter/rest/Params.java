package io.steward.adapter.rest;

import io.steward.ports.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters parsed by hand, so a bad value is a 400 that says what was expected (Jakarta REST would answer
 * an unconvertible query parameter with a bare 404).
 */
public final class Params {
    private Params() {
    }

    /** The constant named by {@code text} (case-insensitive), or null when the parameter is absent. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static <E extends Enum<E>> E requiredEnum(Class<E> type, String text, String name) {
        E value = optionalEnum(type, text, name);
        if (value == null) {
            throw new InvalidInput(name + " is required, one of " + Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    public static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(name + " is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name + " must be a date YYYY-MM-DD: " + text);
        }
    }
}
