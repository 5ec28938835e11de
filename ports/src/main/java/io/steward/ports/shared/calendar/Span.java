package io.steward.ports.shared.calendar;

import io.steward.ports.shared.InvalidInput;

/** An amount of time in one of the calendar's units, e.g. 1 working day (REN-02), 2 hours. */
public record Span(long amount, SpanUnit unit) {
    /** The longest span a deadline takes: ten years' worth of minutes. */
    public static final long MAX_AMOUNT = 10L * 366 * 24 * 60;

    public Span {
        if (unit == null) {
            throw new InvalidInput("a span names its unit");
        }
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new InvalidInput("a span is 0 to " + MAX_AMOUNT + " " + unit);
        }
    }

    public static Span workingDays(long n) {
        return new Span(n, SpanUnit.WORKING_DAYS);
    }

    public static Span workingHours(long n) {
        return new Span(n, SpanUnit.WORKING_HOURS);
    }

    public static Span hours(long n) {
        return new Span(n, SpanUnit.HOURS);
    }

    @Override
    public String toString() {
        return amount + " " + unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
