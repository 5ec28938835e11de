package io.steward.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline of the deposit posting run by PostgreSQL's own load tool, pgbench, in the same run: the statements of one
 * {@code POST /deposits/{deposit}/deductions} as the server's statement log shows them (three transactions: the
 * Idempotency-Key claimed, the hold, the answer recorded), one script execution per request, on the same deposits and
 * charges. pgbench runs in C next to the database, so it shows what the statements cost with no client at all.
 */
final class Pgbench {
    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");

    private Pgbench() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Requests per second of the deduction's statements, by {@code clients} pgbench clients for {@code seconds}. */
    static double deductions(String jdbc, String estate, List<LoadHarness.Held> held, int clients, int seconds)
            throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS load_held");
            s.execute("CREATE TABLE load_held (k INT PRIMARY KEY, unit_id VARCHAR(36), deposit_id VARCHAR(36),"
                    + " charge_id VARCHAR(36))");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO load_held VALUES (?, ?, ?, ?)")) {
                for (int k = 0; k < held.size(); k++) {
                    p.setInt(1, k + 1);
                    p.setString(2, held.get(k).unit());
                    p.setString(3, held.get(k).deposit());
                    p.setString(4, held.get(k).charge());
                    p.executeUpdate();
                }
            }
        }
        Path script = Files.createTempFile("deduction", ".sql");
        Files.writeString(script, script(estate, held.size()), StandardCharsets.UTF_8);
        URI uri = URI.create(jdbc.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        run(uri, database, clients, 3, script); // warm-up
        double tps = run(uri, database, clients, seconds, script);
        Files.delete(script);
        return tps;
    }

    private static double run(URI uri, String database, int clients, int seconds, Path script) throws Exception {
        Process p = new ProcessBuilder("pgbench", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort() < 0 ? 5432
                : uri.getPort()), "-U", "postgres", "-n", "-M", "simple", "-c", String.valueOf(clients), "-j", "2",
                "-T", String.valueOf(seconds), "-f", script.toString(), database).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(seconds + 60L, TimeUnit.SECONDS);
        Matcher m = TPS.matcher(out);
        if (!m.find() || out.contains("error")) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** The statements of one deduction; {@code ':x'} is a variable of the script, substituted as text (-M simple). */
    static String script(String estate, int pairs) {
        String posting = "id, estate_id, deposit_id, code, kind, debit_account, credit_account, amount_fen, pending_id,"
                + " reverses_id, reference, evidence, actor, posted_at";
        String deposit = "id, amount_fen, collected_at, collected_by, estate_id, holder_kind, holder_name, holder_phone,"
                + " purpose, status, subject, unit_id, version";
        return String.join("\n",
                "\\set k random(1, " + pairs + ")",
                "SELECT unit_id AS u, deposit_id AS d, charge_id AS c, gen_random_uuid() AS key, gen_random_uuid() AS p"
                        + " FROM load_held WHERE k = :k \\gset",
                "BEGIN;",
                "SELECT scope, idem_key, body, content_type, created_at, location, request_hash, status FROM"
                        + " idempotency_record WHERE ((scope = 'cashier') AND (idem_key = ':key'));",
                "INSERT INTO idempotency_record (scope, idem_key, body, content_type, created_at, location, request_hash,"
                        + " status) VALUES ('cashier', ':key', NULL, NULL, now(), NULL,"
                        + " 'c2d54d49e021a5530f436c5b22718595dff11c9d00aeffdf4f8926e908f867b9', 0);",
                "COMMIT;",
                "BEGIN;",
                "SELECT " + deposit + " FROM deposit WHERE (id = ':d') FOR UPDATE;",
                "SELECT " + deposit + " FROM deposit WHERE (id = ':d') FOR UPDATE;",
                "SELECT actor_id, estate_key, role, unit_key FROM role_grant WHERE (actor_id = 'cashier');",
                "SELECT debits_posted, credits_posted, debits_pending, credits_pending FROM ledger_account"
                        + " WHERE id = 'DEPOSIT_HELD:' || ':d' FOR UPDATE;",
                "SELECT " + posting + " FROM ledger_posting WHERE id = ':p';",
                "SELECT id, estate_id, unit_id, kind, item, amount_fen, period_from, period_to, reverses, reference, actor,"
                        + " at FROM fee_entry WHERE (id = ':c');",
                "SELECT seq AS a1 FROM fee_entry WHERE (reverses = ':c') LIMIT 1 OFFSET 0;",
                "SELECT charge, payment, charge_reversal, payment_reversal, credit, refund_due, refund_paid, line_count"
                        + " FROM fee_balance WHERE unit_id = ':u' FOR UPDATE;",
                "SELECT a.id, a.debits_posted, a.credits_posted, a.debits_pending, a.credits_pending FROM ledger_account a"
                        + " JOIN (VALUES (CAST('UNIT_FEES:' || ':u' AS VARCHAR(80))), (CAST('UNIT_UTILITIES:' || ':u' AS"
                        + " VARCHAR(80)))) AS v (code) ON a.id = v.code;",
                "SELECT claimed_fen FROM ledger_claim WHERE reference = 'charge:' || ':c';",
                "SELECT " + posting + " FROM ledger_posting WHERE id = ':p';",
                "SELECT debits_posted, credits_posted, debits_pending, credits_pending FROM ledger_account"
                        + " WHERE id = 'DEPOSIT_HELD:' || ':d' FOR UPDATE;",
                "UPDATE ledger_account SET debits_posted = debits_posted + 0, credits_posted = credits_posted + 0,"
                        + " debits_pending = debits_pending + 1, credits_pending = credits_pending + 0"
                        + " WHERE id = 'DEPOSIT_HELD:' || ':d';",
                "UPDATE ledger_account SET debits_posted = debits_posted + 0, credits_posted = credits_posted + 0,"
                        + " debits_pending = debits_pending + 0, credits_pending = credits_pending + 1"
                        + " WHERE id = 'UNIT_FEES:' || ':u';",
                "UPDATE ledger_claim SET claimed_fen = claimed_fen + 1 WHERE reference = 'charge:' || ':c';",
                "INSERT INTO ledger_posting (" + posting + ") VALUES (':p', '" + estate + "', ':d', 'UNPAID_FEES',"
                        + " 'PENDING', 'DEPOSIT_HELD:' || ':d', 'UNIT_FEES:' || ':u', 1, NULL, NULL, 'charge:' || ':c',"
                        + " 'load', 'cashier', now());",
                "INSERT INTO audit_record (seq, action, actor, at, detail, estate_id, object_id, object_type) VALUES"
                        + " (nextval('audit_seq'), 'deposit.unpaid_fees.pending', 'cashier', now(), '1 fen, posting ' || ':p',"
                        + " '" + estate + "', ':d', 'deposit');",
                "COMMIT;",
                "BEGIN;",
                "UPDATE idempotency_record SET body = '{\"id\":\"' || ':p' || '\",\"kind\":\"PENDING\",\"amount\":1}',"
                        + " content_type = 'application/json', status = 200 WHERE ((scope = 'cashier') AND (idem_key = ':key'));",
                "COMMIT;",
                "");
    }
}
