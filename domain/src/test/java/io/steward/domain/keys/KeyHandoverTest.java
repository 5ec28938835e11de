package io.steward.domain.keys;

import static io.steward.domain.keys.KeyTestSupport.byTheOwner;
import static io.steward.domain.keys.KeyTestSupport.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.keys.MovementView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** EST-04 with KEY-02 and KEY-03: the register hands the unit's keys for its handover, and follows it. */
class KeyHandoverTest {
    private final KeyFixture f = new KeyFixture();

    private MoveKeys.HandoverKeys toDesk() {
        return new MoveKeys.HandoverKeys("desk", KeyFixture.NOW.plus(Duration.ofHours(2)));
    }

    /** The unit's handover up to the keys step; the key manager acts next. */
    private HandoverView inspected(String code, boolean keep) {
        f.estate.onTheRoster(code);
        HandoverView h = f.estate.handOver(code, HandOverUnit.HandOverKeys.class, keep);
        f.as("keys");
        return h;
    }

    private HandoverView deskHands(HandoverView h, int keys) {
        return f.asThen("desk", () -> f.estate.desk.perform(h.id(), new HandOverUnit.HandOverKeys(keys, true, true, List.of(), "张三")));
    }

    @Test
    @DisplayName("KEY-03/EST-04: after the inspection the key manager hands every key of the unit to the desk, one kept for "
            + "rectification off a set; the desk hands those keys to the owner and the register follows, as the system")
    void the_register_hands_the_keys_and_follows_the_handover() {
        KeyView front = f.unitKey("e14-1-0102", 2, CustodyReason.NOT_TAKEN_OVER);
        KeyView back = f.unitKey("e14-1-0102", 1, CustodyReason.NOT_TAKEN_OVER);
        KeyView spare = f.unitKey("e14-1-0102", 1, CustodyReason.SPARE);
        HandoverView h = inspected("e14-1-0102", true);

        List<KeyView> handed = f.moves.handForHandover(f.unit("e14-1-0102"), toDesk());
        assertThat(handed).extracting(KeyView::id).containsExactly(front.id(), back.id(), spare.id());
        assertThat(handed).allSatisfy(k -> {
            assertThat(k.status()).isEqualTo(KeyStatus.AT_HANDOVER);
            assertThat(k.holder()).isEqualTo("desk");
            assertThat(k.reference()).isEqualTo("handover " + h.id());
        });
        assertThat(handed.get(0).copies()).as("one key came off the two-key set").isEqualTo(1);
        KeyView kept = f.browse.keysOfUnit(f.unit("e14-1-0102")).stream()
                .filter(k -> k.reason() == CustodyReason.RECTIFICATION).findFirst().orElseThrow();
        assertThat(kept.number()).isEqualTo(4);
        assertThat(kept.status()).isEqualTo(KeyStatus.IN_CABINET);
        assertThat(f.browse.history(kept.id()).get(0).from()).isEqualTo("#" + front.number());

        assertThat(deskHands(h, 3).stage()).isEqualTo(HandoverStage.COMPLETED);
        for (KeyView k : handed) {
            KeyView issued = f.browse.key(k.id());
            assertThat(issued.status()).isEqualTo(KeyStatus.ISSUED_TO_OWNER);
            assertThat(issued.holder()).isEqualTo("张*");
        }
        List<MovementView> history = f.browse.history(front.id());
        assertThat(history).extracting(MovementView::kind).containsExactly(MovementKind.REGISTERED,
                MovementKind.KEPT_FOR_RECTIFICATION, MovementKind.HANDED_FOR_HANDOVER, MovementKind.ISSUED_TO_OWNER);
        assertThat(history.get(2).signatures()).containsExactly("desk", "keys");
        MovementView issue = history.get(3);
        assertThat(issue.actor()).isEqualTo("system");
        assertThat(issue.from()).isEqualTo("desk");
        assertThat(issue.signatures()).containsExactly("张*", "desk");
        assertThat(issue.reason()).doesNotContain("张三");
        assertThat(f.browse.key(kept.id()).status()).isEqualTo(KeyStatus.IN_CABINET);
    }

