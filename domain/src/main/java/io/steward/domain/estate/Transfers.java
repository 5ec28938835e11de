package io.steward.domain.estate;

import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.ArchiveStatus;
import io.steward.ports.estate.DefectStatus;
import io.steward.ports.estate.Disposition;
import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.OccupancyCause;
import io.steward.ports.estate.OccupancyChanged;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.estate.Party;
import io.steward.ports.estate.TransferView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.in.TransferOwnership;
import io.steward.ports.estate.out.ArchiveState;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.OccupancyChange;
import io.steward.ports.estate.out.OpenObligations;
import io.steward.ports.estate.out.RosterEntry;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** EST-07 转让: a unit changes owner, with every open obligation of the old owner dealt with explicitly. */
public final class Transfers implements TransferOwnership {
    private static final Set<Role> DESK = Set.of(Role.FRONT_DESK, Role.PROJECT_MANAGER);
    /**
     * Obligations that cannot be "settled" by a word at the desk, with what settles them: the tenant moves out first,
     * a credit is refunded first, the old owner collects their entrusted keys first.
     */
    private static final Map<Obligation, String> ONLY_MOVED = Map.of(
            Obligation.ACTIVE_TENANCY, "the tenant moves out first (EST-06)",
            Obligation.FEE_CREDIT, "refund the credit first, or move it to the new owner",
            Obligation.ENTRUSTED_KEYS, "the old owner collects the keys they entrusted first (KEY-05), or the entrustment "
                    + "moves to the new owner");

    private final UseCases useCases;
    private final EstateStore store;
    private final List<OpenObligations> elsewhere;

    /** @param elsewhere what the other contexts say the owner still has open with them (keys, deposits …) */
    public Transfers(UseCases useCases, EstateStore store, List<OpenObligations> elsewhere) {
        this.useCases = useCases;
        this.store = store;
        this.elsewhere = List.copyOf(elsewhere);
    }

    @Override
    public TransferView transfer(UnitId unitId, Transfer t) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, "record an ownership transfer", DESK);
            Estate estate = store.estate(unit.estate());
            ArchiveState oldOwner = store.active(unit.id(), Party.OWNER).filter(a -> unit.occupancy() != Occupancy.NOT_TAKEN_OVER)
                    .orElseThrow(() -> new Refusal("EST-07", "no-owner", "unit " + unit.code()
                            + " has no current owner: it was never handed over (EST-04)"));
            FeeAccount account = store.account(unit);
            if (!account.arrears().isZero()) {
                throw new Refusal("EST-07", "arrears-outstanding", "the old owner owes " + account.arrears().toYuanString()
                        + "; every charge up to the transfer date is settled first", Map.of("arrears", account.arrears().value()));
            }
            List<Estate.PrepaidFee> fees = estate.prepayment(unit.kind(), unit.area(), t.transferDate());
            Fen due = Estate.total(fees);
            if (t.prepayment().compareTo(due) < 0) {
                throw new Refusal("EST-07", "prepayment-too-small", "the new owner prepays at least "
                        + estate.state().policy().prepaidMonths() + " months: " + due.toYuanString(),
                        Map.of("required", due.value(), "offered", t.prepayment().value()));
            }
            Map<Obligation, Disposition> dispositions = dispositions(unit, account, t.dispositions());

            Instant now = useCases.now();
            Archive old = new Archive(oldOwner);
            old.close(ArchiveStatus.TRANSFERRED, t.transferDate());
            store.archives().save(old.state());
            Archive fresh = Archive.owner(unit.estate(), unit.id(), t.newOwner(), t.transferDate());
            fresh.safetyLetterSigned(t.safetyLetter());
            store.archives().save(fresh.state());
            store.roster().put(List.of(new RosterEntry(unit.estate(), unit.id(), t.newOwner().name(), t.newOwner().idNumber(),
                    t.titleCertificate())));

            List<FeeEntry> lines = new ArrayList<>();
            for (Estate.PrepaidFee f : fees) {
                lines.add(account.charge(new PostFees.Charge(f.item(), f.amount(), f.from(), f.to(), "transfer " + t.titleCertificate()),
                        actor, now));
            }
            lines.add(account.payment(new PostFees.Payment(t.prepayment(), t.receipt()), "TRANSFER-PREPAYMENT", actor, now));
            store.ledger().append(lines);

            Occupancy after = dispositions.containsKey(Obligation.ACTIVE_TENANCY) ? Occupancy.TENANT_OCCUPIED : Occupancy.VACANT;
            if (unit.occupancy() != after) {
                Unit u = new Unit(unit);
                OccupancyChange change = u.changeOccupancy(after, OccupancyCause.TRANSFER, "title " + t.titleCertificate(), actor, now);
                store.units().save(u.state());
                store.history().append(List.of(change));
                useCases.publish(new OccupancyChanged(unit.estate(), unit.id(), unit.code(), change.from(), after,
                        OccupancyCause.TRANSFER, now));
            }
            useCases.publish(new OwnershipTransferred(unit.estate(), unit.id(), oldOwner.id(), fresh.state().id(),
                    t.transferDate(), dispositions));
            useCases.audit(actor, unit.estate(), "ownership.transfer", "unit", unit.id(), unit.code() + " on " + t.transferDate());
            dispositions.forEach((obligation, disposition) -> useCases.audit(actor, unit.estate(), "ownership.transfer-obligation",
                    "unit", unit.id(), obligation + "=" + disposition));
            return new TransferView(unit.id(), oldOwner.id(), fresh.state().id(), t.transferDate(), t.prepayment(),
                    fees.isEmpty() ? t.transferDate() : fees.get(0).to(), dispositions);
        });
    }

    /** EST-07: every open obligation gets an explicit disposition; none is dropped silently. */
    private Map<Obligation, Disposition> dispositions(UnitState unit, FeeAccount account, Map<Obligation, Disposition> given) {
        Set<Obligation> open = EnumSet.noneOf(Obligation.class);
        if (!account.credit().isZero()) {
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
        elsewhere.forEach(context -> open.addAll(context.of(unit.id())));
        Set<Obligation> undisposed = EnumSet.noneOf(Obligation.class);
        Map<Obligation, Disposition> result = new EnumMap<>(Obligation.class);
        for (Obligation o : open) {
            Disposition d = given.get(o);
            if (d == null) {
                undisposed.add(o);
            } else if (d == Disposition.SETTLED && ONLY_MOVED.containsKey(o)) {
                throw new Refusal("EST-07", "obligation-cannot-be-settled-here", o + " cannot be marked settled at the "
                        + "transfer: " + ONLY_MOVED.get(o), Map.of("obligation", o.name()));
            } else {
                result.put(o, d);
            }
        }
        if (!undisposed.isEmpty()) {
            throw new Refusal("EST-07", "obligation-without-disposition", "open obligations of the old owner need an "
                    + "explicit disposition: " + undisposed, Map.of("obligations", undisposed.stream().map(Enum::name).toList()));
        }
        return result;
    }
}
