package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends RestFixture {
    private static final String LAKE = newEstate("LAKE", "Lake Garden");

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
        assertThat(retry.getLocation()).isEqualTo(first.getLocation());
        String estate = json(get("estates")).getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(json(get("estates")).getInt("total")).isEqualTo(1);
        assertThat(json(get("estates/" + estate + "/audit")).getInt("total")).isEqualTo(1);
    }

    @Test
    @DisplayName("the same Idempotency-Key with a different body is a 422")
    void a_reused_key_with_another_body_is_refused() {
        register("k-1", LAKE).close();
        Response reused = register("k-1", newEstate("HILL", "Hill Garden"));

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
        assertThat(again.readEntity(String.class)).isEqualTo(conflict.readEntity(String.class));

        as("stranger");
        Response theirs = register("k-1", LAKE);
        assertThat(theirs.getStatus()).isEqualTo(403);
        assertThat(theirs.getHeaderString(IdempotencyFilter.REPLAYED)).isNull();
    }

    @Test
    @DisplayName("a claim whose request never answered is given up after a while, so the key can be used again")
    void abandoned_claims_are_given_up() {
        String scope = "gm";
        // both made while this server runs
        memory.idempotency.claim(scope, "k-lost", "some hash", NOW);
        memory.idempotency.claim(scope, "k-running", "some hash", NOW.plus(IdempotencyFilter.ABANDONED_AFTER));
        assertThat(register("k-lost", LAKE).getStatus()).isEqualTo(409);
        advance(IdempotencyFilter.ABANDONED_AFTER.plusSeconds(1));
        assertThat(register("k-lost", LAKE).getStatus()).isEqualTo(201);
        assertThat(register("k-running", LAKE).getStatus()).isEqualTo(409);
    }

    @Test
    @DisplayName("a claim made before the server started died with it: its retry runs at once")
    void claims_from_before_the_start_are_given_up_at_once() {
        memory.idempotency.claim("gm", "k-crashed", "some hash", NOW.minusSeconds(1));
        Response retried = register("k-crashed", LAKE);
        assertThat(retried.getStatus()).isEqualTo(201);
        assertThat(json(get("estates")).getInt("total")).isEqualTo(1);
    }

    @Test
    @DisplayName("an Idempotency-Key longer than any store keeps is a 400")
    void overlong_keys_are_refused() {
        assertThat(register("k".repeat(201), LAKE).getStatus()).isEqualTo(400);
        assertThat(json(get("estates")).getInt("total")).isZero();
    }
}
