package io.steward.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load harness against a running reference server. It prepares its own estate over the API (2 000 units), then
 * runs each scenario for a fixed time with a fixed number of concurrent clients and prints throughput and latency
 * percentiles, each scenario also as a ratio to the baseline measured in the same run ({@code GET /health/live}:
 * the server and network without Steward). Given the server's PostgreSQL database, it then runs the statements the
 * server runs for a charge and for a key movement over plain JDBC ({@link JdbcBaseline}), with as many clients, in the
 * same run, and prints each write's ratio to its baseline.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.steward.benchmarks.LoadHarness [base-url] [clients] [seconds] [jdbc-url]</pre>
 *
 * {@code benchmarks/load.sh} starts the reference server on a fresh PostgreSQL database and runs this against it.
 */
public final class LoadHarness {
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    /** The load generator: wrk where it is installed ({@code -Dsteward.load.client=java} forces this JVM's client). */
    private static final boolean WRK = !"java".equals(System.getProperty("steward.load.client")) && Wrk.available();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private LoadHarness(String base) {
        this.base = base.replaceAll("/$", "");
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        new LoadHarness(base).run(clients, seconds, args.length > 3 ? args[3] : null);
    }

    private void run(int clients, int seconds, String jdbc) throws Exception {
        String estate = id(send("gm", "POST", "/api/estates", "{\"code\":\"LOAD" + (System.currentTimeMillis() % 100_000_000)
                + "\",\"name\":\"Load\",\"fees\":[{\"code\":\"MGMT\",\"basis\":\"PER_SQUARE_METRE_MONTH\",\"rate\":250,"
                + "\"category\":\"MANAGEMENT\"}],\"policy\":{\"prepaidMonths\":6,\"archiveAccessHours\":24,"
                + "\"frequentRemovalWindowDays\":30,\"frequentRemovalThreshold\":3,\"deposits\":{\"collected\":true,"
                + "\"penalties\":true,\"renovationDeposit\":100000000,\"parkingCardDeposit\":5000},\"renovation\":{"
                + "\"servicePhone\":\"0755-8888 6666\",\"workingHours\":\"08:00-18:00\",\"movingHours\":\"08:00-20:00\"}}}"));
        StringBuilder units = new StringBuilder();
        for (int e = 1; e <= 2; e++) {
            for (int f = 1; f <= 50; f++) {
                for (int n = 1; n <= 20; n++) {
                    units.append(units.isEmpty() ? "" : ",").append(String.format(
                            "{\"building\":\"b1\",\"entrance\":\"%d\",\"floor\":%d,\"number\":\"%02d%02d\",\"kind\":\"RESIDENCE\",\"area\":89.5}",
                            e, f, f, n));
                }
            }
        }
        long t0 = System.nanoTime();
        send("gm", "POST", "/api/estates/" + estate + "/layout",
                "{\"buildings\":[{\"code\":\"b1\",\"entrances\":[\"1\",\"2\"]}],\"units\":[" + units + "]}");
        System.out.printf("layout of 2000 units imported over HTTP in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        send("gm", "POST", "/api/people/cashier/roles", "{\"role\":\"CASHIER\",\"estate\":\"" + estate + "\"}");
        List<String> unitIds = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            Matcher m = ID.matcher(send("gm", "GET", "/api/estates/" + estate + "/units?size=500&page=" + page, null));
            while (m.find()) {
                unitIds.add(m.group(1));
            }
        }
        unitIds.remove(estate);
        Random random = new Random(42);
        // EST-04: only units taken over carry charges: hand 20 of them over, over HTTP
        send("gm", "POST", "/api/people/desk/roles", "{\"role\":\"FRONT_DESK\",\"estate\":\"" + estate + "\"}");
        List<String> handedOver = new ArrayList<>();
        String page0 = send("gm", "GET", "/api/estates/" + estate + "/units?building=b1&size=20", null);
        Pattern code = Pattern.compile("\"code\":\"([^\"]+)\"");
        for (String item : page0.split("\"address\":")) {
            Matcher c = code.matcher(item);
            Matcher i = ID.matcher(item);
            if (c.find() && i.find()) {
                handOver(estate, i.group(1), c.group(1));
                handedOver.add(i.group(1));
            }
        }
        if (handedOver.isEmpty()) {
            throw new IllegalStateException("no unit to hand over in " + page0);
        }

        System.out.println("load generator: " + (WRK ? "wrk, one thread and connection per client" : "this JVM's HttpClient"));
        System.out.printf("%-38s %9s %9s %9s %9s %9s%n", "scenario (" + clients + " clients, " + seconds + " s)", "req/s", "p50 ms",
                "p90 ms", "p99 ms", "vs base");
        List<String> unitPaths = unitIds.stream().map(u -> "/api/units/" + u).toList();
        List<String> pagePaths = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            pagePaths.add("/api/estates/" + estate + "/units?size=50&page=" + p);
        }
        List<String> chargePaths = handedOver.stream().map(u -> "/api/units/" + u + "/fees/charges").toList();
        String chargeBody = "{\"item\":\"REPAIR\",\"amount\":1250,\"reference\":\"load\"}";
        Result baseline = measure("baseline GET /health/live", clients, seconds, i -> request("gm", "GET", "/health/live", null),
                Wrk.randomPaths(basic("gm"), "GET", List.of("/health/live"), null), null, null);
        measure("GET /api/units/{id}", clients, seconds,
                i -> request("gm", "GET", unitPaths.get(random.nextInt(unitPaths.size())), null),
                Wrk.randomPaths(basic("gm"), "GET", unitPaths, null), null, baseline);
        measure("GET /api/estates/{id}/units?size=50", clients, seconds,
                i -> request("gm", "GET", pagePaths.get(random.nextInt(pagePaths.size())), null),
                Wrk.randomPaths(basic("gm"), "GET", pagePaths, null), null, baseline);
        Result charges = measure("POST /api/units/{id}/fees/charges", clients, seconds,
                i -> request("cashier", "POST", chargePaths.get(random.nextInt(chargePaths.size())), chargeBody),
                Wrk.randomPaths(basic("cashier"), "POST", chargePaths, chargeBody), null, baseline);

