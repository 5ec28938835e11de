package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.Carrier;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.GoodsPassView;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** EST-09 物品放行: the front desk writes passes, security lets goods out against them. */
public final class Gate implements ReleaseGoods {
    private static final Set<Role> DESK = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER);
    private static final Set<Role> GUARDS = Set.of(Role.SECURITY, Role.CONTROL_ROOM);

    private final UseCases useCases;
    private final EstateStore store;
    private final Privacy privacy;
    private final Meters meters;

    public Gate(UseCases useCases, EstateStore store, Privacy privacy) {
        this.useCases = useCases;
        this.store = store;
        this.privacy = privacy;
        this.meters = new Meters(store);
    }

    /**
     * EST-09: moving out needs the unit's arrears (utilities and management fee up to today) settled; a carrier who is the
     * owner is the owner on the archive; removals more frequent than the estate's policy allows are flagged.
     */
    @Override
    public GoodsPassView request(UnitId unitId, PassRequest request) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "write a goods-release pass", DESK);
            if (request.carrier() == Carrier.OWNER) {
                ArchiveState owner = owner(unit);
                if (!People.isPerson(owner.person(), request.carrierName(), request.carrierIdentity())) {
                    throw EstateRefusals.CARRIER_NOT_THE_OWNER.refuse("a carrier declared as the owner is the owner on the "
                            + "archive of unit " + unit.code() + ": name and identity document do not match");
                }
            }
            if (request.purpose() == RemovalPurpose.MOVING_OUT) {
                settledForMovingOut(unit);
            }
            Instant now = useCases.now();
            var policy = store.estate(unit.estate()).state().policy();
            Instant windowStart = now.minus(Duration.ofDays(policy.frequentRemovalWindowDays()));
            long recent = store.passes().ofUnit(unitId).stream().filter(p -> p.requestedAt().isAfter(windowStart)).count();
            boolean frequent = recent + 1 >= policy.frequentRemovalThreshold();
            GoodsRelease pass = GoodsRelease.request(unit, request, frequent, actor, now);
            GoodsPassState stored = store.passes().save(pass.state());
            useCases.audit(actor, unit.estate(), frequent ? "goods.request-frequent" : "goods.request", "goods-pass",
                    pass.state().id(), request.purpose() + " by " + request.carrier());
            return view(stored);
        });
    }

    /**
     * EST-09: goods leave for moving out only with every charge up to that day settled — the meters read today and
     * billed, no arrears. Checked when the pass is written, when it is signed and again at the gate, where the goods
     * actually leave: what was owed at the desk in the morning is owed at the gate in the evening.
     */
    private void settledForMovingOut(UnitState unit) {
        Estate estate = store.estate(unit.estate());
        meters.requireReadSince(estate, unit, estate.day(useCases.now()), "EST-09");
        store.account(unit).requireSettled("EST-09", unit.code(), "the day the goods leave for moving out");
    }

    private void settledForMovingOut(GoodsRelease pass) {
        if (pass.state().purpose() == RemovalPurpose.MOVING_OUT) {
            settledForMovingOut(store.unit(pass.state().unit()));
        }
    }

    private ArchiveState owner(UnitState unit) {
        return store.active(unit.id(), Party.OWNER).orElseThrow(() -> EstateRefusals.NO_OWNER_EST09.refuse(
                "unit " + unit.code() + " has no owner on the archive"));
    }

    @Override
    public GoodsPassView recordOwnerCall(GoodsPassId pass, OwnerCall call) {
        return change(pass, DESK, "record the owner's answer", (p, actor) -> p.ownerCalled(call), "goods.owner-call");
    }

    @Override
    public GoodsPassView sign(GoodsPassId pass, Signatures signatures) {
        return change(pass, DESK, "sign a goods-release pass", (p, actor) -> {
            settledForMovingOut(p);
            p.sign(signatures, owner(store.unit(p.state().unit())).person().name(), actor);
        }, "goods.issue");
    }

    @Override
    public GoodsPassView verifyAtGate(GoodsPassId pass, GateCheck check) {
        return change(pass, GUARDS, "let goods out at the gate", (p, actor) -> {
            settledForMovingOut(p);
            p.verifiedAtGate(check, actor, useCases.now());
        }, "goods.release");
    }

    @Override
    public GoodsPassView pass(GoodsPassId id) {
        return useCases.run(() -> {
            GoodsPassState pass = store.passes().find(id).orElseThrow(() -> new NotFound("goods-release pass", id));
            useCases.access().requireReader(pass.estate(), pass.unit().value(), "goods-release pass", id);
            return view(pass);
        });
    }

    @Override
    public List<GoodsPassView> passesOf(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            useCases.access().requireReader(unit.estate(), unitId.value(), "unit", unitId);
            return store.passes().ofUnit(unitId).stream().map(this::view).toList();
        });
    }

    private GoodsPassView change(GoodsPassId id, Set<Role> roles, String action, BiConsumer<GoodsRelease, Actor> step,
                                 String audit) {
        return useCases.run(() -> {
            GoodsPassState state = store.passes().find(id).orElseThrow(() -> new NotFound("goods-release pass", id));
            Actor actor = useCases.access().require(state.estate(), "goods-release pass", id, action, roles);
            GoodsRelease pass = new GoodsRelease(state);
            step.accept(pass, actor);
            GoodsPassState stored = store.passes().save(pass.state());
            useCases.audit(actor, state.estate(), audit, "goods-pass", id, pass.state().status().name());
            return view(stored);
        });
    }

    /** EST-08: the carrier's and the owner's names, and the owner's answer, masked unless the caller holds the grant. */
    private GoodsPassView view(GoodsPassState s) {
        boolean plain = privacy.unmasked(s.estate(), s.unit(), "goods-pass", s.id());
        OwnerCall call = s.ownerCall() == null || plain ? s.ownerCall()
                : new OwnerCall(s.ownerCall().at(), s.ownerCall().reached(), s.ownerCall().agreed(), "***");
        return new GoodsPassView(s.id(), s.unit(), s.unitCode(), plain ? s.carrierName() : PersonalData.maskName(s.carrierName()),
                s.carrier(), s.items(), s.purpose(), s.status(), s.frequentRemoval(), call, s.staffSignature(),
                plain ? s.ownerSignature() : PersonalData.maskName(s.ownerSignature()),
                plain ? s.carrierSignature() : PersonalData.maskName(s.carrierSignature()), s.requestedBy(), s.requestedAt(),
                s.verifiedBy(), s.verifiedAt(), s.usedBy(), !plain, s.version());
    }
}
