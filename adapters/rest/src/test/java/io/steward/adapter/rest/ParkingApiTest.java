package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PRK-01 and DEP-05 over HTTP: a monthly rental, its IC card against a deposit, the card back and the refund. */
class ParkingApiTest extends RestFixture {

    private String estate;
    private String owner;

    private void lakeWithAnOwner() {
        estate = estateWithLayout();
        String unit = handedOver(estate, "e14-1-0101");
        as("gm");
        for (String[] pr : new String[][] {{"desk", "FRONT_DESK"}, {"cashier", "CASHIER"}, {"guard", "SECURITY"}}) {
            post("people/" + pr[0] + "/roles", q("{'role':'" + pr[1] + "','estate':'" + estate + "'}")).close();
        }
        as("desk");
        owner = structure(get("units/" + unit + "/archives")).asJsonArray().get(0).asJsonObject().getString("id");
    }

    private Response withKey(String path, String key, String json) {
        return request(path).header(IdempotencyFilter.HEADER, key).post(Entity.entity(q(json), MediaType.APPLICATION_JSON));
    }

    private String march() {
        return "{'estate':'" + estate + "','renter':'" + owner + "','vehicleModel':'比亚迪 汉','plate':'粤B12345',"
                + "'licenceNumber':'440300123456','licenceChecked':true,'from':'2026-03-01','to':'2026-03-31'}";
    }

