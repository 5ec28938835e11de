package io.steward.benchmarks;

import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * DEP-06: what one charge costs as a unit's account grows — a unit handed over, then {@code history} lines already in
 * its account (a paid repair a line), then one more charge per operation. A write whose cost does not depend on the
 * history it appends to answers the same for 10 lines as for 10 000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class FeeChargeBenchmark {
    @Param({"memory", "jpa-h2"})
    public String adapter;

    @Param({"10", "10000"})
    public int history;

    private Bench bench;
    private UnitId unit;
    private PostFees fees;

    @Setup(Level.Trial)
    public void account() {
        bench = new Bench(adapter);
        unit = bench.handedOverUnit();
        fees = bench.steward.postFees();
        var estate = bench.steward.browseEstates().unit(unit).estate();
        List<FeeEntry> lines = new ArrayList<>();
        Instant at = Instant.now();
        for (int i = 0; i < history; i++) {
            lines.add(new FeeEntry(UUID.randomUUID(), estate, unit, FeeEntryKind.CHARGE, "REPAIR", Fen.of(100), null, null, null,
                    "history " + i, "cashier", at));
        }
        bench.transactions.inTransaction(() -> {
            bench.ledger.append(lines);
            return null;
        });
    }

    @Benchmark
    public FeeAccountView charge() {
        return fees.charge(unit, new PostFees.Charge("REPAIR", Fen.of(1_250), null, null, "WO-bench"));
    }

    @TearDown(Level.Trial)
    public void close() {
        bench.close();
    }
}
