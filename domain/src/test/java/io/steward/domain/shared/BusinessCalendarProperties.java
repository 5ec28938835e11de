package io.steward.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.ports.shared.calendar.Deadline;
import io.steward.ports.shared.calendar.ServiceHours;
import io.steward.ports.shared.calendar.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SVC-09 as properties over 2025 and 2026: whatever the start and the amount. */
class BusinessCalendarProperties {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessCalendar calendar = BusinessCalendar.national();

    /** A start in 2025 or in 2026 up to mid-November, so that 30 working days stay within the data. */
    @Provide
    Arbitrary<Instant> starts() {
        LocalDateTime first = LocalDate.of(2025, 1, 1).atStartOfDay();
        long minutes = java.time.Duration.between(first, LocalDate.of(2026, 11, 15).atStartOfDay()).toMinutes();
        return Arbitraries.longs().between(0, minutes).map(m -> first.plusMinutes(m).atZone(SHANGHAI).toInstant());
    }

    private LocalDateTime local(Deadline d) {
        return d.due().atZone(SHANGHAI).toLocalDateTime();
    }

    @Property(seed = "20260216")
    @Label("SVC-09: adding working days never ends on a rest day, and ends at the close of service")
    void working_days_end_on_a_working_day(@ForAll("starts") Instant start, @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDateTime due = local(calendar.deadline(start, Span.workingDays(n), SHANGHAI, ServiceHours.DEFAULT));
        assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
        assertThat(due.toLocalTime()).isEqualTo(ServiceHours.DEFAULT.closes());
    }

    @Property(seed = "20260216")
    @Label("SVC-09: the result is monotonic in the amount added: one more working day or hour is later")
    void more_is_later(@ForAll("starts") Instant start, @ForAll @IntRange(min = 0, max = 29) int n) {
        Instant days = calendar.deadline(start, Span.workingDays(n), SHANGHAI, ServiceHours.DEFAULT).due();
        Instant moreDays = calendar.deadline(start, Span.workingDays(n + 1), SHANGHAI, ServiceHours.DEFAULT).due();
        assertThat(moreDays).isAfter(days);
        Instant hours = calendar.deadline(start, Span.workingHours(n), SHANGHAI, ServiceHours.DEFAULT).due();
        Instant moreHours = calendar.deadline(start, Span.workingHours(n + 1), SHANGHAI, ServiceHours.DEFAULT).due();
        assertThat(moreHours).isAfter(hours);
    }

    @Property(seed = "20260216")
    @Label("SVC-09: working hours end within the service hours of a working day")
    void working_hours_end_in_service(@ForAll("starts") Instant start, @ForAll @IntRange(min = 1, max = 200) int n) {
        LocalDateTime due = local(calendar.deadline(start, Span.workingHours(n), SHANGHAI, ServiceHours.DEFAULT));
        assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
        LocalTime t = due.toLocalTime();
        assertThat(t).isAfter(ServiceHours.DEFAULT.opens()).isBeforeOrEqualTo(ServiceHours.DEFAULT.closes());
    }

    @Property(seed = "20260216")
    @Label("SVC-09: a make-up working day counts: one working day from the working day before it ends on it")
    void make_up_days_count(@ForAll("makeUpDays") LocalDate makeUp) {
        LocalDate before = makeUp.minusDays(1);
        while (!calendar.isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        // counting from the last working day before, the next working day is the make-up day, unless a working day lies
        // between them (none does in the published calendar)
        Instant start = before.atTime(12, 0).atZone(SHANGHAI).toInstant();
        LocalDate due = local(calendar.deadline(start, Span.workingDays(1), SHANGHAI, ServiceHours.DEFAULT)).toLocalDate();
        assertThat(due).isEqualTo(makeUp);
        assertThat(makeUp.getDayOfWeek().getValue()).as("a weekend day").isGreaterThanOrEqualTo(6);
    }

    @Provide
    Arbitrary<LocalDate> makeUpDays() {
        return Arbitraries.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11), LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
    }
}
