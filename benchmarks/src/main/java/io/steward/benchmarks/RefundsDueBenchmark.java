package io.steward.benchmarks;

import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositStatus;
import io.steward.ports.deposits.HolderKind;
import io.steward.ports.deposits.PostingCode;
import io.steward.ports.deposits.PostingId;
import io.steward.ports.deposits.PostingKind;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.deposits.out.Posting;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationRecords;
import io.steward.ports.renovation.RenovationStatus;
import io.steward.ports.renovation.in.SettleRenovationDeposit;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * DEP-04: the refunds due this month in an estate of 20 000 units, each with one renovation behind it — accepted over
 * a year, so that the refunds of a twelfth of them fall due each month; those due before June are settled, the rest
 * wait, each with its CNY 3 000 deposit in the ledger. The query answers June's: about 1 667 refunds, each with what its
 * deposit holds and whom to tell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RefundsDueBenchmark {
    static final int UNITS = 20_000;
    static final YearMonth MONTH = YearMonth.of(2026, 6);

    @Param({"memory", "jpa-h2"})
    public String adapter;

    private Bench bench;
    private EstateId estate;
    private SettleRenovationDeposit settle;

    @Setup(Level.Trial)
    public void estateOfRenovations() {
        bench = new Bench(adapter);
        bench.as("gm");
        String code = "R" + System.nanoTime() % 1_000_000_000L;
        estate = bench.steward.registerEstate().register(new RegisterEstate.Registration(code, "Bench " + code,
                "Asia/Shanghai", Bench.SCHEDULE, EstatePolicy.DEFAULT.withDeposits(new DepositPolicy(true, true,
                Fen.yuan(3_000), Fen.yuan(50))))).id();
        List<BuildingSpec> buildings = new ArrayList<>();
        List<UnitSpec> units = new ArrayList<>();
        for (int b = 1; b <= 40; b++) {
            String building = String.format("b%02d", b);
            buildings.add(new BuildingSpec(building, null, null, List.of("1", "2")));
            for (int e = 1; e <= 2; e++) {
                for (int f = 1; f <= 25; f++) {
                    for (int n = 1; n <= 10; n++) {
                        units.add(new UnitSpec(new UnitAddress(null, building, String.valueOf(e), f,
                                String.format("%02d%02d", f, n)), UnitKind.RESIDENCE, Area.squareMetres("89.50")));
                    }
                }
            }
        }
        bench.steward.importLayout().importLayout(new ImportLayout.Layout(estate, buildings, units, List.of()));
        bench.grant(RoleGrant.of("desk", estate, Role.FRONT_DESK));
        List<UnitId> ids = new ArrayList<>();
        for (int page = 0; ids.size() < UNITS; page++) {
            bench.steward.browseEstates().units(estate, null, null, new PageRequest(page, PageRequest.MAX_SIZE)).items()
                    .forEach(u -> ids.add(u.id()));
        }
        for (int start = 0; start < UNITS; start += 500) {
            int from = start;
            bench.transactions.inTransaction(() -> {
                for (int i = from; i < Math.min(from + 500, UNITS); i++) {
                    renovation(ids.get(i), i);
                }
                return null;
            });
        }
        settle = bench.steward.settleRenovationDeposit();
        bench.as("desk");
        int due = settle.refundsDue(estate, MONTH).size();
        if (due < 1_600 || due > 1_700) {
            throw new IllegalStateException("expected about 1 667 refunds due in " + MONTH + ", not " + due);
        }
    }

    /** The unit's renovation, accepted in the year before; its deposit held, or settled if its refund was due before June. */
    private void renovation(UnitId unit, int i) {
        LocalDate dueOn = LocalDate.of(2026, 1, 1).plusMonths(i % 12).plusDays(i % 28);
        boolean settled = dueOn.isBefore(MONTH.atDay(1));
        Instant at = Instant.parse("2025-09-01T02:00:00Z");
        DepositState d = bench.deposits.save(new DepositState(DepositId.newId(), estate, unit, DepositPurpose.RENOVATION,
                "renovation " + i, HolderKind.OWNER, "张三", "13800138000", Fen.yuan(3_000),
                settled ? DepositStatus.SETTLED : DepositStatus.HELD, "cashier", at, 0));
        bench.depositLedger.append(new Posting(PostingId.newId(), estate, d.id(), PostingCode.COLLECTION, PostingKind.POSTED,
                AccountRef.cash(estate), AccountRef.held(estate, d.id()), d.amount(), null, null, "receipt:" + i, null,
                "cashier", at));
        RenovationRecords.Contractor contractor = new RenovationRecords.Contractor("美居装饰", "L-1", LocalDate.of(2030, 1, 1),
                "Q-1", LocalDate.of(2030, 1, 1), "李四", "440301198001011234", LocalDate.of(2030, 1, 1), "13900139000");
        RenovationRecords.Application application = new RenovationRecords.Application(false, "张三", "13800138000", null,
                true, true, false, "floors", null, "DRW", contractor, "desk", at);
        bench.renovations.save(new RenovationState(RenovationId.newId(), estate, unit, settled ? RenovationStatus.SETTLED
                : RenovationStatus.COMPLETED, application, new RenovationRecords.Review(at, List.of(), List.of(), false,
                null, null), null, new RenovationRecords.Fees(List.of(), d.amount(), 0, "R-" + i, d.id(), "cashier", at), null,
                null, null, null, null, null, null, new RenovationRecords.Completion(List.of(at), List.of(),
                dueOn.minusMonths(3), dueOn), null, List.of(), 0));
    }

    @Benchmark
    public List<SettleRenovationDeposit.RefundDue> refundsDueThisMonth() {
        return settle.refundsDue(estate, MONTH);
    }

    @TearDown(Level.Trial)
    public void close() {
        bench.close();
    }
}
