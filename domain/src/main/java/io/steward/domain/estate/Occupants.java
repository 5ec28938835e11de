package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.ArchiveView;
import io.steward.ports.estate.GoodsPassId;
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
import io.steward.ports.estate.out.GoodsPassState;
import io.steward.ports.estate.out.MoveInObjections;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** EST-05 入住, EST-06 退租 and the owner's move-out (EST-02): people move in and out, each through its process. */
public final class Occupants implements MoveIn, MoveOut {
    private static final Set<Role> DESK = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER);

    private final UseCases useCases;
    private final EstateStore store;
    private final List<MoveInObjections> objections;
    private final Meters meters;

    /** @param objections what other contexts say stands in the way of a move-in (an entrusted key, KEY-04) */
    public Occupants(UseCases useCases, EstateStore store, List<MoveInObjections> objections) {
        this.useCases = useCases;
        this.store = store;
        this.objections = List.copyOf(objections);
        this.meters = new Meters(store);
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
            Instant at = when(unit, movedInAt, "EST-05");
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
            Instant at = when(unit, moveIn.movedInAt(), "EST-05");
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
     * EST-06: the goods-release pass for moving out comes first (EST-09) and serves this move-out alone; the meters are
     * read on the day it is recorded (a move-out recorded after it happened is billed up to the day it is recorded: an
     * earlier date never leaves consumption unbilled) and every charge settled; the owner, told of the move-out, agrees —
     * otherwise it waits.
     */
    @Override
    public ArchiveView tenantMovesOut(UnitId unitId, TenantMoveOut moveOut) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "record a move-out", DESK);
            ArchiveState tenant = store.active(unit.id(), Party.TENANT).orElseThrow(() -> EstateRefusals.NO_TENANT.refuse("unit " + unit.code() + " has no tenant to move out"));
            GoodsPassState pass = movingOutPass(unit, moveOut.pass(), "EST-06");
            Instant at = when(unit, moveOut.movedOutAt(), "EST-06");
            Estate estate = store.estate(unit.estate());
            meters.requireReadSince(estate, unit, estate.day(useCases.now()), "EST-06");
            settled(unit, "EST-06", "the move-out");
            if (!moveOut.ownerAgrees()) {
                throw EstateRefusals.OWNER_HAS_NOT_AGREED.refuse("the owner has not agreed to the move-out; it waits");
            }
            Archive archive = new Archive(tenant);
            archive.close(ArchiveStatus.MOVED_OUT, estate.day(at));
            store.archives().save(archive.state());
            String reference = "tenant move-out (archive " + tenant.id() + ")";
            use(pass, reference);
            move(unit, Occupancy.VACANT, OccupancyCause.TENANT_MOVE_OUT, "pass " + pass.id()
                    + (moveOut.itemsToStay().isBlank() ? "" : "; stays: " + moveOut.itemsToStay()), actor, at);
            useCases.audit(actor, unit.estate(), "occupancy.tenant-move-out", "unit", unit.id(), unit.code());
            return Archive.view(store.archives().find(tenant.id()).orElseThrow(), false);
        });
    }

    /**
     * EST-02: the owner moves out (OWNER_OCCUPIED or OFFICE → VACANT) and keeps the unit: the meters are read on the day
     * and every charge settled; a pass for moving out, where goods leave, serves this move-out alone.
     */
    @Override
    public ArchiveView ownerMovesOut(UnitId unitId, OwnerMoveOut moveOut) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "record a move-out", DESK);
            if (unit.occupancy() != Occupancy.OWNER_OCCUPIED && unit.occupancy() != Occupancy.OFFICE) {
                throw EstateRefusals.OWNER_NOT_IN_OCCUPATION.refuse("unit " + unit.code() + " is " + unit.occupancy()
                        + "; only an owner living or working there moves out", Map.of("occupancy", unit.occupancy().name()));
            }
            ArchiveState owner = currentOwner(unit);
            GoodsPassState pass = moveOut.pass() == null ? null : movingOutPass(unit, moveOut.pass(), "EST-02");
            Instant at = when(unit, moveOut.movedOutAt(), "EST-02");
            Estate estate = store.estate(unit.estate());
            meters.requireReadSince(estate, unit, estate.day(useCases.now()), "EST-02");
            settled(unit, "EST-02", "the move-out");
            if (pass != null) {
                use(pass, "owner move-out (archive " + owner.id() + ")");
            }
            move(unit, Occupancy.VACANT, OccupancyCause.OWNER_MOVE_OUT, "owner archive " + owner.id()
                    + (pass == null ? "" : "; pass " + pass.id()), actor, at);
            useCases.audit(actor, unit.estate(), "occupancy.owner-move-out", "unit", unit.id(), unit.code());
            return Archive.view(owner, false);
        });
    }

    /** EST-09 with EST-06: an issued pass of the unit for moving out that no move-out has used yet. */
    private GoodsPassState movingOutPass(UnitState unit, GoodsPassId id, String rule) {
        GoodsPassState pass = id == null ? null : store.passes().find(id)
                .filter(p -> p.unit().equals(unit.id()) && p.purpose() == RemovalPurpose.MOVING_OUT
                        && (p.status() == PassStatus.ISSUED || p.status() == PassStatus.USED))
                .orElse(null);
        if (pass == null) {
            throw EstateRefusals.GOODS_RELEASE_PASS_REQUIRED.refuseFor(rule,  "a move-out goes with an issued goods-release pass for "
                    + "moving out of unit " + unit.code() + " (EST-09)");
        }
        if (pass.usedBy() != null) {
            throw EstateRefusals.GOODS_RELEASE_PASS_USED.refuseFor(rule,  "pass " + pass.id() + " served " + pass.usedBy()
                    + " already: a pass serves one removal", Map.of("pass", pass.id().toString()));
        }
        return pass;
    }

    private void use(GoodsPassState pass, String by) {
        store.passes().save(new GoodsRelease(pass).usedBy(by));
    }

    /** EST-06 / EST-02: every charge up to the move-out — meters included — is settled first. */
    private void settled(UnitState unit, String rule, String what) {
        store.account(unit).requireSettled(rule, unit.code(), what);
    }

    /**
     * When a move happened: now, or the time given — never in the future and never before the unit's last change
     * (EST-02: the history is in the order things happened).
     */
    private Instant when(UnitState unit, Instant given, String rule) {
        Instant now = useCases.now();
        if (given == null) {
            return now;
        }
        if (given.isAfter(now)) {
            throw EstateRefusals.RECORDED_AFTER_IT_HAPPENED.refuseFor(rule,  "a move is recorded after it happened, not at " + given,
                    Map.of("at", given.toString()));
        }
        var last = store.history().ofUnit(unit.id(), PageRequest.first(1)).items();
        if (!last.isEmpty() && given.isBefore(last.get(0).at())) {
            throw EstateRefusals.BEFORE_THE_LAST_CHANGE.refuseFor(rule,  "unit " + unit.code() + " last changed at " + last.get(0).at()
                    + "; a move cannot precede it", Map.of("at", given.toString(), "lastChange", last.get(0).at().toString()));
        }
        return given;
    }

    /** EST-05: another context may object (KEY-04: a key entrusted for the vacant unit is still held). */
    private void noObjection(UnitState unit) {
        for (MoveInObjections context : objections) {
            List<Refusal> refused = context.toMoveIn(unit.id());
            if (!refused.isEmpty()) {
                throw refused.get(0);
            }
        }
    }

    private void requireHandedOver(UnitState unit) {
        boolean handedOver = store.handovers().ofUnit(unit.id()).stream().anyMatch(h -> h.stage() == HandoverStage.COMPLETED);
        if (!handedOver || unit.occupancy() == Occupancy.NOT_TAKEN_OVER) {
            throw EstateRefusals.UNIT_NOT_HANDED_OVER.refuse("unit " + unit.code()
                    + " has not been handed over to its owner; nobody moves in before the handover (EST-04)");
        }
    }

    private ArchiveState currentOwner(UnitState unit) {
        return store.active(unit.id(), Party.OWNER)
                .orElseThrow(() -> EstateRefusals.NO_OWNER_ARCHIVE.refuse("unit " + unit.code() + " has no owner archive"));
    }

    private static void missing(String document, String what) {
        if (document == null || document.isBlank()) {
            throw EstateRefusals.TENANT_DOCUMENT_MISSING.refuse("a tenant moves in only with " + what);
        }
    }

    /**
     * EST-02 / REN-07: a renovation's works began: the unit becomes RENOVATING. The renovation context's event, run as
     * the system; the state machine refuses a unit that may not renovate (a tenant's, one not taken over).
     */
    public void renovationStarts(UnitId unitId, String renovation) {
        UnitState unit = store.unit(unitId);
        move(unit, Occupancy.RENOVATING, OccupancyCause.RENOVATION, "renovation " + renovation,
                useCases.access().actor(), useCases.now());
    }

    /** EST-02 / REN-10: the renovation was accepted: the unit leaves RENOVATING for the status it had before. */
    public void renovationEnds(UnitId unitId, String renovation, Occupancy backTo) {
        UnitState unit = store.unit(unitId);
        move(unit, backTo, OccupancyCause.RENOVATION, "renovation " + renovation, useCases.access().actor(),
                useCases.now());
    }

    private void move(UnitState state, Occupancy to, OccupancyCause cause, String reference, Actor actor, Instant at) {
        Unit unit = new Unit(state);
        OccupancyChange change = unit.changeOccupancy(to, cause, reference, actor, at);
        store.units().save(unit.state());
        store.history().append(List.of(change));
        useCases.publish(new OccupancyChanged(state.estate(), state.id(), state.code(), change.from(), to, cause, at));
    }
}
