package io.steward.domain.shared;

import io.steward.ports.shared.SharedRefusals;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.calendar.Deadline;
import io.steward.ports.shared.calendar.Holiday;
import io.steward.ports.shared.calendar.HolidayYear;
import io.steward.ports.shared.calendar.ServiceHours;
import io.steward.ports.shared.calendar.Span;
import io.steward.ports.shared.calendar.SpanUnit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The business calendar (SVC-09): which days are working days on the PRC calendar — public holidays are rest days,
 * make-up working days (调休) are working days though they fall on a weekend, and an estate may add local holidays — and
 * the deadlines computed on it, in minutes, hours, working hours (the service hours of working days), working days or
 * calendar days, each explaining itself.
 *
 * <p>Only the years it has facts for are answered: a day of another year is refused ({@code calendar-year-not-covered}),
 * never guessed from the weekends alone. {@link #national()} knows the years shipped with the library (2025 and 2026,
 * from the State Council's notices); {@link #withYear} adds a later year as it is published, {@link #withLocalHolidays}
 * an estate's own. The calendar is immutable: each of these answers a new one.
 */
public final class BusinessCalendar {
    private static final String DATA = "prc-holidays.txt";
    private static final BusinessCalendar NATIONAL = new BusinessCalendar(load(), List.of());

    private final Map<Integer, HolidayYear> years;
    private final List<Holiday> local;

    private BusinessCalendar(Map<Integer, HolidayYear> years, List<Holiday> local) {
        this.years = Map.copyOf(years);
        this.local = List.copyOf(local);
    }

    /** The PRC calendar for the years shipped with the library. */
    public static BusinessCalendar national() {
        return NATIONAL;
    }

    /** A calendar of exactly these years (tests, an integrator's own facts). */
    public static BusinessCalendar of(List<HolidayYear> years) {
        Map<Integer, HolidayYear> byYear = new TreeMap<>();
        for (HolidayYear y : years) {
            if (byYear.put(y.year(), y) != null) {
                throw new InvalidInput("the calendar has " + y.year() + " twice");
            }
        }
        return new BusinessCalendar(byYear, List.of());
    }

    /** This calendar with a year added or replaced, as the State Council publishes it. */
    public BusinessCalendar withYear(HolidayYear year) {
        Map<Integer, HolidayYear> byYear = new TreeMap<>(years);
        byYear.put(year.year(), year);
        return new BusinessCalendar(byYear, local);
    }

    /**
     * This calendar with the years given in the library's own text format (a deployment's file of later years, as
     * published): lines {@code year <yyyy> <notice>}, {@code holiday <first> <last> <name>}, {@code work <day>}.
     */
    public BusinessCalendar withYearsFrom(List<String> lines) {
        BusinessCalendar result = this;
        for (HolidayYear year : parse(lines).values()) {
            result = result.withYear(year);
        }
        return result;
    }

    /** This calendar with an estate's local holidays, rest days there on top of the national ones. */
    public BusinessCalendar withLocalHolidays(List<Holiday> holidays) {
        List<Holiday> all = new ArrayList<>(local);
        all.addAll(holidays);
        return new BusinessCalendar(years, all);
    }

    /** The years this calendar answers for. */
    public Set<Integer> years() {
        return new TreeMap<>(years).keySet();
    }

    public boolean isWorkingDay(LocalDate day) {
        return why(day).working();
    }

    /** What the day is, and why. */
    private record Day(LocalDate date, boolean working, String reason) {
    }

    private Day why(LocalDate day) {
        HolidayYear year = years.get(day.getYear());
        if (year == null) {
            throw SharedRefusals.CALENDAR_YEAR_NOT_COVERED.refuse("the business calendar has no facts for " + day.getYear()
                    + " (it knows " + years() + "): add the year's holidays and make-up working days as published",
                    Map.of("year", day.getYear(), "years", List.copyOf(years())));
        }
        for (Holiday h : local) {
            if (h.covers(day)) {
                return new Day(day, false, h.name() + " (a local holiday)");
            }
        }
        for (Holiday h : year.holidays()) {
            if (h.covers(day)) {
                return new Day(day, false, h.name());
            }
        }
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (year.makeUpWorkingDays().contains(day)) {
            return new Day(day, true, weekday + ", a make-up working day (调休)");
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new Day(day, !weekend, weekday);
    }

    /**
     * The deadline {@code span} after {@code start}, in {@code zone}, for a desk keeping {@code hours}.
     * <ul>
     *   <li>MINUTES, HOURS: clock time.</li>
     *   <li>CALENDAR_DAYS: the same time of day, that many days later.</li>
     *   <li>WORKING_DAYS: the close of service on the n-th working day after the day it starts (a duty line: the end of
     *       that day); 0 is the start itself.</li>
     *   <li>WORKING_HOURS: that many hours within the service hours of working days (a duty line: clock hours).</li>
     * </ul>
     */
    public Deadline deadline(Instant start, Span span, ZoneId zone, ServiceHours hours) {
        List<String> why = new ArrayList<>();
        ZonedDateTime from = start.atZone(zone);
        why.add("from " + from.toLocalDateTime() + " (" + zone + ")");
        Instant due = switch (span.unit()) {
            case MINUTES -> start.plus(Duration.ofMinutes(span.amount()));
            case HOURS -> start.plus(Duration.ofHours(span.amount()));
            case CALENDAR_DAYS -> from.plusDays(span.amount()).toInstant();
            case WORKING_DAYS -> workingDays(from, span.amount(), hours, why);
            case WORKING_HOURS -> hours.roundTheClock() ? start.plus(Duration.ofHours(span.amount()))
                    : workingMinutes(from, span.amount() * 60, hours, why);
        };
        why.add("due " + due.atZone(zone).toLocalDateTime());
        return new Deadline(start, span, due, why);
    }

    private Instant workingDays(ZonedDateTime from, long n, ServiceHours hours, List<String> why) {
        if (n == 0) {
            return from.toInstant();
        }
        LocalDate day = from.toLocalDate();
        long counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            Day d = why(day);
            if (d.working()) {
                counted++;
                if (!d.reason().equals(weekdayName(day)) || counted == n) {
                    why.add(day + " " + d.reason() + ": working day " + counted);
                }
            } else {
                why.add(day + " " + d.reason() + ": rest day, skipped");
            }
        }
        LocalDateTime end = hours.roundTheClock() ? day.plusDays(1).atStartOfDay() : day.atTime(hours.closes());
        return end.atZone(from.getZone()).toInstant();
    }

    private Instant workingMinutes(ZonedDateTime from, long minutes, ServiceHours hours, List<String> why) {
        if (minutes == 0) {
            return from.toInstant();
        }
        ZoneId zone = from.getZone();
        LocalDateTime t = from.toLocalDateTime();
        long remaining = minutes;
        Set<String> told = new HashSet<>();
        while (true) {
            LocalDate day = t.toLocalDate();
            Day d = why(day);
            if (d.working()) {
                LocalDateTime opens = day.atTime(hours.opens());
                LocalDateTime closes = day.atTime(hours.closes());
                LocalDateTime begin = t.isAfter(opens) ? t : opens;
                if (begin.isBefore(closes)) {
                    long available = Duration.between(begin, closes).toMinutes();
                    if (remaining <= available) {
                        return begin.plusMinutes(remaining).atZone(zone).toInstant();
                    }
                    remaining -= available;
                    if (!d.reason().equals(weekdayName(day)) && told.add(day.toString())) {
                        why.add(day + " " + d.reason() + ": working hours " + hours.opens() + "–" + hours.closes());
                    }
                }
            } else if (told.add(day.toString())) {
                why.add(day + " " + d.reason() + ": rest day, skipped");
            }
            t = day.plusDays(1).atStartOfDay();
        }
    }

    private static String weekdayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The years shipped with the library, read from {@value #DATA} next to this class. */
    private static Map<Integer, HolidayYear> load() {
        try (InputStream in = BusinessCalendar.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(DATA + " is missing from the library"));
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the calendar data: {@code year}, then its {@code holiday} and {@code work} lines. */
    static Map<Integer, HolidayYear> parse(List<String> lines) {
        Map<Integer, HolidayYear> years = new TreeMap<>();
        int year = 0;
        String source = null;
        List<Holiday> holidays = new ArrayList<>();
        Set<LocalDate> work = new HashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\\s+", 4);
            switch (p[0]) {
                case "year" -> {
                    if (source != null) {
                        years.put(year, new HolidayYear(year, source, holidays, work));
                    }
                    year = Integer.parseInt(p[1]);
                    source = line.substring(line.indexOf(p[1]) + p[1].length()).strip();
                    holidays = new ArrayList<>();
                    work = new HashSet<>();
                }
                case "holiday" -> holidays.add(new Holiday(p[3], LocalDate.parse(p[1]), LocalDate.parse(p[2])));
                case "work" -> work.add(LocalDate.parse(p[1]));
                default -> throw new InvalidInput("calendar data: cannot read \"" + line + "\"");
            }
        }
        if (source != null) {
            years.put(year, new HolidayYear(year, source, holidays, work));
        }
        return years;
    }
}
