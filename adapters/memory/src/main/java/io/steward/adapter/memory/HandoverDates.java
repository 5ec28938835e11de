package io.steward.adapter.memory;

import io.steward.ports.estate.out.HandoverState;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The date by which a handover is reported: its handover date, else the day of its last step (UTC). */
final class HandoverDates {
    private HandoverDates() {
    }

    static LocalDate reportDate(HandoverState h) {
        if (h.handoverDate() != null) {
            return h.handoverDate();
        }
        return LocalDate.ofInstant(h.trail().get(h.trail().size() - 1).at(), ZoneOffset.UTC);
    }

    static boolean inPeriod(HandoverState h, LocalDate from, LocalDate to) {
        LocalDate d = reportDate(h);
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
