package io.steward.ports.shared.calendar;

import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.LocalDate;

/** A holiday: the days from {@code from} to {@code to}, both included, are rest days. */
public record Holiday(String name, LocalDate from, LocalDate to) {
    public Holiday {
        name = Texts.required(name, "the holiday's name");
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInput("a holiday runs from its first day to its last, not before it");
        }
        if (to.toEpochDay() - from.toEpochDay() > 31) {
            throw new InvalidInput("a holiday lasts a month at the most: " + name);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
