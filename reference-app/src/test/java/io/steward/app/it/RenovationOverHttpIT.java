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
        String unit = http.firstUnit(estate);
        http.grant(estate, "engineer", "ENGINEER");
        http.grant(estate, "guard", "SECURITY");
        http.grant(estate, "cshead", "FRONT_DESK");
        String h = http.handoverUpToKeys(unit, false);
        expect(200, http.as("desk").post(h + "keys", Http.keysStep(2)));

        String contractor = "{'name':'深圳美居装饰','licenceNumber':'91440300MA5G0001','licenceValidUntil':'2099-01-01',"
                + "'qualificationNumber':'D244030001','qualificationValidUntil':'2099-06-30','representative':'李四',"
                + "'representativeIdNumber':'440301198001011234','representativeIdValidUntil':'2099-01-01','phone':'13900139000'}";
        JsonObject applied = json(expect(201, http.post("renovations", "{'unit':'" + unit + "','applicationSignedByOwner':true,"
                + "'commitmentSignedByOwner':true,'description':'kitchen','drawings':'DRW-1','contractor':" + contractor + "}")));
        assertEquals("张*", applied.getJsonObject("application").getString("applicantName"), "EST-08: masked");
        String r = "renovations/" + applied.getString("id");
        JsonObject active = json(expect(409, http.post("renovations", "{'unit':'" + unit + "','applicationSignedByOwner':true,"
                + "'commitmentSignedByOwner':true,'description':'again','drawings':'DRW-2','contractor':" + contractor + "}")));
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
}
