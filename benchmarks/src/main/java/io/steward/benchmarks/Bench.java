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
import io.steward.adapter.jpa.JpaEstates;
import io.steward.adapter.jpa.JpaFeeLedger;
import io.steward.adapter.jpa.JpaForcedEntries;
import io.steward.adapter.jpa.JpaGoodsPasses;
import io.steward.adapter.jpa.JpaHandovers;
import io.steward.adapter.jpa.JpaIncidents;
import io.steward.adapter.jpa.JpaKeyMovements;
import io.steward.adapter.jpa.JpaMeterReadings;
import io.steward.adapter.jpa.JpaOwnershipTransfers;
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
import io.steward.domain.emergency.EmergencyStore;
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
            steward = new Steward(new Steward.Infrastructure(transactions, m.audit, event -> { }, clock, caller::get, roles,
                    m.approvals), new EstateStore(m.estates, m.layouts, m.units, m.history, m.roster, m.archives, m.handovers,
                    m.ledger, m.passes, m.censuses, m.meters, m.transfers), new KeyStore(m.keyRegisters, m.keys, m.keyMovements, m.forcedEntries,
                    m.estates, m.units, m.handovers, m.archives, m.incidents), new EmergencyStore(m.incidents));
        } else {
            String url = adapter.equals("jpa-postgres")
                    ? System.getProperty("steward.bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test")
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
            steward = new Steward(new Steward.Infrastructure(tx, new JpaAuditTrail(tx), event -> { }, clock, caller::get, roles,
                    new JpaApprovalRecords(tx)), new EstateStore(estateRows, new JpaEstateLayouts(tx), units,
                    new JpaOccupancyHistory(tx), new JpaOwnerRoster(tx), archives, handovers, new JpaFeeLedger(tx),
                    new JpaGoodsPasses(tx), new JpaCensuses(tx), new JpaMeterReadings(tx), new JpaOwnershipTransfers(tx)), new KeyStore(new JpaKeyRegisters(tx), new JpaKeys(tx),
                    new JpaKeyMovements(tx), new JpaForcedEntries(tx), estateRows, units, handovers, archives, incidents),
                    new EmergencyStore(incidents));
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
