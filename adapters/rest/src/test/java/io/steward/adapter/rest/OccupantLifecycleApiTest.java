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
    @DisplayName("EST-05, EST-09 and EST-06 over HTTP: a tenant moves in; an unreachable owner refuses the pass; with the owner's "
            + "yes and the signatures the tenant moves out on the pass, which the guard checks at the gate")
    void goods_release_and_move_out() {
        assertThat(post("units/" + unit + "/move-in/tenant", q("{'tenant':{'name':'李四','idNumber':'310101199202021234',"
                + "'emergencyMobile':'13600136000'},'ownerCommitment':'OC-1','lease':'L-1','safetyLetter':'SL-T1'}")).getStatus()).isEqualTo(201);

        String refused = movingOutPass("TENANT");
        JsonObject noAnswer = json(post("goods-passes/" + refused + "/owner-call", q("{'at':'2026-03-16T02:00:00Z','reached':false}")));
        assertThat(noAnswer.getString("status")).isEqualTo("REFUSED");
        Response stillRefused = post("goods-passes/" + refused + "/signatures", q("{'owner':'张三','carrier':'李四'}"));
        assertThat(stillRefused.getStatus()).isEqualTo(422);
        assertThat(json(stillRefused).getString("ruleId")).isEqualTo("EST-09");

        String pass = movingOutPass("TENANT");
        post("goods-passes/" + pass + "/owner-call", q("{'at':'2026-03-16T02:05:00Z','reached':true,'agreed':true,'answer':'ok'}")).close();
        JsonObject signed = json(post("goods-passes/" + pass + "/signatures", q("{'owner':'张三','carrier':'李四'}")));
        assertThat(signed.getString("status")).isEqualTo("ISSUED");
        assertThat(signed.getString("staffSignature")).as("the member of staff who signs is the caller").isEqualTo("desk");
        assertThat(signed.getString("carrierName")).as("EST-08: masked").isEqualTo("李*");

        Response waits = post("units/" + unit + "/move-out/tenant", q("{'pass':'" + pass + "','ownerAgrees':false}"));
        assertThat(json(waits).getString("ruleId")).isEqualTo("EST-06");
        Response out = post("units/" + unit + "/move-out/tenant", q("{'pass':'" + pass + "','ownerAgrees':true}"));
        assertThat(out.getStatus()).isEqualTo(200);
        assertThat(json(out).getString("status")).isEqualTo("MOVED_OUT");
        assertThat(json(get("units/" + unit)).getString("occupancy")).isEqualTo("VACANT");
        as("gm");
        post("people/guard/roles", q("{'role':'SECURITY','estate':'" + estate + "'}")).close();
        as("guard");
        problem(post("goods-passes/" + pass + "/gate-check", q("{'carrierName':'王五'}")), 422, "EST-09", null);
        assertThat(json(post("goods-passes/" + pass + "/gate-check", q("{'carrierName':'李四'}"))).getString("verifiedBy"))
                .isEqualTo("guard");
        assertThat(json(get("goods-passes/" + pass)).getString("usedBy")).as("a pass is used once").isNotBlank();
    }

    @Test
    @DisplayName("EST-07 over HTTP: a transfer without a disposition for an open obligation is refused; with it, the front desk "
            + "records it, the cashier records the new owner's prepayment, and the unit changes hands")
    void transfer() {
        String body = "{'titleCertificate':'粤房 2026-000123','transferDate':'2026-03-16','newOwner':{'name':'王五',"
                + "'idNumber':'440101198505051234','emergencyMobile':'13400134000','birthday':'1985-05-05'},"
                + "'safetyLetter':'SL-NEW'%s}";
        JsonObject refused = json(post("units/" + unit + "/transfer", q(String.format(body, ""))));
        assertThat(refused.getInt("status")).isEqualTo(422);
        assertThat(refused.getString("ruleId")).isEqualTo("EST-07");
        assertThat(refused.getString("code")).isEqualTo("obligation-without-disposition");
        // a code nobody declares is the rule's refusal; a malformed one is bad input
        problem(post("units/" + unit + "/transfer", q(String.format(body, ",'dispositions':{'FEE_CREDIT':'SETTLED',"
                + "'GYM_MEMBERSHIP':'SETTLED'}"))), 422, "EST-07", "obligation-unknown");
        problem(post("units/" + unit + "/transfer", q(String.format(body, ",'dispositions':{'fee credit':'SETTLED'}"))), 400,
                null, null);

        Response asked = post("units/" + unit + "/transfer", q(String.format(body, ",'dispositions':{'FEE_CREDIT':'SETTLED'}")));
        assertThat(asked.getStatus()).isEqualTo(201);
        JsonObject transfer = json(asked);
        assertThat(asked.getLocation().getPath()).endsWith("/transfers/" + transfer.getString("id"));
        assertThat(transfer.getString("stage")).isEqualTo("AWAITING_PREPAYMENT");
        assertThat(transfer.getJsonObject("dispositions")).as("one field per obligation code").hasToString(
                "{\"FEE_CREDIT\":\"SETTLED\"}");
        // transferred on the handover day: the whole half year comes back, 134 250 + 18 000
        assertThat(transfer.getJsonNumber("refundDue").longValue()).isEqualTo(152_250L);
        assertThat(transfer.getJsonNumber("prepaymentRequired").longValue()).isEqualTo(134_250L);
        String t = "transfers/" + transfer.getString("id");

        problem(post(t + "/prepayment", q("{'amount':134250,'receipt':'R-T1'}")), 403, null, null);
        as("cashier");
        problem(post(t + "/prepayment", q("{'amount':134249,'receipt':'R-T1'}")), 422, "EST-07", "prepayment-too-small");
        JsonObject done = json(post(t + "/prepayment", q("{'amount':134250,'receipt':'R-T1'}")));
        assertThat(done.getString("stage")).isEqualTo("COMPLETED");
        assertThat(done.getString("prepaidThrough")).isEqualTo("2026-09-15");
        assertThat(json(get(t)).getString("completedBy")).isEqualTo("cashier");
        as("desk");
        assertThat(structure(get("units/" + unit + "/archives")).asJsonArray()).extracting(a -> a.asJsonObject().getString("status"))
                .containsExactlyInAnyOrder("TRANSFERRED", "ACTIVE");
        assertThat(json(get("units/" + unit + "/fees")).getJsonNumber("refundsDue").longValue()).isEqualTo(152_250L);
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
                .as("newest first").containsExactly("HANDOVER", "REGISTERED");
        JsonObject counts = json(get("estates/" + estate + "/occupancy"));
        assertThat(counts.getInt("VACANT")).isEqualTo(1);
        assertThat(counts.getInt("NOT_TAKEN_OVER")).isEqualTo(7);
    }
}
