package io.steward.adapter.jpa;

import io.steward.testkit.contract.Adapters;
import io.steward.testkit.contract.PortsContract;
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
        return System.getProperty("steward.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test?stringtype=unspecified");
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
                new JpaOwnershipTransfers(tx), new JpaKeyRegisters(tx), new JpaKeys(tx), new JpaKeyMovements(tx),
                new JpaForcedEntries(tx), new JpaDeposits(tx), new JpaDepositLedger(tx),
                new JpaParkingRentals(tx), new JpaPriceLists(tx), new JpaRenovations(tx));
    }

    @Nested
    class OnH2 extends PortsContract {
        @Override
        protected Adapters adapters() {
            return JpaContractTest.adapters(factory(H2, "sa"));
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "steward.test.postgres", matches = "true")
    class OnPostgres extends PortsContract {
        @Override
        protected Adapters adapters() {
            return JpaContractTest.adapters(factory(postgresUrl(), "postgres"));
        }
    }
}
