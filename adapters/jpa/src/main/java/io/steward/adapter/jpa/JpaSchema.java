package io.steward.adapter.jpa;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database to the current Steward schema with the versioned migrations in {@code db/steward}. */
public final class JpaSchema {
    public static final String LOCATION = "classpath:db/steward";

    private JpaSchema() {
    }

    public static void migrate(DataSource dataSource) {
        flyway().dataSource(dataSource).load().migrate();
    }

    public static void migrate(String url, String user, String password) {
        flyway().dataSource(url, user, password).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        // flyway.location marks db/steward (and Flyway's default db/callback) for class loaders that cannot list
        // directories (Liberty, WebSphere)
        return Flyway.configure(JpaSchema.class.getClassLoader()).locations(LOCATION)
                .table("steward_schema_history");
    }
}
