package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends RestFixture {
    private static final String LAKE = "{\"code\":\"LAKE\",\"name\":\"Lake Garden\"}";

    private Response register(String key, String body) {
        return request("estates").header(IdempotencyFilter.HEADER, key).post(Entity.entity(body, MediaType.APPLICATION_JSON));
    }

    @Test
    @DisplayName("a retried POST with the same Idempotency-Key and body gets the same answer and registers once")
    void a_retry_is_answered_once() {
        Response first = register("k-1", LAKE);
        String firstBody = first.readEntity(String.class);
        Response retry = register("k-1", LAKE);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.readEntity(String.class)).isEqualTo(firstBody);
        assertThat(retry.getHeaderString(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        String estate = json(get("estates")).getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(json(get("estates")).getInt("total")).isEqualTo(1);
        assertThat(json(get("estates/" + estate + "/audit")).getInt("total")).isEqualTo(1);
    }

    @Test
    @DisplayName("the same Idempotency-Key with a different body is a 422")
    void a_reused_key_with_another_body_is_refused() {
        register("k-1", LAKE).close();
        Response reused = register("k-1", "{\"code\":\"HILL\",\"name\":\"Hill Garden\"}");

        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(json(reused).getString("code")).isEqualTo("idempotency-key-reused");
        assertThat(json(get("estates")).getInt("total")).isEqualTo(1);
    }

    @Test
    @DisplayName("a refusal is remembered too: the retry gets the same problem, and keys belong to their caller")
    void refusals_are_replayed_and_keys_are_per_caller() {
        register("k-1", LAKE).close();
        Response conflict = register("k-2", LAKE);
        Response again = register("k-2", LAKE);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getHeaderString(IdempotencyFilter.REPLAYED)).isEqualTo("true");

        as("stranger");
        Response theirs = register("k-1", LAKE);
        assertThat(theirs.getStatus()).isEqualTo(403);
        assertThat(theirs.getHeaderString(IdempotencyFilter.REPLAYED)).isNull();
    }
}