    @Test
    @DisplayName("KEY-02: the keys the desk hands must add up to those the key manager handed for the handover; otherwise "
            + "the handover's last step is refused and nothing is written")
    void the_keys_must_add_up() {
        KeyView set = f.unitKey("e14-1-0102", 2, CustodyReason.NOT_TAKEN_OVER);
        HandoverView h = inspected("e14-1-0102", false);
        f.moves.handForHandover(f.unit("e14-1-0102"), toDesk());
        int history = f.browse.history(set.id()).size();
        int events = f.estate.memory.events.published().size();
        long audits = f.estate.memory.audit.all().size();
        for (int wrong : List.of(1, 3)) {
            refused(() -> deskHands(h, wrong), "KEY-02", "keys-do-not-add-up");
            assertThat(f.estate.queries.handover(h.id()).stage()).isEqualTo(HandoverStage.INSPECTED);
            assertThat(f.browse.key(set.id()).status()).isEqualTo(KeyStatus.AT_HANDOVER);
            assertThat(f.browse.history(set.id())).hasSize(history);
            assertThat(f.estate.memory.events.published()).hasSize(events);
            assertThat(f.estate.memory.audit.all()).hasSize((int) audits);
        }
        assertThat(deskHands(h, 2).stage()).isEqualTo(HandoverStage.COMPLETED);
        assertThat(f.browse.key(set.id()).status()).isEqualTo(KeyStatus.ISSUED_TO_OWNER);
    }

    @Test
    @DisplayName("KEY-02: in an estate that keeps a register the desk hands only keys the register handed it — also when "
            + "the register holds none of the unit's keys")
    void the_desk_hands_only_registered_keys() {
        HandoverView h = inspected("e14-1-0102", false);
        refused(() -> f.moves.handForHandover(f.unit("e14-1-0102"), toDesk()), "KEY-02", "no-keys-registered");
        refused(() -> deskHands(h, 2), "KEY-02", "keys-not-handed-for-handover");
        // registered but not handed for the handover
        f.unitKey("e14-1-0102");
        refused(() -> deskHands(h, 2), "KEY-02", "keys-not-handed-for-handover");
        assertThat(f.estate.queries.handover(h.id()).stage()).isEqualTo(HandoverStage.INSPECTED);
    }

    @Test
    @DisplayName("KEY-02/KEY-07/KEY-12: only the key manager hands the keys for a handover, once the inspection is done, to a "
            + "member of staff, and every key of the unit is back in the cabinet first")
    void handing_for_the_handover_has_its_conditions() {
        KeyView key = f.unitKey("e14-1-0102");
        f.estate.onTheRoster("e14-1-0102");
        HandoverView early = f.estate.handOver("e14-1-0102", HandOverUnit.RecordInspection.class, false);
        f.as("keys");
        refused(() -> f.moves.handForHandover(f.unit("e14-1-0102"), toDesk()), "EST-04", "handover-not-inspected");
        f.as("desk");
        f.estate.desk.perform(early.id(), new HandOverUnit.RecordInspection(List.of(), false, List.of()));
        refused(() -> f.moves.handForHandover(f.unit("e14-1-0102"), toDesk()), "KEY-02", "not-the-key-manager");
        f.as("keys");
        refused(() -> f.moves.handForHandover(f.unit("e14-1-0102"), new MoveKeys.HandoverKeys("张三",
                KeyFixture.NOW.plusSeconds(600))), "KEY-07", "internal-staff-only");
        refused(() -> f.moves.handForHandover(f.unit("e14-1-0102"), new MoveKeys.HandoverKeys("desk",
                KeyFixture.NOW.minusSeconds(600))), "KEY-07", "due-time-passed");
        f.moves.checkOut(key.id(), new MoveKeys.CheckOut("eng", "meter", null, KeyFixture.NOW.plusSeconds(3600), "eng"));
        refused(() -> f.moves.handForHandover(f.unit("e14-1-0102"), toDesk()), "KEY-12", "key-out");
        f.moves.giveBack(key.id(), new MoveKeys.Return("eng"));
        f.moves.handForHandover(f.unit("e14-1-0102"), toDesk());
        refused(() -> f.moves.handForHandover(f.unit("e14-1-0102"), toDesk()), "KEY-12", "keys-handed-already");
    }

