package io.steward.ports.shared.calendar;

import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One year of the national calendar as the State Council published it: the holidays (rest days) and the make-up working
 * days (调休: weekend days that are working days). A day of the year listed in neither is a working day from Monday to
 * Friday and a rest day on Saturday and Sunday.
 *
 * @param source the notice the facts come from, e.g. 国务院办公厅关于2026年部分节假日安排的通知
 */
public record HolidayYear(int year, String source, List<Holiday> holidays, Set<LocalDate> makeUpWorkingDays) {
    public HolidayYear {
        if (year < 1949 || year > 2199) {
            throw new InvalidInput("a calendar year from 1949 to 2199");
        }
        source = Texts.required(source, "the notice the calendar comes from");
        holidays = List.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        for (Holiday h : holidays) {
            if (h.from().getYear() != year && h.to().getYear() != year) {
                throw new InvalidInput("holiday " + h.name() + " is not in " + year);
            }
        }
        for (LocalDate d : makeUpWorkingDays) {
            if (d.getYear() != year) {
                throw new InvalidInput("make-up working day " + d + " is not in " + year);
            }
            if (holidays.stream().anyMatch(h -> h.covers(d))) {
                throw new InvalidInput(d + " cannot be a holiday and a make-up working day");
            }
        }
    }
}
