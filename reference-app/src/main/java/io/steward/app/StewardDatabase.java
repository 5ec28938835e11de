package io.steward.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The server's data source, {@code jdbc/steward}, configured in server.xml (H2 by default, PostgreSQL by environment). */
@ApplicationScoped
public class StewardDatabase {
    static final String JNDI = "jdbc/steward";

    public DataSource dataSource() {
        try {
            return InitialContext.doLookup(JNDI);
        } catch (NamingException e) {
            throw new IllegalStateException("data source " + JNDI + " is not configured", e);
        }
    }

    /** True when a connection can be had and answers within two seconds. */
    public boolean reachable() {
        try (Connection c = dataSource().getConnection()) {
            return c.isValid(2);
        } catch (SQLException | IllegalStateException e) {
            return false;
        }
    }
}
