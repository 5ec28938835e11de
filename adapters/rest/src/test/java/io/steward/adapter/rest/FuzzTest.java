package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every route of the REST adapter, found by reflection, with out-of-range, malformed and hostile values in every field
 * of its request body, in every path and query parameter, and with bodies that are not JSON at all. The caller holds every
 * staff role of an estate whose records the path parameters name, so that a well-formed request reaches the domain.
 * Asserted for each request: no 5xx; every error is an RFC 9457 problem whose status is the answer's; a refused request
 * publishes no event and writes no audit record (every write of a use case is audited, so this is where a stored
 * write would show).
 */
class FuzzTest extends RestFixture {
    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");
    private final Map<String, String> ids = new LinkedHashMap<>();
    private int requests;

    @BeforeEach
    void anEstateWithARecordOfEveryKind() {
        String estate = estateWithLayout();
        ids.put("estate", estate);
        for (String role : List.of("PROJECT_MANAGER", "KEY_MANAGER", "SECURITY", "ENGINEER", "ARCHIVIST", "PROJECT_GM",
                "CONTROL_ROOM", "QUALITY", "FRONT_DESK", "CASHIER")) {
            post("people/gm/roles", q("{'role':'" + role + "','estate':'" + estate + "'}")).close();
        }
        String unit = handedOver(estate, "e14-1-0101");
        ids.put("unit", unit);
        as("gm");
        ids.put("handover", structure(get("units/" + unit + "/handovers")).asJsonArray().getJsonObject(0).getString("id"));
        ids.put("archive", structure(get("units/" + unit + "/archives")).asJsonArray().getJsonObject(0).getString("id"));
        ids.put("line", json(get("units/" + unit + "/fees")).getJsonArray("lines").getJsonObject(0).getString("id"));
        put("key-registers/" + estate, q("{'keyManager':'gm'}")).close();
        ids.put("key", json(post("key-registers/" + estate + "/keys", q("{'unit':'" + unit + "','copies':1,"
                + "'reason':'OWNER_ENTRUSTED','entrustment':{'person':'张三','identityDocument':'110101199001011234',"
                + "'disclaimerAcknowledged':true}}"))).getString("id"));
        ids.put("pass", json(post("goods-passes", q("{'unit':'" + unit + "','carrierName':'张三','carrier':'OWNER',"
                + "'carrierIdentity':'110101199001011234','items':[{'description':'sofa','quantity':1}],'purpose':'TEMPORARY'}")))
                .getString("id"));
        ids.put("census", json(post("censuses", q("{'estate':'" + estate + "','month':'2026-03'}"))).getString("id"));
        ids.put("incident", json(post("incidents", q("{'estate':'" + estate + "','kind':'FIRE','unit':'" + unit
                + "','location':'kitchen','description':'smoke','occurredAt':'2026-03-16T01:00:00Z'}"))).getString("id"));
        ids.put("approval", json(post("approvals", q("{'estate':'" + estate + "','purpose':'keys.forced-entry','subject':'"
                + unit + "','reason':'smoke'}"))).getString("id"));
        ids.put("transfer", json(post("units/" + unit + "/transfer", q("{'titleCertificate':'粤房 1','transferDate':'2026-03-16',"
                + "'newOwner':{'name':'王五','idNumber':'440101198505051234','emergencyMobile':'13400134000',"
                + "'birthday':'1985-05-05'},'safetyLetter':'SL-2','dispositions':{'FEE_CREDIT':'SETTLED',"
                + "'OPEN_HANDOVER_DEFECTS':'SETTLED','ENTRUSTED_KEYS':'MOVED_TO_NEW_OWNER'}}"))).getString("id"));
        ids.put("person", "li");
        ids.values().forEach(id -> assertThat(id).isNotBlank());
    }

