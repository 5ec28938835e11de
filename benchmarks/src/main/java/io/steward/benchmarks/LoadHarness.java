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
 * the server and network without Steward).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.steward.benchmarks.LoadHarness [base-url] [clients] [seconds]</pre>
 */
public final class LoadHarness {
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private LoadHarness(String base) {
        this.base = base.replaceAll("/$", "");
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        new LoadHarness(base).run(clients, seconds);
    }

    private void run(int clients, int seconds) throws Exception {
        String estate = id(send("gm", "POST", "/api/estates", "{\"code\":\"LOAD" + (System.currentTimeMillis() % 100_000_000)
                + "\",\"name\":\"Load\",\"fees\":[{\"code\":\"MGMT\",\"basis\":\"PER_SQUARE_METRE_MONTH\",\"rate\":250,"
                + "\"category\":\"MANAGEMENT\"}]}"));
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

        System.out.printf("%-38s %9s %9s %9s %9s %9s%n", "scenario (" + clients + " clients, " + seconds + " s)", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "vs base");
        Result baseline = measure("baseline GET /health/live", clients, seconds, i -> request("gm", "GET", "/health/live", null), null);
        measure("GET /api/units/{id}", clients, seconds,
                i -> request("gm", "GET", "/api/units/" + unitIds.get(random.nextInt(unitIds.size())), null), baseline);
        measure("GET /api/estates/{id}/units?size=50", clients, seconds,
                i -> request("gm", "GET", "/api/estates/" + estate + "/units?size=50&page=" + random.nextInt(40), null), baseline);
        measure("POST /api/units/{id}/fees/charges", clients, seconds,
                i -> request("cashier", "POST", "/api/units/" + handedOver.get(random.nextInt(handedOver.size())) + "/fees/charges",
                        "{\"item\":\"REPAIR\",\"amount\":1250,\"reference\":\"load\"}"), baseline);

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
        measure("POST /api/keys/{id}/check-out|return", clients, seconds, (client, i) -> {
            String key = "/api/keys/" + keys.get(client);
            return moves[client].getAndIncrement() % 2 == 0
                    ? request("keys", "POST", key + "/check-out", "{\"staff\":\"engineer\",\"purpose\":\"load\",\"due\":\""
                            + due + "\",\"staffSignature\":\"engineer\"}")
                    : request("keys", "POST", key + "/return", "{\"returnedBy\":\"engineer\"}");
        }, baseline);
    }

    /** The next request of one client; {@code i} counts that client's requests. */
    private interface Requests {
        HttpRequest next(int client, int i);
    }

    private record Result(double perSecond, long p50, long p95, long p99) {
    }

    private Result measure(String name, int clients, int seconds, IntFunction<HttpRequest> next, Result baseline) throws Exception {
        return measure(name, clients, seconds, (client, i) -> next.apply(i), baseline);
    }

    private Result measure(String name, int clients, int seconds, Requests next, Result baseline) throws Exception {
        run(clients, 3, next); // warm-up
        long[] latencies = run(clients, seconds, next);
        Arrays.sort(latencies);
        Result r = new Result(latencies.length / (double) seconds, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99));
        System.out.printf("%-38s %9.0f %9.2f %9.2f %9.2f %9s%n", name, r.perSecond(), r.p50() / 1e6, r.p95() / 1e6, r.p99() / 1e6,
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

    private HttpRequest request(String user, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":steward").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
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
