package io.steward.domain.keys;

import static io.steward.domain.keys.KeyTestSupport.byTheOwner;
import static io.steward.domain.keys.KeyTestSupport.refused;
import static io.steward.domain.keys.KeyTestSupport.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyApprovals;
import io.steward.ports.keys.KeyMoved;
import io.steward.ports.keys.KeyStatus;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.MovementKind;
import io.steward.ports.keys.MovementView;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.keys.out.KeyState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.ConcurrentUpdate;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** KEY-05 … KEY-10 and KEY-12: every movement of a key, by the key manager, to staff, against what the register knows. */
class KeyMovementTest {
    private final KeyFixture f = new KeyFixture();
    private final Instant now = KeyFixture.NOW;

    private MoveKeys.CheckOut checkOut(String staff, Duration dueIn) {
        return new MoveKeys.CheckOut(staff, "replace the water meter", "WO-17", now.plus(dueIn), staff);
    }

    private KeyView entrusted() {
        return f.register.register(f.estate.estate, new KeepKeyRegister.Registration(f.unit("e14-1-0101"), null, null, 1,
                CustodyReason.OWNER_ENTRUSTED, byTheOwner(true)));
    }

    @Test
    @DisplayName("KEY-05: only the person who entrusted a key collects it, after an identity check, against their own signature")
    void only_the_entrusting_person_collects() {
        KeyView key = entrusted();
        refused(() -> f.moves.collect(key.id(), new MoveKeys.Collection("李四", "310101199202021234", "李四")),
                "KEY-05", "not-the-entrusting-person");
        refused(() -> f.moves.collect(key.id(), new MoveKeys.Collection("张三", "310101199202021234", "张三")),
                "KEY-05", "not-the-entrusting-person");
        refused(() -> f.moves.collect(key.id(), new MoveKeys.Collection("张三", "110101199001011234", "李四")),
                "KEY-05", "signature-not-the-holder");
        f.as("desk");
        refused(() -> f.moves.collect(key.id(), new MoveKeys.Collection("张三", "110101199001011234", "张三")),
                "KEY-02", "not-the-key-manager");
        f.as("keys");
        KeyView collected = f.moves.collect(key.id(), new MoveKeys.Collection("张三", "1101 0119 9001 0112 34", "张三"));
        assertThat(collected.status()).isEqualTo(KeyStatus.COLLECTED);
        assertThat(collected.holder()).isEqualTo("张*");
        MovementView line = f.browse.history(key.id()).get(1);
        assertThat(line.party()).isEqualTo("张*");
        assertThat(line.to()).isEqualTo("张*");
        assertThat(line.signatures()).containsExactly("张*", "keys");

        KeyView developerKey = f.unitKey("e14-1-0102");
        refused(() -> f.moves.collect(developerKey.id(), new MoveKeys.Collection("张三", "110101199001011234", "张三")),
                "KEY-05", "not-entrusted");
    }

    @Test
    @DisplayName("KEY-06/KEY-07: a key is never lent to an owner for a viewing: the key manager gives it to a member of staff, "
            + "due back, who opens the door; the front desk takes no key for itself")
    void keys_are_never_lent_to_owners_for_viewing() {
        KeyView key = f.unitKey("e14-1-0102");
        f.as("desk");
        refused(() -> f.moves.lendForViewing(key.id(), new MoveKeys.Viewing("desk", "王五", now.plus(Duration.ofHours(1)))),
                "KEY-02", "not-the-key-manager");
        f.as("keys");
        refused(() -> f.moves.lendForViewing(key.id(), new MoveKeys.Viewing("张三", "张三", now.plus(Duration.ofHours(1)))),
                "KEY-06", "viewing-key-stays-with-staff");
        refused(() -> f.moves.lendForViewing(key.id(), new MoveKeys.Viewing("desk", "王五", now.minusSeconds(1))),
                "KEY-06", "due-time-passed");
        KeyView out = f.moves.lendForViewing(key.id(), new MoveKeys.Viewing("desk", "王五 (buyer)", now.plus(Duration.ofHours(1))));
        assertThat(out.status()).isEqualTo(KeyStatus.ON_VIEWING);
        assertThat(out.holder()).isEqualTo("desk");
        MovementView line = f.browse.history(key.id()).get(1);
        assertThat(line.party()).as("the visitor is named in a field, masked").startsWith("王").doesNotContain("五");
        assertThat(line.reason()).doesNotContain("王五");
        assertThat(line.signatures()).containsExactly("desk", "keys");
    }

