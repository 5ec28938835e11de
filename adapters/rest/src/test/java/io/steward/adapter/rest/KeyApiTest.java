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

    private String approved(String purpose, String subject, String asker, String approver) {
        as(asker);
        Response asked = post("approvals", q("{'estate':'" + estate + "','purpose':'" + purpose + "','subject':'" + subject
                + "','reason':'needed'}"));
        assertThat(asked.getStatus()).isEqualTo(201);
        String id = json(asked).getString("id");
        as(approver);
        assertThat(json(post("approvals/" + id + "/approval", q("{'note':'ok'}"))).getString("status")).isEqualTo("APPROVED");
        as("keys");
        return id;
    }

    private String incident(String kind) {
        as("guard");
        Response reported = post("incidents", q("{'estate':'" + estate + "','kind':'" + kind + "','unit':'" + unit
                + "','location':'e14-1-0101','description':'smoke','occurredAt':'2026-03-16T01:55:00Z'}"));
        assertThat(reported.getStatus()).isEqualTo(201);
        as("keys");
        return json(reported).getString("id");
    }

    @Test
    @DisplayName("KEY-02, KEY-07, KEY-12 over HTTP: keys numbered in sequence; only the key manager moves them; a check-out of "
            + "a key someone holds is a 409; the holder brings it back; the history lists every movement")
    void register_check_out_and_return() {
        JsonObject first = registered("{'commonArea':'plant room B1','copies':2,'reason':'DEVELOPER_HANDOVER'}");
        JsonObject second = registered("{'commonArea':'roof','copies':1,'reason':'DEVELOPER_HANDOVER'}");
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(second.getInt("number")).isEqualTo(2);
        assertThat(first.getString("status")).isEqualTo("IN_CABINET");
        String key = "keys/" + first.getString("id");

        String checkOut = "{'staff':'%s','purpose':'meter','due':'2026-03-16T04:00:00Z','staffSignature':'%s'}";
        as("eng");
        problem(post(key + "/check-out", q(String.format(checkOut, "eng", "eng"))), 422, "KEY-02", "not-the-key-manager");
        as("keys");
        assertThat(json(post(key + "/check-out", q(String.format(checkOut, "eng", "eng")))).getString("holder")).isEqualTo("eng");
        problem(post(key + "/check-out", q(String.format(checkOut, "guard", "guard"))), 409, "KEY-12", "key-not-in-cabinet");
        problem(post(key + "/return", q("{'returnedBy':'guard'}")), 422, "KEY-12", "returned-by-the-holder");
        assertThat(json(post(key + "/return", q("{'returnedBy':'eng'}"))).getString("status")).isEqualTo("IN_CABINET");

        var history = structure(get(key + "/movements")).asJsonArray();
        assertThat(history).extracting(m -> m.asJsonObject().getString("kind"))
                .containsExactly("REGISTERED", "CHECKED_OUT", "RETURNED");
        assertThat(history.get(1).asJsonObject().getJsonArray("signatures").toString()).isEqualTo("[\"eng\",\"keys\"]");

        Response page = get(register + "/keys?size=1");
        assertThat(json(page).getInt("total")).isEqualTo(2);
        assertThat(page.getHeaderString("Link")).contains("rel=\"next\"");
        assertThat(get(register + "/keys?status=SOMEWHERE").getStatus()).isEqualTo(400);
        assertThat(json(get(register)).getInt("lastNumber")).isEqualTo(2);
    }

    @Test
    @DisplayName("KEY-02/KEY-03/EST-04 over HTTP: the key manager hands the unit's keys for its handover; the desk's last step "
            + "hands them to the owner, and is refused while they do not add up")
    void the_keys_of_a_handover() {
        String other = unit(estate, "e14-1-0102");
        post("estates/" + estate + "/roster", q("{'lines':[{'unitCode':'e14-1-0102','ownerName':'张三','idNumber':'110101199001011234','contractNumber':'HT-2026-0001'}]}")).close();
        as("keys");
        String set = registered("{'unit':'" + other + "','copies':2,'reason':'NOT_TAKEN_OVER'}").getString("id");
        String h = handoverUpToKeys(other);
        as("keys");
        Response handed = post("keys/handover?unit=" + other, q("{'staff':'desk','due':'2026-03-16T04:00:00Z'}"));
        assertThat(handed.getStatus()).isEqualTo(200);
        assertThat(structure(handed).asJsonArray()).singleElement()
                .satisfies(k -> assertThat(k.asJsonObject().getString("status")).isEqualTo("AT_HANDOVER"));
        as("desk");
        problem(post(h + "keys", q("{'keys':3,'ownerHandbook':true,'renovationHandbook':true,'signedBy':'张三'}")), 422,
                "KEY-02", "keys-do-not-add-up");
        assertThat(json(post(h + "keys", q("{'keys':2,'ownerHandbook':true,'renovationHandbook':true,'signedBy':'张三'}")))
                .getString("stage")).isEqualTo("COMPLETED");
        as("keys");
        JsonObject issued = json(get("keys/" + set));
        assertThat(issued.getString("status")).isEqualTo("ISSUED_TO_OWNER");
        assertThat(issued.getString("holder")).as("EST-08: the owner's name is masked").isEqualTo("张*");
        assertThat(get("keys/" + set + "/movements").readEntity(String.class)).doesNotContain("张三");
    }

    @Test
    @DisplayName("KEY-04, KEY-06 over HTTP: an entrusted key needs the owner's acknowledged disclaimer; a viewing key stays "
            + "with staff; names are masked")
    void entrust_view_and_collect() {
        problem(post(register + "/keys", q("{'unit':'" + unit + "','copies':1,'reason':'OWNER_ENTRUSTED','entrustment':"
                + "{'person':'张三','identityDocument':'110101199001011234','disclaimerAcknowledged':false}}")), 422,
                "KEY-04", "disclaimer-not-acknowledged");
        JsonObject entrusted = registered("{'unit':'" + unit + "','copies':1,'reason':'OWNER_ENTRUSTED','entrustment':"
                + "{'person':'张三','identityDocument':'110101199001011234','disclaimerAcknowledged':true}}");
        assertThat(entrusted.getString("disclaimer")).contains("不承担保管责任");
        assertThat(entrusted.toString()).as("EST-08: no trace of the identity document, the name masked").doesNotContain("sha256")
                .doesNotContain("110101199001011234").doesNotContain("张三");
        String key = "keys/" + entrusted.getString("id");

        problem(post(key + "/viewing", q("{'staff':'张三','visitor':'王五','due':'2026-03-16T03:00:00Z'}")), 422,
                "KEY-06", "viewing-key-stays-with-staff");
        assertThat(json(post(key + "/viewing", q("{'staff':'eng','visitor':'王五','due':'2026-03-16T03:00:00Z'}")))
                .getString("status")).isEqualTo("ON_VIEWING");
        post(key + "/return", q("{'returnedBy':'eng'}")).close();
        assertThat(get(key + "/movements").readEntity(String.class)).doesNotContain("王五");

        problem(post(key + "/collection", q("{'collector':'李四','identityDocument':'310101199202021234','signature':'李四'}")),
                422, "KEY-05", "not-the-entrusting-person");
        assertThat(json(post(key + "/collection", q("{'collector':'张三','identityDocument':'110101199001011234','signature':'张三'}")))
                .getString("status")).isEqualTo("COLLECTED");
    }

    @Test
    @DisplayName("KEY-08, KEY-09, KEY-10 over HTTP: two approval acts for an abnormal release; a loss against an incident and "
            + "the project manager's decision on fault; the spare key for an incident")
    void release_loss_and_spare() {
        String releasedId = registered("{'commonArea':'gate house','copies':1,'reason':'DEVELOPER_HANDOVER'}").getString("id");
        String released = "keys/" + releasedId;
        String pm = approved("keys.abnormal-release.project-manager", releasedId, "keys", "pm");
        String release = "{'recipient':'赵六','identityDocument':'440101198001011234','reason':'owner abroad',"
                + "'projectManager':'" + pm + "','leadership':'%s','signature':'赵六'}";
        problem(post(released + "/abnormal-release", q(String.format(release, pm))), 422, "KEY-08", "approval-not-for-this-act");
        String gm = approved("keys.abnormal-release.leadership", releasedId, "keys", "gm");
        assertThat(json(post(released + "/abnormal-release", q(String.format(release, gm)))).getString("status")).isEqualTo("RELEASED");

        String lostId = registered("{'commonArea':'roof door','copies':1,'reason':'DEVELOPER_HANDOVER'}").getString("id");
        String lost = "keys/" + lostId;
        Response noIncident = post(lost + "/loss", q("{'circumstances':'cabinet left open'}"));
        assertThat(noIncident.getStatus()).isEqualTo(400);
        String incident = incident("KEY_LOST");
        assertThat(json(post(lost + "/loss", q("{'circumstances':'cabinet left open','incident':'" + incident + "'}")))
                .getString("status")).isEqualTo("LOST");
        as("pm");
        var pending = structure(get("approvals?estate=" + estate + "&status=PENDING")).asJsonObject().getJsonArray("items");
        String decision = pending.stream().map(p -> p.asJsonObject()).filter(p -> p.getString("subject").equals(lostId))
                .findFirst().orElseThrow().getString("id");
        post("approvals/" + decision + "/approval", q("{'note':'the cabinet was open'}")).close();
        var lines = structure(get(lost + "/movements")).asJsonArray();
        assertThat(lines.get(lines.size() - 1).asJsonObject().getJsonArray("accountable").toString()).isEqualTo("[\"keys\",\"pm\"]");

        as("keys");
        String spare = "keys/" + registered("{'commonArea':'pump room','copies':1,'reason':'SPARE'}").getString("id");
        String fire = incident("FIRE");
        as("control");
        problem(post(spare + "/spare-use", q("{'incident':'" + fire + "','takenBy':'guard','reason':'smoke','due':'2026-03-16T04:00:00Z'}")),
                422, "KEY-02", "not-the-key-manager");
        as("keys");
        JsonObject used = json(post(spare + "/spare-use", q("{'incident':'" + fire
                + "','takenBy':'guard','reason':'smoke from the kitchen','due':'2026-03-16T04:00:00Z'}")));
        assertThat(used.getString("status")).isEqualTo("IN_EMERGENCY_USE");
        assertThat(used.getString("reference")).isEqualTo("incident " + fire);
    }

    @Test
    @DisplayName("KEY-11 over HTTP: a forced entry needs the project GM's approval act, or an override to be ratified; then "
            + "scene, contact, confirmation")
    void forced_entry() {
        String fire = incident("FIRE");
        as("guard");
        String entry = "{'unit':'" + unit + "','incident':'" + fire + "','occupantUnreachable':true,'extremelyUrgent':true,"
                + "'greaterLoss':true,%s'staff':['guard','control'],'enteredAt':'2026-03-16T01:58:00Z'}";
        assertThat(post("forced-entries", q(String.format(entry, ""))).getStatus()).isEqualTo(400);
        String approval = approved("keys.forced-entry", unit, "guard", "pgm");
        as("guard");
        Response created = post("forced-entries", q(String.format(entry, "'approval':'" + approval + "',")));
        assertThat(created.getStatus()).isEqualTo(201);
        JsonObject recorded = json(created);
        assertThat(recorded.getString("approvalStatus")).isEqualTo("CONSUMED");
        String id = "forced-entries/" + recorded.getString("id");
        assertThat(json(post(id + "/scene", q("{'sceneProtected':true,'photos':['att:door'],'notes':'pipe burst, water off'}")))
                .getString("stage")).isEqualTo("SCENE_RECORDED");
        as("desk");
        post(id + "/occupant-contact", q("{'occupant':'张三','means':'emergency mobile'}")).close();
        JsonObject confirmed = json(post(id + "/occupant-confirmation", q("{'signature':'张三'}")));
        assertThat(confirmed.getString("stage")).isEqualTo("CONFIRMED");
        assertThat(confirmed.toString()).doesNotContain("张三");
        assertThat(structure(get("forced-entries?unit=" + unit)).asJsonArray()).hasSize(1);

        // an override: recorded with its reason, pending until the project GM ratifies it
        as("guard");
        JsonObject override = json(post("forced-entries", q(String.format(entry, "'override':'smoke, the GM unreachable',"))));
        assertThat(override.getString("approvalStatus")).isEqualTo("PENDING");
        as("pgm");
        post("approvals/" + override.getString("approval") + "/approval", q("{}")).close();
        as("guard");
        assertThat(json(get("forced-entries/" + override.getString("id"))).getString("approvalStatus")).isEqualTo("CONSUMED");
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
        problem(post(register + "/overdue-reminders", q("{}")), 422, "KEY-02", "not-the-key-manager");
        as("stranger");
        Response hidden = post(register + "/overdue-reminders", q("{}"));
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(hidden.getMediaType().toString()).isEqualTo("application/problem+json");
    }
}
