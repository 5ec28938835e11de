package io.steward.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.calendar.Deadline;
import io.steward.ports.shared.calendar.Holiday;
import io.steward.ports.shared.calendar.HolidayYear;
import io.steward.ports.shared.calendar.ServiceHours;
import io.steward.ports.shared.calendar.Span;
import io.steward.ports.shared.calendar.SpanUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SVC-09 on the 2026 calendar as the State Council published it: Spring Festival and National Day with their 调休. */
class BusinessCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessCalendar calendar = BusinessCalendar.national();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private Deadline due(String start, Span span) {
        return calendar.deadline(at(start), span, SHANGHAI, ServiceHours.DEFAULT);
    }

    private static LocalDateTime local(Deadline d) {
        return d.due().atZone(SHANGHAI).toLocalDateTime();
    }

    @Test
    @DisplayName("SVC-09: Spring Festival 2026 (15–23 Feb) is rest, its make-up Saturdays (14 and 28 Feb) are working days")
    void spring_festival_2026() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).as("Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday, 调休").isTrue();
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d + " Spring Festival").isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Saturday, 调休").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 1))).as("an ordinary Sunday").isFalse();

        // REN-02's "one working day" from Friday 13 Feb: the make-up Saturday
        Deadline one = due("2026-02-13T15:00", Span.workingDays(1));
        assertThat(local(one)).isEqualTo(LocalDateTime.parse("2026-02-14T18:00"));
        assertThat(one.explanation()).anySatisfy(l -> assertThat(l).contains("2026-02-14").contains("make-up working day"));
        // two working days: over the whole festival to Tuesday 24 Feb
        Deadline two = due("2026-02-13T15:00", Span.workingDays(2));
        assertThat(local(two)).isEqualTo(LocalDateTime.parse("2026-02-24T18:00"));
        assertThat(two.explanation()).filteredOn(l -> l.contains("春节")).hasSize(9);
        assertThat(two.explanation()).first().asString().contains("2026-02-13T15:00");
        assertThat(two.explanation()).last().asString().contains("2026-02-24T18:00");
    }

    @Test
    @DisplayName("SVC-09: National Day 2026 (1–7 Oct) is rest, 20 Sep (Sunday) and 10 Oct (Saturday) are working days")
    void national_day_2026() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday, 调休").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 26))).as("Mid-Autumn Festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday, 调休").isTrue();
        // three working days from Tuesday 29 Sep: 30 Sep, then 8 and 9 Oct
        assertThat(local(due("2026-09-29T10:00", Span.workingDays(3)))).isEqualTo(LocalDateTime.parse("2026-10-09T18:00"));
        // four: the make-up Saturday 10 Oct
        assertThat(local(due("2026-09-29T10:00", Span.workingDays(4)))).isEqualTo(LocalDateTime.parse("2026-10-10T18:00"));
    }

    @Test
    @DisplayName("SVC-09: working hours count only the service hours of working days; a duty line counts every hour")
    void working_hours() {
        // 17:00 on 30 Sep + 3 working hours: 1 h that day, then nothing until 8 Oct 08:00, 2 h more
        Deadline d = due("2026-09-30T17:00", Span.workingHours(3));
        assertThat(local(d)).isEqualTo(LocalDateTime.parse("2026-10-08T10:00"));
        assertThat(d.explanation()).anySatisfy(l -> assertThat(l).contains("2026-10-01").contains("国庆节"));
        // before opening: counting starts at 08:00
        assertThat(local(due("2026-10-08T06:30", Span.workingHours(1)))).isEqualTo(LocalDateTime.parse("2026-10-08T09:00"));
        // a duty line keeps no calendar
        Deadline duty = calendar.deadline(at("2026-09-30T17:00"), Span.workingHours(3), SHANGHAI, ServiceHours.DUTY_LINE);
        assertThat(duty.due().atZone(SHANGHAI).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-09-30T20:00"));
        assertThat(local(due("2026-09-30T17:00", new Span(90, SpanUnit.MINUTES)))).isEqualTo(LocalDateTime.parse("2026-09-30T18:30"));
        assertThat(local(due("2026-09-30T17:00", new Span(2, SpanUnit.CALENDAR_DAYS))))
                .isEqualTo(LocalDateTime.parse("2026-10-02T17:00"));
        assertThat(due("2026-09-30T17:00", Span.workingDays(0)).due()).isEqualTo(at("2026-09-30T17:00"));
        assertThat(d.breachedAt(at("2026-10-08T10:01"))).isTrue();
        assertThat(d.breachedAt(at("2026-10-08T10:00"))).isFalse();
    }

    @Test
    @DisplayName("SVC-09: a year the calendar has no facts for is refused, never answered from the weekends alone; later "
            + "years are added as published, and an estate adds its local holidays")
    void years_are_added_and_local_holidays_count() {
        assertThat(calendar.years()).containsExactly(2025, 2026);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("SVC-09");
            assertThat(r.code()).isEqualTo("calendar-year-not-covered");
        });
        // a deadline that runs into an unknown year is refused too
        assertThatThrownBy(() -> due("2026-12-31T10:00", Span.workingDays(5))).isInstanceOf(Refusal.class);

        BusinessCalendar with2027 = calendar.withYear(new HolidayYear(2027, "a notice of the State Council",
                List.of(new Holiday("元旦 New Year's Day", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3))), Set.of()));
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.years()).as("the national calendar itself is unchanged").containsExactly(2025, 2026);
        // a deployment's file of later years, in the library's own format
        BusinessCalendar configured = calendar.withYearsFrom(List.of("# published 2026-11", "year 2027 国务院办公厅通知",
                "holiday 2027-02-06 2027-02-13 春节 Spring Festival", "work 2027-02-14"));
        assertThat(configured.isWorkingDay(LocalDate.of(2027, 2, 14))).as("a Sunday, 调休").isTrue();
        assertThat(configured.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThatThrownBy(() -> calendar.withYearsFrom(List.of("year 2027 x", "holidays 2027-01-01"))).isInstanceOf(InvalidInput.class);

        BusinessCalendar estate = calendar.withLocalHolidays(List.of(new Holiday("estate open day", LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 8))));
        assertThat(estate.isWorkingDay(LocalDate.of(2026, 10, 8))).isFalse();
        assertThat(estate.deadline(at("2026-09-30T10:00"), Span.workingDays(1), SHANGHAI, ServiceHours.DEFAULT).due())
                .isEqualTo(at("2026-10-09T18:00"));

        assertThatThrownBy(() -> new HolidayYear(2026, "x", List.of(new Holiday("h", LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 2, 14))), Set.of(LocalDate.of(2026, 2, 14)))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ServiceHours(LocalTime.of(18, 0), LocalTime.of(8, 0), false)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Span(-1, SpanUnit.HOURS)).isInstanceOf(InvalidInput.class);
    }

    @Test
    @DisplayName("SVC-09: the shipped data is the State Council's: 2025's Spring Festival 28 Jan – 4 Feb with 26 Jan and 8 Feb")
    void the_2025_data() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sunday, 调休").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).as("Saturday, 调休").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday, 调休").isTrue();
    }
}