    @Test
    @DisplayName("EST-04 留一把整改: a single key cannot both stay and go home; of single keys one stays whole")
    void the_rectification_key_of_single_keys() {
        f.unitKey("e14-1-0102", 1, CustodyReason.NOT_TAKEN_OVER);
        inspected("e14-1-0102", true);
        refused(() -> f.moves.handForHandover(f.unit("e14-1-0102"), toDesk()), "EST-04", "one-key-cannot-stay");
        KeyView second = f.unitKey("e14-1-0102", 1, CustodyReason.NOT_TAKEN_OVER);
        List<KeyView> handed = f.moves.handForHandover(f.unit("e14-1-0102"), toDesk());
        assertThat(handed).extracting(KeyView::id).containsExactly(second.id());
        assertThat(f.browse.keysOfUnit(f.unit("e14-1-0102"))).filteredOn(k -> k.status() == KeyStatus.IN_CABINET)
                .singleElement().satisfies(k -> assertThat(k.reason()).isEqualTo(CustodyReason.RECTIFICATION));
    }

    @Test
    @DisplayName("KEY-03: the key kept for rectification goes to the owner once the handover is complete, identity checked, "
            + "against the owner's own signature; a unit's other keys went at the handover itself")
    void the_rectification_key_is_issued_afterwards() {
        f.unitKey("e14-1-0102", 2, CustodyReason.NOT_TAKEN_OVER);
        HandoverView h = inspected("e14-1-0102", true);
        f.moves.handForHandover(f.unit("e14-1-0102"), toDesk());
        KeyView kept = f.browse.keysOfUnit(f.unit("e14-1-0102")).stream()
                .filter(k -> k.reason() == CustodyReason.RECTIFICATION).findFirst().orElseThrow();
        refused(() -> f.moves.issueToOwner(kept.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三")), "KEY-03",
                "handover-not-complete");
        deskHands(h, 1);
        refused(() -> f.moves.issueToOwner(kept.id(), new MoveKeys.Issue("王五", "110101199001011234", "王五")), "KEY-03",
                "not-the-owner");
        refused(() -> f.moves.issueToOwner(kept.id(), new MoveKeys.Issue("张三", "999999999999999999", "张三")), "KEY-03",
                "not-the-owner");
        refused(() -> f.moves.issueToOwner(kept.id(), new MoveKeys.Issue("张三", "110101199001011234", "李四")), "KEY-03",
                "signature-not-the-holder");
        f.as("desk");
        refused(() -> f.moves.issueToOwner(kept.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三")), "KEY-02",
                "not-the-key-manager");
        f.as("keys");
        KeyView issued = f.moves.issueToOwner(kept.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三"));
        assertThat(issued.status()).isEqualTo(KeyStatus.ISSUED_TO_OWNER);
        assertThat(f.browse.history(kept.id()).get(1).reference()).isEqualTo("handover " + h.id());

        KeyView plantRoom = f.commonAreaKey("plant room");
        refused(() -> f.moves.issueToOwner(plantRoom.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三")),
                "KEY-03", "not-a-unit-key");
        KeyView spare = f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0102"), null, null,
                1, CustodyReason.SPARE, byTheOwner(true)));
        refused(() -> f.moves.issueToOwner(spare.id(), new MoveKeys.Issue("张三", "110101199001011234", "张三")),
                "KEY-05", "entrusted-key-is-collected");
    }

    @Test
    @DisplayName("KEY-12: keys handed for a handover that does not happen come back with the member of staff who holds them")
    void keys_of_a_declined_handover_come_back() {
        KeyView key = f.unitKey("e14-1-0102");
        HandoverView h = inspected("e14-1-0102", false);
        f.moves.handForHandover(f.unit("e14-1-0102"), toDesk());
        f.as("desk");
        f.estate.desk.perform(h.id(), new HandOverUnit.Decline("the owner found more defects"));
        f.as("keys");
        refused(() -> f.moves.giveBack(key.id(), new MoveKeys.Return("eng")), "KEY-12", "returned-by-the-holder");
        assertThat(f.moves.giveBack(key.id(), new MoveKeys.Return("desk")).status()).isEqualTo(KeyStatus.IN_CABINET);
    }
}
