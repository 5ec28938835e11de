package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** REN-01 … REN-10 and DEP-04 over HTTP: a renovation from its application to its deposit's refund. */
class RenovationApiTest extends RestFixture {
    /** Deposits and penalties collected (CNY 3 000), debris CNY 15 a m², a pass CNY 10, the service phone published. */
    static final String POLICY = "{'prepaidMonths':6,'archiveAccessHours':24,'frequentRemovalWindowDays':30,"
            + "'frequentRemovalThreshold':3,'deposits':{'collected':true,'penalties':true,'renovationDeposit':300000,"
            + "'parkingCardDeposit':5000},'renovation':{'debrisPerSquareMetre':1500,'passFee':1000,"
            + "'servicePhone':'0755-8888 6666','workingHours':'08:00–12:00, 14:00–18:00','movingHours':'08:00–20:00'}}";
    static final String CONTRACTOR = "{'name':'深圳美居装饰','licenceNumber':'91440300MA5G0001','licenceValidUntil':'2030-01-01',"
            + "'qualificationNumber':'D244030001','qualificationValidUntil':'2029-06-30','representative':'李四',"
            + "'representativeIdNumber':'440301198001011234','representativeIdValidUntil':'2035-01-01','phone':'13900139000'}";

    private String estate;
    private String unit;

    private void lake() {
        estate = estateWithLayout(q(POLICY));
        unit = handedOver(estate, "e14-1-0101");
        as("gm");
        for (String[] pr : new String[][] {{"eng", "ENGINEER"}, {"guard", "SECURITY"}, {"pm", "PROJECT_MANAGER"},
                {"cshead", "FRONT_DESK"}}) {
            post("people/" + pr[0] + "/roles", q("{'role':'" + pr[1] + "','estate':'" + estate + "'}")).close();
        }
    }

    private String application(boolean signed) {
        return "{'unit':'" + unit + "','applicationSignedByOwner':" + signed + ",'commitmentSignedByOwner':true,"
                + "'agreementDelegated':false,'description':'kitchen and bathroom','works':['GAS'],'drawings':'DRW-1',"
                + "'contractor':" + CONTRACTOR + "}";
    }

    private Response withKey(String path, String key, String json) {
        return request(path).header(IdempotencyFilter.HEADER, key).post(Entity.entity(q(json), MediaType.APPLICATION_JSON));
    }

    private JsonObject ok(Response response) {
        if (response.getStatus() != 200 && response.getStatus() != 201) {
            throw new AssertionError(response.getStatus() + " " + response.readEntity(String.class));
        }
        return json(response);
    }

    private String text(Response response) {
        String body = response.readEntity(String.class);
        if (response.getStatus() != 200) {
            throw new AssertionError(response.getStatus() + " " + body);
        }
        return body;
    }

    private String approval(String purpose, String subject, String detail) {
        as("desk");
        Response asked = post("approvals", q("{'estate':'" + estate + "','purpose':'" + purpose + "','subject':'" + subject
                + "','reason':'signed','detail':'" + detail + "'}"));
        String id = ok(asked).getString("id");
        as("pm");
        ok(post("approvals/" + id + "/approval", q("{'note':'ok'}")));
        return id;
    }

