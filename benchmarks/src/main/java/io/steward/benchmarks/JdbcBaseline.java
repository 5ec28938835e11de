package io.steward.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The baseline of a write scenario: the statements the reference server runs for one request, run over plain JDBC
 * against the same PostgreSQL database, one transaction per request, by as many concurrent clients as the HTTP run.
 * What the server adds on top of it (HTTP, security, JSON, the domain, JPA) is what the ratio measures.
 *
 * <p>The statement lists were read off PostgreSQL's statement log ({@code ALTER DATABASE … SET log_statement = 'all'})
 * while the harness drove the reference server; the unit, estate and key rows the server has cached (EclipseLink's
 * shared cache) are not read by it, so they are not read here either. When the server's statements change, read the
 * log again and change them here: docs/benchmarks.md keeps the list each measurement was made with.
 */
final class JdbcBaseline {
    private final String url;

    JdbcBaseline(String url) {
        this.url = url;
    }

    /** One step of one client in its open transaction; the baseline commits after it. */
    private interface Step {
        void run(Connection c, int client, int i) throws SQLException;
    }

    /** A charge of CNY 12.50 to one of {@code units}, as {@code POST /units/{unit}/fees/charges} runs it. */
    double charges(String estate, List<String> units, int clients, int seconds) throws Exception {
        Random random = new Random(7);
        return measure(clients, seconds, (c, client, i) -> {
            String unit = units.get(random.nextInt(units.size()));
            grants(c, "cashier");
            long charge;
            long lines;
            try (PreparedStatement s = c.prepareStatement("SELECT unit_id, charge, charge_reversal, credit, line_count, payment,"
                    + " payment_reversal, refund_due, refund_paid FROM fee_balance WHERE (unit_id = ?) FOR UPDATE")) {
                s.setString(1, unit);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    charge = rs.getLong("charge");
                    lines = rs.getLong("line_count");
                }
            }
            long seq = next(c, "ledger_seq");
            try (PreparedStatement s = c.prepareStatement("UPDATE fee_balance SET charge = ?, line_count = ? WHERE (unit_id = ?)")) {
                s.setLong(1, charge + 1250);
                s.setLong(2, lines + 1);
                s.setString(3, unit);
                s.executeUpdate();
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO fee_entry (seq, actor, amount_fen, at, estate_id, id, item,"
                    + " kind, period_from, period_to, reference, reverses, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, seq);
                s.setString(2, "cashier");
                s.setLong(3, 1250);
                s.setTimestamp(4, now);
                s.setString(5, estate);
                s.setString(6, UUID.randomUUID().toString());
                s.setString(7, "REPAIR");
                s.setString(8, "CHARGE");
                s.setNull(9, java.sql.Types.DATE);
                s.setNull(10, java.sql.Types.DATE);
                s.setString(11, "jdbc baseline");
                s.setNull(12, java.sql.Types.VARCHAR);
                s.setString(13, unit);
                s.executeUpdate();
            }
            audit(c, "fees.charge", "cashier", estate, "unit", unit, "CHARGE CNY 12.50 REPAIR");
            try (PreparedStatement s = c.prepareStatement("SELECT seq, actor, amount_fen, at, estate_id, id, item, kind, period_from,"
                    + " period_to, reference, reverses, unit_id FROM fee_entry WHERE (unit_id = ?) ORDER BY unit_id DESC, seq DESC"
                    + " LIMIT ? OFFSET ?")) {
                s.setString(1, unit);
                s.setInt(2, 10);
                s.setInt(3, 0);
                drain(s);
            }
        });
    }

    /** Each client moves its own key out and back, as {@code POST /keys/{key}/check-out} and {@code …/return} run it. */
    double keyMoves(String estate, List<String> keys, int clients, int seconds) throws Exception {
        String[] bodies = new String[keys.size()];
        String[] movementBodies = new String[keys.size()];
        long[] versions = new long[keys.size()];
        int[] seqs = new int[keys.size()];
        try (Connection c = DriverManager.getConnection(url)) {
            for (int k = 0; k < keys.size(); k++) {
                try (PreparedStatement s = c.prepareStatement("SELECT body::text, version FROM custody_key WHERE id = ?")) {
                    s.setString(1, keys.get(k));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        bodies[k] = rs.getString(1);
                        versions[k] = rs.getLong(2);
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT body::text, seq FROM key_movement WHERE key_id = ? ORDER BY seq DESC LIMIT 1")) {
                    s.setString(1, keys.get(k));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        movementBodies[k] = rs.getString(1);
                        seqs[k] = rs.getInt(2);
                    }
                }
            }
        }
        return measure(clients, seconds, (c, client, i) -> {
            String key = keys.get(client);
            boolean out = i % 2 == 0;
            grants(c, "keys");
            try (PreparedStatement s = c.prepareStatement("SELECT estate_id, person, designated_at, designated_by FROM"
                    + " key_register_deputy WHERE (estate_id = ?) ORDER BY designated_at, person")) {
                s.setString(1, estate);
                drain(s);
            }
            Instant now = Instant.now();
            try (PreparedStatement s = c.prepareStatement("UPDATE custody_key SET body = ?, due_at = ?, status = ?, version = ?"
                    + " WHERE ((id = ?) AND (version = ?))")) {
                s.setString(1, bodies[client]);
                s.setTimestamp(2, out ? Timestamp.from(now.plus(1, ChronoUnit.DAYS)) : null);
                s.setString(3, out ? "LENT" : "IN_CABINET");
                s.setLong(4, versions[client] + 1);
                s.setString(5, key);
                s.setLong(6, versions[client]);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("the baseline lost its key's version");
                }
                versions[client]++;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO key_movement (key_id, seq, at, body, estate_id, kind)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, key);
                s.setInt(2, ++seqs[client]);
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, movementBodies[client]);
                s.setString(5, estate);
                s.setString(6, out ? "CHECKED_OUT" : "RETURNED");
                s.executeUpdate();
            }
            audit(c, out ? "keys.check-out" : "keys.return", "keys", estate, "key", key, "#1 CHECKED_OUT → LENT");
        });
    }

    private static void grants(Connection c, String actor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT unit_key, estate_key, actor_id, role FROM role_grant WHERE (actor_id = ?)")) {
            s.setString(1, actor);
            drain(s);
        }
    }

    private static void audit(Connection c, String action, String actor, String estate, String type, String object, String detail)
            throws SQLException {
        long seq = next(c, "audit_seq");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_record (seq, action, actor, at, detail, estate_id,"
                + " object_id, object_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, action);
            s.setString(3, actor);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.setString(5, detail);
            s.setString(6, estate);
            s.setString(7, object);
            s.setString(8, type);
            s.executeUpdate();
        }
    }

    private static long next(Connection c, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval('" + sequence + "')"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void drain(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int k = 1; k <= columns; k++) {
                    rs.getObject(k);
                }
            }
        }
    }

    /** Transactions per second over {@code seconds}, after a 3-second warm-up. */
    private double measure(int clients, int seconds, Step step) throws Exception {
        run(clients, 3, step);
        return run(clients, seconds, step) / (double) seconds;
    }

    private long run(int clients, int seconds, Step step) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                long done = 0;
                try (Connection connection = DriverManager.getConnection(url)) {
                    connection.setAutoCommit(false);
                    for (int i = 0; System.nanoTime() < end; i++) {
                        step.run(connection, client, i);
                        connection.commit();
                        done++;
                    }
                }
                return done;
            }));
        }
        long total = 0;
        for (Future<Long> f : results) {
            total += f.get();
        }
        pool.shutdown();
        return total;
    }
}