    @Test
    @DisplayName("PRK-01/DEP-05 over HTTP: rent for the owner on file, issue the card against CNY 50 (once per key), "
            + "refuse the card back before the rental ends, refund it after")
    void a_rental_from_application_to_card_refund() {
        lakeWithAnOwner();
        Response created = post("parking/rentals", q(march()));
        assertThat(created.getStatus()).isEqualTo(201);
        JsonObject rental = json(created);
        assertThat(rental.getString("renterName")).isEqualTo("张*");
        String path = "parking/rentals/" + rental.getString("id");

        as("cashier");
        problem(post(path + "/card", q("{'cardNumber':'IC-0007','receipt':'R-77'}")), 400, null, null);
        JsonObject issued = json(withKey(path + "/card", "card-1", "{'cardNumber':'IC-0007','receipt':'R-77'}"));
        Response again = withKey(path + "/card", "card-1", "{'cardNumber':'IC-0007','receipt':'R-77'}");
        assertThat(again.getHeaderString(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(issued.getString("card")).isEqualTo("ISSUED");
        String deposit = "deposits/" + issued.getString("deposit");
        JsonObject held = json(get(deposit));
        assertThat(held.getJsonNumber("held").longValue()).isEqualTo(5_000);
        assertThat(held.getString("holderPhone")).isEqualTo("138****8000");
        assertThat(json(get(deposit + "/postings")).getJsonArray("items")).hasSize(1);

        problem(withKey(path + "/card/return", "back-1", "{'memo':'M-1'}"), 422, "DEP-05", "card-returned-before-the-end");
        advance(Duration.ofDays(16));
        JsonObject back = json(withKey(path + "/card/return", "back-2", "{'memo':'M-1'}"));
        assertThat(back.getString("card")).isEqualTo("RETURNED");
        JsonObject settled = json(get(deposit));
        assertThat(settled.getString("status")).isEqualTo("SETTLED");
        assertThat(settled.getJsonNumber("held").longValue()).isZero();
        assertThat(json(get(deposit + "/postings")).getJsonArray("items")).extracting(p -> p.asJsonObject().getString("code"))
                .containsExactly("COLLECTION", "REFUND");
    }

    @Test
    @DisplayName("PRK-01 over HTTP: an archive that is not a resident's is 422; a guard may not record a rental")
    void only_residents_and_only_the_desk() {
        lakeWithAnOwner();
        problem(post("parking/rentals", q(march().replace(owner, "00000000-0000-0000-0000-000000000001"))), 422, "PRK-01",
                "not-a-resident");
        as("guard");
        problem(post("parking/rentals", q(march())), 403, null, null);
        as("desk");
        problem(post("parking/rentals", q(march().replace("粤B12345", "B12345"))), 400, null, null);
    }

    @Test
    @DisplayName("Temporary parking over HTTP: the estate's tariff, across midnight and days; a stay without its end is 400")
    void temporary_fee() {
        lakeWithAnOwner();
        JsonObject fee = json(get("parking/temporary-fee?estate=" + estate
                + "&entry=2026-03-16T14:00:00Z&exit=2026-03-18T17:30:00Z"));
        assertThat(fee.getJsonNumber("amount").longValue()).isEqualTo(2 * 600 + 400);
        problem(get("parking/temporary-fee?estate=" + estate + "&entry=2026-03-16T14:00:00Z"), 400, null, null);
    }

    @Test
    @DisplayName("The estate's own tariff and deposit rules, given at registration; a cap below the first block is 400")
    void the_estates_policy() {
        as("gm");
        String policy = "'policy':{'prepaidMonths':6,'archiveAccessHours':24,'frequentRemovalWindowDays':30,"
                + "'frequentRemovalThreshold':3,'deposits':{'collected':true,'penalties':false,'renovationDeposit':300000,"
                + "'parkingCardDeposit':8000},'parking':{'firstBlock':500,'firstBlockHours':1,'perFurtherHour':300,'dailyCap':%d}}";
        String fees = "'fees':[{'code':'MGMT','basis':'PER_SQUARE_METRE_MONTH','rate':250,'category':'MANAGEMENT'}]";
        Response created = post("estates", q("{'code':'DEAR','name':'Dear'," + fees + "," + String.format(policy, 3000) + "}"));
        assertThat(created.getStatus()).isEqualTo(201);
        String dear = json(created).getString("id");
        assertThat(json(get("parking/temporary-fee?estate=" + dear + "&entry=2026-03-16T14:00:00Z&exit=2026-03-16T15:30:00Z"))
                .getJsonNumber("amount").longValue()).isEqualTo(800);
        assertThat(json(get("estates/" + dear)).getJsonObject("policy").getJsonObject("deposits")
                .getJsonNumber("parkingCardDeposit").longValue()).isEqualTo(8000);
        problem(post("estates", q("{'code':'BAD','name':'Bad'," + fees + "," + String.format(policy, 100) + "}")), 400,
                null, null);
    }

    @Test
    @DisplayName("DEP-03/DEP-06 over HTTP: a deduction needs an Idempotency-Key; a card's deposit takes no deduction (422)")
    void deductions_over_http() {
        lakeWithAnOwner();
        String rental = json(post("parking/rentals", q(march()))).getString("id");
        as("cashier");
        String deposit = json(withKey("parking/rentals/" + rental + "/card", "card-1",
                "{'cardNumber':'IC-0007','receipt':'R-77'}")).getString("deposit");

        problem(post("deposits/" + deposit + "/deductions", q("{'kind':'PENALTY','amount':1000}")), 400, null, null);
        problem(withKey("deposits/" + deposit + "/deductions", "d-1", "{'kind':'PENALTY','amount':1000}"), 422, "DEP-03",
                "penalty-through-its-notice");
        problem(withKey("deposits/" + deposit + "/deductions", "d-2", "{'kind':'UNPAID_FEES','amount':1000}"), 422,
                "DEP-03", "deduction-only-from-renovation-deposit");
        problem(withKey("deposits/" + deposit + "/deductions", "d-3", "{'kind':'UNPAID_FEES','amount':-5}"), 400, null, null);
        assertThat(json(get("deposits?estate=" + estate + "&status=HELD")).getJsonArray("items")).hasSize(1);
    }

    @Test
    @DisplayName("PRK-02 over HTTP: a price list drafted, approved by the project manager, published; a service charged from it")
    void paid_services() {
        lakeWithAnOwner();
        as("gm");
        post("people/pm/roles", q("{'role':'PROJECT_MANAGER','estate':'" + estate + "'}")).close();
        String unit = unit(estate, "e14-1-0101");
        as("desk");
        Response drafted = post("price-lists", q("{'estate':'" + estate + "','services':[{'code':'UNCLOG','name':'疏通下水道',"
                + "'price':5000,'per':'次'}]}"));
        assertThat(drafted.getStatus()).isEqualTo(201);
        String list = json(drafted).getString("id");
        problem(post("paid-services", q("{'unit':'" + unit + "','service':'UNCLOG','quantity':1}")), 422, "PRK-02",
                "no-price-list-published");
        String approval = json(post("approvals", q("{'estate':'" + estate + "','purpose':'services.price-list','subject':'"
                + list + "','reason':'convenience services 2026'}"))).getString("id");
        as("pm");
        post("approvals/" + approval + "/approval", q("{'note':'agreed'}")).close();
        as("desk");
        JsonObject published = json(post("price-lists/" + list + "/publication", q("{'approval':'" + approval + "'}")));
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("approvedBy")).isEqualTo("pm");

        JsonObject charged = json(post("paid-services", q("{'unit':'" + unit + "','service':'UNCLOG','quantity':2,"
                + "'reference':'kitchen sink'}")));
        assertThat(charged.getJsonNumber("amount").longValue()).isEqualTo(10_000);
        problem(post("paid-services", q("{'unit':'" + unit + "','service':'MASSAGE','quantity':1}")), 422, "PRK-02",
                "service-not-on-the-price-list");
        problem(post("paid-services", q("{'unit':'" + unit + "','service':'UNCLOG','quantity':0}")), 400, null, null);
    }
}
