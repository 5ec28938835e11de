package io.steward.adapter.jpa;

import io.steward.testkit.contract.Adapters;
import io.steward.testkit.contract.EmergencyPortsContract;
import io.steward.testkit.contract.EstatePortsContract;
import io.steward.testkit.contract.KeyAdapters;
import io.steward.testkit.contract.KeyPortsContract;
import io.steward.testkit.contract.SharedPortsContract;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The JPA adapter passes the out-port contracts on the embedded database (H2) always, and on PostgreSQL with
 * {@code -Ppostgres} — where an unreachable server fails the build instead of skipping.
 */
class JpaContractTest {
    private static final Map<String, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    static final String H2 = "jdbc:h2:mem:steward-contract;DB_CLOSE_DELAY=-1";

    static String postgresUrl() {
        return System.getProperty("steward.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    static EntityManagerFactory factory(String url, String user) {
        return FACTORIES.computeIfAbsent(url, u -> {
            JpaSchema.migrate(u, user, "");
            return Persistence.createEntityManagerFactory("steward-test", Map.of(
                    "jakarta.persistence.jdbc.url", u, "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", ""));
        });
    }

    static Adapters adapters(EntityManagerFactory emf) {
        JpaTransactions tx = new JpaTransactions(emf);
        return new Adapters(tx, new JpaEstates(tx), new JpaEstateLayouts(tx), new JpaUnits(tx), new JpaOccupancyHistory(tx),
                new JpaOwnerRoster(tx), new JpaArchives(tx), new JpaHandovers(tx), new JpaFeeLedger(tx),
                new JpaAuditTrail(tx), new JpaRoleGrants(tx), new JpaIdempotencyRecords(tx, tx), new JpaGoodsPasses(tx),
                new JpaCensuses(tx), new JpaApprovalRecords(tx), new JpaIncidents(tx), new JpaMeterReadings(tx),
                new JpaOwnershipTransfers(tx));
    }

    static KeyAdapters keys(EntityManagerFactory emf) {
        JpaTransactions tx = new JpaTransactions(emf);
        return new KeyAdapters(tx, new JpaKeyRegisters(tx), new JpaKeys(tx), new JpaKeyMovements(tx), new JpaForcedEntries(tx));
    }

    static Adapters h2() {
        return adapters(factory(H2, "sa"));
    }

    static Adapters postgres() {
        return adapters(factory(postgresUrl(), "postgres"));
    }

    @Nested
    class EstatePortsOnH2 extends EstatePortsContract {
        @Override
        protected Adapters adapters() {
            return h2();
        }
    }

    @Nested
    class SharedPortsOnH2 extends SharedPortsContract {
        @Override
        protected Adapters adapters() {
            return h2();
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "steward.test.postgres", matches = "true")
    class EstatePortsOnPostgres extends EstatePortsContract {
        @Override
        protected Adapters adapters() {
            return postgres();
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "steward.test.postgres", matches = "true")
    class SharedPortsOnPostgres extends SharedPortsContract {
        @Override
        protected Adapters adapters() {
            return postgres();
        }
    }

    @Nested
    class EmergencyPortsOnH2 extends EmergencyPortsContract {
        @Override
        protected Adapters adapters() {
            return h2();
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "steward.test.postgres", matches = "true")
    class EmergencyPortsOnPostgres extends EmergencyPortsContract {
        @Override
        protected Adapters adapters() {
            return postgres();
        }
    }

    @Nested
    class KeyPortsOnH2 extends KeyPortsContract {
        @Override
        protected KeyAdapters adapters() {
            return keys(factory(H2, "sa"));
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "steward.test.postgres", matches = "true")
    class KeyPortsOnPostgres extends KeyPortsContract {
        @Override
        protected KeyAdapters adapters() {
            return keys(factory(postgresUrl(), "postgres"));
        }
    }
}
