package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Key custody over HTTP: the register, movements, one holder per key, emergency entry. */
class KeyApiTest extends RestFixture {
    private String estate;
    private String unit;
    private String register;

    @BeforeEach
    void registerWithKeeper() {
        estate = estateWithLayout();
        unit = handedOver(estate, "e14-1-0101");
        as("gm");
        for (String grant : new String[] {"keys:KEY_MANAGER", "pm:PROJECT_MANAGER", "pgm:PROJECT_GM", "eng:ENGINEER",
                "guard:SECURITY", "control:CONTROL_ROOM"}) {
            String[] pr = grant.split(":");
            post("people/" + pr[0] + "/roles", q("{'role':'" + pr[1] + "','estate':'" + estate + "'}")).close();
        }
        register = "key-registers/" + estate;
        as("pm");
        Response designated = put(register, q("{'keyManager':'keys'}"));
        assertThat(designated.getStatus()).isEqualTo(200);
        as("keys");
    }

    private JsonObject registered(String body) {
        Response created = post(register + "/keys", q(body));
        String text = created.readEntity(String.class);
        assertThat(created.getStatus()).as(text).isEqualTo(201);
        assertThat(created.getLocation().getPath()).contains("/keys/");
        return jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
    }

    private static void problem(Response response, int status, String ruleId, String code) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(body).contains("\"ruleId\":\"" + ruleId + "\"").contains("\"code\":\"" + code + "\"");
    }

    @Test
    @DisplayName("KEY-02, KEY-03, KEY-07, KEY-12 over HTTP: keys numbered in sequence; a check-out of a key someone holds is a 409; "
            + "the history lists every movement")
    void register_check_out_return_and_issue() {
        JsonObject first = registered("{'unit':'" + unit + "','copies':2,'reason':'DEVELOPER_HANDOVER'}");
        JsonObject second = registered("{'commonArea':'plant room B1','copies':1,'reason':'DEVELOPER_HANDOVER'}");
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(second.getInt("number")).isEqualTo(2);
        assertThat(first.getString("status")).isEqualTo("IN_CABINET");
        String key = "keys/" + first.getString("id");

        String checkOut = "{'staff':'%s','purpose':'meter','due':'2026-03-16T04:00:00Z','staffSignature':'%s'}";
        assertThat(json(post(key + "/check-out", q(String.format(checkOut, "eng", "eng")))).getString("holder")).isEqualTo("eng");
        problem(post(key + "/check-out", q(String.format(checkOut, "guard", "guard"))), 409, "KEY-12", "key-not-in-cabinet");
        problem(post(key + "/issue", q("{'owner':'张三','identityDocument':'110101199001011234','signature':'张三'}")), 409,
                "KEY-12", "key-not-in-cabinet");
        assertThat(json(post(key + "/return", q("{'returnedBy':'eng'}"))).getString("status")).isEqualTo("IN_CABINET");

        problem(post(key + "/issue", q("{'owner':'王五','identityDocument':'110101199001011234','signature':'王五'}")), 422,
                "KEY-03", "not-the-owner");
        assertThat(json(post(key + "/issue", q("{'owner':'张三','identityDocument':'110101199001011234','signature':'张三'}")))
                .getString("status")).isEqualTo("ISSUED_TO_OWNER");

        var history = structure(get(key + "/movements")).asJsonArray();
        assertThat(history).extracting(m -> m.asJsonObject().getString("kind"))
                .containsExactly("REGISTERED", "CHECKED_OUT", "RETURNED", "ISSUED_TO_OWNER");
        assertThat(history.get(1).asJsonObject().getJsonArray("signatures").toString()).isEqualTo("[\"eng\",\"keys\"]");

        Response page = get(register + "/keys?size=1");
        assertThat(json(page).getInt("total")).isEqualTo(2);
        assertThat(page.getHeaderString("Link")).contains("rel=\"next\"");
        assertThat(json(get(register + "/keys?status=ISSUED_TO_OWNER")).getJsonArray("items")).hasSize(1);
        assertThat(get(register + "/keys?status=SOMEWHERE").getStatus()).isEqualTo(400);
        assertThat(structure(get("keys?unit=" + unit)).asJsonArray()).hasSize(1);
        assertThat(json(get(register)).getInt("lastNumber")).isEqualTo(2);
    }

    @Test
    @DisplayName("KEY-04, KEY-05, KEY-06 over HTTP: vacant units only, with the disclaimer; only the entrusting person collects; "
            + "a viewing key stays with staff")
    void entrust_view_and_collect() {
        problem(post(register + "/keys", q("{'unit':'" + unit + "','copies':1,'reason':'OWNER_ENTRUSTED','entrustment':"
                + "{'person':'张三','identityDocument':'110101199001011234','disclaimerAcknowledged':false}}")), 422,
                "KEY-04", "disclaimer-not-acknowledged");
        JsonObject entrusted = registered("{'unit':'" + unit + "','copies':1,'reason':'OWNER_ENTRUSTED','entrustment':"
                + "{'person':'张三','identityDocument':'110101199001011234','disclaimerAcknowledged':true}}");
        assertThat(entrusted.getString("disclaimer")).contains("不承担保管责任");
        assertThat(entrusted.toString()).as("EST-08: no trace of the identity document").doesNotContain("sha256")
                .doesNotContain("110101199001011234");
        String key = "keys/" + entrusted.getString("id");

        problem(post(key + "/viewing", q("{'staff':'张三','visitor':'王五','due':'2026-03-16T03:00:00Z'}")), 422,
                "KEY-06", "viewing-key-stays-with-staff");
        assertThat(json(post(key + "/viewing", q("{'staff':'keys','visitor':'王五','due':'2026-03-16T03:00:00Z'}")))
                .getString("status")).isEqualTo("ON_VIEWING");
        post(key + "/return", q("{'returnedBy':'keys'}")).close();

        problem(post(key + "/collection", q("{'collector':'李四','identityDocument':'310101199202021234','signature':'李四'}")),
                422, "KEY-05", "not-the-entrusting-person");
        assertThat(json(post(key + "/collection", q("{'collector':'张三','identityDocument':'110101199001011234','signature':'张三'}")))
                .getString("status")).isEqualTo("COLLECTED");
    }

    @Test
    @DisplayName("KEY-08, KEY-09, KEY-10 over HTTP: two approvals for an abnormal release; accountability for a loss; the spare key for an incident")
    void release_loss_and_spare() {
        String released = "keys/" + registered("{'unit':'" + unit + "','copies':1,'reason':'SPARE'}").getString("id");
        String release = "{'recipient':'赵六','identityDocument':'440101198001011234','reason':'owner abroad',"
                + "'projectManager':{'person':'pm','role':'PROJECT_MANAGER'},'leadership':{'person':'%s','role':'COMPANY_GM'},'signature':'赵六'}";
        problem(post(released + "/abnormal-release", q(String.format(release, "pm"))), 422, "KEY-08", "approver-lacks-role");
        assertThat(json(post(released + "/abnormal-release", q(String.format(release, "gm")))).getString("status")).isEqualTo("RELEASED");

        String lost = "keys/" + registered("{'commonArea':'roof door','copies':1,'reason':'DEVELOPER_HANDOVER'}").getString("id");
        problem(post(lost + "/loss", q("{'circumstances':'cabinet left open','managementFault':true}")), 422, "KEY-09",
                "name-the-project-manager");
        assertThat(json(post(lost + "/loss", q("{'circumstances':'cabinet left open','managementFault':true,'projectManager':'pm'}")))
                .getString("status")).isEqualTo("LOST");
        assertThat(structure(get(lost + "/movements")).asJsonArray().get(1).asJsonObject().getJsonArray("accountable").toString())
                .isEqualTo("[\"keys\",\"pm\"]");

        String spare = "keys/" + registered("{'unit':'" + unit + "','copies':1,'reason':'SPARE'}").getString("id");
        as("control");
        Response noIncident = post(spare + "/spare-use", q("{'takenBy':'guard','reason':'smoke'}"));
        assertThat(noIncident.getStatus()).isEqualTo(400);
        assertThat(noIncident.readEntity(String.class)).contains("incident");
        JsonObject used = json(post(spare + "/spare-use", q("{'incident':'INC-31','takenBy':'guard','reason':'smoke from the kitchen'}")));
        assertThat(used.getString("status")).isEqualTo("IN_EMERGENCY_USE");
        assertThat(used.getString("reference")).isEqualTo("INC-31");
    }

    @Test
    @DisplayName("KEY-11 over HTTP: a forced entry without the project GM's approval is refused; with it, scene, contact, confirmation")
    void forced_entry() {
        as("guard");
        String entry = "{'unit':'" + unit + "','incident':'INC-44','occupantUnreachable':true,'extremelyUrgent':true,"
                + "'greaterLoss':true,%s'staff':['guard','control'],'enteredAt':'2026-03-16T01:50:00Z'}";
        problem(post("forced-entries", q(String.format(entry, ""))), 422, "KEY-11", "project-gm-approval-required");
        Response created = post("forced-entries", q(String.format(entry, "'approval':{'person':'pgm','role':'PROJECT_GM'},")));
        assertThat(created.getStatus()).isEqualTo(201);
        String id = "forced-entries/" + json(created).getString("id");
        assertThat(json(post(id + "/scene", q("{'sceneProtected':true,'photos':['att:door'],'notes':'pipe burst, water off'}")))
                .getString("stage")).isEqualTo("SCENE_RECORDED");
        as("desk");
        post(id + "/occupant-contact", q("{'occupant':'张三','means':'emergency mobile'}")).close();
        assertThat(json(post(id + "/occupant-confirmation", q("{'signature':'张三'}"))).getString("stage")).isEqualTo("CONFIRMED");
        assertThat(structure(get("forced-entries?unit=" + unit)).asJsonArray()).hasSize(1);
    }

    @Test
    @DisplayName("KEY-07 over HTTP: the overdue alert reminds the holder of a key out past due once, and the key manager sees it")
    void overdue_keys_are_reminded() {
        String key = "keys/" + registered("{'commonArea':'plant room B1','copies':1,'reason':'DEVELOPER_HANDOVER'}").getString("id");
        post(key + "/check-out", q("{'staff':'eng','purpose':'meter','due':'2026-03-16T03:00:00Z','staffSignature':'eng'}")).close();
        assertThat(structure(post(register + "/overdue-reminders", q("{}"))).asJsonArray()).isEmpty();

        advance(java.time.Duration.ofHours(2));
        assertThat(structure(get(register + "/overdue")).asJsonArray()).hasSize(1);
        var reminded = structure(post(register + "/overdue-reminders", q("{}"))).asJsonArray();
        assertThat(reminded).singleElement().satisfies(k -> assertThat(k.asJsonObject().getString("holder")).isEqualTo("eng"));
        assertThat(structure(post(register + "/overdue-reminders", q("{}"))).asJsonArray()).isEmpty();
        var history = structure(get(key + "/movements")).asJsonArray();
        assertThat(history.get(history.size() - 1).asJsonObject().getString("kind")).isEqualTo("OVERDUE_REMINDED");

        as("eng");
        Response forbidden = post(register + "/overdue-reminders", q("{}"));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(forbidden.getMediaType().toString()).isEqualTo("application/problem+json");
    }
}
