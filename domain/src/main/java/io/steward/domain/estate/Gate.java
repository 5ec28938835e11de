package io.steward.domain.estate;

import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.GoodsPassId;
import io.steward.ports.estate.OwnerCall;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.ReleaseGoods;
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** EST-09 物品放行: the front desk writes passes, security lets goods out against them. */
public final class Gate implements ReleaseGoods {
    private static final Set<Role> DESK = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER);
    private static final Set<Role> GUARDS = Set.of(Role.SECURITY, Role.CONTROL_ROOM);

    private final UseCases useCases;
    private final EstateStore store;

    public Gate(UseCases useCases, EstateStore store) {
        this.useCases = useCases;
        this.store = store;
    }

    /**
     * EST-09: moving out needs the unit's arrears (utilities and management fee up to today) settled; removals more
     * frequent than the estate's policy allows are flagged for security.
     */
    @Override
    public GoodsPassState request(UnitId unitId, PassRequest request) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "write a goods-release pass", DESK);
            if (request.purpose() == RemovalPurpose.MOVING_OUT) {
                Fen arrears = store.account(unit).arrears();
                if (!arrears.isZero()) {
                    throw new Refusal("EST-09", "arrears-outstanding", "unit " + unit.code() + " owes " + arrears.toYuanString()
                            + "; nothing is released for moving out until every arrear is settled", Map.of("arrears", arrears.value()));
                }
            }
            Instant now = useCases.now();
            var policy = store.estate(unit.estate()).state().policy();
            Instant windowStart = now.minus(Duration.ofDays(policy.frequentRemovalWindowDays()));
            long recent = store.passes().ofUnit(unitId).stream().filter(p -> p.requestedAt().isAfter(windowStart)).count();
            boolean frequent = recent + 1 >= policy.frequentRemovalThreshold();
            GoodsRelease pass = GoodsRelease.request(unit, request, frequent, actor, now);
            store.passes().save(pass.state());
            useCases.audit(actor, unit.estate(), frequent ? "goods.request-frequent" : "goods.request", "goods-pass",
                    pass.state().id(), request.purpose() + " by " + request.carrier());
            return store.passes().find(pass.state().id()).orElseThrow();
        });
    }

    @Override
    public GoodsPassState recordOwnerCall(GoodsPassId pass, OwnerCall call) {
        return change(pass, DESK, "record the owner's answer", p -> p.ownerCalled(call), "goods.owner-call");
    }

    @Override
    public GoodsPassState sign(GoodsPassId pass, Signatures signatures) {
        return change(pass, DESK, "sign a goods-release pass", p -> p.sign(signatures), "goods.issue");
    }

    @Override
    public GoodsPassState verifyAtGate(GoodsPassId pass) {
        return change(pass, GUARDS, "let goods out at the gate", p -> p.verifiedAtGate(useCases.access().actor(), useCases.now()),
                "goods.release");
    }

    @Override
    public List<GoodsPassState> passesOf(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            useCases.access().requireAny(unit.estate(), "unit", unitId);
            return store.passes().ofUnit(unitId);
        });
    }

    private GoodsPassState change(GoodsPassId id, Set<Role> roles, String action, Consumer<GoodsRelease> step, String audit) {
        return useCases.run(() -> {
            GoodsPassState state = store.passes().find(id).orElseThrow(() -> new NotFound("goods-release pass", id));
            Actor actor = useCases.access().require(state.estate(), "goods-release pass", id, action, roles);
            GoodsRelease pass = new GoodsRelease(state);
            step.accept(pass);
            store.passes().save(pass.state());
            useCases.audit(actor, state.estate(), audit, "goods-pass", id, pass.state().status().name());
            return store.passes().find(id).orElseThrow();
        });
    }
}
