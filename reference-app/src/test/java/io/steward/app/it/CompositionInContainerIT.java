package io.steward.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.steward.app.StewardDatabase;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.out.IdempotencyRecords;
import io.steward.ports.shared.out.RoleGrants;
import io.steward.ports.shared.out.Transactions;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the composition root's out-ports on container-managed transactions and the woven entities of
 * Liberty's EclipseLink — what no test outside the container can see.
 */
@ExtendWith(ArquillianExtension.class)
class CompositionInContainerIT {

    @Deployment
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("warFile", "target/steward.war")))
                .addClass(CompositionInContainerIT.class);
    }

    @Inject
    Transactions transactions;

    @Inject
    RoleGrants roles;

    @Inject
    IdempotencyRecords idempotency;

    @Inject
    StewardDatabase database;

    @Test
    @DisplayName("the data source is H2 by default and the database named by STEWARD_DB_URL when it is set")
    void the_database_is_chosen_by_the_environment() throws Exception {
        String configured = System.getenv("STEWARD_DB_URL");
        try (var connection = database.dataSource().getConnection()) {
            String url = connection.getMetaData().getURL();
            if (configured == null || configured.isBlank()) {
                assertTrue(url.startsWith("jdbc:h2:"), url);
            } else {
                assertEquals(configured, url);
            }
        }
        assertTrue(database.reachable());
    }

    @Test
    @DisplayName("a change made to a loaded record is written at commit (deferred change detection on woven entities)")
    void updates_to_loaded_records_reach_the_database() {
        String key = UUID.randomUUID().toString();
        assertTrue(idempotency.claim("it", key, "hash", Instant.now()));
        idempotency.complete("it", key, 201, "application/json", "{}", "/api/estates/x");

        IdempotencyRecords.Entry entry = idempotency.find("it", key).orElseThrow();
        assertEquals(201, entry.status());
        assertFalse(entry.inProgress());
    }

    @Test
    @DisplayName("a refusal inside a unit of work rolls back everything written in it")
    void a_refusal_rolls_the_transaction_back() {
        String person = "it-" + UUID.randomUUID();
        assertThrows(Refusal.class, () -> transactions.inTransaction(() -> {
            roles.grant(RoleGrant.companyWide(person, Role.QUALITY));
            throw new Refusal("EST-00", "test-refusal", "refused after writing");
        }));
        assertTrue(roles.grantsOf(person).isEmpty());
    }

    @Test
    @DisplayName("the bootstrap leader holds company-wide COMPANY_GM after start-up")
    void the_bootstrap_gm_can_act() {
        assertTrue(roles.grantsOf("gm").contains(RoleGrant.companyWide("gm", Role.COMPANY_GM)));
    }
}
