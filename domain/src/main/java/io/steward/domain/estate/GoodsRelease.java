package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.PassStatus;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import java.time.Instant;
import java.util.Map;

/** A goods-release pass (EST-09) and its state machine: see {@link PassStatus}. */
final class GoodsRelease {
    private GoodsPassState s;

    GoodsRelease(GoodsPassState state) {
        this.s = state;
    }

    /** A carrier who is not the owner waits for the owner's agreement by phone (the owner was checked by the caller). */
    static GoodsRelease request(UnitState unit, ReleaseGoods.PassRequest r, boolean frequent, Actor actor, Instant at) {
        PassStatus first = r.carrier() == Carrier.OWNER ? PassStatus.AWAITING_SIGNATURES : PassStatus.AWAITING_OWNER;
        return new GoodsRelease(new GoodsPassState(GoodsPassId.newId(), unit.estate(), unit.id(), unit.code(),
                r.carrierName(), r.carrier(), r.items(), r.purpose(), first, frequent, null, null, null, null,
                actor.id(), at, null, null, null, 0));
    }

    GoodsPassState state() {
        return s;
    }

    /** EST-09: an owner who cannot be reached, or who says no, means the goods stay. */
    void ownerCalled(OwnerCall call) {
        expect(PassStatus.AWAITING_OWNER, "record the owner's answer");
        PassStatus next = call.reached() && call.agreed() ? PassStatus.AWAITING_SIGNATURES : PassStatus.REFUSED;
        s = s.toBuilder().status(next).ownerCall(call).verifiedBy(null).verifiedAt(null).usedBy(null).build();
    }

    /**
     * EST-09: two copies, three signatures — the member of staff (the caller), the owner on the archive, the carrier the
     * pass names; each signature is checked against the person the register knows.
     */
    void sign(ReleaseGoods.Signatures signatures, String ownerOnArchive, Actor staff) {
        expect(PassStatus.AWAITING_SIGNATURES, "sign the pass");
        if (!People.sameName(signatures.owner(), ownerOnArchive)) {
            throw EstateRefusals.SIGNATURE_NOT_THE_OWNER.refuse("the owner on the archive signs the pass",
                    Map.of("pass", s.id().toString()));
        }
        if (!People.sameName(signatures.carrier(), s.carrierName())) {
            throw EstateRefusals.SIGNATURE_NOT_THE_CARRIER.refuse("the carrier the pass names signs it",
                    Map.of("pass", s.id().toString()));
        }
        s = s.toBuilder().status(PassStatus.ISSUED).staffSignature(staff.id()).ownerSignature(signatures.owner())
                .carrierSignature(signatures.carrier()).verifiedBy(null).verifiedAt(null).usedBy(null).build();
    }

    /** EST-09: the gate lets the goods out against an issued pass, once, to the carrier it names. */
    void verifiedAtGate(ReleaseGoods.GateCheck check, Actor guard, Instant at) {
        expect(PassStatus.ISSUED, "let goods out");
        if (!People.sameName(check.carrierName(), s.carrierName())) {
            throw EstateRefusals.NOT_THE_NAMED_CARRIER.refuse("the pass releases goods to the carrier it names only",
                    Map.of("pass", s.id().toString()));
        }
        s = s.toBuilder().status(PassStatus.USED).verifiedBy(guard.id()).verifiedAt(at).build();
    }

    /** EST-06: the move-out {@code by} uses the pass for moving out; no other move-out can use it after. */
    GoodsPassState usedBy(String by) {
        s = s.toBuilder().usedBy(by).build();
        return s;
    }

    private void expect(PassStatus needed, String action) {
        if (s.status() != needed) {
            throw EstateRefusals.valueOf("PASS_NOT_" + needed.name()).refuse(
                    "cannot " + action + ": the pass is " + s.status(), Map.of("pass", s.id().toString(), "status", s.status().name()));
        }
    }
}