    /**
     * A route: its method, its path with the parameters filled in, the path with each parameter in turn replaced by
     * {@code %s} (for hostile path parameters), its body type and query parameters.
     */
    private record Route(String method, String path, List<String> withHole, Type body, List<String> query) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                String path = base + (m.isAnnotationPresent(Path.class) ? "/" + m.getAnnotation(Path.class).value() : "");
                String template = path.replaceAll("/+", "/").replaceAll("^/|/$", "");
                String filled = fill(template, -1);
                List<String> holes = new ArrayList<>();
                Matcher count = TEMPLATE.matcher(template);
                for (int i = 0; count.find(); i++) {
                    holes.add(fill(template, i));
                }
                Type body = null;
                List<String> query = new ArrayList<>();
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(QueryParam.class)) {
                        query.add(p.getAnnotation(QueryParam.class).value());
                    } else if (p.isAnnotationPresent(BeanParam.class)) {
                        query.addAll(List.of("page", "size"));
                    } else if (!annotatedAsParameter(p)) {
                        body = p.getParameterizedType();
                    }
                }
                routes.add(new Route(verb, filled, holes, body, query));
            }
        }
        return routes;
    }

    /** The template with its parameters filled from the fixture's ids, the {@code hole}-th one left as {@code %s}. */
    private String fill(String template, int hole) {
        Matcher t = TEMPLATE.matcher(template);
        StringBuilder filled = new StringBuilder();
        for (int i = 0; t.find(); i++) {
            t.appendReplacement(filled, i == hole ? "%s" : ids.getOrDefault(t.group(1), UUID.randomUUID().toString()));
        }
        t.appendTail(filled);
        return filled.toString();
    }

    private static boolean annotatedAsParameter(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a instanceof PathParam || a instanceof Context || a instanceof jakarta.ws.rs.HeaderParam) {
                return true;
            }
        }
        return false;
    }

    /** A well-formed value of the type, with the ids of the fixture where a field names one. */
    private JsonValue valid(Type type, String name) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return Json.createValue(1);
        }
        if (raw == BigDecimal.class || raw == double.class) {
            return Json.createValue(new BigDecimal("1.5"));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JsonValue.TRUE;
        }
        if (raw == LocalDate.class) {
            return Json.createValue("2026-03-16");
        }
        if (raw == Instant.class) {
            return Json.createValue("2026-03-16T01:00:00Z");
        }
        if (raw == YearMonth.class) {
            return Json.createValue("2026-04");
        }
        if (raw.isEnum()) {
            return Json.createValue(((Enum<?>) raw.getEnumConstants()[0]).name());
        }
        if (JsonMapping.text(raw)) {
            String simple = raw.getSimpleName().replace("Id", "").toLowerCase(java.util.Locale.ROOT);
            return Json.createValue(ids.getOrDefault(simple, ids.getOrDefault(name, UUID.randomUUID().toString())));
        }
        if (raw.isRecord()) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            for (RecordComponent c : raw.getRecordComponents()) {
                b.add(c.getName(), valid(c.getGenericType(), c.getName()));
            }
            return b.build();
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return Json.createArrayBuilder().add(valid(((ParameterizedType) type).getActualTypeArguments()[0], name)).build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return Json.createValue("x");
    }

    /** Hostile values, whatever the field's type. */
    private static List<JsonValue> hostile() {
        List<JsonValue> values = new ArrayList<>(List.of(
                Json.createValue(new BigDecimal("2147483648")), Json.createValue(new BigDecimal("9223372036854775808")),
                Json.createValue(new BigDecimal("-9223372036854775809")), Json.createValue(new BigDecimal("1e400")),
                Json.createValue(new BigDecimal("1e-400")), Json.createValue(new BigDecimal("100.5")), Json.createValue(-1),
                Json.createValue(0), Json.createValue("12"), Json.createValue(""), Json.createValue("   "),
                Json.createValue("x".repeat(20_000)), Json.createValue("\u0000\u202e<script>alert(1)</script>' OR 1=1 --"),
                Json.createValue("../../../etc/passwd"), Json.createValue("99999-12-31"), Json.createValue("0001-01-01T00:00:00Z"),
                Json.createValue("2026-02-30"), Json.createValue("NOT_A_CONSTANT"), JsonValue.NULL, JsonValue.TRUE,
                JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_ARRAY));
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 3_000; i++) {
            many.add("x");
        }
        values.add(many.build());
        return values;
    }

    /** Bodies that are not what any route takes. */
    private static final List<String> MALFORMED = List.of("", "{", "[]", "null", "\"text\"", "{\"a\":}", "{'single':'quotes'}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"unknown\":1}", "\u0000\u0001", "{\"a\":1,\"a\":2}");

    /** Every leaf of the value, with its path: each is replaced in turn. */
    private static void leaves(JsonValue value, List<List<Object>> paths, List<Object> at) {
        if (value instanceof JsonObject o && !o.isEmpty()) {
            o.forEach((k, v) -> {
                List<Object> next = new ArrayList<>(at);
                next.add(k);
                paths.add(next);
                leaves(v, paths, next);
            });
        } else if (value instanceof jakarta.json.JsonArray a && !a.isEmpty()) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            paths.add(next);
            leaves(a.get(0), paths, next);
        }
    }

    private static JsonValue replace(JsonValue value, List<Object> path, int depth, JsonValue with) {
        if (depth == path.size()) {
            return with;
        }
        if (value instanceof JsonObject o) {
            String key = (String) path.get(depth);
            return Json.createObjectBuilder(o).add(key, replace(o.get(key), path, depth + 1, with)).build();
        }
        jakarta.json.JsonArray a = (jakarta.json.JsonArray) value;
        return Json.createArrayBuilder(a).set(0, replace(a.get(0), path, depth + 1, with)).build();
    }

    /** What a refused request must not change: the events published and the audit trail (refused reads aside). */
    private List<Object> state() {
        return List.of(memory.events.published().size(), memory.audit.all().stream()
                .filter(a -> !a.action().startsWith("personal-data.")).count());
    }

    private void send(Route route, WebTarget target, String body) {
        List<Object> before = state();
        var request = target.request(MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE);
        Response response = switch (route.method()) {
            case "GET" -> request.get();
            case "DELETE" -> request.delete();
            case "PUT" -> request.put(Entity.entity(body == null ? "" : body, MediaType.APPLICATION_JSON));
            default -> request.post(Entity.entity(body == null ? "" : body, MediaType.APPLICATION_JSON));
        };
        requests++;
        String answer = response.readEntity(String.class);
        String what = route + " " + target.getUri().getRawQuery() + " with " + (body == null ? "no body"
                : body.length() > 300 ? body.substring(0, 300) + "…" : body) + " → " + response.getStatus() + " "
                + (answer.length() > 500 ? answer.substring(0, 500) : answer);
        assertThat(response.getStatus()).as(what).isLessThan(500);
        if (response.getStatus() >= 400) {
            assertThat(response.getMediaType()).as(what).isNotNull();
            assertThat(response.getMediaType().toString()).as(what).isEqualTo(Problem.MEDIA_TYPE);
            try (var reader = Json.createReader(new StringReader(answer))) {
                assertThat(reader.readObject().getInt("status")).as(what).isEqualTo(response.getStatus());
            }
            assertThat(state()).as("a refused request stores nothing: " + what).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("every route, every body field, path and query parameter fuzzed: no 5xx, every error a problem, no event "
            + "published and no audit record written by a refused request")
    void every_route_survives_hostile_input() {
        as("gm");
        List<Route> routes = routes();
        assertThat(routes).as("the routes found").hasSizeGreaterThan(60);
        List<JsonValue> hostile = hostile();
        for (Route route : routes) {
            WebTarget target = target(route.path());
            if (route.body() != null) {
                JsonValue valid = valid(route.body(), "body");
                List<List<Object>> paths = new ArrayList<>();
                leaves(valid, paths, new ArrayList<>());
                for (List<Object> path : paths) {
                    for (JsonValue bad : hostile) {
                        send(route, target, replace(valid, path, 0, bad).toString());
                    }
                }
                for (String body : MALFORMED) {
                    send(route, target, body);
                }
            }
            for (String hole : route.withHole()) {
                for (String bad : List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "x".repeat(3_000), "%00",
                        "%E2%80%AE", "..%2F..%2Fetc", "1e9", "%27%20OR%201%3D1")) {
                    send(route, target(hole.replace("%s", bad)), route.body() == null ? null
                            : valid(route.body(), "body").toString());
                }
            }
            for (String param : route.query()) {
                for (String bad : List.of("-1", "2147483648", "1e9", "NOPE", "9999-99-99", "x".repeat(5_000), "%00", "true")) {
                    send(route, target.queryParam(param, bad), route.body() == null ? null : valid(route.body(), "body").toString());
                }
            }
        }
        assertThat(requests).isGreaterThan(1_000);
    }
}
