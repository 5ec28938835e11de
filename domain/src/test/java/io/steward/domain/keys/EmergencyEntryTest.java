package io.steward.domain.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.keys.Approval;
import io.steward.ports.keys.ForcedEntryChanged;
import io.steward.ports.keys.ForcedEntryStage;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.out.ForcedEntryState;
import io.steward.ports.shared.AccessDenied;
import io.steward.ports.shared.Conflict;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmergencyEntryTest {
    private final KeyFixture f = new KeyFixture();
    private final Instant tenMinutesAgo = EstateFixture.NOW.minus(Duration.ofMinutes(10));
    private final Approval projectGm = new Approval("pgm", Role.PROJECT_GM);

    private void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.ruleId()).isEqualTo("KEY-11");
            assertThat(r.code()).isEqualTo(code);
        });
    }

    private EnterByForce.Entry entry(boolean unreachable, Approval approval, List<String> staff) {
        return new EnterByForce.Entry("INC-2026-044", unreachable, true, true, approval, staff, tenMinutesAgo);
    }

    @Test
    @DisplayName("KEY-11: forced entry is refused unless the occupant is unreachable, it is urgent, greater loss would follow, "
            + "the project GM approved and two or more staff enter together")
    void forced_entry_needs_the_project_gm_and_two_staff() {
        var unit = f.unit("e14-1-0101");
        f.as("guard");
        refused(() -> f.emergency.enter(unit, entry(true, null, List.of("guard", "control"))), "project-gm-approval-required");
        refused(() -> f.emergency.enter(unit, entry(true, new Approval("pm", Role.PROJECT_GM), List.of("guard", "control"))),
                "project-gm-approval-required");
        refused(() -> f.emergency.enter(unit, entry(true, new Approval("pm", Role.PROJECT_MANAGER), List.of("guard", "control"))),
                "project-gm-approval-required");
        refused(() -> f.emergency.enter(unit, entry(true, projectGm, List.of("guard"))), "two-staff-required");
        refused(() -> f.emergency.enter(unit, entry(true, projectGm, List.of("guard", "guard"))), "two-staff-required");
        refused(() -> f.emergency.enter(unit, entry(true, projectGm, List.of("guard", "王五"))), "staff-only");
        refused(() -> f.emergency.enter(unit, entry(false, projectGm, List.of("guard", "control"))), "grounds-not-met");
        refused(() -> f.emergency.enter(unit, new EnterByForce.Entry("INC-1", true, true, true, projectGm,
                List.of("guard", "control"), EstateFixture.NOW.plusSeconds(3600))), "entry-in-the-future");
        f.as("desk");
        assertThatThrownBy(() -> f.emergency.enter(unit, entry(true, projectGm, List.of("guard", "control"))))
                .isInstanceOf(AccessDenied.class);
        assertThat(f.emergency.ofUnit(unit)).isEmpty();
        assertThat(f.estate.memory.events.published(ForcedEntryChanged.class)).isEmpty();
    }

    @Test
    @DisplayName("KEY-11: after a forced entry the scene is protected and photographed, customer service reaches the occupant, "
            + "who confirms on site")
    void the_scene_the_occupant_and_the_confirmation_follow() {
        var unit = f.unit("e14-1-0101");
        f.as("guard");
        ForcedEntryState entry = f.emergency.enter(unit, entry(true, projectGm, List.of("guard", "control", "eng")));
        assertThat(entry.stage()).isEqualTo(ForcedEntryStage.ENTERED);
        assertThat(entry.staff()).containsExactly("guard", "control", "eng");
        assertThat(entry.approval()).isEqualTo(projectGm);

        f.as("desk");
        assertThatThrownBy(() -> f.emergency.occupantContacted(entry.id(), new EnterByForce.Contact("张三", "mobile")))
                .isInstanceOfSatisfying(Conflict.class, r -> assertThat(r.code()).isEqualTo("entry-not-scene-recorded"));
        f.as("guard");
        refused(() -> f.emergency.recordScene(entry.id(), new EnterByForce.Scene(true, List.of(), "water off")), "scene-not-secured");
        refused(() -> f.emergency.recordScene(entry.id(), new EnterByForce.Scene(false, List.of("att:1"), "water off")),
                "scene-not-secured");
        ForcedEntryState scene = f.emergency.recordScene(entry.id(), new EnterByForce.Scene(true,
                List.of("att:photo-door", "att:photo-kitchen"), "burst pipe under the sink; water shut off; door taped"));
        assertThat(scene.photos()).hasSize(2);
        assertThat(scene.sceneRecordedBy()).isEqualTo("guard");

        f.as("desk");
        ForcedEntryState contacted = f.emergency.occupantContacted(entry.id(), new EnterByForce.Contact("张三", "emergency mobile"));
        assertThat(contacted.contactedBy()).contains("desk").contains("emergency mobile");
        ForcedEntryState confirmed = f.emergency.occupantConfirmed(entry.id(), new EnterByForce.Confirmation("张三"));
        assertThat(confirmed.stage()).isEqualTo(ForcedEntryStage.CONFIRMED);
        assertThat(confirmed.confirmedBy()).isEqualTo("张三");
        assertThat(f.emergency.find(entry.id())).isEqualTo(confirmed);
        assertThat(f.estate.memory.events.published(ForcedEntryChanged.class)).extracting(ForcedEntryChanged::stage)
                .containsExactly(ForcedEntryStage.ENTERED, ForcedEntryStage.SCENE_RECORDED, ForcedEntryStage.OCCUPANT_CONTACTED,
                        ForcedEntryStage.CONFIRMED);
    }
}
