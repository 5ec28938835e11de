package io.steward.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the ITs: basic auth as a demo user (password "steward"), JSON in and out. */
final class Http {
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI api;
    private String user = "gm";

    Http(URL base) {
        this.api = URI.create(base.toExternalForm().replaceAll("/?$", "/") + "api/");
    }

    Http as(String login) {
        this.user = login;
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json.replace('\'', '"'), StandardCharsets.UTF_8)));
    }

    /** A POST carrying an {@code Idempotency-Key}, as every money operation does. */
    HttpResponse<String> post(String path, String idempotencyKey, String json) {
        return send(builder(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.replace('\'', '"'), StandardCharsets.UTF_8)));
    }

    HttpResponse<String> put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.replace('\'', '"'), StandardCharsets.UTF_8)));
    }

    /**
     * A new estate with its own code (data left by earlier runs in the server's database does not matter): one
     * building, unit e14-1-0101 on the roster for 张三, "desk" at the front desk and "cashier" at the till. Acts as gm.
     */
    String newEstate() {
        return newEstate(null);
    }

    /** The same, with the estate's policy ({@code policy} a JSON object, or null for the default). */
    String newEstate(String policy) {
        String code = "IT" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = as("gm").post("estates", "{'code':'" + code + "','name':'IT Garden',"
                + "'fees':[{'code':'MGMT','basis':'PER_SQUARE_METRE_MONTH','rate':250,'unitKinds':['RESIDENCE'],'category':'MANAGEMENT'},"
                + "{'code':'WASTE','basis':'PER_UNIT_MONTH','rate':3000}]" + (policy == null ? "" : ",'policy':" + policy) + "}");
        expect(201, created);
        String estate = json(created).getString("id");
        expect(200, post("estates/" + estate + "/layout", "{'buildings':[{'code':'e14','entrances':['1']}],"
                + "'units':[{'building':'e14','entrance':'1','floor':1,'number':'0101','kind':'RESIDENCE','area':89.50}]}"));
        expect(200, post("estates/" + estate + "/roster", "{'lines':[{'unitCode':'e14-1-0101','ownerName':'张三',"
                + "'idNumber':'110101199001011234','contractNumber':'HT-2026-0001'}]}"));
        grant(estate, "desk", "FRONT_DESK");
        grant(estate, "cashier", "CASHIER");
        return estate;
    }

    /**
     * EST-04 up to the last step for 张三 (as desk and cashier); with {@code keepRectificationKey} the inspection
     * finds a defect and the owner agrees to leave a key. Answers the handover's path, "handovers/{id}/".
     */
    String handoverUpToKeys(String unit, boolean keepRectificationKey) {
        String h = "handovers/" + json(expect(201, as("desk").post("units/" + unit + "/handovers", null))).getString("id") + "/";
        expect(200, post(h + "identity-check", "{'ownerName':'张三','idNumber':'110101199001011234','contractNumber':'HT-2026-0001'}"));
        expect(200, post(h + "documents", "{'documents':['ID copy']}"));
        expect(200, post(h + "archive", "{'owner':{'name':'张三','mobile':'13800138000','emergencyMobile':'13900139000',"
                + "'idNumber':'110101199001011234','birthday':'1990-01-01'}}"));
        expect(200, post(h + "safety-letter", "{'letterReference':'SL-1'}"));
        long due = json(expect(200, post(h + "fees", "{}"))).getJsonNumber("feesDue").longValue();
        expect(200, as("cashier").post(h + "payment", "{'amount':" + due + ",'receipt':'R-1'}"));
        expect(200, as("desk").post(h + "inspection", keepRectificationKey
                ? "{'defects':[{'location':'kitchen','description':'cracked tile'}],'ownerConsentsToKeepRectificationKey':true}"
                : "{'defects':[],'ownerConsentsToKeepRectificationKey':false}"));
        return h;
    }

    /** The last handover step's body: the keys, both handbooks, signed by 张三. */
    static String keysStep(int keys) {
        return "{'keys':" + keys + ",'ownerHandbook':true,'renovationHandbook':true,'signedBy':'张三'}";
    }

    /** Grants the person a role in the estate (as gm). */
    void grant(String estate, String person, String role) {
        expect(200, as("gm").post("people/" + person + "/roles", "{'role':'" + role + "','estate':'" + estate + "'}"));
    }

    String firstUnit(String estate) {
        return json(get("estates/" + estate + "/units")).getJsonArray("items").getJsonObject(0).getString("id");
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " but was " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    HttpResponse<String> anonymous(String path) {
        return send(HttpRequest.newBuilder(api.resolve(path)).GET());
    }

    /** A request of any method, body and content type, as the current user (for the container's own refusals). */
    HttpResponse<String> raw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = builder(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private HttpRequest.Builder builder(String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":steward").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json, application/problem+json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) structure(response);
    }

    static JsonStructure structure(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
