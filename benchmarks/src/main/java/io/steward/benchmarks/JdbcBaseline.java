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

    /**
     * A deduction hold of 1 fen from one of {@code held}, as {@code POST /deposits/{deposit}/deductions} runs it with
     * its Idempotency-Key: the key claimed (one transaction), the hold (another), the answer recorded (a third). The
     * statements as the server's log shows them, repeats included: the deposit locked twice (a locked find, then a
     * refresh), the account's balance locked twice, the posting id looked up twice (docs/benchmarks.md).
     */
    double deductions(String estate, List<LoadHarness.Held> held, int clients, int seconds) throws Exception {
        Random random = new Random(13);
        java.util.concurrent.atomic.AtomicLong keys = new java.util.concurrent.atomic.AtomicLong();
        return measure(clients, seconds, (c, client, i) -> {
            LoadHarness.Held h = held.get(random.nextInt(held.size()));
            String key = "jdbc-" + System.nanoTime() + "-" + keys.incrementAndGet();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement s = c.prepareStatement("SELECT scope, idem_key, body, content_type, created_at, location,"
                    + " request_hash, status FROM idempotency_record WHERE ((scope = ?) AND (idem_key = ?))")) {
                s.setString(1, "cashier");
                s.setString(2, key);
                drain(s);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_record (scope, idem_key, body, content_type,"
                    + " created_at, location, request_hash, status) VALUES (?, ?, NULL, NULL, ?, NULL, ?, 0)")) {
                s.setString(1, "cashier");
                s.setString(2, key);
                s.setTimestamp(3, now);
                s.setString(4, "c2d54d49e021a5530f436c5b22718595dff11c9d00aeffdf4f8926e908f867b9");
                s.executeUpdate();
            }
            c.commit();
            String posting = UUID.randomUUID().toString();
            String account = "DEPOSIT_HELD:" + h.deposit();
            String unitFees = "UNIT_FEES:" + h.unit();
            for (int twice = 0; twice < 2; twice++) {
                try (PreparedStatement s = c.prepareStatement("SELECT id, amount_fen, collected_at, collected_by, estate_id,"
                        + " holder_kind, holder_name, holder_phone, purpose, status, subject, unit_id, version FROM deposit"
                        + " WHERE (id = ?) FOR UPDATE")) {
                    s.setString(1, h.deposit());
                    drain(s);
                }
            }
            grants(c, "cashier");
            balanceLocked(c, account);
            postingById(c, posting);
            try (PreparedStatement s = c.prepareStatement("SELECT id, estate_id, unit_id, kind, item, amount_fen, period_from,"
                    + " period_to, reverses, reference, actor, at FROM fee_entry WHERE (id = ?)")) {
                s.setString(1, h.charge());
                drain(s);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT seq AS a1 FROM fee_entry WHERE (reverses = ?) LIMIT ? OFFSET ?")) {
                s.setString(1, h.charge());
                s.setInt(2, 1);
                s.setInt(3, 0);
                drain(s);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT charge, payment, charge_reversal, payment_reversal, credit,"
                    + " refund_due, refund_paid, line_count FROM fee_balance WHERE unit_id = ? FOR UPDATE")) {
                s.setString(1, h.unit());
                drain(s);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.debits_posted, a.credits_posted, a.debits_pending,"
                    + " a.credits_pending FROM ledger_account a JOIN (VALUES (CAST(? AS VARCHAR(80))), (CAST(? AS VARCHAR(80))))"
                    + " AS v (code) ON a.id = v.code")) {
                s.setString(1, unitFees);
                s.setString(2, "UNIT_UTILITIES:" + h.unit());
                drain(s);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT claimed_fen FROM ledger_claim WHERE reference = ?")) {
                s.setString(1, "charge:" + h.charge());
                drain(s);
            }
            postingById(c, posting);
            balanceLocked(c, account);
            move(c, account, 0, 1);
            move(c, unitFees, 1, 0);
            try (PreparedStatement s = c.prepareStatement("UPDATE ledger_claim SET claimed_fen = claimed_fen + ? WHERE reference = ?")) {
                s.setLong(1, 1);
                s.setString(2, "charge:" + h.charge());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_posting (id, estate_id, deposit_id, code, kind,"
                    + " debit_account, credit_account, amount_fen, pending_id, reverses_id, reference, evidence, actor,"
                    + " posted_at) VALUES (?, ?, ?, 'UNPAID_FEES', 'PENDING', ?, ?, 1, NULL, NULL, ?, 'load', 'cashier', ?)")) {
                s.setString(1, posting);
                s.setString(2, estate);
                s.setString(3, h.deposit());
                s.setString(4, account);
                s.setString(5, unitFees);
                s.setString(6, "charge:" + h.charge());
                s.setTimestamp(7, now);
                s.executeUpdate();
            }
            audit(c, "deposit.unpaid_fees.pending", "cashier", estate, "deposit", h.deposit(), "1 fen, posting " + posting);
            c.commit();
            try (PreparedStatement s = c.prepareStatement("UPDATE idempotency_record SET body = ?, content_type = ?, status = ?"
                    + " WHERE ((scope = ?) AND (idem_key = ?))")) {
                s.setString(1, "{\"id\":\"" + posting + "\",\"kind\":\"PENDING\",\"amount\":1}");
                s.setString(2, "application/json");
                s.setInt(3, 200);
                s.setString(4, "cashier");
                s.setString(5, key);
                s.executeUpdate();
            }
        });
    }

    private static final String POSTING_COLUMNS = "id, estate_id, deposit_id, code, kind, debit_account, credit_account,"
            + " amount_fen, pending_id, reverses_id, reference, evidence, actor, posted_at";

    private static void balanceLocked(Connection c, String account) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT debits_posted, credits_posted, debits_pending, credits_pending"
                + " FROM ledger_account WHERE id = ? FOR UPDATE")) {
            s.setString(1, account);
            drain(s);
        }
    }

    private static void postingById(Connection c, String posting) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + POSTING_COLUMNS + " FROM ledger_posting WHERE id = ?")) {
            s.setString(1, posting);
            drain(s);
        }
    }

    /** Moves an account's pending sums by the posting's debit and credit, as the ledger's append does. */
    private static void move(Connection c, String account, long debitPending, long creditPending) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE ledger_account SET debits_posted = debits_posted + ?,"
                + " credits_posted = credits_posted + ?, debits_pending = debits_pending + ?, credits_pending = credits_pending + ?"
                + " WHERE id = ?")) {
            s.setLong(1, 0);
            s.setLong(2, 0);
            s.setLong(3, debitPending);
            s.setLong(4, creditPending);
            s.setString(5, account);
            s.executeUpdate();
        }
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
