package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §0 and EST-08 over HTTP: the owner's login "zhang" holds the OWNER role of e14-1-0101; every route that
 * reads one unit's records answers them for that unit and 404 for e14-1-0102, which has the same kinds of records;
 * every estate-wide route answers 404.
 */
class ResidentAccessApiTest extends RestFixture {
    private String estate;
    /** For each unit, "mine" and "theirs": the ids its records have, by placeholder. */
    private final Map<String, Map<String, String>> ids = new HashMap<>();

    @BeforeEach
    void twoUnitsWithRecords() {
        estate = estateWithLayout();
        post("estates/" + estate + "/roster", q("{'lines':[{'unitCode':'e14-1-0102','ownerName':'张三',"
                + "'idNumber':'110101199001011234','contractNumber':'HT-2026-0001'}]}")).close();
        for (String[] role : new String[][] {{"pm", "PROJECT_MANAGER"}, {"keys", "KEY_MANAGER"}}) {
            post("people/" + role[0] + "/roles", q("{'role':'" + role[1] + "','estate':'" + estate + "'}")).close();
        }
        Map<String, String> units = Map.of("mine", handedOver(estate, "e14-1-0101"), "theirs", handedOver(estate, "e14-1-0102"));
        as("pm");
        put("key-registers/" + estate, q("{'keyManager':'keys'}")).close();
        for (String whose : List.of("mine", "theirs")) {
            String u = units.get(whose);
            as("desk");
            Map<String, String> of = new HashMap<>();
            of.put("{u}", u);
            of.put("{h}", structure(get("units/" + u + "/handovers")).asJsonArray().getJsonObject(0).getString("id"));
            of.put("{a}", structure(get("units/" + u + "/archives")).asJsonArray().getJsonObject(0).getString("id"));
            of.put("{p}", json(post("goods-passes", q("{'unit':'" + u + "','carrierName':'张三','carrier':'OWNER',"
                    + "'carrierIdentity':'110101199001011234','items':[{'description':'sofa','quantity':1}],"
                    + "'purpose':'TEMPORARY'}"))).getString("id"));
            as("keys");
            of.put("{k}", json(post("key-registers/" + estate + "/keys", q("{'unit':'" + u + "','copies':1,"
                    + "'reason':'OWNER_ENTRUSTED','entrustment':{'person':'张三','identityDocument':'110101199001011234',"
                    + "'disclaimerAcknowledged':true}}"))).getString("id"));
            as("desk");
            Response transfer = post("units/" + u + "/transfer", q("{'titleCertificate':'粤房 1','transferDate':'2026-03-16',"
                    + "'newOwner':{'name':'王五','idNumber':'440101198505051234','emergencyMobile':'13400134000',"
                    + "'birthday':'1985-05-05'},'safetyLetter':'SL-2','dispositions':{'FEE_CREDIT':'SETTLED',"
                    + "'ENTRUSTED_KEYS':'MOVED_TO_NEW_OWNER'}}"));
            of.put("{t}", json(transfer).getString("id"));
            ids.put(whose, of);
        }
        as("pm");
        Response granted = post("people/zhang/roles", q("{'role':'OWNER','estate':'" + estate + "','unit':'"
                + ids.get("mine").get("{u}") + "'}"));
        assertThat(granted.getStatus()).as(granted.readEntity(String.class)).isEqualTo(200);
        as("zhang");
    }

    private String path(String template, String whose) {
        String path = template;
        for (var e : ids.get(whose).entrySet()) {
            path = path.replace(e.getKey(), e.getValue());
        }
        return path;
    }

    @Test
    @DisplayName("EST-08 over HTTP: each route reading one unit's records answers the owner's own unit and 404 for another")
    void each_unit_route_answers_the_own_unit_only() {
        List<String> routes = List.of("units/{u}", "units/{u}/occupancy-history", "units/{u}/handovers", "handovers/{h}",
                "units/{u}/archives", "archives/{a}", "units/{u}/fees", "units/{u}/transfers", "transfers/{t}",
                "goods-passes?unit={u}", "goods-passes/{p}", "keys?unit={u}", "keys/{k}", "keys/{k}/movements");
        for (String route : routes) {
            Response own = get(path(route, "mine"));
            String body = own.readEntity(String.class);
            assertThat(own.getStatus()).as(route + ": " + body).isEqualTo(200);
            assertThat(body).as(route + " masks personal data").doesNotContain("110101199001011234").doesNotContain("张三");
            problem(get(path(route, "theirs")), 404, null, null);
        }
    }

    @Test
    @DisplayName("EST-08 over HTTP: an owner gets 404 from every estate-wide route and sees no estate in the list")
    void estate_wide_routes_answer_404() {
        List<String> routes = List.of("estates/{e}", "estates/{e}/units", "estates/{e}/buildings", "estates/{e}/facilities",
                "estates/{e}/occupancy", "estates/{e}/handover-summary?from=2026-03-01&to=2026-03-31", "estates/{e}/audit",
                "censuses?estate={e}", "incidents?estate={e}", "approvals?estate={e}", "key-registers/{e}",
                "key-registers/{e}/keys", "key-registers/{e}/overdue", "forced-entries?unit=" + ids.get("mine").get("{u}"));
        for (String route : routes) {
            problem(get(route.replace("{e}", estate)), 404, null, null);
        }
        JsonObject estates = json(get("estates"));
        assertThat(estates.getInt("total")).isZero();
    }

    @Test
    @DisplayName("EST-08 over HTTP: an owner's write to their own unit is a 404 like any other route they cannot use")
    void an_owner_cannot_act_as_staff() {
        String u = ids.get("mine").get("{u}");
        problem(post("units/" + u + "/fees/payments", q("{'amount':100,'receipt':'R-9'}")), 404, null, null);
        problem(post("units/" + u + "/move-in/owner", "{}"), 404, null, null);
        problem(post("goods-passes", q("{'unit':'" + u + "','carrierName':'张三','carrier':'OWNER',"
                + "'carrierIdentity':'110101199001011234','items':[{'description':'sofa','quantity':1}],'purpose':'TEMPORARY'}")),
                404, null, null);
        as("desk");
        assertThat(structure(get("goods-passes?unit=" + u)).asJsonArray()).hasSize(1);
    }
}
