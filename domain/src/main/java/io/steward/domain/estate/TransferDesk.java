package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.Privacy;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.DefectStatus;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.FeeItem;
import io.steward.ports.estate.EstateApprovals;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.PeriodFee;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.estate.TransferCredit;
import io.steward.ports.estate.TransferId;
import io.steward.ports.estate.TransferStage;
import io.steward.ports.estate.TransferView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.OpenObligations;
import io.steward.ports.estate.out.RosterEntry;
import io.steward.ports.estate.out.TransferState;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * EST-07 转让 in two acts (see {@link TransferOwnership}): the front desk records the transfer and its dispositions; the
 * cashier records the new owner's prepayment, which posts every line and switches the archives. No money moves and no
 * archive changes before the cashier's act; both acts check the same conditions.
 */
public final class TransferDesk implements TransferOwnership {
    private static final Set<Role> DESK = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER);
    private static final Set<Role> CASHIER = Set.of(Role.CASHIER);
    /** The estate context's own obligations (EST-07); the tenant is never "settled" by a word at the desk. */
    static final List<OpenObligations.Declared> OWN = List.of(new OpenObligations.Declared(Obligation.FEE_CREDIT, null),
            new OpenObligations.Declared(Obligation.ACTIVE_TENANCY, "the tenant moves out first (EST-06)"),
            new OpenObligations.Declared(Obligation.OPEN_HANDOVER_DEFECTS, null));

    private final UseCases useCases;
    private final EstateStore store;
    private final List<OpenObligations> elsewhere;
    /** Every declared obligation, the estate's own and the other contexts', by code. */
    private final Map<Obligation, OpenObligations.Declared> declared;
    private final Meters meters;
    private final Privacy privacy;
    private final Approvals approvals;

    /** @param elsewhere what the other contexts say the owner still has open with them (keys, deposits …) */
    public TransferDesk(UseCases useCases, EstateStore store, List<OpenObligations> elsewhere, Privacy privacy,
                        Approvals approvals) {
        this.useCases = useCases;
        this.store = store;
        this.elsewhere = List.copyOf(elsewhere);
        this.declared = declarations(this.elsewhere);
        this.meters = new Meters(store);
        this.privacy = privacy;
        this.approvals = approvals;
    }

    /** What the transfer does to the money, computed from the account and the schedule as it stands now. */
    private record Settlement(ArchiveState oldOwner, List<TransferCredit> credits, Fen oldOwnersCredit,
                              Map<Obligation, Disposition> dispositions, Fen refundDue, Fen carried, List<PeriodFee> charges,
                              Fen management, Fen required) {
    }

    @Override
    public TransferView transfer(UnitId unitId, Transfer t) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "record an ownership transfer", DESK);
            store.transfers().ofUnit(unitId).stream().filter(x -> x.stage() == TransferStage.AWAITING_PREPAYMENT).findFirst()
                    .ifPresent(open -> {
                        throw EstateRefusals.TRANSFER_ALREADY_OPEN.refuse("unit " + unit.code() + " has a transfer awaiting "
                                + "the new owner's prepayment", Map.of("transfer", open.id().toString()));
                    });
            PersonalData newOwner = t.newOwner();
            if (newOwner.emergencyMobile() == null || newOwner.birthday() == null) {
                throw EstateRefusals.NEW_OWNER_ARCHIVE_INCOMPLETE.refuse("the new owner fills the owner archive: the "
                        + "emergency mobile number and the birthday are mandatory (EST-04)");
            }
            Settlement s = settle(unit, t.transferDate(), t.dispositions(), t.creditAgreement());
            // EST-07: the old owner's later days are credited back from the transfer date: an earlier date than today is
            // the project manager's to approve
            if (t.transferDate().isBefore(store.estate(unit.estate()).day(useCases.now()))) {
                approvals.use(t.backdating(), EstateApprovals.BACKDATED_TRANSFER, unit.estate(), unitId.toString(),
                        t.transferDate().toString(), "transfer of unit " + unit.code() + " dated " + t.transferDate(), actor);
            }
            Instant now = useCases.now();
            TransferState stored = store.transfers().save(new TransferState(TransferId.newId(), unit.estate(), unitId,
                    TransferStage.AWAITING_PREPAYMENT, t.titleCertificate(), t.transferDate(), newOwner, t.safetyLetter(),
                    s.dispositions(), t.creditAgreement(), s.oldOwner().id(), null, s.credits(), s.refundDue(), s.carried(),
                    s.charges(), s.management(), s.required(), null, null, actor.id(), now, null, null, null, 0));
            useCases.audit(actor, unit.estate(), "ownership.transfer", "unit", unitId, unit.code() + " on " + t.transferDate()
                    + ", awaiting the prepayment");
            s.dispositions().forEach((obligation, disposition) -> useCases.audit(actor, unit.estate(),
                    "ownership.transfer-obligation", "unit", unitId, obligation + "=" + disposition));
            return view(stored);
        });
    }

    /**
     * EST-07: the cashier records the new owner's prepayment: at least the management fee (物管费) for the prepaid months,
     * less the old owner's credit carried to the new owner; then every line is posted and the archives switch.
     */
    @Override
    public TransferView recordPrepayment(TransferId id, Prepayment prepayment) {
        return useCases.run(() -> {
            TransferState state = awaiting(id);
            Actor actor = useCases.access().require(state.estate(), "transfer", id, "record the new owner's prepayment", CASHIER);
            UnitState unit = store.unit(state.unit());
            Settlement s = settle(unit, state.transferDate(), state.dispositions(), state.creditAgreement());
            if (!s.oldOwner().id().equals(state.previousOwner())) {
                throw EstateRefusals.OWNER_CHANGED.refuse("the unit's owner changed since the transfer was recorded",
                        Map.of("transfer", id.toString()));
            }
            if (prepayment.amount().compareTo(s.required()) < 0) {
                throw EstateRefusals.PREPAYMENT_TOO_SMALL.refuse("the new owner prepays at least "
                        + store.estate(unit.estate()).policy().prepaidMonths() + " months of the management fee"
                        + (s.carried().isZero() ? "" : ", less the credit carried to them") + ": " + s.required().toYuanString(),
                        Map.of("required", s.required().value(), "offered", prepayment.amount().value()));
            }
            Instant now = useCases.now();
            String reference = "transfer " + id;
            FeeAccount account = store.accountForUpdate(unit);
            List<FeeEntry> lines = new ArrayList<>();
            for (TransferCredit c : s.credits()) {
                FeeEntry charge = store.ledger().find(c.line()).orElseThrow();
                lines.add(account.credit(charge, c.amount(), c.from(), c.to(), reference + ": the old owner's days from the "
                        + "transfer date", actor, now));
            }
            if (!s.refundDue().isZero()) {
                lines.add(account.refundDue(s.refundDue(), reference + ": the old owner's credit, refunded (archive "
                        + s.oldOwner().id() + ")", actor, now));
            }
            for (PeriodFee f : s.charges()) {
                lines.add(account.charge(new PostFees.Charge(f.item(), f.amount(), f.from(), f.to(), reference), actor, now));
            }
            if (!prepayment.amount().isZero()) {
                lines.add(account.payment(new PostFees.Payment(prepayment.amount(), prepayment.receipt()), "TRANSFER-PREPAYMENT",
                        actor, now));
            }
            account.with(lines);
            store.ledger().append(lines);

            Archive old = new Archive(s.oldOwner());
            old.close(ArchiveStatus.TRANSFERRED, state.transferDate());
            store.archives().save(old.state());
            Archive fresh = Archive.owner(unit.estate(), unit.id(), state.newOwner(), state.transferDate());
            fresh.safetyLetterSigned(state.safetyLetter());
            store.archives().save(fresh.state());
            store.roster().put(List.of(new RosterEntry(unit.estate(), unit.id(), state.newOwner().name(),
                    state.newOwner().idNumber(), state.titleCertificate())));

            TransferState done = store.transfers().save(state.toBuilder().stage(TransferStage.COMPLETED)
                    .dispositions(s.dispositions()).previousOwner(s.oldOwner().id()).newOwnerArchive(fresh.state().id())
                    .credits(s.credits()).refundDue(s.refundDue()).creditCarried(s.carried()).charges(s.charges())
                    .managementDue(s.management()).prepaymentRequired(s.required()).prepaid(prepayment.amount())
                    .receipt(prepayment.receipt()).completedBy(actor.id()).completedAt(now).cancelReason(null).build());
            useCases.publish(new OwnershipTransferred(unit.estate(), unit.id(), s.oldOwner().id(), fresh.state().id(),
                    state.transferDate(), s.dispositions()));
            useCases.audit(actor, unit.estate(), "ownership.transfer-completed", "unit", unit.id(), unit.code() + " on "
                    + state.transferDate() + ", prepaid " + prepayment.amount());
            return view(done);
        });
    }

    @Override
    public TransferView cancel(TransferId id, String reason) {
        String why = io.steward.ports.shared.Texts.required(reason, "why the transfer is cancelled");
        return useCases.run(() -> {
            TransferState state = awaiting(id);
            Actor actor = useCases.access().require(state.estate(), "transfer", id, "cancel an ownership transfer", DESK);
            TransferState cancelled = store.transfers().save(state.toBuilder().stage(TransferStage.CANCELLED)
                    .newOwnerArchive(null).prepaid(null).receipt(null).completedBy(actor.id()).completedAt(useCases.now())
                    .cancelReason(why).build());
            useCases.audit(actor, state.estate(), "ownership.transfer-cancelled", "transfer", id, why);
            return view(cancelled);
        });
    }

    @Override
    public TransferView find(TransferId id) {
        return useCases.run(() -> {
            TransferState state = store.transfers().find(id).orElseThrow(() -> new NotFound("transfer", id));
            useCases.access().requireReader(state.estate(), state.unit().value(), "transfer", id);
            return view(state);
        });
    }

    @Override
    public List<TransferView> ofUnit(UnitId unitId) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            useCases.access().requireReader(unit.estate(), unitId.value(), "unit", unitId);
            return store.transfers().ofUnit(unitId).stream().map(this::view).toList();
        });
    }

    private TransferState awaiting(TransferId id) {
        TransferState state = store.transfers().find(id).orElseThrow(() -> new NotFound("transfer", id));
        if (state.stage() != TransferStage.AWAITING_PREPAYMENT) {
            throw EstateRefusals.TRANSFER_NOT_AWAITING_PREPAYMENT.refuse("the transfer is " + state.stage(),
                    Map.of("transfer", id.toString(), "stage", state.stage().name()));
        }
        return state;
    }

    /**
     * The conditions of EST-07 and what the transfer does to the money, as things stand: an owner, moved out, no
     * renovation open; a transfer date not in the future nor before they owned the unit; the meters read since it; the
     * old owner's charges for the days from it credited back and everything before it settled; every open obligation
     * with an explicit disposition; the new owner's charges for the prepaid months and what they pay at least now.
     */
    private Settlement settle(UnitState unit, LocalDate transferDate, Map<Obligation, Disposition> given, String creditAgreement) {
        Estate estate = store.estate(unit.estate());
        ArchiveState oldOwner = store.active(unit.id(), Party.OWNER).filter(a -> unit.occupancy() != Occupancy.NOT_TAKEN_OVER)
                .orElseThrow(() -> EstateRefusals.NO_OWNER_EST07.refuse("unit " + unit.code()
                        + " has no current owner: it was never handed over (EST-04)"));
        if (unit.occupancy() == Occupancy.OWNER_OCCUPIED || unit.occupancy() == Occupancy.OFFICE) {
            throw EstateRefusals.OLD_OWNER_MOVES_OUT_FIRST.refuse("the old owner still lives or works in unit " + unit.code()
                    + ": they move out first (EST-02), so that no status changes without its process",
                    Map.of("occupancy", unit.occupancy().name()));
        }
        if (unit.occupancy() == Occupancy.RENOVATING) {
            throw EstateRefusals.RENOVATION_OPEN.refuse("unit " + unit.code() + " is under renovation: the renovation is "
                    + "accepted and closed first", Map.of("occupancy", unit.occupancy().name()));
        }
        LocalDate today = estate.day(useCases.now());
        if (transferDate.isAfter(today) || (oldOwner.since() != null && transferDate.isBefore(oldOwner.since()))) {
            throw EstateRefusals.TRANSFER_DATE_OUT_OF_RANGE.refuse("the transfer date lies between the day the old owner "
                    + "took the unit over (" + oldOwner.since() + ") and today (" + today + ")",
                    Map.of("transferDate", transferDate.toString()));
        }
        meters.requireReadSince(estate, unit, transferDate, "EST-07");

        FeeAccount account = store.account(unit);
        List<TransferCredit> credits = credits(estate, unit, store.ledger().openCharges(unit.id(), transferDate), transferDate);
        long creditedBack = credits.stream().mapToLong(c -> c.amount().value()).sum();
        long balance = account.paid().value() - (account.charged().value() - creditedBack);
        if (balance < 0) {
            throw EstateRefusals.ARREARS_OUTSTANDING_EST07.refuse("the old owner owes " + Fen.of(-balance).toYuanString()
                    + " up to the transfer date; every charge up to it is settled first", Map.of("arrears", -balance));
        }
        Fen oldOwnersCredit = Fen.of(balance);
        Map<Obligation, Disposition> dispositions = dispositions(unit, oldOwnersCredit, given, creditAgreement);
        Disposition credit = dispositions.get(Obligation.FEE_CREDIT);
        Fen refund = credit == Disposition.SETTLED ? oldOwnersCredit : Fen.ZERO;
        Fen carried = credit == Disposition.MOVED_TO_NEW_OWNER ? oldOwnersCredit : Fen.ZERO;
        List<PeriodFee> charges = estate.prepayment(unit.kind(), unit.area(), transferDate);
        Fen management = estate.management(charges);
        return new Settlement(oldOwner, credits, oldOwnersCredit, dispositions, refund, carried, charges, management,
                management.excessOver(carried));
    }

    /**
     * EST-07: each of the old owner's periodic charges that covers days from the transfer date on gives back those days,
     * computed from the schedule (rounded once) and never more than was charged.
     */
    private static List<TransferCredit> credits(Estate estate, UnitState unit, List<FeeEntry> openCharges,
                                                LocalDate transferDate) {
        List<TransferCredit> credits = new ArrayList<>();
        for (FeeEntry charge : openCharges) {
            Optional<FeeItem> item = estate.item(charge.item()).filter(i -> !i.metered());
            if (item.isEmpty() || charge.periodFrom() == null || charge.periodTo() == null
                    || charge.periodTo().isBefore(transferDate)) {
                continue;
            }
            LocalDate from = charge.periodFrom().isAfter(transferDate) ? charge.periodFrom() : transferDate;
            Fen amount = item.get().forPeriod(unit.area(), from, charge.periodTo());
            amount = amount.exceeds(charge.amount()) ? charge.amount() : amount;
            if (!amount.isZero()) {
                credits.add(new TransferCredit(charge.id(), charge.item(), amount, from, charge.periodTo()));
            }
        }
        return credits;
    }

    /** The estate's own declarations and every other context's; a code declared twice is a wiring error. */
    private static Map<Obligation, OpenObligations.Declared> declarations(List<OpenObligations> elsewhere) {
        Map<Obligation, OpenObligations.Declared> all = new TreeMap<>();
        Stream.concat(OWN.stream(), elsewhere.stream().flatMap(c -> c.declared().stream())).forEach(d -> {
            if (all.putIfAbsent(d.obligation(), d) != null) {
                throw new IllegalStateException("the obligation " + d.obligation() + " is declared twice: each context "
                        + "declares its own codes (EST-07)");
            }
        });
        return Map.copyOf(all);
    }

    /** EST-07: every open obligation gets an explicit disposition; none is dropped silently. */
    private Map<Obligation, Disposition> dispositions(UnitState unit, Fen oldOwnersCredit, Map<Obligation, Disposition> given,
                                                      String creditAgreement) {
        List<String> unknown = given.keySet().stream().filter(o -> !declared.containsKey(o)).map(Obligation::code).sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw EstateRefusals.OBLIGATION_UNKNOWN.refuse("no context declares the obligation(s) " + unknown + "; the "
                    + "declared ones are " + declared.keySet(), Map.of("obligations", unknown));
        }
        Set<Obligation> open = new TreeSet<>();
        if (!oldOwnersCredit.isZero()) {
            open.add(Obligation.FEE_CREDIT);
        }
        if (store.active(unit.id(), Party.TENANT).isPresent()) {
            open.add(Obligation.ACTIVE_TENANCY);
        }
        boolean openDefects = store.handovers().ofUnit(unit.id()).stream()
                .flatMap(h -> h.defects().stream()).anyMatch(d -> d.status() != DefectStatus.CLOSED);
        if (openDefects) {
            open.add(Obligation.OPEN_HANDOVER_DEFECTS);
        }
        for (OpenObligations context : elsewhere) {
            for (Obligation o : context.of(unit.id())) {
                if (context.declared().stream().noneMatch(d -> d.obligation().equals(o))) {
                    throw new IllegalStateException(context + " reports the obligation " + o + " it did not declare");
                }
                open.add(o);
            }
        }
        Set<Obligation> undisposed = new TreeSet<>();
        Map<Obligation, Disposition> result = new TreeMap<>();
        for (Obligation o : open) {
            Disposition d = given.get(o);
            String settledOnlyBy = declared.get(o).settledOnlyBy();
            if (d == null) {
                undisposed.add(o);
            } else if (d == Disposition.SETTLED && settledOnlyBy != null) {
                throw EstateRefusals.OBLIGATION_CANNOT_BE_SETTLED_HERE.refuse(o + " cannot be marked settled at the "
                        + "transfer: " + settledOnlyBy, Map.of("obligation", o.code()));
            } else if (o.equals(Obligation.FEE_CREDIT) && d == Disposition.MOVED_TO_NEW_OWNER && creditAgreement == null) {
                throw EstateRefusals.CREDIT_AGREEMENT_REQUIRED.refuse("the old owner's credit of "
                        + oldOwnersCredit.toYuanString() + " is carried to the new owner only by their recorded agreement",
                        Map.of("credit", oldOwnersCredit.value()));
            } else {
                result.put(o, d);
            }
        }
        if (!undisposed.isEmpty()) {
            throw EstateRefusals.OBLIGATION_WITHOUT_DISPOSITION.refuse("open obligations of the old owner need an "
                    + "explicit disposition: " + undisposed, Map.of("obligations",
                    undisposed.stream().map(Obligation::code).toList()));
        }
        return result;
    }

    private TransferView view(TransferState s) {
        boolean plain = privacy.unmasked(s.estate(), s.unit(), "transfer", s.id());
        String name = plain ? s.newOwner().name() : PersonalData.maskName(s.newOwner().name());
        LocalDate prepaidThrough = s.charges().isEmpty() ? null : s.charges().get(0).to();
        return new TransferView(s.id(), s.unit(), s.stage(), s.titleCertificate(), s.transferDate(), name, s.previousOwner(),
                s.newOwnerArchive(), s.dispositions(), s.creditAgreement(), s.credits(), s.refundDue(), s.creditCarried(),
                s.charges(), s.managementDue(), s.prepaymentRequired(), s.prepaid(), prepaidThrough, s.receipt(),
                s.requestedBy(), s.requestedAt(), s.completedBy(), s.completedAt(), s.cancelReason(), s.version());
    }
}
