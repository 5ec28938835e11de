package io.steward.benchmarks;

import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.deposits.out.Posting;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
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
 * DEP-06: a deposit's balance read with 10 entries behind it and with 10 000 (holds and voids of a CNY 2 000 deposit),
 * through the cashier's desk — the view reads the account's running sums, so the two should cost the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DepositBalanceBenchmark {
    @Param({"memory", "jpa-h2"})
    public String adapter;

    @Param({"10", "10000"})
    public int entries;

    private Bench bench;
    private DepositId deposit;

    @Setup(Level.Trial)
    public void history() {
        bench = new Bench(adapter);
        UnitId unit = bench.handedOverUnit();
        EstateId estate = bench.steward.browseEstates().unit(unit).estate();
        DepositState d = bench.transactions.inTransaction(() -> bench.deposits.save(new DepositState(DepositId.newId(),
                estate, unit, DepositPurpose.RENOVATION, "bench", HolderKind.OWNER, "张三", "13800138000", Fen.yuan(2_000),
                DepositStatus.HELD, "cashier", Instant.now(), 0)));
        deposit = d.id();
        AccountRef held = AccountRef.held(estate, d.id());
        AccountRef income = AccountRef.penalties(estate);
        append(new Posting(PostingId.newId(), estate, d.id(), PostingCode.COLLECTION, PostingKind.POSTED,
                AccountRef.cash(estate), held, d.amount(), null, null, "receipt:1", null, "cashier", Instant.now()));
        int written = 1;
        while (written < entries) {
            int batch = Math.min(500, entries - written);
            int start = written;
            bench.transactions.inTransaction(() -> {
                for (int i = 0; i + 1 < batch; i += 2) {
                    Posting hold = new Posting(PostingId.newId(), estate, d.id(), PostingCode.PENALTY, PostingKind.PENDING,
                            held, income, Fen.yuan(1), null, null, "approval:bench", null, "cashier", Instant.now());
                    bench.depositLedger.append(hold);
                    bench.depositLedger.append(new Posting(PostingId.newId(), estate, d.id(), PostingCode.PENALTY,
                            PostingKind.VOID_PENDING, held, income, hold.amount(), hold.id(), null, hold.reference(), null,
                            "cashier", Instant.now()));
                }
                return null;
            });
            written = start + Math.max(2, batch - batch % 2);
        }
        bench.as("cashier");
    }

    private void append(Posting p) {
        bench.transactions.inTransaction(() -> {
            bench.depositLedger.append(p);
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void close() {
        bench.close();
    }

    @Benchmark
    public DepositView balance() {
        return bench.steward.keepDeposits().deposit(deposit);
    }
}
