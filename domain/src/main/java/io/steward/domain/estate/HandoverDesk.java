package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.EstateApprovals;
import io.steward.ports.estate.PeriodFee;
import io.steward.ports.estate.out.FeeEntry;
import java.util.ArrayList;
import io.steward.ports.estate.HandoverCompleted;
import io.steward.ports.estate.HandoverId;
import io.steward.ports.estate.HandoverView;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.OccupancyChanged;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.UnitNotTakenOver;
import io.steward.ports.estate.in.HandOverUnit;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.out.HandoverState;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** EST-04: runs the handover of a unit to its owner, step by step. */
public final class HandoverDesk implements HandOverUnit {
    static final String PREPAYMENT = "HANDOVER-PREPAYMENT";
    private static final Set<Role> DESK = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER);

    private final UseCases useCases;
    private final EstateStore store;
    private final Approvals approvals;
    private final Meters meters;

    public HandoverDesk(UseCases useCases, EstateStore store, Approvals approvals) {
        this.useCases = useCases;
        this.store = store;
        this.approvals = approvals;
        this.meters = new Meters(store);
    }

    @Override
    public HandoverView start(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "start a handover", DESK);
            store.handovers().ofUnit(unitId).stream().filter(h -> !h.stage().isFinal()).findFirst().ifPresent(open -> {
                throw EstateRefusals.HANDOVER_ALREADY_OPEN.refuse("unit " + unit.code() + " has an open handover",
                        Map.of("handover", open.id().toString()));
            });
            Handover handover = Handover.start(unit, actor, useCases.now());
            HandoverState stored = store.handovers().save(handover.state());
            useCases.audit(actor, unit.estate(), "handover.start", "handover", handover.id(), unit.code());
            return view(stored);
        });
    }

    private static Set<Role> rolesFor(Step step) {
        if (step instanceof RecordPayment) {
            return Set.of(Role.CASHIER);
        }
        if (step instanceof RecordInspection || step instanceof CloseDefect) {
            return Set.of(Role.FRONT_DESK, Role.ENGINEER, Role.PROJECT_MANAGER);
        }
        if (step instanceof RectifyDefect) {
            return Set.of(Role.ENGINEER);
        }
        return DESK;
    }

    @Override
    public HandoverView perform(HandoverId id, Step step) {
        return useCases.run(() -> {
            HandoverState state = reload(id);
            Actor actor = useCases.access().require(state.estate(), "handover", id, "handover step "
                    + step.getClass().getSimpleName(), rolesFor(step));
            Handover handover = new Handover(state);
            UnitState unit = store.unit(state.unit());
            Estate estate = store.estate(state.estate());
            Instant now = useCases.now();
            if (step instanceof VerifyIdentity v) {
                handover.verifyIdentity(v, store.roster().find(unit.id()), actor, now);
            } else if (step instanceof CollectDocuments c) {
                handover.collectDocuments(c, actor, now);
            } else if (step instanceof FillArchive f) {
                Archive archive = Archive.owner(unit.estate(), unit.id(), f.owner(), today(estate));
                handover.fillArchive(f, store.roster().find(unit.id()).orElseThrow(), archive.state().id(), actor, now);
                store.archives().save(archive.state());
            } else if (step instanceof SignSafetyLetter l) {
                handover.signSafetyLetter(l, actor, now);
                Archive archive = new Archive(store.archives().find(state.archive()).orElseThrow());
                archive.safetyLetterSigned(l.letterReference());
                store.archives().save(archive.state());
            } else if (step instanceof ComputeFees c) {
                LocalDate date = handoverDate(c, state, estate, actor);
                List<PeriodFee> fees = handover.computeFees(date, estate, unit, today(estate), actor, now);
                FeeAccount account = store.accountForUpdate(unit);
                post(account, fees.stream().map(f -> account.charge(
                        new PostFees.Charge(f.item(), f.amount(), f.from(), f.to(), reference(id)), actor, now)).toList());
            } else if (step instanceof RecordPayment p) {
                handover.recordPayment(p, actor, now);
                FeeAccount account = store.accountForUpdate(unit);
                post(account, List.of(account.payment(new PostFees.Payment(p.amount(), p.receipt()), PREPAYMENT, actor, now)));
            } else if (step instanceof RecordInspection i) {
                handover.recordInspection(i, actor, now);
                meters.baseline(estate, unit, i.meters(), "joint inspection, " + reference(id), actor, now);
            } else if (step instanceof HandOverKeys k) {
                handover.handOverKeys(k, actor, now);
                complete(handover.state(), unit, actor, now);
            } else if (step instanceof Decline d) {
                handover.decline(d, actor, now);
                Unit u = new Unit(unit);
                u.notTakenOver(d.reason());
                store.units().save(u.state());
                declined(state, unit, d.reason(), actor, now);
                useCases.publish(new UnitNotTakenOver(unit.estate(), unit.id(), id, d.reason()));
            } else if (step instanceof RectifyDefect r) {
                handover.rectifyDefect(r, actor, now);
            } else if (step instanceof CloseDefect c) {
                handover.closeDefect(c, actor, now);
            }
            HandoverState stored = store.handovers().save(handover.state());
            useCases.audit(actor, state.estate(), "handover." + step.getClass().getSimpleName(), "handover", id,
                    unit.code() + " at " + handover.stage());
            return view(stored);
        });
    }

    static String reference(HandoverId id) {
        return "handover " + id;
    }

    /**
     * EST-04: the handover is dated the day it is recorded, in the estate's time zone; an earlier day needs the project
     * manager's approval of dating this handover so (detail: the date).
     */
    private LocalDate handoverDate(ComputeFees c, HandoverState state, Estate estate, Actor actor) {
        LocalDate today = today(estate);
        LocalDate date = c.handoverDate() == null ? today : c.handoverDate();
        if (date.isBefore(today)) {
            approvals.use(c.backdating(), EstateApprovals.BACKDATED_HANDOVER, state.estate(), state.id().toString(),
                    date.toString(), reference(state.id()) + " dated " + date, actor);
        }
        return date;
    }

    private void post(FeeAccount account, List<FeeEntry> lines) {
        account.with(lines);
        store.ledger().append(lines);
    }

    /**
     * EST-04: a unit never taken over carries no charge: a handover declined after its fees were charged reverses them,
     * and what was paid is a refund owed to the person who paid it; the archive filled for it is closed.
     */
    private void declined(HandoverState h, UnitState unit, String reason, Actor actor, Instant now) {
        FeeAccount account = store.accountForUpdate(unit);
        List<FeeEntry> lines = new ArrayList<>();
        for (FeeEntry charge : store.ledger().openCharges(unit.id(), null)) {
            if (reference(h.id()).equals(charge.reference())) {
                lines.add(account.reverse(charge.id(), charge, false, "the handover was declined: " + reason, actor, now));
            }
        }
        if (!h.feesPaid().isZero()) {
            lines.add(account.refundDue(h.feesPaid(), "refund of the fees paid for " + reference(h.id())
                    + ", which was declined" + (h.archive() == null ? "" : " (archive " + h.archive() + ")"), actor, now));
        }
        post(account, lines);
        if (h.archive() != null) {
            store.archives().find(h.archive()).filter(a -> a.status() == io.steward.ports.estate.ArchiveStatus.ACTIVE)
                    .ifPresent(a -> {
                        Archive archive = new Archive(a);
                        archive.close(io.steward.ports.estate.ArchiveStatus.NOT_TAKEN_OVER, LocalDate.ofInstant(now,
                                store.estate(unit.estate()).zone()));
                        store.archives().save(archive.state());
                    });
        }
    }

    /** The unit becomes VACANT (EST-02 via HANDOVER) and the owner archive dates from the handover date. */
    private void complete(HandoverState h, UnitState unitState, Actor actor, Instant now) {
        Unit unit = new Unit(unitState);
        OccupancyChange change = unit.changeOccupancy(Occupancy.VACANT, OccupancyCause.HANDOVER, "handover " + h.id(), actor, now);
        store.units().save(unit.state());
        store.history().append(List.of(change));
        Archive archive = new Archive(store.archives().find(h.archive()).orElseThrow());
        archive.since(h.handoverDate());
        store.archives().save(archive.state());
        useCases.publish(new OccupancyChanged(unitState.estate(), unitState.id(), unitState.code(), change.from(), change.to(),
                change.cause(), now));
        useCases.publish(new HandoverCompleted(h.estate(), h.unit(), h.id(), h.archive(), h.handoverDate(), h.rectificationKeyKept()));
    }

    private LocalDate today(Estate estate) {
        return LocalDate.ofInstant(useCases.now(), estate.zone());
    }

    private HandoverState reload(HandoverId id) {
        return store.handovers().find(id).orElseThrow(() -> new NotFound("handover", id));
    }

    /** EST-08: the owner's name is masked in every handover view. */
    static HandoverView view(HandoverState h) {
        return new HandoverView(h.id(), h.estate(), h.unit(), h.stage(), h.stage().next(),
                PersonalData.maskName(h.ownerName()),
                h.archive(), h.documentsCollected(), h.safetyLetter(), h.handoverDate(), h.prepaidThrough(), h.feesDue(),
                h.feesPaid(), h.defects(), h.rectificationKeyKept(), h.keysHanded(), h.documentsHanded(),
                PersonalData.maskName(h.receiptSignedBy()),
                h.declineReason(), h.trail(), h.version());
    }
}
