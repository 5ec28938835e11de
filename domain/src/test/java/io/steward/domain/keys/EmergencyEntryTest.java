package io.steward.domain.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.ForcedEntryChanged;
import io.steward.ports.keys.ForcedEntryStage;
import io.steward.ports.keys.ForcedEntryView;
import io.steward.ports.keys.KeyApprovals;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalStatus;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.PersonalDataAccess;
import io.steward.ports.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** KEY-11 破门, every condition on its own, and what follows the entry. */
class EmergencyEntryTest {
    private final KeyFixture f = new KeyFixture();
    private final Instant tenMinutesAgo = KeyFixture.NOW.minus(Duration.ofMinutes(10));
    private final UnitId unit = f.unit("e14-1-0101");
    private final IncidentId fire = f.incident(IncidentKind.FIRE, "e14-1-0101");
    private final ApprovalId approval = f.approved(KeyApprovals.FORCED_ENTRY, unit, "guard", "pgm");
    private final List<String> two = List.of("guard", "control");

    private void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("KEY-11");
            assertThat(r.code()).isEqualTo(code);
        });
    }

    private EnterByForce.Entry entry(boolean unreachable, boolean urgent, boolean loss, ApprovalId approval, List<String> staff) {
        return new EnterByForce.Entry(fire, unreachable, urgent, loss, approval, null, staff, tenMinutesAgo);
    }

    private ForcedEntryView enter() {
        f.as("guard");
        return f.emergency.enter(unit, entry(true, true, true, approval, two));
    }

    @Test
    @DisplayName("KEY-11: each of the three grounds is needed on its own: occupant unreachable, extreme urgency, greater loss")
    void each_ground_is_needed() {
        f.as("guard");
        refused(() -> f.emergency.enter(unit, entry(false, true, true, approval, two)), "grounds-not-met");
        refused(() -> f.emergency.enter(unit, entry(true, false, true, approval, two)), "grounds-not-met");
        refused(() -> f.emergency.enter(unit, entry(true, true, false, approval, two)), "grounds-not-met");
        assertThat(f.emergency.ofUnit(unit)).isEmpty();
        assertThat(f.approvals.approval(approval).usable()).as("a refused entry uses no approval").isTrue();
    }

    @Test
    @DisplayName("KEY-11: the project GM's approval act for this unit, used once; a typed name or another unit's approval "
            + "allows nothing")
    void the_project_gms_approval_is_an_act() {
        f.as("guard");
        assertThatThrownBy(() -> new EnterByForce.Entry(fire, true, true, true, null, null, two, tenMinutesAgo))
                .isInstanceOf(InvalidInput.class);
        ApprovalId pending = f.asked(KeyApprovals.FORCED_ENTRY, unit, "guard");
        f.as("guard");
        refused(() -> f.emergency.enter(unit, entry(true, true, true, pending, two)), "approval-not-given");
        ApprovalId elsewhere = f.approved(KeyApprovals.FORCED_ENTRY, f.unit("e14-1-0102"), "guard", "pgm");
        f.as("guard");
        refused(() -> f.emergency.enter(unit, entry(true, true, true, elsewhere, two)), "approval-not-for-this-act");
        // a project manager is not the project GM
        f.as("pm");
        assertThatThrownBy(() -> f.approvals.approve(pending, null)).isInstanceOf(AccessDenied.class);
        ForcedEntryView entered = enter();
        assertThat(entered.approvalStatus()).isEqualTo(ApprovalStatus.CONSUMED);
        assertThat(entered.approvedBy().person()).isEqualTo("pgm");
        refused(() -> f.emergency.enter(unit, entry(true, true, true, approval, two)), "approval-not-given");
    }

    @Test
    @DisplayName("KEY-11: when it cannot wait, the entry comes first: the override and its reason are recorded, and the "
            + "approval shows pending until the project GM ratifies it")
    void an_override_waits_for_ratification() {
        f.as("guard");
        ForcedEntryView entered = f.emergency.enter(unit, new EnterByForce.Entry(fire, true, true, true, null,
                "smoke under the door, the project GM unreachable", two, tenMinutesAgo));
        assertThat(entered.override()).contains("unreachable");
        assertThat(entered.approvalStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(entered.approvedBy()).isNull();
        // the guard who overrode does not ratify it; the project GM does
        f.estate.grant("guard", io.steward.ports.shared.Role.PROJECT_GM);
        refused(() -> f.approvals.approve(entered.approval(), null), "self-approval");
        f.as("pgm");
        f.approvals.approve(entered.approval(), "the right call");
        ForcedEntryView ratified = f.emergency.find(entered.id());
        assertThat(ratified.approvalStatus()).isEqualTo(ApprovalStatus.CONSUMED);
        assertThat(ratified.approvedBy().person()).isEqualTo("pgm");
    }

    @Test
    @DisplayName("KEY-11: two or more of the estate's staff enter together, against a recorded incident, after the fact; "
            + "the front desk does not record a forced entry")
    void the_team_the_incident_and_who_records() {
        f.as("guard");
        refused(() -> f.emergency.enter(unit, entry(true, true, true, approval, List.of("guard"))), "two-staff-required");
        refused(() -> f.emergency.enter(unit, entry(true, true, true, approval, List.of("guard", "guard"))), "two-staff-required");
        refused(() -> f.emergency.enter(unit, entry(true, true, true, approval, List.of("guard", "王五"))), "staff-only");
        refused(() -> f.emergency.enter(unit, new EnterByForce.Entry(IncidentId.newId(), true, true, true, approval, null, two,
                tenMinutesAgo)), "incident-not-recorded");
        refused(() -> f.emergency.enter(unit, new EnterByForce.Entry(fire, true, true, true, approval, null, two,
                KeyFixture.NOW.plusSeconds(3600))), "entry-in-the-future");
        f.as("desk");
        assertThatThrownBy(() -> f.emergency.enter(unit, entry(true, true, true, approval, two))).isInstanceOf(AccessDenied.class);
        assertThat(f.emergency.ofUnit(unit)).isEmpty();
        assertThat(f.estate.memory.events.published(ForcedEntryChanged.class)).isEmpty();
    }

    @Test
    @DisplayName("KEY-11 with KEY-10: no forced entry while a spare key of the unit is in the cabinet")
    void the_spare_key_comes_first() {
        KeyView spare = f.register.register(f.estate.estate, new io.steward.ports.keys.in.KeepKeyRegister.Registration(unit,
                null, null, 1, CustodyReason.SPARE, KeyTestSupport.byTheOwner(true)));
        f.as("guard");
        refused(() -> f.emergency.enter(unit, entry(true, true, true, approval, two)), "spare-key-in-cabinet");
        // the spare went to the incident (out of the cabinet): the door may be forced if it still does not open
        f.as("keys");
        f.moves.useSpare(spare.id(), new MoveKeys.EmergencyUse(fire, "guard", "smoke", KeyFixture.NOW.plusSeconds(3600)));
        assertThat(enter().stage()).isEqualTo(ForcedEntryStage.ENTERED);
    }

    @Test
    @DisplayName("KEY-11: after a forced entry the scene is protected and photographed, customer service reaches the occupant, "
            + "who confirms on site and signs; the occupant's name is masked in every view without the grant (EST-08)")
    void the_scene_the_occupant_and_the_confirmation_follow() {
        ForcedEntryView entry = enter();
        assertThat(entry.stage()).isEqualTo(ForcedEntryStage.ENTERED);
        assertThat(entry.staff()).containsExactly("guard", "control");

        f.as("desk");
        assertThatThrownBy(() -> f.emergency.occupantContacted(entry.id(), new EnterByForce.Contact("张三", "mobile")))
                .isInstanceOfSatisfying(Conflict.class, r -> assertThat(r.code()).isEqualTo("entry-not-scene-recorded"));
        f.as("guard");
        refused(() -> f.emergency.recordScene(entry.id(), new EnterByForce.Scene(true, List.of(), "water off")), "scene-not-secured");
        refused(() -> f.emergency.recordScene(entry.id(), new EnterByForce.Scene(false, List.of("att:1"), "water off")),
                "scene-not-secured");
        ForcedEntryView scene = f.emergency.recordScene(entry.id(), new EnterByForce.Scene(true,
                List.of("att:photo-door", "att:photo-kitchen"), "burst pipe under the sink; water shut off; door taped"));
        assertThat(scene.photos()).hasSize(2);

        f.as("desk");
        ForcedEntryView contacted = f.emergency.occupantContacted(entry.id(), new EnterByForce.Contact("张三",
                "emergency mobile 13900139000"));
        assertThat(contacted.contactedBy()).contains("desk").contains("emergency mobile").contains("139****9000")
                .doesNotContain("13900139000");
        assertThat(contacted.occupant()).isEqualTo("张*");
        refused(() -> f.emergency.occupantConfirmed(entry.id(), new EnterByForce.Confirmation("李四")), "signature-not-the-occupant");
        ForcedEntryView confirmed = f.emergency.occupantConfirmed(entry.id(), new EnterByForce.Confirmation("张三"));
        assertThat(confirmed.stage()).isEqualTo(ForcedEntryStage.CONFIRMED);
        assertThat(confirmed.confirmedBy()).isEqualTo("张*");
        assertThat(confirmed.masked()).isTrue();
        assertThat(f.emergency.find(entry.id())).satisfies(v -> {
            assertThat(v.occupant()).isEqualTo("张*");
            assertThat(v.confirmedBy()).isEqualTo("张*");
        });
        assertThat(f.emergency.ofUnit(unit)).singleElement().satisfies(v -> {
            assertThat(v.occupant()).isEqualTo("张*");
            assertThat(v.confirmedBy()).isEqualTo("张*");
        });
        assertThat(f.estate.memory.events.published(ForcedEntryChanged.class)).extracting(ForcedEntryChanged::stage)
                .containsExactly(ForcedEntryStage.ENTERED, ForcedEntryStage.SCENE_RECORDED, ForcedEntryStage.OCCUPANT_CONTACTED,
                        ForcedEntryStage.CONFIRMED);
        f.approved(PersonalDataAccess.READ_PERSONAL_DATA, unit, "desk", "archivist");
        f.as("desk");
        assertThat(f.emergency.find(entry.id()).confirmedBy()).isEqualTo("张三");
    }
}
