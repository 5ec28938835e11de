package io.steward.app.it;

import static io.steward.app.it.Http.expect;
import static io.steward.app.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key custody on the real server, under contention: concurrent requests race for one key and for the register's
 * numbers. With {@code -Ppostgres} the server runs on PostgreSQL, where the races are real transactions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyCustodyOverHttpIT {
    private static final int ROUNDS = 10;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("warFile")));
    }

    @ArquillianResource
    URL base;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private String estate;
    private String unit;

    @BeforeEach
    void registerWithKeeper() {
        Http http = new Http(base);
        estate = http.newEstate();
        unit = http.firstUnit(estate);
        http.grant(estate, "keys", "KEY_MANAGER");
        http.grant(estate, "pm", "PROJECT_MANAGER");
        http.grant(estate, "engineer", "ENGINEER");
        http.grant(estate, "guard", "SECURITY");
        expect(200, http.as("pm").put("key-registers/" + estate, "{'keyManager':'keys'}"));
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** Runs the calls at the same moment, each on its own client, and answers their responses in order. */
    private List<HttpResponse<String>> together(List<Callable<HttpResponse<String>>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (Callable<HttpResponse<String>> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            responses.add(f.get());
        }
        return responses;
    }

    @Test
    @DisplayName("KEY-12: two concurrent check-outs of one key end with one holder: one 200 and one 409, round after round")
    void concurrent_check_outs_leave_exactly_one_holder() throws Exception {
        Http keys = new Http(base).as("keys");
        String key = "keys/" + json(expect(201, keys.post("key-registers/" + estate + "/keys",
                "{'unit':'" + unit + "','copies':1,'reason':'NOT_TAKEN_OVER'}"))).getString("id");
        String due = Instant.now().plus(2, ChronoUnit.HOURS).toString();
        for (int round = 0; round < ROUNDS; round++) {
            List<HttpResponse<String>> answers = together(List.of(
                    () -> new Http(base).as("keys").post(key + "/check-out", "{'staff':'engineer','purpose':'meter reading',"
                            + "'due':'" + due + "','staffSignature':'engineer'}"),
                    () -> new Http(base).as("keys").post(key + "/check-out", "{'staff':'guard','purpose':'patrol',"
                            + "'due':'" + due + "','staffSignature':'guard'}")));
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertEquals(List.of(200, 409), statuses, answers.stream().map(HttpResponse::body).collect(Collectors.joining("\n")));
            HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
            assertEquals("application/problem+json", loser.headers().firstValue("Content-Type").orElse(""));
            String winner = json(answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()).getString("holder");
            assertEquals(winner, json(keys.get(key)).getString("holder"));
            expect(200, keys.post(key + "/return", "{'returnedBy':'" + winner + "'}"));
        }
        var history = Http.structure(keys.get(key + "/movements")).asJsonArray();
        assertEquals(1 + 2 * ROUNDS, history.size(), "registered, then one check-out and one return per round");
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.getJsonObject(i).getInt("seq"));
        }
    }

    @Test
    @DisplayName("KEY-02: concurrent registrations in one estate are numbered 1…n without gaps or duplicates")
    void concurrent_registrations_number_without_gaps() throws Exception {
        int each = 8;
        Callable<HttpResponse<String>> registerMany = () -> {
            Http keys = new Http(base).as("keys");
            HttpResponse<String> last = null;
            for (int i = 0; i < each; i++) {
                last = expect(201, keys.post("key-registers/" + estate + "/keys", "{'commonArea':'door " + i + "','copies':1,"
                        + "'reason':'DEVELOPER_HANDOVER'}"));
            }
            return last;
        };
        together(List.of(registerMany, registerMany));
        JsonObject page = json(new Http(base).as("keys").get("key-registers/" + estate + "/keys?size=100"));
        List<Integer> numbers = page.getJsonArray("items").stream().map(k -> k.asJsonObject().getInt("number")).toList();
        List<Integer> expected = new ArrayList<>();
        for (int n = 1; n <= 2 * each; n++) {
            expected.add(n);
        }
        assertEquals(expected, numbers);
    }

    @Test
    @DisplayName("KEY-03: a key of a unit whose handover is not complete is not issued: 422 naming the rule, nothing written")
    void keys_wait_for_the_handover() {
        Http keys = new Http(base).as("keys");
        String key = "keys/" + json(expect(201, keys.post("key-registers/" + estate + "/keys",
                "{'unit':'" + unit + "','copies':2,'reason':'NOT_TAKEN_OVER'}"))).getString("id");
        HttpResponse<String> refused = keys.post(key + "/issue", "{'owner':'张三','identityDocument':'110101199001011234','signature':'张三'}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("KEY-03", json(refused).getString("ruleId"));
        assertTrue(json(refused).getString("code").equals("handover-not-complete"));
        assertEquals(1, Http.structure(keys.get(key + "/movements")).asJsonArray().size());
        assertEquals("IN_CABINET", json(keys.get(key)).getString("status"));
    }

    @Test
    @DisplayName("EST-04/KEY-02/KEY-12: the handover's last step is refused while the register's keys do not add up; then one "
            + "key comes off the set for rectification and the rest goes to the owner, with the handover")
    void the_handover_keeps_the_rectification_key() {
        Http http = new Http(base);
        String key = "keys/" + json(expect(201, http.as("keys").post("key-registers/" + estate + "/keys",
                "{'unit':'" + unit + "','copies':3,'reason':'NOT_TAKEN_OVER'}"))).getString("id");
        String h = http.handoverUpToKeys(unit, true);
        String due = Instant.now().plus(2, ChronoUnit.HOURS).toString();
        HttpResponse<String> notTheKeeper = http.as("desk").post("keys/handover?unit=" + unit, "{'staff':'desk','due':'" + due + "'}");
        assertEquals(422, notTheKeeper.statusCode(), notTheKeeper.body());
        assertEquals("not-the-key-manager", json(notTheKeeper).getString("code"));
        expect(200, http.as("keys").post("keys/handover?unit=" + unit, "{'staff':'desk','due':'" + due + "'}"));

        HttpResponse<String> refused = http.as("desk").post(h + "keys", Http.keysStep(3));
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("KEY-02", json(refused).getString("ruleId"));
        assertEquals("keys-do-not-add-up", json(refused).getString("code"));
        assertNotEquals("COMPLETED", json(http.get(h.substring(0, h.length() - 1))).getString("stage"), "nothing was written");
        assertEquals("AT_HANDOVER", json(http.get(key)).getString("status"));

        assertEquals("COMPLETED", json(expect(200, http.post(h + "keys", Http.keysStep(2)))).getString("stage"));
        JsonObject issued = json(http.as("keys").get(key));
        assertEquals("ISSUED_TO_OWNER", issued.getString("status"));
        assertEquals(2, issued.getInt("copies"));
        var ofUnit = Http.structure(http.get("keys?unit=" + unit)).asJsonArray();
        assertEquals(2, ofUnit.size());
        JsonObject kept = ofUnit.getJsonObject(1);
        assertEquals("RECTIFICATION", kept.getString("reason"));
        assertEquals("IN_CABINET", kept.getString("status"));
        assertEquals(1, kept.getInt("copies"));
    }

    @Test
    @DisplayName("EST-07/KEY-05: keys the old owner entrusted need a disposition at the transfer, and pass to the new owner, "
            + "who alone collects them")
    void entrusted_keys_follow_the_transfer() {
        Http http = new Http(base);
        expect(201, http.as("keys").post("key-registers/" + estate + "/keys", "{'unit':'" + unit + "','copies':2,"
                + "'reason':'NOT_TAKEN_OVER'}"));
        String h = http.handoverUpToKeys(unit, false);
        expect(200, http.as("keys").post("keys/handover?unit=" + unit, "{'staff':'desk','due':'"
                + Instant.now().plus(2, ChronoUnit.HOURS) + "'}"));
        expect(200, http.as("desk").post(h + "keys", Http.keysStep(2)));
        String key = "keys/" + json(expect(201, http.as("keys").post("key-registers/" + estate + "/keys",
                "{'unit':'" + unit + "','copies':1,'reason':'OWNER_ENTRUSTED','entrustment':{'person':'张三',"
                        + "'identityDocument':'110101199001011234','disclaimerAcknowledged':true}}"))).getString("id");

        // the day of the handover, in the estate's zone, is a transfer date in range whatever the machine's clock says
        String day = json(http.get(h.substring(0, h.length() - 1))).getString("handoverDate");
        String transfer = "{'titleCertificate':'粤房 2026-000123','transferDate':'" + day + "','newOwner':{'name':'王五',"
                + "'idNumber':'440101198505051234','emergencyMobile':'13400134000','birthday':'1985-05-05'},"
                + "'safetyLetter':'SL-NEW','dispositions':{'FEE_CREDIT':'SETTLED'%s}}";
        HttpResponse<String> refused = http.as("desk").post("units/" + unit + "/transfer", String.format(transfer, ""));
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("EST-07", json(refused).getString("ruleId"));
        assertTrue(refused.body().contains("ENTRUSTED_KEYS"), refused.body());

        JsonObject asked = json(expect(201, http.post("units/" + unit + "/transfer",
                String.format(transfer, ",'ENTRUSTED_KEYS':'MOVED_TO_NEW_OWNER'"))));
        http.as("keys");
        assertEquals("张*", json(http.get(key)).getString("entrustedBy"), "nothing moves before the prepayment");
        expect(200, http.as("cashier").post("transfers/" + asked.getString("id") + "/prepayment", "{'amount':"
                + asked.getJsonNumber("prepaymentRequired").longValue() + ",'receipt':'R-T1'}"));
        http.as("keys");
        assertEquals("王*", json(http.get(key)).getString("entrustedBy"), "EST-08: masked without the grant");
        HttpResponse<String> oldOwner = http.post(key + "/collection",
                "{'collector':'张三','identityDocument':'110101199001011234','signature':'张三'}");
        assertEquals(422, oldOwner.statusCode(), oldOwner.body());
        assertEquals("KEY-05", json(oldOwner).getString("ruleId"));
        assertEquals("COLLECTED", json(expect(200, http.post(key + "/collection",
                "{'collector':'王五','identityDocument':'440101198505051234','signature':'王五'}"))).getString("status"));
    }
}
