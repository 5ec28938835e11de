package io.steward.benchmarks;

import io.steward.ports.estate.FeeBasis;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.shared.Fen;
import java.util.Set;

import io.steward.adapter.jpa.JpaApprovalRecords;
import io.steward.adapter.jpa.JpaArchives;
import io.steward.adapter.jpa.JpaAuditTrail;
import io.steward.adapter.jpa.JpaCensuses;
import io.steward.adapter.jpa.JpaEstateLayouts;
import io.steward.adapter.jpa.JpaDepositLedger;
import io.steward.adapter.jpa.JpaDeposits;
import io.steward.adapter.jpa.JpaEstates;
import io.steward.adapter.jpa.JpaFeeLedger;
import io.steward.adapter.jpa.JpaForcedEntries;
import io.steward.adapter.jpa.JpaGoodsPasses;
import io.steward.adapter.jpa.JpaHandovers;
import io.steward.adapter.jpa.JpaIncidents;
import io.steward.adapter.jpa.JpaKeyMovements;
import io.steward.adapter.jpa.JpaMeterReadings;
import io.steward.adapter.jpa.JpaOwnershipTransfers;
import io.steward.adapter.jpa.JpaParkingRentals;
import io.steward.adapter.jpa.JpaPriceLists;
import io.steward.adapter.jpa.JpaKeyRegisters;
import io.steward.adapter.jpa.JpaKeys;
import io.steward.adapter.jpa.JpaOccupancyHistory;
import io.steward.adapter.jpa.JpaOwnerRoster;
import io.steward.adapter.jpa.JpaRoleGrants;
import io.steward.adapter.jpa.JpaSchema;
import io.steward.adapter.jpa.JpaTransactions;
import io.steward.adapter.jpa.JpaUnits;
import io.steward.adapter.memory.InMemory;
import io.steward.domain.assembly.Steward;
import io.steward.domain.deposits.DepositStore;
import io.steward.domain.emergency.EmergencyStore;
import io.steward.domain.parking.ParkingStore;
import io.steward.domain.estate.EstateStore;
import io.steward.domain.keys.KeyStore;
import io.steward.ports.estate.EstatePolicy;
import io.steward.ports.estate.in.RegisterEstate;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.out.RoleGrants;
import io.steward.ports.shared.out.Transactions;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One adapter wired as a composition root would, outside any container: {@code memory} (the domain's own cost, the
 * baseline), {@code jpa-h2} (in-memory H2) or {@code jpa-postgres} (database {@code test} on 127.0.0.1, or
 * {@code -Dsteward.bench.postgres.url}). The caller is whoever {@link #as(String)} names; {@code gm} is COMPANY_GM.
 */
final class Bench implements AutoCloseable {
    /** The schedule of a bench estate: the management fee every schedule publishes (DEP-02). */
    static final List<FeeItem> SCHEDULE = List.of(new FeeItem("MGMT", "物业管理费", FeeBasis.PER_SQUARE_METRE_MONTH, Fen.of(250),
            Set.of(), FeeCategory.MANAGEMENT, null));

    final Transactions transactions;
    final RoleGrants roles;
    /** The fee ledger the use cases write, for benchmarks that give an account its history directly. */
    final io.steward.ports.estate.out.FeeLedger ledger;
    /** The deposits and their ledger, for benchmarks that give a deposit its history directly. */
    final io.steward.ports.deposits.out.Deposits deposits;
    final io.steward.ports.deposits.out.Ledger depositLedger;
    /** The renovations, for benchmarks that give an estate its renovations directly. */
    final io.steward.ports.renovation.out.Renovations renovations;
    final Steward steward;
    private final AtomicReference<Actor> caller = new AtomicReference<>(new Actor("gm", "gm"));
    /** How far the benchmark has moved the use cases' clock past the real one ({@link #advance}). */
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead.get());
        }
    };
    private final EntityManagerFactory factory;

    Bench(String adapter) {
        if (adapter.equals("memory")) {
            InMemory m = new InMemory();
            factory = null;
            transactions = m.transactions;
            roles = m.roles;
            ledger = m.ledger;
            steward = new Steward(new Steward.Infrastructure(transactions, m.audit, event -> { }, clock, caller::get, roles,
                    m.approvals), new EstateStore(m.estates, m.layouts, m.units, m.history, m.roster, m.archives, m.handovers,
                    m.ledger, m.passes, m.censuses, m.meters, m.transfers), new KeyStore(m.keyRegisters, m.keys, m.keyMovements, m.forcedEntries), new EmergencyStore(m.incidents),
                    new DepositStore(m.deposits, m.depositLedger), new ParkingStore(m.parkingRentals, m.priceLists),
                    new io.steward.domain.renovation.RenovationStore(m.renovations));
            renovations = m.renovations;
            deposits = m.deposits;
            depositLedger = m.depositLedger;
        } else {
            String url = adapter.equals("jpa-postgres")
                    ? System.getProperty("steward.bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test?stringtype=unspecified")
                    : "jdbc:h2:mem:bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
            String user = adapter.equals("jpa-postgres") ? "postgres" : "sa";
            JpaSchema.migrate(url, user, "");
            factory = Persistence.createEntityManagerFactory("steward-bench", Map.of("jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", user, "jakarta.persistence.jdbc.password", ""));
            JpaTransactions tx = new JpaTransactions(factory);
            transactions = tx;
            roles = new JpaRoleGrants(tx);
            JpaEstates estateRows = new JpaEstates(tx);
            JpaUnits units = new JpaUnits(tx);
            JpaHandovers handovers = new JpaHandovers(tx);
            JpaArchives archives = new JpaArchives(tx);
            JpaIncidents incidents = new JpaIncidents(tx);
            JpaFeeLedger fees = new JpaFeeLedger(tx);
            ledger = fees;
            steward = new Steward(new Steward.Infrastructure(tx, new JpaAuditTrail(tx), event -> { }, clock, caller::get, roles,
                    new JpaApprovalRecords(tx)), new EstateStore(estateRows, new JpaEstateLayouts(tx), units,
                    new JpaOccupancyHistory(tx), new JpaOwnerRoster(tx), archives, handovers, fees,
                    new JpaGoodsPasses(tx), new JpaCensuses(tx), new JpaMeterReadings(tx), new JpaOwnershipTransfers(tx)), new KeyStore(new JpaKeyRegisters(tx), new JpaKeys(tx),
                    new JpaKeyMovements(tx), new JpaForcedEntries(tx)),
                    new EmergencyStore(incidents), new DepositStore(deposits = new JpaDeposits(tx),
                    depositLedger = new JpaDepositLedger(tx)), new ParkingStore(new JpaParkingRentals(tx), new JpaPriceLists(tx)),
                    new io.steward.domain.renovation.RenovationStore(renovations = new io.steward.adapter.jpa.JpaRenovations(tx)));
        }
        grant(RoleGrant.companyWide("gm", Role.COMPANY_GM));
    }

    void grant(RoleGrant grant) {
        transactions.inTransaction(() -> {
            roles.grant(grant);
            return null;
        });
    }

    /**
     * A new estate whose key register is kept by "keys", with "engineer" on its staff, for key benchmarks; calls come
     * from "keys" afterwards.
     */
    EstateId keyEstate() {
        String code = "K" + System.nanoTime() % 1_000_000_000L;
        EstateId estate = steward.registerEstate().register(new RegisterEstate.Registration(code,
                "Bench " + code, "Asia/Shanghai", SCHEDULE, EstatePolicy.DEFAULT)).id();
        grant(RoleGrant.of("keys", estate, Role.KEY_MANAGER));
        grant(RoleGrant.of("engineer", estate, Role.ENGINEER));
        steward.keepKeyRegister().designateKeyManager(estate, "keys");
        as("keys");
        return estate;
    }

    /**
     * A unit handed over to its owner in a new estate (EST-04, every step), "cashier" at the till; calls come from
     * "cashier" afterwards.
     */
    io.steward.ports.estate.UnitId handedOverUnit() {
        as("gm");
        String code = "F" + System.nanoTime() % 1_000_000_000L;
        EstateId estate = steward.registerEstate().register(new RegisterEstate.Registration(code,
                "Bench " + code, "Asia/Shanghai", SCHEDULE, EstatePolicy.DEFAULT)).id();
        steward.importLayout().importLayout(new io.steward.ports.estate.in.ImportLayout.Layout(estate,
                List.of(new io.steward.ports.estate.BuildingSpec("b1", null, null, List.of("1"))),
                List.of(new io.steward.ports.estate.UnitSpec(new io.steward.ports.estate.UnitAddress(null, "b1", "1", 1, "0101"),
                        io.steward.ports.estate.UnitKind.RESIDENCE, io.steward.ports.estate.Area.squareMetres("89.50"))),
                List.of()));
        steward.importOwnerRoster().importRoster(new io.steward.ports.estate.in.ImportOwnerRoster.Roster(estate, List.of(
                new io.steward.ports.estate.in.ImportOwnerRoster.Line("b1-1-0101", "张三", "110101199001011234", "HT-1"))));
        grant(RoleGrant.of("desk", estate, Role.FRONT_DESK));
        grant(RoleGrant.of("cashier", estate, Role.CASHIER));
        var unit = steward.browseEstates().units(estate, null, null, io.steward.ports.shared.PageRequest.first(1)).items().get(0).id();
        var desk = steward.handOverUnit();
        as("desk");
        var h = desk.start(unit).id();
        desk.perform(h, new io.steward.ports.estate.in.HandOverUnit.VerifyIdentity("张三", "110101199001011234", "HT-1"));
        desk.perform(h, new io.steward.ports.estate.in.HandOverUnit.CollectDocuments(List.of("ID copy")));
        desk.perform(h, new io.steward.ports.estate.in.HandOverUnit.FillArchive(new io.steward.ports.estate.PersonalData("张三",
                "13800138000", "13900139000", "110101199001011234", java.time.LocalDate.of(1990, 1, 1))));
        desk.perform(h, new io.steward.ports.estate.in.HandOverUnit.SignSafetyLetter("SL-1"));
        var fees = desk.perform(h, new io.steward.ports.estate.in.HandOverUnit.ComputeFees(null, null));
        as("cashier");
        desk.perform(h, new io.steward.ports.estate.in.HandOverUnit.RecordPayment(fees.feesDue(), "R-1"));
        as("desk");
        desk.perform(h, new io.steward.ports.estate.in.HandOverUnit.RecordInspection(List.of(), false, List.of()));
        desk.perform(h, new io.steward.ports.estate.in.HandOverUnit.HandOverKeys(2, true, true, List.of(), "张三"));
        as("cashier");
        return unit;
    }

    /** Moves the use cases' clock forward: keys fall due without waiting for them. */
    void advance(Duration by) {
        ahead.updateAndGet(a -> a.plus(by));
    }

    /** Calls from now on come from {@code login}. */
    Bench as(String login) {
        caller.set(new Actor(login, login));
        return this;
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
