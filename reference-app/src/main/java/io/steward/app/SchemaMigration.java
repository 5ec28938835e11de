package io.steward.app;

import io.steward.adapter.jpa.JpaSchema;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.RoleGrant;
import io.steward.ports.shared.out.RoleGrants;
import io.steward.ports.shared.out.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * At start-up, before the first request: migrates the database to the current schema (the same Flyway migrations
 * the tests run), then makes sure somebody can act — the login named by {@code steward.bootstrap.gm} (environment
 * {@code STEWARD_BOOTSTRAP_GM}) holds company-wide COMPANY_GM. The demo users' configuration names {@code gm}; in
 * production nobody is named unless the operator names them, so that no login becomes the company's leader by its
 * name alone. Set it to an empty value once real leaders have been granted.
 */
@ApplicationScoped
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    void onStart(@Observes Startup startup, StewardDatabase database, Transactions transactions, RoleGrants roles,
                 Config config) {
        JpaSchema.migrate(database.dataSource());
        String gm = config.getOptionalValue("steward.bootstrap.gm", String.class).orElse("").trim();
        if (!gm.isEmpty()) {
            transactions.inTransaction(() -> {
                roles.grant(RoleGrant.companyWide(gm, Role.COMPANY_GM));
                return null;
            });
            LOG.info(() -> "Steward: " + gm + " holds company-wide COMPANY_GM (steward.bootstrap.gm)");
        } else {
            LOG.warning("Steward: no first company GM is named (STEWARD_BOOTSTRAP_GM); nobody is granted COMPANY_GM at "
                    + "start-up, so only leaders granted before can grant roles");
        }
    }
}
