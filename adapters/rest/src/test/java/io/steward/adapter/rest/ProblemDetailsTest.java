package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every error is RFC 9457 problem+json; none carries a stack trace; a refused request writes nothing. */
class ProblemDetailsTest extends RestFixture {

    @Test
    @DisplayName("an invalid body is a 400 listing each field that failed, and nothing is registered")
    void invalid_fields_are_listed() {
        Response refused = post("estates", q("{'code':'no spaces allowed','fees':[{'code':'','basis':'PER_UNIT_MONTH','rate':-1}]}"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        JsonObject problem = json(refused);
        assertThat(problem.getString("code")).isEqualTo("invalid-request");
        assertThat(problem.getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .contains("code", "name", "fees[0].code", "fees[0].rate");
        assertThat(json(get("estates")).getInt("total")).isZero();
    }

    /** The fields a 400 names. */
    private static java.util.List<String> fields(Response refused) {
        JsonObject problem = problem(refused, 400, null, "invalid-request");
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    @Test
    @DisplayName("a number out of range for its field — an amount beyond a long, a fraction of a fen, a floor or copies "
            + "beyond an int, a number as a string — is a 400 naming the field, and nothing is stored")
    void numbers_out_of_range_are_400s_naming_the_field() {
        String estate = estateWithLayout();
        String unit = handedOver(estate, "e14-1-0101");
        as("cashier");
        long paid = json(get("units/" + unit + "/fees")).getJsonNumber("paid").longValue();
        assertThat(fields(post("units/" + unit + "/fees/payments", "{\"amount\":9223372036854775808,\"receipt\":\"R\"}")))
                .containsExactly("amount");
        assertThat(fields(post("units/" + unit + "/fees/payments", "{\"amount\":100.5,\"receipt\":\"R\"}")))
                .containsExactly("amount");
        assertThat(fields(post("units/" + unit + "/fees/payments", "{\"amount\":\"100\",\"receipt\":\"R\"}")))
                .containsExactly("amount");
        assertThat(json(get("units/" + unit + "/fees")).getJsonNumber("paid").longValue()).isEqualTo(paid);

        as("gm");
        assertThat(fields(post("estates/" + estate + "/layout", q("{'buildings':[{'code':'e15','entrances':['1']}],"
                + "'units':[{'building':'e15','entrance':'1','floor':3000000000,'number':'0101','kind':'RESIDENCE','area':89.5}]}"))))
                .containsExactly("units[0].floor");
        post("people/keys/roles", q("{'role':'KEY_MANAGER','estate':'" + estate + "'}")).close();
        post("people/pm/roles", q("{'role':'PROJECT_MANAGER','estate':'" + estate + "'}")).close();
        as("pm");
        put("key-registers/" + estate, q("{'keyManager':'keys'}")).close();
        as("keys");
        assertThat(fields(post("key-registers/" + estate + "/keys", q("{'commonArea':'roof','copies':4294967297,"
                + "'reason':'DEVELOPER_HANDOVER'}")))).containsExactly("copies");
        assertThat(json(get("key-registers/" + estate + "/keys")).getInt("total")).isZero();
        as("gm");
        assertThat(json(get("estates/" + estate + "/units")).getInt("total")).isEqualTo(8);
    }

    @Test
    @DisplayName("a date outside the years 1900-2199, an unknown field, a null in a list and a control character are 400s "
            + "naming the field; so is a query parameter out of range")
    void dates_unknown_fields_nulls_and_controls_are_400s() {
        String estate = estateWithLayout();
        String unit = handedOver(estate, "e14-1-0101");
        as("cashier");
        assertThat(fields(post("units/" + unit + "/fees/charges", q("{'item':'REPAIR','amount':100,'periodFrom':'99999-01-01',"
                + "'periodTo':'1899-12-31'}")))).containsExactly("periodFrom", "periodTo");
        assertThat(fields(post("units/" + unit + "/fees/payments", q("{'amount':100,'receipt':'R','amout':100}"))))
                .containsExactly("amout");
        assertThat(fields(post("units/" + unit + "/fees/payments", "{\"amount\":100,\"receipt\":\"R\\u0000\"}")))
                .containsExactly("receipt");
        as("desk");
        assertThat(fields(post("goods-passes", q("{'unit':'" + unit + "','carrierName':'张三','carrier':'OWNER',"
                + "'carrierIdentity':'110101199001011234','items':[null],'purpose':'TEMPORARY'}")))).containsExactly("items[0]");
        assertThat(problem(get("estates/" + estate + "/units?size=2147483648"), 400, null, "invalid-input").getString("detail"))
                .startsWith("size");
    }

    @Test
    @DisplayName("a body that is not JSON is a 400, not a stack trace")
    void malformed_json_is_a_400() {
        Response refused = post("estates", "{\"code\": ");
        assertThat(refused.getStatus()).isEqualTo(400);
        String body = refused.readEntity(String.class);
        assertThat(body).contains("malformed-body").doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    @DisplayName("EST-01: a layout with a unit in an unknown building is refused whole, naming the rule and every problem")
    void a_bad_layout_is_refused_whole() {
        String estate = json(post("estates", newEstate("LAKE", "Lake Garden"))).getString("id");
        Response refused = post("estates/" + estate + "/layout", q("""
                {'buildings':[{'code':'e14','entrances':['1']}],
                 'units':[{'building':'e14','entrance':'1','floor':1,'number':'0101','kind':'RESIDENCE','area':89.5},
                          {'building':'e99','entrance':'1','floor':1,'number':'0101','kind':'RESIDENCE','area':89.5}]}"""));

        JsonObject problem = json(refused);
        assertThat(problem.getString("ruleId")).isEqualTo("EST-01");
        assertThat(problem.toString()).contains("e99");
        assertThat(json(get("estates/" + estate + "/units")).getInt("total")).isZero();
    }

    @Test
    @DisplayName("a stranger to an estate gets 404 for its objects; a member lacking the role gets 403")
    void strangers_get_404_members_without_the_role_get_403() {
        String estate = estateWithLayout();
        String unit = unit(estate, "e14-1-0101");

        as("stranger");
        Response hidden = get("units/" + unit);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(json(hidden).getString("code")).isEqualTo("not-found");

        as("desk");
        Response forbidden = post("units/" + unit + "/fees/payments", q("{'amount':100,'receipt':'R-1'}"));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(json(forbidden).getString("code")).isEqualTo("access-denied");
    }

    @Test
    @DisplayName("malformed ids and query parameters are 400s that say what was expected")
    void bad_parameters_are_400s() {
        String estate = json(post("estates", newEstate("LAKE", "Lake Garden"))).getString("id");

        assertThat(problem(get("units/not-a-uuid"), 400, null, null).getString("detail")).contains("unit id");
        // every id parameter is converted through the Identifier marker, in the path as in the query
        assertThat(problem(get("keys/not-a-uuid"), 400, null, null).getString("detail")).contains("key id");
        assertThat(problem(get("keys?unit=not-a-uuid"), 400, null, null).getString("detail")).contains("unit id");
        assertThat(problem(get("keys"), 400, null, null).getString("detail")).contains("?unit=");
        assertThat(problem(get("approvals?estate=12"), 400, null, null).getString("detail")).contains("estate id");
        assertThat(problem(get("estates/" + estate + "/units?occupancy=HAUNTED"), 400, null, null).getString("detail"))
                .contains("VACANT");
        assertThat(problem(get("estates/" + estate + "/units?size=501"), 400, null, null).getString("detail"))
                .contains("size").contains("500");
        assertThat(problem(get("estates/" + estate + "/handover-summary?from=2026-03-01"), 400, null, null).getString("detail"))
                .contains("to");
    }

    @Test
    @DisplayName("an unknown path is a problem+json 404 too")
    void unknown_paths_are_problems() {
        Response missing = get("nothing-here");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }

    @Test
    @DisplayName("an unexpected failure is a 500 with an incident number and no trace of the code")
    void unexpected_failures_hide_their_trace() {
        Problem problem = ProblemMapper.problemFor(new IllegalStateException("secret SQL text"));
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).contains("incident").doesNotContain("secret");
    }
}
