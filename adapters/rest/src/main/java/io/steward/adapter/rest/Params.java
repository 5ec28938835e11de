package io.steward.adapter.rest;

import io.steward.ports.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters other than ids ({@link IdParams}) parsed by hand, so a bad value is a 400 that says what was expected (Jakarta REST would answer
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

    /** An estate named by {@code ?estate=}, which the list needs. */
    public static io.steward.ports.shared.EstateId estate(io.steward.ports.shared.EstateId estate) {
        if (estate == null) {
            throw new InvalidInput("name the estate: ?estate=<id>");
        }
        return estate;
    }

    /** A date in the years the request bodies take too ({@link StrictJson}). */
    public static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(name + " is required (YYYY-MM-DD)");
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < StrictJson.EARLIEST_YEAR || date.getYear() > StrictJson.LATEST_YEAR) {
                throw new InvalidInput(name + " must be a date in the years " + StrictJson.EARLIEST_YEAR + " to "
                        + StrictJson.LATEST_YEAR);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name + " must be a date YYYY-MM-DD: " + shorten(text));
        }
    }

    /** An instant (ISO-8601, e.g. 2026-02-13T07:00:00Z) in the years the bodies take; null when not given. */
    public static java.time.Instant instant(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(text.trim());
            if (at.getYear() < StrictJson.EARLIEST_YEAR || at.getYear() > StrictJson.LATEST_YEAR) {
                throw new InvalidInput(name + " must be an instant in the years " + StrictJson.EARLIEST_YEAR + " to "
                        + StrictJson.LATEST_YEAR);
            }
            return at.toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name + " must be an instant, e.g. 2026-02-13T07:00:00Z: " + shorten(text));
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when the parameter is not given. */
    public static int integer(String text, String name, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInput(name + " must be a whole number from " + min + " to " + max);
    }

    /** {@code true} or {@code false}; {@code false} when the parameter is not given. */
    public static boolean flag(String text, String name) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(name + " must be true or false");
        };
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
