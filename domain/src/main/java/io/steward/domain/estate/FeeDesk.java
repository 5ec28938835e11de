package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import java.util.Map;
import io.steward.ports.shared.Fen;
import io.steward.ports.estate.Occupancy;
import io.steward.ports.estate.FeeItem;
import io.steward.domain.shared.Approvals;
import io.steward.domain.shared.UseCases;
import io.steward.ports.estate.EstateApprovals;
import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.UnitState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/** The cashier's side of a unit's fee account (DEP-02, DEP-06). */
public final class FeeDesk implements PostFees {
    private static final Set<Role> CASHIER = Set.of(Role.CASHIER);
    private static final Set<Role> READERS = Set.of(Role.CASHIER, Role.FRONT_DESK, Role.ENGINEER);

    private final UseCases useCases;
    private final EstateStore store;
    private final Approvals approvals;
    private final Meters meters;

    public FeeDesk(UseCases useCases, EstateStore store, Approvals approvals) {
        this.useCases = useCases;
        this.store = store;
        this.approvals = approvals;
        this.meters = new Meters(store);
    }

    /**
     * DEP-02: a fee of the schedule is charged at the amount the schedule gives for the period, computed here, never
     * typed; a metered fee only by reading its meter; anything else (a paid repair, a fine) at the amount given.
     */
    @Override
    public FeeAccountView charge(UnitId unitId, Charge charge) {
        return post(unitId, CASHIER, "fees.charge", (account, actor) -> {
            UnitState unit = store.unit(unitId);
            takenOver(unit);
            store.estate(unit.estate()).item(charge.item()).ifPresent(item -> fromTheSchedule(item, unit, charge));
            return List.of(account.charge(charge, actor, useCases.now()));
        });
    }

    private static void fromTheSchedule(FeeItem item, UnitState unit, Charge charge) {
        if (item.metered()) {
            throw EstateRefusals.METERED_FEE_BY_READING.refuse(item.code() + " is billed by reading its meter "
                    + "(POST …/meter-readings), not charged by hand", Map.of("item", item.code()));
        }
        if (!item.appliesTo(unit.kind())) {
            throw EstateRefusals.FEE_NOT_FOR_THIS_UNIT.refuse(item.code() + " is not charged to a " + unit.kind(),
                    Map.of("item", item.code()));
        }
        if (charge.periodFrom() == null || charge.periodTo() == null) {
            throw EstateRefusals.PERIOD_REQUIRED.refuse(item.code() + " is charged for a period: give its first and last day",
                    Map.of("item", item.code()));
        }
        Fen due = item.forPeriod(unit.area(), charge.periodFrom(), charge.periodTo());
        if (!due.equals(charge.amount())) {
            throw EstateRefusals.AMOUNT_NOT_FROM_SCHEDULE.refuse(item.code() + " for " + charge.periodFrom() + " … "
                    + charge.periodTo() + " is " + due.toYuanString() + " by the schedule", Map.of("item", item.code(),
                    "amount", due.value()));
        }
    }

    /** EST-04: a unit never taken over carries no charge and takes no payment (the handover posts its own). */
    private static void takenOver(UnitState unit) {
        if (unit.occupancy() == Occupancy.NOT_TAKEN_OVER) {
            throw EstateRefusals.UNIT_NOT_TAKEN_OVER.refuse("unit " + unit.code() + " was not taken over: it carries no "
                    + "charge; the handover posts the owner's first fees", Map.of("unit", unit.code()));
        }
    }

    @Override
    public FeeAccountView pay(UnitId unit, Payment payment) {
        return post(unit, CASHIER, "fees.pay", (account, actor) -> {
            takenOver(store.unit(unit));
            return List.of(account.payment(payment, "PAYMENT", actor, useCases.now()));
        });
    }

    /** DEP-02: the consumption is billed at the published rate, computed by the system. */
    @Override
    public FeeAccountView readMeters(UnitId unitId, MeterRound round) {
        return post(unitId, READERS, "fees.read-meters", (account, actor) -> {
            UnitState unit = store.unit(unitId);
            takenOver(unit);
            return meters.read(store.estate(unit.estate()), unit, account, round.readings(),
                    round.reference() == null ? "meter round" : round.reference(), actor, useCases.now());
        });
    }

    /**
     * DEP-06: a reversal is a correction, never a way out of arrears: it gives its reason and uses the project manager's
     * approval of reversing this very line.
     */
    @Override
    public FeeAccountView reverse(UnitId unit, UUID line, Reversal reversal) {
        return post(unit, CASHIER, "fees.reverse", (account, actor) -> {
            FeeEntry entry = account.reverse(line, store.ledger().find(line).orElse(null), store.ledger().concerned(line),
                    reversal.reason(), actor, useCases.now());
            approvals.use(reversal.approval(), EstateApprovals.FEE_REVERSAL, store.unit(unit).estate(), line.toString(), null,
                    "reversal of fee line " + line, actor);
            return List.of(entry);
        });
    }

    @Override
    public FeeAccountView payRefund(UnitId unit, UUID refundDue, String receipt) {
        String theReceipt = io.steward.ports.shared.Texts.required(receipt, "the receipt of the refund");
        return post(unit, CASHIER, "fees.pay-refund", (account, actor) -> List.of(account.refundPaid(refundDue,
                store.ledger().find(refundDue).orElse(null), store.ledger().concerned(refundDue), theReceipt, actor,
                useCases.now())));
    }

    private FeeAccountView post(UnitId unitId, Set<Role> roles, String action, BiFunction<FeeAccount, Actor, List<FeeEntry>> lines) {
        return useCases.run(() -> {
            UnitState unit = store.unit(unitId);
            Actor actor = useCases.access().require(unit.estate(), "unit", unitId, action, roles);
            FeeAccount account = store.accountForUpdate(unit);
            List<FeeEntry> entries = lines.apply(account, actor);
            FeeAccount after = account.with(entries);
            store.ledger().append(entries);
            for (FeeEntry e : entries) {
                useCases.audit(actor, unit.estate(), action, "unit", unitId, e.kind() + " " + e.amount() + " " + e.item());
            }
            if (entries.isEmpty()) {
                useCases.audit(actor, unit.estate(), action, "unit", unitId, "nothing to post");
            }
            return store.view(unit, after);
        });
    }
}
