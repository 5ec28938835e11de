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

        assertThat(get("units/not-a-uuid").getStatus()).isEqualTo(400);
        Response occupancy = get("estates/" + estate + "/units?occupancy=HAUNTED");
        assertThat(occupancy.getStatus()).isEqualTo(400);
        assertThat(json(occupancy).getString("detail")).contains("VACANT");
        assertThat(get("estates/" + estate + "/units?size=501").getStatus()).isEqualTo(400);
        assertThat(get("estates/" + estate + "/handover-summary?from=2026-03-01").getStatus()).isEqualTo(400);
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
