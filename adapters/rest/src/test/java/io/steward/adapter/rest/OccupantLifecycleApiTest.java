package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The occupant's life after handover over HTTP: goods release, tenant move-out, transfer, and the monthly census. */
class OccupantLifecycleApiTest extends RestFixture {
    private String estate;
    private String unit;

    @BeforeEach
    void handedOverUnit() {
        estate = estateWithLayout();
        unit = handedOver(estate, "e14-1-0101");
    }

    private String movingOutPass(String carrier) {
        Response created = post("goods-passes", q("{'unit':'" + unit + "','carrierName':'李四','carrier':'" + carrier
                + "','items':[{'description':'furniture','quantity':12}],'purpose':'MOVING_OUT'}"));
        String body = created.readEntity(String.class);
        assertThat(created.getStatus()).as(body).isEqualTo(201);
        return Json.createReader(new java.io.StringReader(body)).readObject().getString("id");
    }

    @Test
    @DisplayName("EST-05, EST-09 and EST-06 over HTTP: a tenant moves in; an unreachable owner refuses the pass; with the owner's yes the tenant moves out")
    void goods_release_and_move_out() {
        assertThat(post("units/" + unit + "/move-in/tenant", q("{'tenant':{'name':'李四','idNumber':'310101199202021234',"
                + "'emergencyMobile':'13600136000'},'ownerCommitment':'OC-1','lease':'L-1','safetyLetter':'SL-T1'}")).getStatus()).isEqualTo(201);

        String refused = movingOutPass("TENANT");
        JsonObject noAnswer = json(post("goods-passes/" + refused + "/owner-call", q("{'at':'2026-03-16T02:00:00Z','reached':false}")));
        assertThat(noAnswer.getString("status")).isEqualTo("REFUSED");
        Response stillRefused = post("goods-passes/" + refused + "/signatures", q("{'staff':'desk','owner':'张三','carrier':'李四'}"));
        assertThat(stillRefused.getStatus()).isEqualTo(422);
        assertThat(json(stillRefused).getString("ruleId")).isEqualTo("EST-09");

        String pass = movingOutPass("TENANT");
        post("goods-passes/" + pass + "/owner-call", q("{'at':'2026-03-16T02:05:00Z','reached':true,'agreed':true,'answer':'ok'}")).close();
        assertThat(json(post("goods-passes/" + pass + "/signatures", q("{'staff':'desk','owner':'张三','carrier':'李四'}")))
                .getString("status")).isEqualTo("ISSUED");

        Response waits = post("units/" + unit + "/move-out/tenant", q("{'pass':'" + pass + "','readings':[{'meter':'water','reading':'12.5'}],'ownerAgrees':false}"));
        assertThat(json(waits).getString("ruleId")).isEqualTo("EST-06");
        Response out = post("units/" + unit + "/move-out/tenant", q("{'pass':'" + pass + "','readings':[{'meter':'water','reading':'12.5'}],'ownerAgrees':true}"));
        assertThat(out.getStatus()).isEqualTo(200);
        assertThat(json(out).getString("status")).isEqualTo("MOVED_OUT");
        assertThat(json(get("units/" + unit)).getString("occupancy")).isEqualTo("VACANT");
    }

    @Test
    @DisplayName("EST-07 over HTTP: a transfer without a disposition for an open obligation is refused; with it, the unit changes hands")
    void transfer() {
        String body = "{'titleCertificate':'粤房 2026-000123','transferDate':'2026-03-20','newOwner':{'name':'王五','idNumber':'440101198505051234',"
                + "'emergencyMobile':'13400134000'},'safetyLetter':'SL-NEW','prepayment':160000,'receipt':'R-T1'%s}";
        post("units/" + unit + "/fees/payments", q("{'amount':100,'receipt':'R-X'}")).close();
        as("cashier");
        assertThat(post("units/" + unit + "/fees/payments", q("{'amount':100,'receipt':'R-X'}")).getStatus()).isEqualTo(200);
        as("desk");

        JsonObject refused = json(post("units/" + unit + "/transfer", q(String.format(body, ""))));
        assertThat(refused.getInt("status")).isEqualTo(422);
        assertThat(refused.getString("ruleId")).isEqualTo("EST-07");
        assertThat(refused.getString("code")).isEqualTo("obligation-without-disposition");

        JsonObject done = json(post("units/" + unit + "/transfer", q(String.format(body, ",'dispositions':{'FEE_CREDIT':'MOVED_TO_NEW_OWNER'}"))));
        assertThat(done.getString("prepaidThrough")).as(done.toString()).isEqualTo("2026-09-19");
        assertThat(structure(get("units/" + unit + "/archives")).asJsonArray()).extracting(a -> a.asJsonObject().getString("status"))
                .containsExactly("TRANSFERRED", "ACTIVE");
    }

    @Test
    @DisplayName("EST-03 over HTTP: the census is opened, checked, reported and signed; an incomplete one is refused")
    void census() {
        as("gm");
        post("people/pm/roles", q("{'role':'PROJECT_MANAGER','estate':'" + estate + "'}")).close();
        as("pm");
        JsonObject census = json(post("censuses", q("{'estate':'" + estate + "','month':'2026-03'}")));
        assertThat(census.containsKey("id")).as(census.toString()).isTrue();
        String id = census.getString("id");
        assertThat(census.getString("checkBy")).isEqualTo("2026-03-30");
        assertThat(json(post("censuses/" + id + "/report", "")).getString("ruleId")).isEqualTo("EST-03");

        StringBuilder checks = new StringBuilder();
        JsonObject page = json(get("censuses/" + id + "/lines?unchecked=true&size=500"));
        assertThat(page.getInt("total")).isEqualTo(8);
        for (var line : page.getJsonArray("items")) {
            JsonObject l = line.asJsonObject();
            checks.append(checks.isEmpty() ? "" : ",").append(q("{'unitCode':'" + l.getString("code") + "','observed':'"
                    + l.getString("registered") + "'}"));
        }
        assertThat(post("censuses/" + id + "/checks", "{\"checks\":[" + checks + "]}").getStatus()).isEqualTo(200);
        assertThat(json(get("censuses/" + id + "/lines?unchecked=true")).getInt("total")).isZero();
        JsonObject reported = json(post("censuses/" + id + "/report", ""));
        assertThat(reported.getJsonObject("report").getJsonObject("unitsByOccupancy").getInt("VACANT")).isEqualTo(1);
        JsonObject signed = json(post("censuses/" + id + "/signature", ""));
        assertThat(signed.getString("signedBy")).isEqualTo("pm");
        assertThat(signed.getJsonArray("copiedTo")).hasSize(2);
    }

    @Test
    @DisplayName("EST-02 over HTTP: the handover moved the unit NOT_TAKEN_OVER → VACANT, in its history and in the estate's counts")
    void occupancy_history_and_counts() {
        JsonObject history = json(get("units/" + unit + "/occupancy-history"));
        assertThat(history.getJsonArray("items")).extracting(c -> c.asJsonObject().getString("cause"))
                .containsExactly("REGISTERED", "HANDOVER");
        JsonObject counts = json(get("estates/" + estate + "/occupancy"));
        assertThat(counts.getInt("VACANT")).isEqualTo(1);
        assertThat(counts.getInt("NOT_TAKEN_OVER")).isEqualTo(7);
    }
}
