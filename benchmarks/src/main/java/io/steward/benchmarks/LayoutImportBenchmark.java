package io.steward.benchmarks;

import io.steward.ports.estate.Area;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.LayoutImported;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.shared.EstateId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * EST-01: "an estate of 20 000 units must import in one call, in seconds". One invocation registers a fresh estate
 * (outside the measurement) and imports its whole layout: 40 buildings × 2 entrances × 25 floors × 10 units.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LayoutImportBenchmark {
    static final int BUILDINGS = 40;
    static final int ENTRANCES = 2;
    static final int FLOORS = 25;
    static final int PER_FLOOR = 10;

    @Param({"memory", "jpa-h2"})
    public String adapter;

    private final AtomicInteger estates = new AtomicInteger();
    private Bench bench;
    private RegisterEstate estateRegistry;
    private ImportLayout registry;
    private List<BuildingSpec> buildings;
    private List<UnitSpec> units;
    private EstateId estate;

    @Setup(Level.Trial)
    public void wire() {
        buildings = new ArrayList<>();
        units = new ArrayList<>();
        for (int b = 1; b <= BUILDINGS; b++) {
            String building = String.format("b%02d", b);
            buildings.add(new BuildingSpec(building, null, "Building " + b, List.of("1", "2")));
            for (int e = 1; e <= ENTRANCES; e++) {
                for (int f = 1; f <= FLOORS; f++) {
                    for (int n = 1; n <= PER_FLOOR; n++) {
                        units.add(new UnitSpec(new UnitAddress(null, building, String.valueOf(e), f, String.format("%02d%02d", f, n)),
                                UnitKind.RESIDENCE, Area.squareMetres("89.50")));
                    }
                }
            }
        }
        bench = new Bench(adapter);
        estateRegistry = bench.steward.registerEstate();
        registry = bench.steward.importLayout();
    }

    @Setup(Level.Invocation)
    public void newEstate() {
        String code = "B" + System.nanoTime() % 1_000_000_000L + estates.incrementAndGet();
        estate = estateRegistry.register(new RegisterEstate.Registration(code, "Bench " + code, "Asia/Shanghai", Bench.SCHEDULE,
                EstatePolicy.DEFAULT)).id();
    }

    @Benchmark
    public LayoutImported import20000Units() {
        return registry.importLayout(new ImportLayout.Layout(estate, buildings, units, List.of()));
    }

    @TearDown(Level.Trial)
    public void close() {
        bench.close();
    }
}
