package io.steward.app.it;

import static io.steward.app.it.Http.expect;
import static io.steward.app.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * PRK-01 and DEP-05 on the real server: a monthly rental for the owner on file, the IC card against a deposit in the
 * ledger's tables (with {@code -Ppostgres} on PostgreSQL), a money operation once per Idempotency-Key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParkingOverHttpIT {
    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("warFile")));
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("PRK-01/DEP-05 on the real server: rent for the owner on file, issue the card against CNY 50 once per key, "
            + "refuse the card back before the rental ends, refuse a money operation without a key")
    void a_rental_and_its_card_on_the_real_server() {
        Http http = new Http(base);
        String estate = http.newEstate();
        String unit = http.firstUnit(estate);
        http.grant(estate, "keys", "KEY_MANAGER");
        http.grant(estate, "pm", "PROJECT_MANAGER");
        expect(200, http.as("pm").put("key-registers/" + estate, "{'keyManager':'keys'}"));
        expect(201, http.as("keys").post("key-registers/" + estate + "/keys",
                "{'unit':'" + unit + "','copies':2,'reason':'NOT_TAKEN_OVER'}"));
        String h = http.handoverUpToKeys(unit, false);
        expect(200, http.as("keys").post("keys/handover?unit=" + unit, "{'staff':'desk','due':'"
                + java.time.Instant.now().plusSeconds(7200) + "'}"));
        expect(200, http.as("desk").post(h + "keys", Http.keysStep(2)));
        String owner = Http.structure(expect(200, http.get("units/" + unit + "/archives"))).asJsonArray().get(0)
                .asJsonObject().getString("id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonObject rental = json(expect(201, http.post("parking/rentals", "{'estate':'" + estate + "','renter':'" + owner
                + "','vehicleModel':'比亚迪 汉','plate':'粤B12345','licenceNumber':'440300123456','licenceChecked':true,"
                + "'from':'" + today + "','to':'" + today.plusDays(30) + "'}")));
        String card = "parking/rentals/" + rental.getString("id") + "/card";
        // keys are the caller's: unique to this run, since the server's database outlives a run
        String key = "card-" + rental.getString("id");
        expect(400, http.as("cashier").post(card, "{'cardNumber':'IC-1','receipt':'R-1'}"));
        JsonObject issued = json(expect(200, http.post(card, key, "{'cardNumber':'IC-1','receipt':'R-1'}")));
        JsonObject again = json(expect(200, http.post(card, key, "{'cardNumber':'IC-1','receipt':'R-1'}")));
        assertEquals(issued.getString("deposit"), again.getString("deposit"));

        JsonObject deposit = json(expect(200, http.get("deposits/" + issued.getString("deposit"))));
        assertEquals(5_000L, deposit.getJsonNumber("held").longValue());
        assertEquals("张*", deposit.getString("holderName"), "EST-08: the holder's name is masked");
        assertEquals(1, json(http.get("deposits/" + issued.getString("deposit") + "/postings")).getJsonArray("items").size());
        JsonObject early = json(expect(422, http.post(card + "/return", "back-" + rental.getString("id"), "{'memo':'M-1'}")));
        assertEquals("card-returned-before-the-end", early.getString("code"));
        assertEquals("DEP-05", early.getString("ruleId"));
    }
}