    @Test
    @DisplayName("KEY-07: staff take a key only from the key manager, signing themselves, due back; the holder brings it "
            + "back; keys out past due are listed")
    void internal_check_outs_need_the_key_manager_and_come_back() {
        KeyView key = f.unitKey("e14-1-0102");
        for (String notTheKeeper : List.of("eng", "keys2", "desk")) {
            f.as(notTheKeeper);
            refused(() -> f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2))), "KEY-02", "not-the-key-manager");
        }
        f.as("keys");
        refused(() -> f.moves.checkOut(key.id(), checkOut("王五", Duration.ofHours(2))), "KEY-07", "internal-staff-only");
        refused(() -> f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(-1))), "KEY-07", "due-time-passed");
        refused(() -> f.moves.checkOut(key.id(), new MoveKeys.CheckOut("eng", "meter", null, now.plusSeconds(600), "eng2")),
                "KEY-07", "signature-not-the-holder");
        KeyView lent = f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)));
        assertThat(lent.status()).isEqualTo(KeyStatus.LENT);
        assertThat(lent.holder()).isEqualTo("eng");
        assertThat(lent.reference()).isEqualTo("WO-17");
        assertThat(f.browse.history(key.id()).get(1).signatures()).containsExactly("eng", "keys");

        KeyView other = f.commonAreaKey("roof");
        f.moves.checkOut(other.id(), checkOut("eng2", Duration.ofHours(5)));
        assertThat(f.browse.overdue(f.estate.estate)).isEmpty();
        f.estate.clock.advance(Duration.ofHours(3));
        assertThat(f.browse.overdue(f.estate.estate)).extracting(KeyView::id).containsExactly(key.id());
        f.estate.clock.advance(Duration.ofHours(3));
        assertThat(f.browse.overdue(f.estate.estate)).extracting(KeyView::id).containsExactly(key.id(), other.id());

        refused(() -> f.moves.giveBack(key.id(), new MoveKeys.Return("eng2")), "KEY-12", "returned-by-the-holder");
        KeyView back = f.moves.giveBack(key.id(), new MoveKeys.Return("eng"));
        assertThat(back.status()).isEqualTo(KeyStatus.IN_CABINET);
        assertThat(back.dueAt()).isNull();
        assertThat(f.browse.history(key.id()).get(2).signatures()).containsExactly("eng", "keys");
        assertThat(f.browse.overdue(f.estate.estate)).extracting(KeyView::id).containsExactly(other.id());
        assertThatThrownBy(() -> f.moves.giveBack(key.id(), new MoveKeys.Return("eng")))
                .isInstanceOfSatisfying(Conflict.class, rule("KEY-12", "key-not-out"));
    }

    @Test
    @DisplayName("KEY-07: the holder of a key out past due is reminded once each time it is out, recorded and published; "
            + "the key stays where it is")
    void overdue_keys_are_reminded_once() {
        KeyView key = f.unitKey("e14-1-0102");
        KeyView viewing = f.commonAreaKey("roof");
        f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)));
        f.moves.lendForViewing(viewing.id(), new MoveKeys.Viewing("desk", "王五", now.plus(Duration.ofHours(4))));
        assertThat(f.moves.remindOverdue(f.estate.estate)).isEmpty();

        f.estate.clock.advance(Duration.ofHours(3));
        List<KeyView> reminded = f.moves.remindOverdue(f.estate.estate);
        assertThat(reminded).extracting(KeyView::id).containsExactly(key.id());
        assertThat(reminded.get(0).status()).isEqualTo(KeyStatus.LENT);
        assertThat(reminded.get(0).holder()).isEqualTo("eng");
        assertThat(reminded.get(0).since()).isEqualTo(now);
        assertThat(reminded.get(0).remindedAt()).isEqualTo(now.plus(Duration.ofHours(3)));
        MovementView reminder = f.browse.history(key.id()).get(2);
        assertThat(reminder.kind()).isEqualTo(MovementKind.OVERDUE_REMINDED);
        assertThat(reminder.from()).isEqualTo("eng");
        assertThat(reminder.to()).isEqualTo("eng");
        assertThat(reminder.dueAt()).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(reminder.reason()).contains("60 min overdue");
        assertThat(f.estate.memory.events.published(KeyMoved.class)).last()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(MovementKind.OVERDUE_REMINDED));
        assertThat(f.moves.remindOverdue(f.estate.estate)).isEmpty();
        f.estate.clock.advance(Duration.ofHours(2));
        assertThat(f.moves.remindOverdue(f.estate.estate)).extracting(KeyView::id).containsExactly(viewing.id());

        assertThat(f.moves.giveBack(key.id(), new MoveKeys.Return("eng")).remindedAt()).isNull();
        f.moves.checkOut(key.id(), new MoveKeys.CheckOut("eng", "meter", null, f.estate.clock.instant().plusSeconds(60), "eng"));
        f.estate.clock.advance(Duration.ofMinutes(5));
        // the project manager may run the sweep too; staff without the designation may not
        f.as("pm");
        assertThat(f.moves.remindOverdue(f.estate.estate)).extracting(KeyView::id).containsExactly(key.id());
        f.as("eng");
        refused(() -> f.moves.remindOverdue(f.estate.estate), "KEY-02", "not-the-key-manager");
    }

    private MoveKeys.AbnormalRelease release(ApprovalId pm, ApprovalId leadership) {
        return new MoveKeys.AbnormalRelease("赵六 (buyer's agent)", "440101198001011234", "owner abroad, sale completing",
                pm, leadership, "赵六 (buyer's agent)");
    }

    @Test
    @DisplayName("KEY-08: release outside the normal procedure uses two approval acts — the project manager's and company "
            + "leadership's — given by two people, for this key, each once; a typed name approves nothing")
    void abnormal_release_needs_two_approval_acts() {
        KeyView key = f.unitKey("e14-1-0102");
        KeyView other = f.commonAreaKey("roof");
        ApprovalId pm = f.approved(KeyApprovals.ABNORMAL_RELEASE_BY_PROJECT_MANAGER, key.id(), "keys", "pm");
        ApprovalId gm = f.approved(KeyApprovals.ABNORMAL_RELEASE_BY_LEADERSHIP, key.id(), "keys", "gm");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(pm, null)), "KEY-08", "approval-required");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(null, gm)), "KEY-08", "approval-required");
        // swapped, pending, or for another key: none of them allows this release
        refused(() -> f.moves.releaseAbnormally(key.id(), release(gm, pm)), "KEY-08", "approval-not-for-this-act");
        ApprovalId pending = f.asked(KeyApprovals.ABNORMAL_RELEASE_BY_LEADERSHIP, key.id(), "keys");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(pm, pending)), "KEY-08", "approval-not-given");
        ApprovalId forOther = f.approved(KeyApprovals.ABNORMAL_RELEASE_BY_LEADERSHIP, other.id(), "keys", "gm");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(pm, forOther)), "KEY-08", "approval-not-for-this-act");
        // the approvers hold the approving roles: an engineer cannot give leadership's approval
        f.as("eng");
        assertThatThrownBy(() -> f.approvals.approve(pending, null)).isInstanceOf(io.steward.ports.shared.AccessDenied.class);
        f.as("keys");
        // one person holding both roles still gives one approval, not two
        f.estate.grant("boss", Role.PROJECT_MANAGER);
        f.estate.memory.roles.grant(io.steward.ports.shared.RoleGrant.companyWide("boss", Role.COMPANY_GM));
        ApprovalId bossPm = f.approved(KeyApprovals.ABNORMAL_RELEASE_BY_PROJECT_MANAGER, key.id(), "keys", "boss");
        ApprovalId bossGm = f.approved(KeyApprovals.ABNORMAL_RELEASE_BY_LEADERSHIP, key.id(), "keys", "boss");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(bossPm, bossGm)), "KEY-08", "two-approvers-required");
        // the recipient signs themselves
        refused(() -> f.moves.releaseAbnormally(key.id(), new MoveKeys.AbnormalRelease("赵六", "440101198001011234", "sale",
                pm, gm, "somebody else")), "KEY-08", "signature-not-the-holder");
        f.as("desk");
        refused(() -> f.moves.releaseAbnormally(key.id(), release(pm, gm)), "KEY-02", "not-the-key-manager");
        f.as("keys");
        KeyView released = f.moves.releaseAbnormally(key.id(), release(pm, gm));
        assertThat(released.status()).isEqualTo(KeyStatus.RELEASED);
        MovementView line = f.browse.history(key.id()).get(1);
        assertThat(line.approvals()).extracting(a -> a.approval()).containsExactly(pm, gm);
        assertThat(line.approvals()).extracting(a -> a.person()).containsExactly("pm", "gm");
        assertThat(line.approvals()).extracting(a -> a.role()).containsExactly(Role.PROJECT_MANAGER, Role.COMPANY_GM);
        assertThat(f.approvals.approval(pm).status()).isEqualTo(ApprovalStatus.CONSUMED);
        assertThat(f.approvals.approval(gm).status()).isEqualTo(ApprovalStatus.CONSUMED);
        assertThat(f.approvals.approval(gm).consumedBy()).isEqualTo("abnormal release of key #" + key.number());
    }

    @Test
    @DisplayName("KEY-09: a lost key is recorded against a recorded incident; whether management was at fault is the "
            + "project manager's decision, asked for by the loss report alone, and then the key manager and that project "
            + "manager are accountable")
    void a_lost_key_names_an_incident_and_the_project_manager_decides_fault() {
        KeyView key = f.unitKey("e14-1-0102");
        refused(() -> f.moves.reportLost(key.id(), new MoveKeys.Loss("cabinet left open", IncidentId.newId())), "KEY-09",
                "incident-not-recorded");
        f.as("eng");
        IncidentId incident = f.incident(IncidentKind.KEY_LOST, null);
        refused(() -> f.moves.reportLost(key.id(), new MoveKeys.Loss("cabinet left open", incident)), "KEY-02",
                "not-the-key-manager");
        f.as("keys");
        KeyView lost = f.moves.reportLost(key.id(), new MoveKeys.Loss("cabinet left open overnight", incident));
        assertThat(lost.status()).isEqualTo(KeyStatus.LOST);
        assertThat(lost.holder()).isNull();
        MovementView line = f.browse.history(key.id()).get(1);
        assertThat(line.reference()).isEqualTo("incident " + incident);
        assertThat(line.accountable()).as("the reporter declares nothing about fault").isEmpty();
        // nobody asks for a second, friendlier decision by hand
        assertThatThrownBy(() -> f.approvals.request(new io.steward.ports.shared.in.Approve.Request(f.estate.estate,
                KeyApprovals.LOSS_BY_MANAGEMENT_FAULT.code(), key.id().toString(), "no fault, surely", null)))
                .isInstanceOfSatisfying(io.steward.ports.shared.Refusal.class,
                        r -> assertThat(r.code()).isEqualTo("asked-by-its-act"));
        var decision = f.approvals.about(f.estate.estate, key.id().toString());
        assertThat(decision).singleElement().satisfies(a -> {
            assertThat(a.purpose()).isEqualTo(KeyApprovals.LOSS_BY_MANAGEMENT_FAULT.code());
            assertThat(a.status()).isEqualTo(ApprovalStatus.PENDING);
        });
        refused(() -> f.moves.reportLost(key.id(), new MoveKeys.Loss("again", incident)), "KEY-09", "key-not-in-custody");
        // the key manager cannot decide it; the project manager does
        assertThatThrownBy(() -> f.approvals.approve(decision.get(0).id(), null))
                .isInstanceOf(io.steward.ports.shared.AccessDenied.class);
        f.as("pm");
        f.approvals.approve(decision.get(0).id(), "the cabinet was the key manager's to lock");
        MovementView decided = f.browse.history(key.id()).get(2);
        assertThat(decided.kind()).isEqualTo(MovementKind.LOSS_FAULT_DECIDED);
        assertThat(decided.accountable()).containsExactly("keys", "pm");
        assertThat(decided.approvals()).singleElement().satisfies(a -> assertThat(a.person()).isEqualTo("pm"));
        assertThat(decided.actor()).isEqualTo("system");

        // found without fault: nobody is accountable; and a project manager who reported the loss does not decide it
        f.as("keys");
        KeyView other = f.commonAreaKey("roof");
        f.moves.checkOut(other.id(), checkOut("eng", Duration.ofHours(2)));
        f.as("pm");
        f.moves.reportLost(other.id(), new MoveKeys.Loss("dropped in the lift shaft", incident));
        ApprovalId question = f.approvals.about(f.estate.estate, other.id().toString()).get(0).id();
        refused(() -> f.approvals.approve(question, null), "KEY-09", "self-approval");
        f.as("pgm");
        f.approvals.decline(question, "an accident");
        List<MovementView> otherHistory = f.browse.history(other.id());
        assertThat(otherHistory.get(2).from()).isEqualTo("eng");
        assertThat(otherHistory.get(3).accountable()).isEmpty();
        assertThat(otherHistory.get(3).reason()).isEqualTo("no management fault");
    }

    @Test
    @DisplayName("KEY-10: only a spare key is used as one, against a recorded incident, given by the key manager to a member "
            + "of staff, due back")
    void spare_keys_are_used_for_an_incident() {
        KeyView spare = f.unitKey("e14-1-0102", 1, CustodyReason.SPARE);
        KeyView developer = f.unitKey("e14-1-0102");
        IncidentId fire = f.incident(IncidentKind.FIRE, "e14-1-0102");
        MoveKeys.EmergencyUse use = new MoveKeys.EmergencyUse(fire, "guard", "smoke from the kitchen", now.plusSeconds(3600));
        refused(() -> f.moves.useSpare(developer.id(), use), "KEY-10", "not-a-spare-key");
        refused(() -> f.moves.useSpare(spare.id(), new MoveKeys.EmergencyUse(IncidentId.newId(), "guard", "smoke",
                now.plusSeconds(3600))), "KEY-10", "incident-not-recorded");
        refused(() -> f.moves.useSpare(spare.id(), new MoveKeys.EmergencyUse(fire, "王五", "smoke", now.plusSeconds(3600))),
                "KEY-10", "spare-key-with-staff");
        refused(() -> f.moves.useSpare(spare.id(), new MoveKeys.EmergencyUse(fire, "guard", "smoke", now.minusSeconds(1))),
                "KEY-10", "due-time-passed");
        f.as("control");
        refused(() -> f.moves.useSpare(spare.id(), use), "KEY-02", "not-the-key-manager");
        // at night the project manager designates the control room as deputy: then it takes the spare itself
        f.as("pm");
        f.register.designateDeputy(f.estate.estate, "control");
        f.as("control");
        KeyView used = f.moves.useSpare(spare.id(), use);
        assertThat(used.status()).isEqualTo(KeyStatus.IN_EMERGENCY_USE);
        assertThat(used.holder()).isEqualTo("guard");
        assertThat(used.reference()).isEqualTo("incident " + fire);
        assertThat(used.dueAt()).isEqualTo(now.plusSeconds(3600));
        assertThat(f.moves.giveBack(spare.id(), new MoveKeys.Return("guard")).status()).isEqualTo(KeyStatus.IN_CABINET);
    }

    @Test
    @DisplayName("KEY-12: a key has exactly one holder: a key that is out cannot go out again, and of two racing movements one is refused")
    void a_key_has_exactly_one_holder() {
        KeyView key = f.unitKey("e14-1-0102");
        f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)));
        assertThatThrownBy(() -> f.moves.checkOut(key.id(), checkOut("eng2", Duration.ofHours(2))))
                .isInstanceOfSatisfying(Conflict.class, r -> {
                    assertThat(r.ruleId()).isEqualTo("KEY-12");
                    assertThat(r.code()).isEqualTo("key-not-in-cabinet");
                    assertThat(r.details()).containsEntry("holder", "eng");
                });
        refused(() -> f.moves.lendForViewing(key.id(), new MoveKeys.Viewing("desk", "王五", now.plusSeconds(600))),
                "KEY-12", "key-not-in-cabinet");

        // two movements raced from the same read: the second write is stale and refused
        KeyState other = f.store.key(f.commonAreaKey("roof").id());
        Key first = new Key(other);
        Key second = new Key(other);
        Actor keys = new Actor("keys", "keys");
        first.checkOut("eng", "meter", null, now.plusSeconds(3600), keys, now);
        second.checkOut("eng2", "meter", null, now.plusSeconds(3600), keys, now);
        f.estate.memory.transactions.inTransaction(() -> f.store.keys().save(first.state()));
        assertThatThrownBy(() -> f.estate.memory.transactions.inTransaction(() -> f.store.keys().save(second.state())))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThat(f.store.key(other.id()).holder()).isEqualTo("eng");
    }

    @Test
    @DisplayName("KEY-12: the history is append-only, numbered per key; every movement is published; a refusal writes nothing")
    void movements_are_an_append_only_history_with_events() {
        KeyView key = f.unitKey("e14-1-0102");
        f.moves.checkOut(key.id(), checkOut("eng", Duration.ofHours(2)));
        f.moves.giveBack(key.id(), new MoveKeys.Return("eng"));
        List<MovementView> history = f.browse.history(key.id());
        assertThat(history).extracting(MovementView::seq).containsExactly(1, 2, 3);
        assertThat(history).extracting(MovementView::kind)
                .containsExactly(MovementKind.REGISTERED, MovementKind.CHECKED_OUT, MovementKind.RETURNED);
        assertThat(history.get(1).from()).isEqualTo(Key.CABINET);
        assertThat(history.get(1).to()).isEqualTo("eng");
        assertThat(history.get(1).actor()).isEqualTo("keys");
        assertThat(history.get(1).at()).isEqualTo(now);
        assertThat(history.get(1).dueAt()).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(history.get(2).from()).isEqualTo("eng");

        List<KeyMoved> events = f.estate.memory.events.published(KeyMoved.class);
        assertThat(events).extracting(KeyMoved::kind)
                .containsExactly(MovementKind.REGISTERED, MovementKind.CHECKED_OUT, MovementKind.RETURNED);
        assertThat(events.get(1).to()).isEqualTo("eng");
        assertThat(events.get(1).number()).isEqualTo(1);

        // another key's history is numbered from 1
        KeyView second = f.unitKey("e14-1-0102");
        f.moves.checkOut(second.id(), checkOut("eng", Duration.ofHours(1)));
        assertThat(f.browse.history(second.id())).extracting(MovementView::seq).containsExactly(1, 2);

        refused(() -> f.moves.checkOut(key.id(), checkOut("王五", Duration.ofHours(2))), "KEY-07", "internal-staff-only");
        assertThat(f.browse.history(key.id())).hasSize(3);
        assertThat(f.estate.memory.events.published(KeyMoved.class)).hasSize(5);
        assertThat(f.browse.key(key.id()).version()).isEqualTo(3);
    }

    @Test
    @DisplayName("KEY-02: a caller without a role in the estate is told neither the register nor its keys exist")
    void outsiders_see_nothing() {
        KeyView key = f.unitKey("e14-1-0102");
        f.as("stranger");
        assertThatThrownBy(() -> f.browse.key(key.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.browse.registerOf(f.estate.estate)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.browse.history(key.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.browse.keysOf(f.estate.estate, null, PageRequest.first(10))).isInstanceOf(NotFound.class);
    }
}
