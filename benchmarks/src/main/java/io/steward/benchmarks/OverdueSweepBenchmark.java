package io.steward.benchmarks;

import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.EstateId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * KEY-07 overdue alert, as a scheduler runs it every few minutes: the steady state, where every overdue key's holder
 * has been reminded already and the sweep finds nobody new — the cost the scheduler pays on every run. The estate
 * has {@code overdue} keys out past due, each with {@code history} movements behind it (a key lent out day after day
 * for years), and 50 keys in the cabinet.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class OverdueSweepBenchmark {
    @Param({"memory", "jpa-h2"})
    public String adapter;

    @Param({"20"})
    public int overdue;

    /** Movements each overdue key already has. */
    @Param({"2", "400"})
    public int history;

    private Bench bench;
    private KeepKeyRegister register;
    private MoveKeys custody;
    private EstateId estate;

    @Setup(Level.Trial)
    public void prepare() {
        bench = new Bench(adapter);
        register = bench.steward.keepKeyRegister();
        custody = bench.steward.moveKeys();
        estate = bench.keyEstate();
        for (int k = 0; k < 50; k++) {
            register("cabinet room " + k);
        }
        for (int k = 0; k < overdue; k++) {
            KeyId key = register("store room " + k);
            for (int pair = 0; pair < (history - 2) / 2; pair++) {
                checkOut(key, Duration.ofHours(1));
                custody.giveBack(key, new MoveKeys.Return("engineer"));
            }
            checkOut(key, Duration.ofMinutes(30));
        }
        bench.advance(Duration.ofHours(2));
        if (custody.remindOverdue(estate).size() != overdue) {
            throw new IllegalStateException("every key out should be overdue and reminded once");
        }
    }

    private KeyId register(String area) {
        return register.register(estate, new KeepKeyRegister.Registration(null, area, null, 1, CustodyReason.DEVELOPER_HANDOVER,
                null)).id();
    }

    private void checkOut(KeyId key, Duration dueIn) {
        custody.checkOut(key, new MoveKeys.CheckOut("engineer", "meter reading", null, Instant.now().plus(dueIn), "engineer"));
    }

    /** Nobody new to remind: the overdue list is read, and each key's history tells that its holder was reminded. */
    @Benchmark
    public List<KeyView> sweepWithNobodyToRemind() {
        List<KeyView> reminded = custody.remindOverdue(estate);
        if (!reminded.isEmpty()) {
            throw new IllegalStateException("a holder was reminded twice");
        }
        return reminded;
    }

    @TearDown(Level.Trial)
    public void close() {
        bench.close();
    }
}
