package io.steward.benchmarks;

import io.steward.domain.shared.BusinessCalendar;
import io.steward.ports.shared.calendar.Deadline;
import io.steward.ports.shared.calendar.ServiceHours;
import io.steward.ports.shared.calendar.Span;
import io.steward.ports.shared.calendar.SpanUnit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SVC-09: what a deadline costs, computed on the business calendar across Spring Festival 2026 (the longest run of rest
 * days of the year, with its make-up Saturdays): from Friday 13 Feb 2026 15:00, {@code amount} of {@code unit}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineBenchmark {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant START = LocalDateTime.of(2026, 2, 13, 15, 0).atZone(SHANGHAI).toInstant();

    @Param({"WORKING_DAYS", "WORKING_HOURS"})
    public SpanUnit unit;

    @Param({"1", "20"})
    public int amount;

    private final BusinessCalendar calendar = BusinessCalendar.national();

    @Benchmark
    public Deadline deadline() {
        return calendar.deadline(START, new Span(amount, unit), SHANGHAI, ServiceHours.DEFAULT);
    }
}
