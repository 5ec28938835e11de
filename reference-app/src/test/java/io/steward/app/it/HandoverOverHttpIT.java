package io.steward.app.it;

import static io.steward.app.it.Http.expect;
import static io.steward.app.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Liberty, over HTTP, on the embedded database: an estate is registered, laid out and staffed, and a
 * unit handed over step by step (EST-04). Each test uses its own estate code, so data left by earlier runs in the
 * server's database does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoverOverHttpIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("warFile")));
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("EST-04/KEY-03: the handover of a unit is walked over HTTP on the real server, leaves the unit VACANT and issues its registered keys to the owner")
    void a_unit_is_handed_over_on_the_real_server() {
        Http http = new Http(base);
        String estate = http.newEstate();
        String unit = http.firstUnit(estate);
        http.grant(estate, "keys", "KEY_MANAGER");
        http.grant(estate, "pm", "PROJECT_MANAGER");
        expect(200, http.as("pm").put("key-registers/" + estate, "{'keyManager':'keys'}"));
        String key = "keys/" + json(expect(201, http.as("keys").post("key-registers/" + estate + "/keys",
                "{'unit':'" + unit + "','copies':2,'reason':'NOT_TAKEN_OVER'}"))).getString("id");

        String h = http.handoverUpToKeys(unit, false);
        assertEquals("INSPECTED", json(http.get(h.substring(0, h.length() - 1))).getString("stage"));
        // KEY-02: the key manager hands the unit's keys for the handover to the member of staff who hands it over
        expect(200, http.as("keys").post("keys/handover?unit=" + unit, "{'staff':'desk','due':'"
                + java.time.Instant.now().plusSeconds(7200) + "'}"));
        HttpResponse<String> keys = http.as("desk").post(h + "keys", Http.keysStep(2));
        assertEquals(200, keys.statusCode(), keys.body());

        assertEquals("COMPLETED", json(keys).getString("stage"));
        assertEquals("VACANT", json(http.get("units/" + unit)).getString("occupancy"));
        // six months in advance from the handover date, from the estate's schedule, paid at the till
        assertEquals(152_250L, json(http.get("units/" + unit + "/fees")).getJsonNumber("paid").longValue());
        // the register followed the handover, in the same transaction
        assertEquals("ISSUED_TO_OWNER", json(http.get(key)).getString("status"));
        assertEquals("张*", json(http.get(key)).getString("holder"), "EST-08: the owner's name is masked");
    }

    @Test
    @DisplayName("EST-04: a step out of order is a problem+json 422 naming the rule; strangers get 404; no login gets 401")
    void refusals_are_problem_details() {
        Http http = new Http(base);
        String estate = http.newEstate();
        String unit = http.firstUnit(estate);
        String handover = json(http.as("desk").post("units/" + unit + "/handovers", null)).getString("id");

        HttpResponse<String> refused = http.post("handovers/" + handover + "/keys", Http.keysStep(2));
        assertEquals(422, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = json(refused);
        assertEquals("EST-04", problem.getString("ruleId"));
        assertFalse(refused.body().contains("Exception"));

        assertEquals(404, http.as("guard").get("units/" + unit).statusCode());
        assertEquals(403, http.as("desk").post("units/" + unit + "/fees/payments", "{'amount':1,'receipt':'R'}").statusCode());
        assertEquals(401, http.anonymous("estates").statusCode());

        HttpResponse<String> malformed = http.as("gm").post("estates", "{\"code\": ");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("application/problem+json", malformed.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> invalid = http.post("estates", "{'code':'bad code'}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"name\""), invalid.body());

        // ids in the path and the query are converted through the Identifier marker: a malformed one is a 400 that
        // names it, on this runtime as in the adapter's tests (Jakarta REST alone would answer 404)
        HttpResponse<String> badPath = http.as("gm").get("units/not-a-uuid");
        problem(badPath, 400);
        assertTrue(badPath.body().contains("unit id"), badPath.body());
        HttpResponse<String> badQuery = http.get("keys?unit=not-a-uuid");
        problem(badQuery, 400);
        assertTrue(badQuery.body().contains("unit id"), badQuery.body());
        HttpResponse<String> noQuery = http.get("keys");
        problem(noQuery, 400);
        assertTrue(noQuery.body().contains("?unit="), noQuery.body());
    }

    private static void problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers() + " " + response.body());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
    }

    @Test
    @DisplayName("the container's own errors are problems too: 401 with its Basic challenge, unknown paths inside and outside "
            + "the API, a refused method with Allow, a refused media type")
    void container_errors_are_problem_details() {
        Http http = new Http(base);
        HttpResponse<String> anonymous = http.anonymous("estates");
        problem(anonymous, 401);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), anonymous.headers().toString());
        problem(http.as("gm").get("no-such-route"), 404);
        problem(http.get("../no-such-page"), 404);
        HttpResponse<String> method = http.raw("DELETE", "estates", null, null);
        problem(method, 405);
        assertTrue(method.headers().firstValue("Allow").orElse("").contains("GET"), method.headers().toString());
        problem(http.raw("POST", "estates", "text/plain", "code=LAKE"), 415);
    }

    @Test
    @DisplayName("the server publishes its OpenAPI document and its metrics, and its readiness reports the database")
    void openapi_and_readiness() {
        Http http = new Http(base);
        HttpResponse<String> ready = http.anonymous("../health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("database"));
        HttpResponse<String> openapi = http.anonymous("../openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/handovers/{handover}/keys"));
        HttpResponse<String> metrics = http.anonymous("../metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm_uptime_seconds") || metrics.body().contains("jvm_uptime"), "JVM metrics are published");
    }
}
