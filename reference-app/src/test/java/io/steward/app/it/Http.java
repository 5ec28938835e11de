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

    HttpResponse<String> anonymous(String path) {
        return send(HttpRequest.newBuilder(api.resolve(path)).GET());
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
