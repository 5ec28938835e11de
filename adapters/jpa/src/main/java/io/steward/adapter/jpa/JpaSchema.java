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
 *
 * <p>On PostgreSQL the documents are {@code jsonb}. The adapter binds a document as a string, as on H2, so the driver
 * must send strings untyped and let the server infer {@code jsonb}: the connection needs
 * {@code stringtype=unspecified} (e.g. {@code jdbc:postgresql://host:5432/db?stringtype=unspecified}). Migrating
 * through a data source checks it and refuses to start without it, instead of failing at the first write.
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
        try (Connection c = dataSource.getConnection()) {
            prepare(vendor, c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the connection to the migrated database", e);
        }
    }

    public static void migrate(String url, String user, String password) {
        String product = url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : url.startsWith("jdbc:h2:") ? "H2" : url;
        String vendor = vendor(product);
        flyway(vendor).dataSource(url, user, password).load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password)) {
            prepare(vendor, c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the connection to the migrated database", e);
        }
    }

    /** H2: a commit is written to the file before it returns. PostgreSQL: strings reach jsonb columns untyped. */
    private static void prepare(String vendor, Connection c) throws SQLException {
        if (vendor.equals("h2")) {
            try (var statement = c.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
            return;
        }
        // a string parameter sent untyped becomes jsonb here; sent as varchar, no jsonb_typeof(varchar) exists
        try (var statement = c.prepareStatement("SELECT jsonb_typeof(?)")) {
            statement.setString(1, "{}");
            statement.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("Steward stores documents as jsonb on PostgreSQL: the connection must send "
                    + "strings untyped — add stringtype=unspecified to the JDBC URL (" + e.getMessage() + ")", e);
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

    static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String vendor) {
        // flyway.location marks each folder (and Flyway's default db/callback) for class loaders that cannot list
        // directories (Liberty, WebSphere)
        // the Java migrations are named here rather than found by scanning, for the same class loaders
        return Flyway.configure(JpaSchema.class.getClassLoader()).locations(LOCATION, LOCATION + "-" + vendor)
                .javaMigrations(new V18__census_lines_out_of_documents())
                .table("steward_schema_history");
    }
}
