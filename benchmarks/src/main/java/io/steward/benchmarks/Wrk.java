package io.steward.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTTP load of a scenario, by {@code wrk} (a C client, so that the load generator does not take the server's
 * CPU from it on a small machine): one thread per client, one connection each, the requests written by a Lua script.
 */
final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern FAILED = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors:.*");

    private Wrk() {
    }

    /** Whether {@code wrk} is on the path. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code script} against {@code base} and answers requests per second and latency percentiles (ns). */
    static LoadHarness.Result run(String base, int clients, int seconds, String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("steward-load", ".lua");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("wrk", "-t" + clients, "-c" + clients, "-d" + seconds + "s", "--latency",
                    "--timeout", "30s", "-s", file.toString(), base).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + out);
            }
            Matcher failed = FAILED.matcher(out);
            if (failed.find() || ERRORS.matcher(out).find()) {
                throw new IllegalStateException("requests failed under load:\n" + out);
            }
            Matcher rate = RATE.matcher(out);
            if (!rate.find()) {
                throw new IllegalStateException("no rate in wrk's answer:\n" + out);
            }
            return new LoadHarness.Result(Double.parseDouble(rate.group(1)), percentile(out, 50), percentile(out, 90),
                    percentile(out, 99));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long percentile(String out, int p) {
        Matcher m = Pattern.compile("\\s" + p + "%\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return 0;
        }
        double value = Double.parseDouble(m.group(1));
        return (long) switch (m.group(2)) {
            case "us" -> value * 1e3;
            case "ms" -> value * 1e6;
            default -> value * 1e9;
        };
    }

    /** A Lua string literal. */
    static String lua(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A script sending {@code method} with {@code body} to one of {@code paths}, at random, as {@code authorization}. */
    static String randomPaths(String authorization, String method, List<String> paths, String body) {
        return headers(authorization)
                + "local paths = {" + paths.stream().map(Wrk::lua).collect(Collectors.joining(", ")) + "}\n"
                + "local body = " + (body == null ? "nil" : lua(body)) + "\n"
                + "math.randomseed(42)\n"
                + "response = function(status, headers, body) refused(status, body) end\n"
                + "request = function()\n"
                + "  return wrk.format(" + lua(method.toUpperCase(Locale.ROOT)) + ", paths[math.random(#paths)], headers, body)\n"
                + "end\n";
    }

    /**
     * A script POSTing the body of the pair it picks at random — {@code paths[k]} with {@code bodies[k]} — each request
     * under an Idempotency-Key of its own (a money operation is processed once per key).
     */
    static String randomPairsWithKeys(String authorization, List<String> paths, List<String> bodies) {
        return headers(authorization)
                + "local paths = {" + paths.stream().map(Wrk::lua).collect(Collectors.joining(", ")) + "}\n"
                + "local bodies = {" + bodies.stream().map(Wrk::lua).collect(Collectors.joining(", ")) + "}\n"
                + "local assigned = 0\n"
                + "setup = function(thread)\n"
                + "  assigned = assigned + 1\n"
                + "  thread:set(\"client\", assigned)\n"
                + "end\n"
                + "local run = tostring(os.time()) .. tostring(math.floor(os.clock() * 1000000))\n"
                + "local n = 0\n"
                + "math.randomseed(42)\n"
                + "response = function(status, headers, body) refused(status, body) end\n"
                + "request = function()\n"
                + "  n = n + 1\n"
                + "  local k = math.random(#paths)\n"
                + "  headers[\"Idempotency-Key\"] = \"load-\" .. run .. \"-\" .. tostring(client) .. \"-\" .. n\n"
                + "  return wrk.format(\"POST\", paths[k], headers, bodies[k])\n"
                + "end\n";
    }

    /**
     * A script in which each thread (one client) owns one of {@code resources}, and sends {@code first} and then
     * {@code second} to it, alternately: {@code %s} in a path is the resource.
     */
    static String alternating(String authorization, List<String> resources, String first, String firstBody, String second,
                              String secondBody) {
        return headers(authorization)
                + "local resources = {" + resources.stream().map(Wrk::lua).collect(Collectors.joining(", ")) + "}\n"
                + "local assigned = 0\n"
                + "setup = function(thread)\n"
                + "  assigned = assigned + 1\n"
                + "  thread:set(\"resource\", resources[assigned])\n"
                + "end\n"
                // the next request follows from the last answer, not from a count: wrk may build a request it
                // never sends
                + "local out = false\n"
                + "response = function(status, headers, body)\n"
                + "  refused(status, body)\n"
                + "  if status < 300 then out = not out end\n"
                + "end\n"
                + "request = function()\n"
                + "  if not out then\n"
                + "    return wrk.format(\"POST\", string.format(" + lua(first) + ", resource), headers, " + lua(firstBody) + ")\n"
                + "  end\n"
                + "  return wrk.format(\"POST\", string.format(" + lua(second) + ", resource), headers, " + lua(secondBody) + ")\n"
                + "end\n";
    }

    private static String headers(String authorization) {
        return "local headers = {[\"Authorization\"] = " + lua(authorization) + ", [\"Content-Type\"] = \"application/json\"}\n"
                // the first refusal of each thread is printed, so that a failed run says why
                + "local told = false\n"
                + "local function refused(status, body)\n"
                + "  if status >= 400 and not told then\n"
                + "    told = true\n"
                + "    print(\"refused: \" .. status .. \" \" .. body)\n"
                + "  end\n"
                + "end\n";
    }
}
