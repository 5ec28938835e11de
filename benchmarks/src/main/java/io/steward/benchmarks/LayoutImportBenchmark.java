package io.steward.benchmarks;

import io.steward.adapter.jpa.JpaAccessGrants;
import io.steward.adapter.jpa.JpaArchives;
import io.steward.adapter.jpa.JpaAuditTrail;
import io.steward.adapter.jpa.JpaCensuses;
import io.steward.adapter.jpa.JpaEstateLayouts;
import io.steward.adapter.jpa.JpaEstates;
import io.steward.adapter.jpa.JpaFeeLedger;
import io.steward.adapter.jpa.JpaGoodsPasses;
import io.steward.adapter.jpa.JpaHandovers;
import io.steward.adapter.jpa.JpaOccupancyHistory;
import io.steward.adapter.jpa.JpaOwnerRoster;
import io.steward.adapter.jpa.JpaRoleGrants;
import io.steward.adapter.jpa.JpaSchema;
import io.steward.adapter.jpa.JpaTransactions;
import io.steward.adapter.jpa.JpaUnits;
import io.steward.adapter.memory.InMemory;
import io.steward.domain.estate.EstateRegistry;
import io.steward.domain.estate.EstateStore;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.Area;
import io.steward.ports.estate.BuildingSpec;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.LayoutImported;
import io.steward.ports.estate.UnitAddress;
import io.steward.ports.estate.UnitKind;
import io.steward.ports.estate.UnitSpec;
import io.steward.ports.estate.in.ImportLayout;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.out.AuditTrail;
import io.steward.ports.shared.out.RoleGrants;
import io.steward.ports.shared.out.Transactions;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private EstateRegistry registry;
    private EntityManagerFactory factory;
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
        Actor gm = new Actor("gm", "gm");
        if (adapter.equals("memory")) {
            InMemory m = new InMemory();
            m.roles.grant(RoleGrant.companyWide("gm", Role.COMPANY_GM));
            registry = new EstateRegistry(useCases(m.transactions, m.audit, m.roles, gm), new EstateStore(m.estates, m.layouts,
                    m.units, m.history, m.roster, m.archives, m.handovers, m.ledger, m.grants, m.passes, m.censuses));
            return;
        }
        String url = adapter.equals("jpa-postgres")
                ? System.getProperty("steward.bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test")
                : "jdbc:h2:mem:bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        String user = adapter.equals("jpa-postgres") ? "postgres" : "sa";
        JpaSchema.migrate(url, user, "");
        factory = Persistence.createEntityManagerFactory("steward-bench", Map.of("jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user, "jakarta.persistence.jdbc.password", ""));
        JpaTransactions tx = new JpaTransactions(factory);
        JpaRoleGrants roles = new JpaRoleGrants(tx);
        tx.inTransaction(() -> {
            roles.grant(RoleGrant.companyWide("gm", Role.COMPANY_GM));
            return null;
        });
        registry = new EstateRegistry(useCases(tx, new JpaAuditTrail(tx), roles, gm), new EstateStore(new JpaEstates(tx),
                new JpaEstateLayouts(tx), new JpaUnits(tx), new JpaOccupancyHistory(tx), new JpaOwnerRoster(tx), new JpaArchives(tx),
                new JpaHandovers(tx), new JpaFeeLedger(tx), new JpaAccessGrants(tx), new JpaGoodsPasses(tx), new JpaCensuses(tx)));
    }

    private static UseCases useCases(Transactions tx, AuditTrail audit, RoleGrants roles, Actor gm) {
        return new UseCases(tx, audit, event -> { }, Clock.systemUTC(), new Access(() -> gm, roles));
    }

    @Setup(Level.Invocation)
    public void newEstate() {
        String code = "B" + System.nanoTime() % 1_000_000_000L + estates.incrementAndGet();
        estate = registry.register(new RegisterEstate.Registration(code, "Bench " + code, "Asia/Shanghai", List.of(),
                EstatePolicy.DEFAULT)).id();
    }

    @Benchmark
    public LayoutImported import20000Units() {
        return registry.importLayout(new ImportLayout.Layout(estate, buildings, units, List.of()));
    }

    @TearDown(Level.Trial)
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
