package io.steward.domain.estate;

import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.PassStatus;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Refusal;
import java.time.Instant;
import java.util.Map;

/** A goods-release pass (EST-09) and its state machine: see {@link PassStatus}. */
final class GoodsRelease {
    private GoodsPassState s;

    GoodsRelease(GoodsPassState state) {
        this.s = state;
    }

    /** A carrier who is not the owner waits for the owner's agreement by phone. */
    static GoodsRelease request(UnitState unit, ReleaseGoods.PassRequest r, boolean frequent, Actor actor, Instant at) {
        PassStatus first = r.carrier() == Carrier.OWNER ? PassStatus.AWAITING_SIGNATURES : PassStatus.AWAITING_OWNER;
        return new GoodsRelease(new GoodsPassState(GoodsPassId.newId(), unit.estate(), unit.id(), unit.code(),
                r.carrierName(), r.carrier(), r.items(), r.purpose(), first, frequent, null, null, null, null,
                actor.id(), at, null, null, 0));
    }

    GoodsPassState state() {
        return s;
    }

    /** EST-09: an owner who cannot be reached, or who says no, means the goods stay. */
    void ownerCalled(OwnerCall call) {
        expect(PassStatus.AWAITING_OWNER, "record the owner's answer");
        PassStatus next = call.reached() && call.agreed() ? PassStatus.AWAITING_SIGNATURES : PassStatus.REFUSED;
        s = with(next, call, s.staffSignature(), s.ownerSignature(), s.carrierSignature(), null, null);
    }

    /** EST-09: two copies, three signatures: staff, owner, carrier. */
    void sign(ReleaseGoods.Signatures signatures) {
        expect(PassStatus.AWAITING_SIGNATURES, "sign the pass");
        s = with(PassStatus.ISSUED, s.ownerCall(), signatures.staff(), signatures.owner(), signatures.carrier(), null, null);
    }

    /** EST-09: the gate lets the goods out against an issued pass, once. */
    void verifiedAtGate(Actor guard, Instant at) {
        expect(PassStatus.ISSUED, "let goods out");
        s = with(PassStatus.USED, s.ownerCall(), s.staffSignature(), s.ownerSignature(), s.carrierSignature(), guard.id(), at);
    }

    private void expect(PassStatus needed, String action) {
        if (s.status() != needed) {
            throw new Refusal("EST-09", "pass-not-" + needed.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "cannot " + action + ": the pass is " + s.status(), Map.of("pass", s.id().toString(), "status", s.status().name()));
        }
    }

    private GoodsPassState with(PassStatus status, OwnerCall call, String staff, String owner, String carrier,
                                String verifiedBy, Instant verifiedAt) {
        return new GoodsPassState(s.id(), s.estate(), s.unit(), s.unitCode(), s.carrierName(), s.carrier(), s.items(),
                s.purpose(), status, s.frequentRemoval(), call, staff, owner, carrier, s.requestedBy(), s.requestedAt(),
                verifiedBy, verifiedAt, s.version());
    }
}
