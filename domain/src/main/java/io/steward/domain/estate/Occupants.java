package io.steward.domain.estate;

import io.steward.ports.estate.out.MoveInObjections;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.HandoverStage;
import io.steward.ports.estate.MovedIn;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.OccupancyChanged;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PassStatus;
import io.steward.ports.estate.RemovalPurpose;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.MoveIn;
import io.steward.ports.estate.in.MoveOut;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** EST-05 入住 and EST-06 退租: owners and tenants move in, tenants move out. */
public final class Occupants implements MoveIn, MoveOut {
    private static final Set<Role> DESK = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER);

    private final UseCases useCases;
    private final EstateStore store;
    private final List<MoveInObjections> objections;

    /** @param objections what other contexts say stands in the way of a move-in (an entrusted key, KEY-04) */
    public Occupants(UseCases useCases, EstateStore store, List<MoveInObjections> objections) {
        this.useCases = useCases;
        this.store = store;
        this.objections = List.copyOf(objections);
    }

    /** EST-05: the owner's identity was confirmed at handover; the unit must have been handed over and be vacant. */
    @Override
    public ArchiveView ownerMovesIn(UnitId unitId, Instant movedInAt) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "record a move-in", DESK);
            requireHandedOver(unit);
            noObjection(unit);
            ArchiveState owner = currentOwner(unit);
            Instant at = movedInAt == null ? useCases.now() : movedInAt;
            move(unit, unit.kind().occupiedByOwner(), OccupancyCause.MOVE_IN, "owner archive " + owner.id(), actor, at);
            useCases.publish(new MovedIn(unit.estate(), unit.id(), Party.OWNER, owner.id(), at));
            useCases.audit(actor, unit.estate(), "occupancy.owner-move-in", "unit", unit.id(), unit.code());
            return Archive.view(owner, false);
        });
    }

    /**
     * EST-05: a tenant moves in only with the owner's commitment letter, the lease, the tenant information form
     * and a signed safety-responsibility letter.
     */
    @Override
    public ArchiveView tenantMovesIn(TenantMoveIn moveIn) {
        return useCases.run(() -> {
            UnitState unit = store.unit(moveIn.unit());
            Actor actor = useCases.access().require(unit.estate(), "unit", unit.id(), "record a move-in", DESK);
            requireHandedOver(unit);
            noObjection(unit);
            missing(moveIn.ownerCommitment(), "the owner's commitment letter");
            missing(moveIn.lease(), "the lease");
            missing(moveIn.safetyLetter(), "the tenant's signed safety-responsibility letter");
            Instant at = moveIn.movedInAt() == null ? useCases.now() : moveIn.movedInAt();
            LocalDate since = LocalDate.ofInstant(at, store.estate(unit.estate()).zone());
            Archive tenant = Archive.tenant(unit.estate(), unit.id(), moveIn.tenant(), since, moveIn.ownerCommitment(),
                    moveIn.lease(), moveIn.safetyLetter());
            move(unit, Occupancy.TENANT_OCCUPIED, OccupancyCause.TENANT_MOVE_IN, "tenant archive " + tenant.state().id(), actor, at);
            store.archives().save(tenant.state());
            useCases.publish(new MovedIn(unit.estate(), unit.id(), Party.TENANT, tenant.state().id(), at));
            useCases.audit(actor, unit.estate(), "occupancy.tenant-move-in", "unit", unit.id(), unit.code());
            return Archive.view(store.archives().find(tenant.state().id()).orElseThrow(), false);
        });
    }

    /**
     * EST-06: the goods-release pass for moving out comes first (EST-09); the meters are read and every charge up
     * to the move-out date settled; the owner, told of the move-out, agrees — otherwise it waits.
     */
    @Override
    public ArchiveView tenantMovesOut(UnitId unitId, TenantMoveOut moveOut) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "record a move-out", DESK);
            ArchiveState tenant = store.active(unit.id(), Party.TENANT).orElseThrow(() -> new Refusal("EST-06",
                    "no-tenant", "unit " + unit.code() + " has no tenant to move out"));
            boolean passed = moveOut.pass() != null && store.passes().find(moveOut.pass())
                    .filter(p -> p.unit().equals(unit.id()) && p.purpose() == RemovalPurpose.MOVING_OUT
                            && (p.status() == PassStatus.ISSUED || p.status() == PassStatus.USED))
                    .isPresent();
            if (!passed) {
                throw new Refusal("EST-06", "goods-release-pass-required", "a tenant moves out only after an issued "
                        + "goods-release pass for moving out of unit " + unit.code() + " (EST-09)");
            }
            if (moveOut.readings().isEmpty()) {
                throw new Refusal("EST-06", "meters-not-read", "read the unit's meters before the move-out");
            }
            Fen arrears = store.account(unit).arrears();
            if (!arrears.isZero()) {
                throw new Refusal("EST-06", "arrears-outstanding", "unit " + unit.code() + " owes " + arrears.toYuanString()
                        + "; every charge up to the move-out date is settled first", Map.of("arrears", arrears.value()));
            }
            if (!moveOut.ownerAgrees()) {
                throw new Refusal("EST-06", "owner-has-not-agreed", "the owner has not agreed to the move-out; it waits");
            }
            Instant at = moveOut.movedOutAt() == null ? useCases.now() : moveOut.movedOutAt();
            LocalDate until = LocalDate.ofInstant(at, store.estate(unit.estate()).zone());
            Archive archive = new Archive(tenant);
            archive.close(ArchiveStatus.MOVED_OUT, until);
            store.archives().save(archive.state());
            String meters = moveOut.readings().stream().map(r -> r.meter() + "=" + r.reading())
                    .collect(java.util.stream.Collectors.joining(", "));
            move(unit, Occupancy.VACANT, OccupancyCause.TENANT_MOVE_OUT, "pass " + moveOut.pass() + "; meters " + meters
                    + (moveOut.itemsToStay().isBlank() ? "" : "; stays: " + moveOut.itemsToStay()), actor, at);
            useCases.audit(actor, unit.estate(), "occupancy.tenant-move-out", "unit", unit.id(), unit.code());
            return Archive.view(store.archives().find(tenant.id()).orElseThrow(), false);
        });
    }

    /** EST-05: another context may object (KEY-04: a key entrusted for the vacant unit is still held). */
    private void noObjection(UnitState unit) {
        for (MoveInObjections context : objections) {
            List<io.steward.ports.shared.Refusal> refused = context.toMoveIn(unit.id());
            if (!refused.isEmpty()) {
                throw refused.get(0);
            }
        }
    }

    private void requireHandedOver(UnitState unit) {
        boolean handedOver = store.handovers().ofUnit(unit.id()).stream().anyMatch(h -> h.stage() == HandoverStage.COMPLETED);
        if (!handedOver || unit.occupancy() == Occupancy.NOT_TAKEN_OVER) {
            throw new Refusal("EST-05", "unit-not-handed-over", "unit " + unit.code()
                    + " has not been handed over to its owner; nobody moves in before the handover (EST-04)");
        }
    }

    private ArchiveState currentOwner(UnitState unit) {
        return store.active(unit.id(), Party.OWNER)
                .orElseThrow(() -> new Refusal("EST-05", "no-owner-archive", "unit " + unit.code() + " has no owner archive"));
    }

    private static void missing(String document, String what) {
        if (document == null || document.isBlank()) {
            throw new Refusal("EST-05", "tenant-document-missing", "a tenant moves in only with " + what);
        }
    }

    private void move(UnitState state, Occupancy to, OccupancyCause cause, String reference, Actor actor, Instant at) {
        Unit unit = new Unit(state);
        OccupancyChange change = unit.changeOccupancy(to, cause, reference, actor, at);
        store.units().save(unit.state());
        store.history().append(List.of(change));
        useCases.publish(new OccupancyChanged(state.estate(), state.id(), state.code(), change.from(), to, cause, at));
    }
}
