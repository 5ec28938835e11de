package io.steward.ports.shared.calendar;

import io.steward.ports.shared.InvalidInput;
import java.time.LocalTime;

/**
 * When a desk serves (SVC-09): from {@code opens} to {@code closes} on every day it is open; a duty line serves round
 * the clock, every day, holidays included. Working hours are the service hours of working days.
 */
public record ServiceHours(LocalTime opens, LocalTime closes, boolean roundTheClock) {
    /** The seed's service desk (000 L123): Monday to Sunday, 08:00 to 18:00. */
    public static final ServiceHours DEFAULT = new ServiceHours(LocalTime.of(8, 0), LocalTime.of(18, 0), false);
    /** A 24-hour duty line (the control room, security): every hour counts. */
    public static final ServiceHours DUTY_LINE = new ServiceHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true);

    public ServiceHours {
        if (opens == null || closes == null) {
            throw new InvalidInput("service hours open and close");
        }
        if (!roundTheClock && !closes.isAfter(opens)) {
            throw new InvalidInput("service hours close after they open, the same day");
        }
    }
}
