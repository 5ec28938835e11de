package io.steward.benchmarks;

import io.steward.ports.estate.Area;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusSummary;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.OccupancyCensus;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * EST-03 at EST-01's scale: the monthly census of a 20 000-unit estate checked in 4 calls of 5 000 checks each (the
 * guards' batches). One invocation opens the census of a fresh estate (outside the measurement) and records every
 * check. Issue 13 measured 28 s for it over HTTP on H2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class CensusCheckBenchmark {
    private static final int BATCHES = 4;

    @Param({"memory", "jpa-h2"})
    public String adapter;

    private Bench bench;
    private List<BuildingSpec> buildings;
    private List<UnitSpec> units;
    private final List<List<OccupancyCensus.Check>> batches = new ArrayList<>();
    private CensusId census;

    @Setup(Level.Trial)
    public void wire() {
        buildings = new ArrayList<>();
        units = new ArrayList<>();
        List<OccupancyCensus.Check> checks = new ArrayList<>();
        for (int b = 1; b <= LayoutImportBenchmark.BUILDINGS; b++) {
            String building = String.format("b%02d", b);
            buildings.add(new BuildingSpec(building, null, "Building " + b, List.of("1", "2")));
            for (int e = 1; e <= LayoutImportBenchmark.ENTRANCES; e++) {
                for (int f = 1; f <= LayoutImportBenchmark.FLOORS; f++) {
                    for (int n = 1; n <= LayoutImportBenchmark.PER_FLOOR; n++) {
                        String number = String.format("%02d%02d", f, n);
                        units.add(new UnitSpec(new UnitAddress(null, building, String.valueOf(e), f, number),
                                UnitKind.RESIDENCE, Area.squareMetres("89.50")));
                        // one unit in a hundred is found occupied although the register has it not taken over
                        checks.add(new OccupancyCensus.Check(building + "-" + e + "-" + number,
                                checks.size() % 100 == 0 ? Occupancy.OWNER_OCCUPIED : Occupancy.NOT_TAKEN_OVER, null));
                    }
                }
            }
        }
        int size = checks.size() / BATCHES;
        for (int i = 0; i < BATCHES; i++) {
            batches.add(List.copyOf(checks.subList(i * size, (i + 1) * size)));
        }
        bench = new Bench(adapter);
    }

    @Setup(Level.Invocation)
    public void openCensus() {
        bench.as("gm");
        String code = "C" + System.nanoTime() % 1_000_000_000L;
        EstateId estate = bench.steward.registerEstate().register(new RegisterEstate.Registration(code, "Bench " + code,
                "Asia/Shanghai", Bench.SCHEDULE, EstatePolicy.DEFAULT)).id();
        bench.steward.importLayout().importLayout(new ImportLayout.Layout(estate, buildings, units, List.of()));
        bench.grant(RoleGrant.of("pm", estate, Role.PROJECT_MANAGER));
        bench.grant(RoleGrant.of("guard", estate, Role.SECURITY));
        bench.as("pm");
        census = bench.steward.occupancyCensus().open(estate, YearMonth.now(ZoneId.of("Asia/Shanghai"))).id();
        bench.as("guard");
    }

    @Benchmark
    public CensusSummary check20000UnitsIn4Calls() {
        CensusSummary summary = null;
        for (List<OccupancyCensus.Check> batch : batches) {
            summary = bench.steward.occupancyCensus().check(census, batch);
        }
        if (summary.checked() != units.size()) {
            throw new IllegalStateException("checked " + summary.checked() + " of " + units.size());
        }
        return summary;
    }

    @TearDown(Level.Trial)
    public void close() {
        bench.close();
    }
}
