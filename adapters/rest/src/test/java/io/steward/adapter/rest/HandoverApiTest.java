package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HandoverApiTest extends RestFixture {

    @Test
    @DisplayName("EST-04: a unit is handed over over HTTP step by step, and ends VACANT with its prepaid fees posted")
    void a_handover_walks_every_step_over_http() {
        String estate = estateWithLayout();
        String unit = unit(estate, "e14-1-0101");

        as("desk");
        Response started = post("units/" + unit + "/handovers", "");
        assertThat(started.getStatus()).isEqualTo(201);
        String handover = json(started).getString("id");
        assertThat(started.getLocation().getPath()).endsWith("/handovers/" + handover);
        String h = "handovers/" + handover + "/";

        assertThat(post(h + "identity-check", q("{'ownerName':'张三','idNumber':'110101199001011234','contractNumber':'HT-2026-0001'}")).getStatus()).isEqualTo(200);
        assertThat(post(h + "documents", q("{'documents':['ID copy','purchase contract copy']}")).getStatus()).isEqualTo(200);
        assertThat(post(h + "archive", q("{'owner':" + ZHANG_SAN + "}")).getStatus()).isEqualTo(200);
        assertThat(post(h + "safety-letter", q("{'letterReference':'SL-0001'}")).getStatus()).isEqualTo(200);
        JsonObject fees = json(post(h + "fees", "{}"));
        assertThat(fees.getJsonNumber("feesDue").longValue()).isEqualTo(152_250L);

        as("cashier");
        assertThat(post(h + "payment", q("{'amount':152250,'receipt':'R-0001'}")).getStatus()).isEqualTo(200);
        as("desk");
        assertThat(post(h + "inspection", q("{'defects':[{'location':'kitchen','description':'cracked tile'}],'ownerConsentsToKeepRectificationKey':true}")).getStatus()).isEqualTo(200);
        JsonObject done = json(post(h + "keys", q("{'keys':2,'ownerHandbook':true,'renovationHandbook':true,'documents':['parking card'],'signedBy':'张三'}")));

        assertThat(done.getString("stage")).isEqualTo("COMPLETED");
        assertThat(json(get("units/" + unit)).getString("occupancy")).isEqualTo("VACANT");
        JsonObject account = json(get("units/" + unit + "/fees"));
        assertThat(account.getJsonNumber("paid").longValue()).isEqualTo(152_250L);
        assertThat(account.getJsonNumber("arrears").longValue()).isZero();

        // EST-08: the archive the handover filled is masked in every view
        JsonObject archive = structure(get("units/" + unit + "/archives")).asJsonArray().getJsonObject(0);
        assertThat(archive.getBoolean("masked")).isTrue();
        assertThat(archive.getJsonObject("person").getString("idNumber")).doesNotContain("19900101");
        assertThat(archive.getJsonObject("person").containsKey("birthday")).isFalse();
        assertThat(get("archives/" + archive.getString("id") + "/unmasked").getStatus()).isEqualTo(422);
    }

    @Test
    @DisplayName("lists are paged with a total and RFC 8288 next/prev links")
    void lists_are_paged() {
        String estate = estateWithLayout();
        Response page = get("estates/" + estate + "/units?page=1&size=3");

        JsonObject body = json(page);
        assertThat(body.getInt("total")).isEqualTo(8);
        assertThat(body.getJsonArray("items")).hasSize(3);
        assertThat(page.getLink("next").getUri().getQuery()).contains("page=2", "size=3");
        assertThat(page.getLink("prev").getUri().getQuery()).contains("page=0");
    }

    @Test
    @DisplayName("EST-04: a step out of order is refused as problem+json naming the rule, and nothing is written")
    void a_step_out_of_order_is_a_422_naming_the_rule() {
        String estate = estateWithLayout();
        String unit = unit(estate, "e14-1-0101");
        as("desk");
        String handover = json(post("units/" + unit + "/handovers", "")).getString("id");
        int audits = memory.audit.all().size();
        int events = memory.events.published().size();

        Response refused = post("handovers/" + handover + "/keys", q("{'keys':2,'ownerHandbook':true,'renovationHandbook':true,"
                + "'signedBy':'张三'}"));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject problem = json(refused);
        assertThat(problem.getString("ruleId")).isEqualTo("EST-04");
        assertThat(problem.getInt("status")).isEqualTo(422);
        assertThat(problem.getString("type")).startsWith("urn:steward:problem:");
        assertThat(json(get("handovers/" + handover)).getString("stage")).isEqualTo("STARTED");
        assertThat(memory.audit.all()).hasSize(audits);
        assertThat(memory.events.published()).hasSize(events);
    }
}
