package io.steward.ports.shared.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A deadline, computed, never typed (SVC-09): from {@code start}, {@code span} later on the estate's calendar, due at
 * {@code due}; {@code explanation} says how — the start, each day it skipped and why, the day it counted, the end.
 */
public record Deadline(Instant start, Span span, Instant due, List<String> explanation) {
    public Deadline {
        explanation = List.copyOf(explanation);
    }

    /** Whether the deadline has passed at {@code now}. */
    public boolean breachedAt(Instant now) {
        return now.isAfter(due);
    }
}
