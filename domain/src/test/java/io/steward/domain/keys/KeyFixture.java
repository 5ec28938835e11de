package io.steward.domain.keys;

import io.steward.domain.estate.EstateFixture;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.emergency.in.ReportIncidents;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.keys.CustodyReason;
import io.steward.ports.keys.KeyView;
import io.steward.ports.keys.in.BrowseKeys;
import io.steward.ports.keys.in.EnterByForce;
import io.steward.ports.keys.in.KeepKeyRegister;
import io.steward.ports.keys.in.MoveKeys;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.ApprovalId;
import io.steward.ports.shared.ApprovalPurpose;
import io.steward.ports.shared.Role;
import io.steward.ports.shared.in.Approve;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Key custody over the estate fixture: estate LAKE, unit e14-1-0101 handed over to 张三 before the estate kept a key
 * register (a rectification key agreed), e14-1-0102 not taken over; "keys" keeps the register (KEY_MANAGER, designated),
 * "keys2" holds KEY_MANAGER but was not designated, "pm" is project manager, "pgm" project GM, "gm" company GM, "eng",
 * "eng2" engineers, "guard" security, "control" the control room, "desk" the front desk, "archivist" the archivist.
 */
final class KeyFixture {
    static final Instant NOW = EstateFixture.NOW;

    final EstateFixture estate = new EstateFixture();
    final KeyStore store = estate.keyStore;
    final KeepKeyRegister register = estate.steward.keepKeyRegister();
    final MoveKeys moves = estate.steward.moveKeys();
    final BrowseKeys browse = estate.steward.browseKeys();
    final EnterByForce emergency = estate.steward.enterByForce();
    final Approve approvals = estate.approvals;

    KeyFixture() {
        estate.lakeWithUnitHandedOver();
        estate.grant("keys", Role.KEY_MANAGER);
        estate.grant("keys2", Role.KEY_MANAGER);
        estate.grant("pm", Role.PROJECT_MANAGER);
        estate.grant("pgm", Role.PROJECT_GM);
        estate.grant("eng", Role.ENGINEER);
        estate.grant("eng2", Role.ENGINEER);
        estate.grant("control", Role.CONTROL_ROOM);
        estate.grant("archivist", Role.ARCHIVIST);
        as("pm");
        register.designateKeyManager(estate.estate, "keys");
        as("keys");
    }

    void as(String actor) {
        estate.as(actor);
    }

    UnitId unit(String code) {
        return estate.unit(code);
    }

    /** A developer-handover key set of two keys of a unit, registered by the key manager. */
    KeyView unitKey(String code) {
        return unitKey(code, 2, CustodyReason.DEVELOPER_HANDOVER);
    }

    KeyView unitKey(String code, int copies, CustodyReason reason) {
        return asThen("keys", () -> register.register(estate.estate, new KeepKeyRegister.Registration(unit(code), null, null,
                copies, reason, null)));
    }

    KeyView commonAreaKey(String area) {
        return asThen("keys", () -> register.register(estate.estate, new KeepKeyRegister.Registration(null, area, null, 1,
                CustodyReason.DEVELOPER_HANDOVER, null)));
    }

    /** An approval of {@code purpose} about {@code subject}, asked for by {@code asker} and given by {@code approver}. */
    ApprovalId approved(ApprovalPurpose purpose, Object subject, String asker, String approver) {
        ApprovalId id = asked(purpose, subject, asker);
        asThen(approver, () -> approvals.approve(id, "approved"));
        return id;
    }

    ApprovalId asked(ApprovalPurpose purpose, Object subject, String asker) {
        return asThen(asker, () -> approvals.request(new Approve.Request(estate.estate, purpose.code(), subject.toString(),
                "needed now", null)).id());
    }

    /** An incident reported by the guard ten minutes ago. */
    IncidentId incident(IncidentKind kind, String unitCode) {
        return asThen("guard", () -> estate.incidents.report(new ReportIncidents.Report(estate.estate, kind,
                unitCode == null ? null : unit(unitCode), unitCode == null ? "key cabinet" : unitCode, "what happened",
                NOW.minus(Duration.ofMinutes(10)))).id());
    }

    /**
     * Hands {@code unitCode} over to 张三 up to the keys step, the key manager hands the unit's keys for it to "desk",
     * and the desk hands {@code keysHanded} keys to the owner; answers the handover (COMPLETED unless refused).
     */
    HandoverView handOverWithKeys(String unitCode, boolean keepRectificationKey, int keysHanded) {
        estate.onTheRoster(unitCode);
        HandoverView h = estate.handOver(unitCode, HandOverUnit.HandOverKeys.class, keepRectificationKey);
        asThen("keys", () -> moves.handForHandover(unit(unitCode), new MoveKeys.HandoverKeys("desk", NOW.plus(Duration.ofHours(2)))));
        return asThen("desk", () -> estate.desk.perform(h.id(), new HandOverUnit.HandOverKeys(keysHanded, true, true,
                List.of(), "张三")));
    }

    /** Runs {@code work} as {@code who}, then acts as whoever acted before. */
    <T> T asThen(String who, java.util.function.Supplier<T> work) {
        Actor before = estate.caller.get();
        as(who);
        try {
            return work.get();
        } finally {
            estate.caller.set(before);
        }
    }
}
