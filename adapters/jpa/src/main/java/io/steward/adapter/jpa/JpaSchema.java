package io.steward.adapter.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the current Steward schema with the versioned migrations in {@code db/steward}, plus the
 * few that must speak the database's own dialect in {@code db/steward-h2} or {@code db/steward-postgresql} (one
 * version sequence across both). H2 and PostgreSQL are the databases Steward is tested on.
 *
 * <p>An embedded H2 database is made durable: H2 writes a commit to its file up to half a second later by default
 * ({@code WRITE_DELAY}), so a JVM that dies loses commits it has acknowledged. Migrating sets the delay to 0 (a
 * persistent setting of the database), so that a commit is in the file when it returns, as on PostgreSQL.
 */
public final class JpaSchema {
    public static final String LOCATION = "classpath:db/steward";

    private JpaSchema() {
    }

    public static void migrate(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
        String vendor = vendor(product);
        flyway(vendor).dataSource(dataSource).load().migrate();
        if (vendor.equals("h2")) {
            try (Connection c = dataSource.getConnection()) {
                durable(c);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make the H2 database write its commits at once", e);
            }
        }
    }

    public static void migrate(String url, String user, String password) {
        String product = url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : url.startsWith("jdbc:h2:") ? "H2" : url;
        String vendor = vendor(product);
        flyway(vendor).dataSource(url, user, password).load().migrate();
        if (vendor.equals("h2")) {
            try (Connection c = java.sql.DriverManager.getConnection(url, user, password)) {
                durable(c);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make the H2 database write its commits at once", e);
            }
        }
    }

    /** H2: a commit is written to the file before it returns. */
    private static void durable(Connection c) throws SQLException {
        try (var statement = c.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        }
    }

    static String vendor(String product) {
        String p = product.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return "postgresql";
        }
        if (p.equals("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Steward's schema is written for H2 and PostgreSQL, not " + product);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String vendor) {
        // flyway.location marks each folder (and Flyway's default db/callback) for class loaders that cannot list
        // directories (Liberty, WebSphere)
        return Flyway.configure(JpaSchema.class.getClassLoader()).locations(LOCATION, LOCATION + "-" + vendor)
                .table("steward_schema_history");
    }
}