    @Test
    @DisplayName("REN-01 … REN-10, DEP-04 over HTTP: apply, approve, guide, agree, pay with the deposit (once per key), "
            + "permit, enter (unit RENOVATING), patrol, violation with a penalty, accept (unit back), refund partially with the memo")
    void a_renovation_from_application_to_refund() {
        lake();
        as("desk");
        problem(post("renovations", q(application(false))), 422, "REN-01", "not-signed-by-the-owner");
        Response created = post("renovations", q(application(true)));
        JsonObject applied = ok(created);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(applied.getString("status")).isEqualTo("APPLIED");
        assertThat(applied.getJsonObject("application").getString("applicantName")).isEqualTo("张*");
        assertThat(applied.getJsonObject("review").getString("due")).isEqualTo("2026-03-17T10:00:00Z"); // 18:00 Shanghai
        String r = "renovations/" + applied.getString("id");
        problem(post("renovations", q(application(true))), 409, "REN-01", "renovation-active");
        assertThat(text(get("renovations/awaiting-approval?estate=" + estate))).contains("\"overdue\":false");

        problem(post(r + "/signatures", q("{'department':'CUSTOMER_SERVICE'}")), 422, "REN-02", "one-person-two-signatures");
        as("cshead");
        ok(post(r + "/signatures", q("{'department':'CUSTOMER_SERVICE'}")));
        problem(post(r + "/signatures", q("{'department':'ENGINEERING'}")), 403, null, null);
        as("eng");
        assertThat(ok(post(r + "/signatures", q("{'department':'ENGINEERING','note':'ok'}"))).getString("status"))
                .isEqualTo("APPROVED");
        as("desk");
        problem(post(r + "/agreement", q("{'ownerConfirmed':true,'signedBy':'OWNER','signerName':'张三','prohibitionsExplained':true}")),
                422, "REN-03", "guide-not-handed-over");
        ok(post(r + "/guide", q("{'note':'gas company guide'}")));
        problem(post(r + "/agreement", q("{'ownerConfirmed':true,'signedBy':'CONTRACTOR','signerName':'李四','prohibitionsExplained':true}")),
                422, "REN-04", "agreement-not-delegated");
        ok(post(r + "/agreement", q("{'ownerConfirmed':true,'signedBy':'OWNER','signerName':'张三','prohibitionsExplained':true}")));

        as("cashier");
        JsonObject quote = ok(get(r + "/quote?passes=2"));
        long total = quote.getJsonNumber("total").longValue();
        assertThat(total).isEqualTo(300_000 + 134_250 + 2_000);
        String pay = "{'passes':2,'total':" + total + ",'depositHolder':'OWNER','receipt':'R-0001'}";
        problem(post(r + "/fees", q(pay)), 400, null, null); // no Idempotency-Key
        problem(withKey(r + "/fees", "fees-1", pay.replace("'total':" + total, "'total':" + (total + 1))), 409, "REN-05",
                "fees-not-as-quoted");
        JsonObject paid = ok(withKey(r + "/fees", "fees-2", pay));
        assertThat(withKey(r + "/fees", "fees-2", pay).getHeaderString(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        String deposit = "deposits/" + paid.getJsonObject("fees").getString("deposit");
        assertThat(ok(get(deposit)).getJsonNumber("held").longValue()).isEqualTo(300_000);
        assertThat(ok(get("deposits/held?estate=" + estate)).getJsonObject("total").getJsonNumber("held").longValue())
                .isEqualTo(300_000);

        as("desk");
        assertThat(ok(post(r + "/permit", q("{'number':'SP-001'}"))).getJsonObject("permit").getString("servicePhone"))
                .isEqualTo("0755-8888 6666");
        ok(post(r + "/workers", q("{'passNumber':'W-1','name':'王五','idNumber':'440301199001011234'}")));
        as("eng");
        ok(post(r + "/entry", q("{'witness':'CONTRACTOR','witnessName':'李四','notes':'door frame scratched'}")));
        as("desk");
        assertThat(ok(get("units/" + unit)).getString("occupancy")).isEqualTo("RENOVATING");

        ok(post(r + "/rounds", q("{'department':'CUSTOMER_SERVICE'}")));
        as("guard");
        JsonObject round = ok(post(r + "/rounds", q("{'department':'SECURITY','observed':['HOT_WORK']}")));
        assertThat(round.getJsonArray("rounds").get(1).asJsonObject().getJsonArray("uncovered").getString(0))
                .isEqualTo("HOT_WORK");
        assertThat(text(get("renovations/missing-rounds?estate=" + estate + "&day=2026-03-16")))
                .contains("ENGINEERING").doesNotContain("SECURITY");
        String notice = "{'description':'welding without a permit','ownerPhonedAt':'2026-03-16T01:50:00Z',"
                + "'contractorPhonedAt':'2026-03-16T01:55:00Z','signedByOwner':true,'signedByContractor':true,'penalty':50000}";
        problem(post(r + "/notices", q(notice.replace("01:50", "01:58"))), 422, "REN-09", "owner-phoned-first");
        ok(post(r + "/notices", q(notice)));
        String penalty = approval("deposits.penalty", paid.getJsonObject("fees").getString("deposit"), "50000");
        as("cashier");
        ok(withKey(r + "/notices/1/penalty", "penalty-1", "{'approval':'" + penalty + "'}"));
        String hold = ok(get(deposit + "/postings")).getJsonArray("items").get(1).asJsonObject().getString("id");
        ok(withKey(deposit + "/holds/" + hold + "/post", "post-1", "{'reason':'violation notice 1'}"));

        as("desk");
        ok(post(r + "/acceptance-requests", q("{'note':'done'}")));
        as("eng");
        ok(post(r + "/acceptance-checks", q("{'department':'ENGINEERING'}")));
        as("guard");
        JsonObject accepted = ok(post(r + "/acceptance-checks", q("{'department':'SECURITY'}")));
        assertThat(accepted.getString("status")).isEqualTo("COMPLETED");
        assertThat(accepted.getJsonObject("completion").getString("refundDueOn")).isEqualTo("2026-06-16");
        as("desk");
        assertThat(ok(get("units/" + unit)).getString("occupancy")).isEqualTo("VACANT");

        problem(post(r + "/refund-request", q("{'requester':'OWNER','requesterName':'张三'}")), 422, "DEP-04", "refund-not-due");
        advance(Duration.ofDays(92));
        assertThat(text(get("renovations/refunds-due?estate=" + estate + "&month=2026-06")))
                .contains(applied.getString("id"));
        assertThat(text(post("renovations/refunds-due/notifications?estate=" + estate, "")))
                .contains(applied.getString("id"));
        ok(post(r + "/neighbour-checks", q("{'harmed':false,'findings':'no leaks, façade intact'}")));
        ok(post(r + "/refund-request", q("{'requester':'OWNER','requesterName':'张三'}")));
        ok(post(r + "/sign-offs", q("{'party':'OWNER','signerName':'张三'}")));
        ok(post(r + "/sign-offs", q("{'party':'CONTRACTOR','signerName':'李四'}")));
        as("cashier");
        problem(withKey(r + "/refund", "refund-1", "{'memo':'M-1'}"), 422, "DEP-04", "sign-off-missing");
        as("desk");
        ok(post(r + "/sign-offs", q("{'party':'PROJECT_CENTRE'}")));
        String refund = approval("renovation.refund", applied.getString("id"), "250000");
        as("cashier");
        JsonObject settled = ok(withKey(r + "/refund", "refund-2", "{'approval':'" + refund + "','memo':'M-1'}"));
        assertThat(settled.getString("status")).isEqualTo("SETTLED");
        JsonObject memo = settled.getJsonObject("settlement").getJsonObject("memo");
        assertThat(memo.getString("outcome")).isEqualTo("PARTIAL_REFUND");
        assertThat(memo.getJsonNumber("refunded").longValue()).isEqualTo(250_000);
        assertThat(memo.getJsonArray("deductions").get(0).asJsonObject().getString("code")).isEqualTo("PENALTY");
        assertThat(ok(get(deposit)).getString("status")).isEqualTo("SETTLED");
        assertThat(settled.getJsonArray("timeline")).hasSizeGreaterThan(20);
    }

    @Test
    @DisplayName("REN over HTTP: bad input is 400 problem+json — an unknown department, a penalty beyond any amount, a bad month")
    void bad_input_is_a_clear_400() {
        lake();
        as("desk");
        String id = ok(post("renovations", q(application(true)))).getString("id");
        problem(post("renovations/" + id + "/signatures", q("{'department':'FINANCE'}")), 400, null, null);
        problem(post("renovations/" + id + "/notices", q("{'description':'x','ownerPhonedAt':'2026-03-16T01:50:00Z',"
                + "'contractorPhonedAt':'2026-03-16T01:55:00Z','signedByOwner':true,'signedByContractor':true,"
                + "'penalty':99999999999999999999}")), 400, null, null);
        problem(get("renovations/refunds-due?estate=" + estate + "&month=June"), 400, null, null);
        problem(post("renovations", q(application(true).replace("'2030-01-01'", "'not a date'"))), 400, null, null);
        assertThat(text(get("renovations?estate=" + estate))).contains(id);
    }

    @Test
    @DisplayName("REN over HTTP: the unit's owner reads its renovation; another unit's owner and a stranger get 404")
    void residents_see_their_own_unit_only() {
        lake();
        as("desk");
        String id = ok(post("renovations", q(application(true)))).getString("id");
        String other = unit(estate, "e14-1-0102");
        as("gm");
        post("people/owner1/roles", q("{'role':'OWNER','estate':'" + estate + "','unit':'" + unit + "'}")).close();
        post("people/owner2/roles", q("{'role':'OWNER','estate':'" + estate + "','unit':'" + other + "'}")).close();
        as("owner1");
        assertThat(ok(get("renovations/" + id)).getString("id")).isEqualTo(id);
        as("owner2");
        problem(get("renovations/" + id), 404, null, null);
        problem(get("renovations?estate=" + estate), 404, null, null);
        as("stranger");
        problem(get("renovations/" + id), 404, null, null);
    }
}