        // KEY-07/12: each client checks its own key out and returns it, alternately; every request is one movement
        send("gm", "POST", "/api/people/keys/roles", "{\"role\":\"KEY_MANAGER\",\"estate\":\"" + estate + "\"}");
        send("gm", "POST", "/api/people/engineer/roles", "{\"role\":\"ENGINEER\",\"estate\":\"" + estate + "\"}");
        send("gm", "PUT", "/api/key-registers/" + estate, "{\"keyManager\":\"keys\"}");
        List<String> keys = new ArrayList<>();
        AtomicInteger[] moves = new AtomicInteger[clients];
        for (int c = 0; c < clients; c++) {
            keys.add(id(send("keys", "POST", "/api/key-registers/" + estate + "/keys",
                    "{\"commonArea\":\"plant room " + c + "\",\"copies\":1,\"reason\":\"DEVELOPER_HANDOVER\"}")));
            moves[c] = new AtomicInteger();
        }
        String due = Instant.now().plus(Duration.ofDays(1)).toString();
        String checkOut = "{\"staff\":\"engineer\",\"purpose\":\"load\",\"due\":\"" + due + "\",\"staffSignature\":\"engineer\"}";
        String giveBack = "{\"returnedBy\":\"engineer\"}";
        Result movements = measure("POST /api/keys/{id}/check-out|return", clients, seconds, (client, i) -> {
            String key = "/api/keys/" + keys.get(client);
            return moves[client].getAndIncrement() % 2 == 0
                    ? request("keys", "POST", key + "/check-out", checkOut)
                    : request("keys", "POST", key + "/return", giveBack);
        }, Wrk.alternating(basic("keys"), keys, "/api/keys/%s/check-out", checkOut, "/api/keys/%s/return", giveBack), () -> {
            // a run may end with a key out: each run starts with every key in the cabinet
            Thread.sleep(1000);
            for (int c = 0; c < keys.size(); c++) {
                if (send("keys", "GET", "/api/keys/" + keys.get(c), null).contains("\"status\":\"LENT\"")) {
                    send("keys", "POST", "/api/keys/" + keys.get(c) + "/return", giveBack);
                }
                moves[c].set(0);
            }
        }, baseline);
        Result deductions = deductions(estate, handedOver, clients, seconds, baseline);
        if (jdbc == null) {
            return;
        }
        // last: the baseline writes behind the server's cache, so the server must not be measured after it
        JdbcBaseline statements = new JdbcBaseline(jdbc);
        System.out.printf("%-38s %9s %9s%n", "the same statements over JDBC", "tx/s", "HTTP/JDBC");
        double charge = statements.charges(estate, handedOver, clients, seconds);
        System.out.printf("%-38s %9.0f %9.2f%n", "JDBC: a charge's statements", charge, charges.perSecond() / charge);
        double move = statements.keyMoves(estate, keys, clients, seconds);
        System.out.printf("%-38s %9.0f %9.2f%n", "JDBC: a key movement's statements", move, movements.perSecond() / move);
        double hold = statements.deductions(estate, held, clients, seconds);
        System.out.printf("%-38s %9.0f %9.2f%n", "JDBC: a deduction hold's statements", hold, deductions.perSecond() / hold);
        if (Pgbench.available()) {
            double pg = Pgbench.deductions(jdbc, estate, held, clients, seconds);
            System.out.printf("%-38s %9.0f %9.2f%n", "pgbench: a deduction hold's statements", pg, deductions.perSecond() / pg);
        }
    }

    /** The next request of one client; {@code i} counts that client's requests. */
    private interface Requests {
        HttpRequest next(int client, int i);
    }

    /** Requests per second and latency percentiles, in nanoseconds. */
    record Result(double perSecond, long p50, long p90, long p99) {
    }

    /** What runs between the warm-up and the measured run of a scenario. */
    private interface Between {
        void run() throws Exception;
    }

    private Result measure(String name, int clients, int seconds, IntFunction<HttpRequest> next, String script, Between between,
                           Result baseline) throws Exception {
        return measure(name, clients, seconds, (client, i) -> next.apply(i), script, between, baseline);
    }

    /** With {@code wrk} on the path, the scenario's {@code script} drives the load; otherwise this JVM's own client. */
    private Result measure(String name, int clients, int seconds, Requests next, String script, Between between,
                           Result baseline) throws Exception {
        Result r;
        if (WRK) {
            Wrk.run(base, clients, 3, script); // warm-up
            if (between != null) {
                between.run();
            }
            r = Wrk.run(base, clients, seconds, script);
        } else {
            run(clients, 3, next); // warm-up
            if (between != null) {
                between.run();
            }
            long[] latencies = run(clients, seconds, next);
            Arrays.sort(latencies);
            r = new Result(latencies.length / (double) seconds, pct(latencies, 50), pct(latencies, 90), pct(latencies, 99));
        }
        System.out.printf("%-38s %9.0f %9.2f %9.2f %9.2f %9s%n", name, r.perSecond(), r.p50() / 1e6, r.p90() / 1e6, r.p99() / 1e6,
                baseline == null ? "1.00" : String.format("%.2f", r.perSecond() / baseline.perSecond()));
        return r;
    }

    private long[] run(int clients, int seconds, Requests next) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] mine = new long[1024];
                int count = 0;
                for (int i = 0; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    HttpResponse<Void> response = http.send(next.next(client, i), HttpResponse.BodyHandlers.discarding());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() >= 400) {
                        failures.incrementAndGet();
                    }
                    if (count == mine.length) {
                        mine = Arrays.copyOf(mine, count * 2);
                    }
                    mine[count++] = took;
                }
                return Arrays.copyOf(mine, count);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed");
        }
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** A renovation deposit and the unpaid charge its deductions name, for the deduction scenario and its baseline. */
    record Held(String unit, String deposit, String charge) {
    }

    private final List<Held> held = new ArrayList<>();

    /**
     * DEP-03 / DEP-06: a deposit posting over HTTP — each request holds a deduction of 1 fen from a renovation deposit
     * for the unit's unpaid charge, under its own Idempotency-Key. Each handed-over unit renovates first (REN-01 …
     * REN-05 over HTTP: its CNY 1 000 000 deposit collected) and is charged CNY 100 000 to deduct from.
     */
    private Result deductions(String estate, List<String> units, int clients, int seconds, Result baseline) throws Exception {
        send("gm", "POST", "/api/people/cshead/roles", "{\"role\":\"FRONT_DESK\",\"estate\":\"" + estate + "\"}");
        String valid = java.time.LocalDate.now().plusYears(3).toString();
        for (String unit : units) {
            String r = "/api/renovations/" + id(send("desk", "POST", "/api/renovations", "{\"unit\":\"" + unit + "\","
                    + "\"applicationSignedByOwner\":true,\"commitmentSignedByOwner\":true,\"description\":\"floors\","
                    + "\"drawings\":\"DRW-1\",\"contractor\":{\"name\":\"美居装饰\",\"licenceNumber\":\"L-1\","
                    + "\"licenceValidUntil\":\"" + valid + "\",\"qualificationNumber\":\"Q-1\",\"qualificationValidUntil\":\""
                    + valid + "\",\"representative\":\"李四\",\"representativeIdNumber\":\"440301198001011234\","
                    + "\"representativeIdValidUntil\":\"" + valid + "\",\"phone\":\"13900139000\"}}"));
            send("cshead", "POST", r + "/signatures", "{\"department\":\"CUSTOMER_SERVICE\"}");
            send("engineer", "POST", r + "/signatures", "{\"department\":\"ENGINEERING\"}");
            send("desk", "POST", r + "/agreement", "{\"ownerConfirmed\":true,\"signedBy\":\"OWNER\",\"signerName\":\"张三\","
                    + "\"prohibitionsExplained\":true}");
            Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(send("cashier", "GET", r + "/quote?passes=0", null));
            if (!total.find()) {
                throw new IllegalStateException("no quote");
            }
            HttpResponse<String> paid = http.send(request("cashier", "POST", r + "/fees", "{\"passes\":0,\"total\":"
                    + total.group(1) + ",\"depositHolder\":\"CONTRACTOR\",\"receipt\":\"R-1\"}", "fees-" + r),
                    HttpResponse.BodyHandlers.ofString());
            Matcher deposit = Pattern.compile("\"deposit\":\"([0-9a-f-]{36})\"").matcher(paid.body());
            if (paid.statusCode() != 200 || !deposit.find()) {
                throw new IllegalStateException("fees → " + paid.statusCode() + " " + paid.body());
            }
            String account = send("cashier", "POST", "/api/units/" + unit + "/fees/charges",
                    "{\"item\":\"REPAIR\",\"amount\":10000000,\"reference\":\"load deductions\"}");
            Matcher line = Pattern.compile("\\{[^{}]*\"id\":\"([0-9a-f-]{36})\"[^{}]*\"amount\":10000000[^{}]*}|\\{[^{}]*"
                    + "\"amount\":10000000[^{}]*\"id\":\"([0-9a-f-]{36})\"[^{}]*}").matcher(account);
            if (!line.find()) {
                throw new IllegalStateException("no charge line in " + account);
            }
            held.add(new Held(unit, deposit.group(1), line.group(1) != null ? line.group(1) : line.group(2)));
        }
        List<String> paths = held.stream().map(h -> "/api/deposits/" + h.deposit() + "/deductions").toList();
        List<String> bodies = held.stream().map(h -> "{\"kind\":\"UNPAID_FEES\",\"amount\":1,\"charge\":\"" + h.charge()
                + "\",\"evidence\":\"load\"}").toList();
        Random random = new Random(11);
        AtomicLong keys = new AtomicLong();
        return measure("POST /api/deposits/{id}/deductions", clients, seconds, i -> {
            int k = random.nextInt(paths.size());
            return request("cashier", "POST", paths.get(k), bodies.get(k), "load-" + System.nanoTime() + "-"
                    + keys.incrementAndGet());
        }, Wrk.randomPairsWithKeys(basic("cashier"), paths, bodies), null, baseline);
    }

    /** EST-04 for one unit, every step over HTTP, for the owner the roster names. */
    private void handOver(String estate, String unit, String code) throws IOException, InterruptedException {
        send("gm", "POST", "/api/estates/" + estate + "/roster", "{\"lines\":[{\"unitCode\":\"" + code + "\",\"ownerName\":\"张三\","
                + "\"idNumber\":\"110101199001011234\",\"contractNumber\":\"HT-1\"}]}");
        String h = "/api/handovers/" + id(send("desk", "POST", "/api/units/" + unit + "/handovers", null)) + "/";
        send("desk", "POST", h + "identity-check", "{\"ownerName\":\"张三\",\"idNumber\":\"110101199001011234\",\"contractNumber\":\"HT-1\"}");
        send("desk", "POST", h + "documents", "{\"documents\":[\"ID copy\"]}");
        send("desk", "POST", h + "archive", "{\"owner\":{\"name\":\"张三\",\"emergencyMobile\":\"13900139000\","
                + "\"idNumber\":\"110101199001011234\",\"birthday\":\"1990-01-01\"}}");
        send("desk", "POST", h + "safety-letter", "{\"letterReference\":\"SL-1\"}");
        Matcher due = Pattern.compile("\"feesDue\":(\\d+)").matcher(send("desk", "POST", h + "fees", "{}"));
        if (!due.find()) {
            throw new IllegalStateException("no fees due");
        }
        send("cashier", "POST", h + "payment", "{\"amount\":" + due.group(1) + ",\"receipt\":\"R-1\"}");
        send("desk", "POST", h + "inspection", "{\"defects\":[]}");
        send("desk", "POST", h + "keys", "{\"keys\":2,\"ownerHandbook\":true,\"renovationHandbook\":true,\"signedBy\":\"张三\"}");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":steward").getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String user, String method, String path, String body) {
        return request(user, method, path, body, null);
    }

    /** A request as {@code user}, under the Idempotency-Key {@code key} if one is given (a money operation). */
    private HttpRequest request(String user, String method, String path, String body, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json");
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String send(String user, String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(user, method, path, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }
}
