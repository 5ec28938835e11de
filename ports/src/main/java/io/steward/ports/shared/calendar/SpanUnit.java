package io.steward.ports.shared.calendar;

/** What a span of time counts (SVC-09). */
public enum SpanUnit {
    /** Clock minutes. */
    MINUTES,
    /** Clock hours. */
    HOURS,
    /** Hours within the service hours of working days (a duty line: every hour). */
    WORKING_HOURS,
    /** Working days after the day it starts, due at the close of service hours of the last one. */
    WORKING_DAYS,
    /** Calendar days, rest days included, at the same time of day. */
    CALENDAR_DAYS
}
