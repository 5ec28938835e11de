package io.steward.app.it;

import static io.steward.app.it.Http.expect;
import static io.steward.app.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
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
 * REN-01 … REN-10 and DEP-04 on the real server (with {@code -Ppostgres} on PostgreSQL): a renovation through its
 * steps, its deposit in the ledger's tables, the unit RENOVATING and back through the estate's process, and the refund
 * refused before it is due. The refund itself waits 3 months, which the domain and REST tests cover on a test clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RenovationOverHttpIT {
    static final String POLICY = "{'prepaidMonths':6,'archiveAccessHours':24,'frequentRemovalWindowDays':30,"
            + "'frequentRemovalThreshold':3,'deposits':{'collected':true,'penalties':true,'renovationDeposit':300000,"
            + "'parkingCardDeposit':5000},'renovation':{'debrisPerSquareMetre':1500,'passFee':1000,"
            + "'servicePhone':'0755-8888 6666','workingHours':'08:00–12:00, 14:00–18:00','movingHours':'08:00–20:00'}}";

    /** REN-01: the contractor's papers, each valid until far ahead. */
    static final String CONTRACTOR = "{'name':'深圳美居装饰','licenceNumber':'91440300MA5G0001','licenceValidUntil':'2099-01-01',"
            + "'qualificationNumber':'D244030001','qualificationValidUntil':'2099-06-30','representative':'李四',"
            + "'representativeIdNumber':'440301198001011234','representativeIdValidUntil':'2099-01-01','phone':'13900139000'}";

    /** The estate's first unit handed over to 张三; an engineer, a guard and the head of customer service on its staff. */
    private static String handedOverWithStaff(Http http, String estate) {
        String unit = http.firstUnit(estate);
        http.grant(estate, "engineer", "ENGINEER");
        http.grant(estate, "guard", "SECURITY");
        http.grant(estate, "cshead", "FRONT_DESK");
        String h = http.handoverUpToKeys(unit, false);
        expect(200, http.as("desk").post(h + "keys", Http.keysStep(2)));
        return unit;
    }

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("warFile")));
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("REN/DEP-04 on the real server: apply, approve by two departments, agree, pay with the deposit once per "
            + "key, permit, enter (unit RENOVATING), patrol, accept (unit back), refund refused before it is due")
    void a_renovation_on_the_real_server() {
        Http http = new Http(base);
        String estate = http.newEstate(POLICY);
        String unit = handedOverWithStaff(http, estate);
        JsonObject applied = json(expect(201, http.post("renovations", "{'unit':'" + unit + "','applicationSignedByOwner':true,"
                + "'commitmentSignedByOwner':true,'description':'kitchen','drawings':'DRW-1','contractor':" + CONTRACTOR + "}")));
        assertEquals("张*", applied.getJsonObject("application").getString("applicantName"), "EST-08: masked");
        String r = "renovations/" + applied.getString("id");
        JsonObject active = json(expect(409, http.post("renovations", "{'unit':'" + unit + "','applicationSignedByOwner':true,"
                + "'commitmentSignedByOwner':true,'description':'again','drawings':'DRW-2','contractor':" + CONTRACTOR + "}")));
        assertEquals("renovation-active", active.getString("code"));

        JsonObject filer = json(expect(422, http.post(r + "/signatures", "{'department':'CUSTOMER_SERVICE'}")));
        assertEquals("one-person-two-signatures", filer.getString("code"), "REN-02: whoever filed it does not sign");
        expect(200, http.as("cshead").post(r + "/signatures", "{'department':'CUSTOMER_SERVICE'}"));
        expect(200, http.as("engineer").post(r + "/signatures", "{'department':'ENGINEERING'}"));
        expect(200, http.as("desk").post(r + "/agreement", "{'ownerConfirmed':true,'signedBy':'OWNER','signerName':'张三',"
                + "'prohibitionsExplained':true}"));
        long total = json(expect(200, http.as("cashier").get(r + "/quote?passes=1"))).getJsonNumber("total").longValue();
        assertEquals(300_000 + 134_250 + 1_000, total);
        String pay = "{'passes':1,'total':" + total + ",'depositHolder':'OWNER','receipt':'R-1'}";
        String key = "fees-" + applied.getString("id"); // unique to this run: the server's database outlives a run
        JsonObject paid = json(expect(200, http.post(r + "/fees", key, pay)));
        JsonObject again = json(expect(200, http.post(r + "/fees", key, pay)));
        String deposit = paid.getJsonObject("fees").getString("deposit");
        assertEquals(deposit, again.getJsonObject("fees").getString("deposit"));
        assertEquals(300_000L, json(expect(200, http.get("deposits/" + deposit))).getJsonNumber("held").longValue());

        expect(200, http.as("desk").post(r + "/permit", "{'number':'SP-1'}"));
        expect(200, http.as("engineer").post(r + "/entry", "{'witness':'OWNER','witnessName':'张三'}"));
        assertEquals("RENOVATING", json(expect(200, http.as("desk").get("units/" + unit))).getString("occupancy"));
        expect(200, http.as("guard").post(r + "/rounds", "{'department':'SECURITY','observed':['GAS_CYLINDERS']}"));
        assertTrue(expect(200, http.get("renovations/missing-rounds?estate=" + estate + "&day="
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))).body().contains("ENGINEERING"));

        expect(200, http.as("desk").post(r + "/acceptance-requests", "{}"));
        expect(200, http.as("engineer").post(r + "/acceptance-checks", "{'department':'ENGINEERING'}"));
        JsonObject accepted = json(expect(200, http.as("guard").post(r + "/acceptance-checks", "{'department':'SECURITY'}")));
        assertEquals("COMPLETED", accepted.getString("status"));
        assertEquals("VACANT", json(expect(200, http.as("desk").get("units/" + unit))).getString("occupancy"));

        JsonObject early = json(expect(422, http.post(r + "/refund-request", "{'requester':'OWNER','requesterName':'张三'}")));
        assertEquals("DEP-04", early.getString("ruleId"));
        assertEquals("refund-not-due", early.getString("code"));
        assertTrue(json(expect(200, http.get(r))).getJsonArray("timeline").size() >= 9);
    }

    @Test
    @DisplayName("DEP-06 on the real server: 20 concurrent deductions and the deposit's refund (a cancellation) on one "
            + "deposit — the balance never below zero, every accepted entry in the ledger, the refund all or nothing")
    void concurrent_deductions_and_a_refund_on_one_deposit() throws Exception {
        Http http = new Http(base);
        String estate = http.newEstate(POLICY);
        http.grant(estate, "pm", "PROJECT_MANAGER");
        String unit = handedOverWithStaff(http, estate); // the desk acts from here on
        String id = json(expect(201, http.post("renovations", "{'unit':'" + unit + "','applicationSignedByOwner':true,"
                + "'commitmentSignedByOwner':true,'description':'floors','drawings':'DRW-1','contractor':" + CONTRACTOR + "}")))
                .getString("id");
        String r = "renovations/" + id;
        expect(200, http.as("cshead").post(r + "/signatures", "{'department':'CUSTOMER_SERVICE'}"));
        expect(200, http.as("engineer").post(r + "/signatures", "{'department':'ENGINEERING'}"));
        expect(200, http.as("desk").post(r + "/agreement", "{'ownerConfirmed':true,'signedBy':'OWNER','signerName':'张三',"
                + "'prohibitionsExplained':true}"));
        long total = json(expect(200, http.as("cashier").get(r + "/quote?passes=0"))).getJsonNumber("total").longValue();
        String deposit = json(expect(200, http.post(r + "/fees", "fees-" + id, "{'passes':0,'total':" + total
                + ",'depositHolder':'CONTRACTOR','receipt':'R-1'}"))).getJsonObject("fees").getString("deposit");
        JsonObject account = json(expect(200, http.post("units/" + unit + "/fees/charges",
                "{'item':'REPAIR','amount':1000000,'reference':'pipes'}")));
        String charge = account.getJsonArray("lines").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("amount").longValue() == 1_000_000).findFirst().orElseThrow().getString("id");
        String approval = json(expect(201, http.as("desk").post("approvals", "{'estate':'" + estate
                + "','purpose':'renovation.refund','subject':'" + id + "','reason':'cancelled','detail':'300000'}")))
                .getString("id");
        expect(200, http.as("pm").post("approvals/" + approval + "/approval", "{'note':'ok'}"));

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(21);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> deductions = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "ded-" + id + "-" + i; // unique to this run: the server's database outlives a run
            deductions.add(pool.submit(() -> {
                go.await();
                return new Http(base).as("cashier").post("deposits/" + deposit + "/deductions", key,
                        "{'kind':'UNPAID_FEES','amount':20000,'charge':'" + charge + "','evidence':'pipes'}").statusCode();
            }));
        }
        java.util.concurrent.Future<Integer> refund = pool.submit(() -> {
            go.await();
            return new Http(base).as("cashier").post(r + "/cancellation", "cancel-" + id,
                    "{'reason':'the owner gave up','approval':'" + approval + "','memo':'M-1'}").statusCode();
        });
        go.countDown();
        int accepted = 0;
        for (var d : deductions) {
            int status = d.get(120, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(status == 200 || status == 409 || status == 422, "a deduction answers 200 or a refusal: " + status);
            accepted += status == 200 ? 1 : 0;
        }
        int refunded = refund.get(120, java.util.concurrent.TimeUnit.SECONDS);
        pool.shutdown();
        assertTrue(refunded == 200 || refunded == 409 || refunded == 422, "the refund answers 200 or a refusal: " + refunded);

        JsonObject d = json(expect(200, http.as("cashier").get("deposits/" + deposit)));
        long held = d.getJsonNumber("held").longValue();
        long withheld = d.getJsonNumber("withheld").longValue();
        assertTrue(held >= 0 && withheld >= 0 && d.getJsonNumber("available").longValue() >= 0, "never below zero: " + d);
        JsonObject postings = json(expect(200, http.get("deposits/" + deposit + "/postings?size=100")));
        long holds = postings.getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(p -> p.getString("kind").equals("PENDING")).count();
        assertEquals(accepted, holds, "every accepted deduction is an entry, and no refused one is");
        assertEquals(accepted * 20_000L, withheld);
        if (refunded == 200) {
            assertEquals(0, accepted, "a refund settles the deposit whole: no deduction after it, none before it");
            assertEquals("SETTLED", d.getString("status"));
            assertEquals(0L, held);
        } else {
            assertEquals("HELD", d.getString("status"));
            assertEquals(300_000L, held);
            assertTrue(accepted > 0 && accepted <= 15, "at most CNY 3 000 of CNY 200 deductions: " + accepted);
        }
    }
}
