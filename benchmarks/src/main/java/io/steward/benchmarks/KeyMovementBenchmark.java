package io.steward.benchmarks;

import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyId;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.EstateId;
import java.time.Duration;
import java.time.Instant;
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
 * KEY-07/KEY-12: one check-out and its return — two movements, each a use case with its role checks, the key's
 * optimistic write, the append to the history, audit and event. {@code history} is how many movements the estate's
 * keys already have: a movement must cost the same on a register that has been in use for years.
 *
 * <p>Each iteration is a fixed batch of {@value #BATCH} pairs, so the score in milliseconds per batch reads as
 * microseconds per pair, and every adapter grows the history by the same amount while it is measured (a time-boxed
 * iteration would let the fastest adapter record millions of movements and measure its garbage collector).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, batchSize = KeyMovementBenchmark.BATCH)
@Measurement(iterations = 10, batchSize = KeyMovementBenchmark.BATCH)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class KeyMovementBenchmark {
    static final int BATCH = 1000;

    @Param({"memory", "jpa-h2"})
    public String adapter;

    /** Movements already recorded in the estate before the measurement, spread over 20 other keys. */
    @Param({"0", "20000"})
    public int history;

    private Bench bench;
    private KeepKeyRegister register;
    private MoveKeys custody;
    private KeyId key;

    @Setup(Level.Trial)
    public void prepare() {
        bench = new Bench(adapter);
        register = bench.steward.keepKeyRegister();
        custody = bench.steward.moveKeys();
        EstateId estate = bench.keyEstate();
        int others = 20;
        for (int k = 0; k < others; k++) {
            KeyId other = register(estate, "store room " + k);
            for (int pair = 0; pair < history / others / 2; pair++) {
                checkOutAndReturn(other);
            }
        }
        key = register(estate, "plant room");
    }

    private KeyId register(EstateId estate, String area) {
        return register.register(estate, new KeepKeyRegister.Registration(null, area, null, 1, CustodyReason.DEVELOPER_HANDOVER,
                null)).id();
    }

    private KeyView checkOutAndReturn(KeyId id) {
        custody.checkOut(id, new MoveKeys.CheckOut("engineer", "meter reading", null, Instant.now().plus(Duration.ofHours(1)),
                "engineer"));
        return custody.giveBack(id, new MoveKeys.Return("engineer"));
    }

    @Benchmark
    public KeyView checkOutAndReturn() {
        return checkOutAndReturn(key);
    }

    @TearDown(Level.Trial)
    public void close() {
        bench.close();
    }
}
