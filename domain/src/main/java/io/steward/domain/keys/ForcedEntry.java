package io.steward.domain.keys;

import io.steward.ports.keys.KeyRefusals;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.keys.ForcedEntryId;
import io.steward.ports.keys.ForcedEntryStage;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.out.ForcedEntryState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A forced entry (KEY-11) and its stages: entered → scene recorded → occupant contacted → confirmed on site. */
final class ForcedEntry {
    private ForcedEntryState s;

    ForcedEntry(ForcedEntryState state) {
        this.s = state;
    }

    /**
     * KEY-11: the three grounds, each of them, and two or more staff (checked as staff by the caller), entered before it
     * is recorded. The approval (used or asked for after an override) is the caller's.
     */
    static void check(EnterByForce.Entry e, Instant now) {
        if (!e.occupantUnreachable() || !e.extremelyUrgent() || !e.greaterLoss()) {
            throw KeyRefusals.GROUNDS_NOT_MET.refuse("forced entry only when the occupant cannot be reached, it is "
                    + "extremely urgent and greater loss would follow", Map.of("occupantUnreachable", e.occupantUnreachable(),
                    "extremelyUrgent", e.extremelyUrgent(), "greaterLoss", e.greaterLoss()));
        }
        if (e.staff().size() < 2) {
            throw KeyRefusals.TWO_STAFF_REQUIRED.refuse("two or more staff enter together; " + e.staff().size()
                    + " named", Map.of("staff", e.staff()));
        }
        if (e.enteredAt().isAfter(now)) {
            throw KeyRefusals.ENTRY_IN_THE_FUTURE.refuse("the entry is recorded after it happened",
                    Map.of("enteredAt", e.enteredAt().toString()));
        }
    }

    static ForcedEntry enter(ForcedEntryId id, UnitState unit, IncidentId incident, EnterByForce.Entry e, ApprovalId approval,
                             Actor actor) {
        String grounds = "occupant unreachable; extremely urgent; greater loss otherwise";
        return new ForcedEntry(new ForcedEntryState(id, unit.estate(), unit.id(), unit.code(), incident, grounds, approval,
                e.override(), e.staff(), e.enteredAt(), actor.id(), ForcedEntryStage.ENTERED, List.of(), null, null, null, null,
                null, null, null, null, 0));
    }

    ForcedEntryState state() {
        return s;
    }

    /** KEY-11: the scene is protected and photographed before anything else. */
    void sceneRecorded(EnterByForce.Scene scene, Actor actor, Instant at) {
        expect(ForcedEntryStage.ENTERED, "record the scene");
        if (!scene.sceneProtected() || scene.photos().isEmpty()) {
            throw KeyRefusals.SCENE_NOT_SECURED.refuse("the scene is protected and photographed: confirm its "
                    + "protection and attach at least one photo", Map.of("photos", scene.photos().size()));
        }
        s = new ForcedEntryState(s.id(), s.estate(), s.unit(), s.unitCode(), s.incident(), s.grounds(), s.approval(),
                s.override(), s.staff(), s.enteredAt(), s.recordedBy(), ForcedEntryStage.SCENE_RECORDED, scene.photos(),
                scene.notes(), actor.id(), at, null, null, null, null, null, s.version());
    }

    void occupantContacted(EnterByForce.Contact contact, Actor actor, Instant at) {
        expect(ForcedEntryStage.SCENE_RECORDED, "record the call to the occupant");
        s = new ForcedEntryState(s.id(), s.estate(), s.unit(), s.unitCode(), s.incident(), s.grounds(), s.approval(),
                s.override(), s.staff(), s.enteredAt(), s.recordedBy(), ForcedEntryStage.OCCUPANT_CONTACTED, s.photos(),
                s.sceneNotes(), s.sceneRecordedBy(), s.sceneRecordedAt(), contact.occupant(),
                actor.id() + " (" + contact.means() + ")", at, null, null, s.version());
    }

    void occupantConfirmed(EnterByForce.Confirmation confirmation, Instant at) {
        expect(ForcedEntryStage.OCCUPANT_CONTACTED, "record the occupant's confirmation");
        if (!KeyRules.sameName(confirmation.signature(), s.occupant())) {
            throw KeyRefusals.SIGNATURE_NOT_THE_OCCUPANT.refuse("the occupant customer service reached confirms on "
                    + "site and signs themselves");
        }
        s = new ForcedEntryState(s.id(), s.estate(), s.unit(), s.unitCode(), s.incident(), s.grounds(), s.approval(),
                s.override(), s.staff(), s.enteredAt(), s.recordedBy(), ForcedEntryStage.CONFIRMED, s.photos(), s.sceneNotes(),
                s.sceneRecordedBy(), s.sceneRecordedAt(), s.occupant(), s.contactedBy(), s.contactedAt(),
                confirmation.signature(), at, s.version());
    }

    private void expect(ForcedEntryStage needed, String action) {
        if (s.stage() != needed) {
            throw KeyRefusals.valueOf("ENTRY_NOT_" + needed.name()).refuse(
                    "cannot " + action + ": the forced entry is " + s.stage(), Map.of("entry", s.id().toString(),
                            "stage", s.stage().name()));
        }
    }
}
