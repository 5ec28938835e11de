package io.steward.domain.renovation;

import io.steward.domain.deposits.DepositBook;
import io.steward.ports.deposits.DepositId;
import io.steward.ports.deposits.DepositView;
import io.steward.ports.estate.PersonalData;
import io.steward.ports.renovation.RenovationEvents;
import io.steward.ports.renovation.RenovationId;
import io.steward.ports.renovation.RenovationParty;
import io.steward.ports.renovation.RenovationRecords.Memo;
import io.steward.ports.renovation.RenovationRefusals;
import io.steward.ports.renovation.RenovationView;
import io.steward.ports.renovation.in.SettleRenovationDeposit;
import io.steward.ports.renovation.out.RenovationState;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Role;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DEP-04: the renovation deposit's refund. It is due 3 calendar months after the completion acceptance, a day in the
 * estate's time zone; the desk is told when the day comes (an event each, once); the refund waits for the neighbours'
 * check, the request (a contractor's with the owner's consent), the three-party sign-off and the project manager's
 * approval of the refundable amount — the deposit less its posted deductions, every hold posted or voided first — and
 * the cashier's memo itemises the deductions with their evidence.
 */
public final class RenovationRefunds implements SettleRenovationDeposit {
    /** DEP-04: 自竣工验收之日起3个月以后. */
    public static final int MONTHS_AFTER_ACCEPTANCE = 3;
    static final Set<Role> DESK = EnumSet.of(Role.FRONT_DESK, Role.ENGINEER, Role.PROJECT_MANAGER);
    /** The project centre's sign-off: its head or the customer-service staff authorised for it. */
    static final Set<Role> PROJECT_CENTRE = EnumSet.of(Role.FRONT_DESK, Role.PROJECT_MANAGER, Role.PROJECT_GM);

    private final RenovationSupport support;
    private final DepositBook deposits;
    private final DepositRefund refunds;

    RenovationRefunds(RenovationSupport support, DepositBook deposits, DepositRefund refunds) {
        this.support = support;
        this.deposits = deposits;
        this.refunds = refunds;
    }

    @Override
    public List<RefundDue> refundsDue(EstateId estate, YearMonth month) {
        if (month == null) {
            throw new io.steward.ports.shared.InvalidInput("name the month (yyyy-MM)");
        }
        return support.useCases.run(() -> {
            support.useCases.access().require(estate, "estate", estate, "list the refunds due", DESK_AND_TILL);
            return listed(estate, support.store.renovations().refundsDue(estate, month.atEndOfMonth()));
        });
    }

    private static final Set<Role> DESK_AND_TILL = EnumSet.of(Role.FRONT_DESK, Role.ENGINEER, Role.PROJECT_MANAGER,
            Role.PROJECT_GM, Role.CASHIER);

    @Override
    public List<RefundDue> notifyRefundsDue(EstateId estate) {
        return support.useCases.run(() -> {
            Actor actor = support.useCases.access().require(estate, "estate", estate, "tell the refunds due", DESK_AND_TILL);
            List<RenovationState> told = new ArrayList<>();
            for (RenovationState r : support.store.renovations().refundsDue(estate, support.today(estate))) {
                if (r.settlement().notifiedAt() != null) {
                    continue;
                }
                Renovation x = new Renovation(r);
                x.notified(actor.id(), support.useCases.now());
                RenovationState stored = support.store.renovations().save(x.state());
                support.useCases.audit(actor, estate, "renovation.refund-due", "renovation", r.id(), "due on "
                        + r.completion().refundDueOn());
                support.useCases.publish(new RenovationEvents.RefundDue(estate, r.unit(), r.id(),
                        stored.fees() == null ? null : stored.fees().deposit(), r.completion().refundDueOn()));
                told.add(stored);
            }
            return listed(estate, told);
        });
    }


    /**
     * The refunds due as a list shows them: what each deposit holds, read for the whole list at once, and whom to tell,
     * masked (EST-08: a list shows no personal data; open the renovation, with the grant, to read the phone).
     */
    private List<RefundDue> listed(EstateId estate, List<RenovationState> due) {
        Map<DepositId, DepositView> deposits = deposits(estate, due);
        return due.stream().map(r -> {
            DepositView d = r.fees() == null || r.fees().deposit() == null ? null : deposits.get(r.fees().deposit());
            // the holder as the deposit names them (masked by the list), else the applicant
            String name = d == null ? PersonalData.maskName(r.application().applicantName()) : d.holderName();
            String phone = d == null ? RenovationSupport.phone(r.application().applicantPhone()) : d.holderPhone();
            return new RefundDue(r.id(), r.estate(), r.unit(), r.completion().acceptedOn(), r.completion().refundDueOn(),
                    d == null ? null : d.id(), d == null ? Fen.ZERO : d.held(), d == null ? Fen.ZERO : d.withheld(),
                    name, phone, r.settlement().notifiedAt());
        }).toList();
    }

    private Map<DepositId, DepositView> deposits(EstateId estate, List<RenovationState> renovations) {
        List<DepositId> ids = renovations.stream().filter(r -> r.fees() != null && r.fees().deposit() != null)
                .map(r -> r.fees().deposit()).toList();
        return ids.isEmpty() ? Map.of() : deposits.listed(estate, ids);
    }

    @Override
    public RenovationView checkNeighbours(RenovationId id, NeighbourCheck c) {
        return support.step(id, "check for harm to neighbours", DESK, "neighbours", (r, before, by, at) ->
                r.checkNeighbours(c.harmed(), c.findings(), c.remedy(), support.today(before.estate()), by, at));
    }

    @Override
    public RenovationView requestRefund(RenovationId id, RefundRequest request) {
        return support.step(id, "record a refund request", RenovationDesk.DESK, "refund-request",
                (r, before, by, at) -> r.requestRefund(request, support.today(before.estate()), by, at));
    }

    @Override
    public RenovationView signOff(RenovationId id, SignOff s) {
        boolean centre = s.party() == RenovationParty.PROJECT_CENTRE;
        return support.step(id, centre ? "sign off the refund for the project centre" : "record a sign-off of the refund",
                centre ? PROJECT_CENTRE : RenovationDesk.DESK, "sign-off", (r, before, by, at) -> {
                    if (!centre && s.signerName() == null) {
                        throw new io.steward.ports.shared.InvalidInput("the " + s.party() + "'s signer's name");
                    }
                    // the project centre signs as the person who acts, never as a name typed in
                    r.signOff(s.party(), centre ? by : s.signerName(), by, at);
                });
    }

    @Override
    public RenovationView refund(RenovationId id, Refund refund) {
        return support.useCases.run(() -> {
            RenovationState r = support.find(id);
            Actor actor = support.useCases.access().require(r.estate(), "renovation", id, "refund a renovation deposit",
                    RenovationDesk.TILL);
            Memo done = r.settlement().memo();
            if (done != null && refund.posting().equals(done.posting())) {
                return support.view(r); // the same refund again
            }
            new Renovation(r).requireRefundable(support.today(r.estate()));
            DepositId depositId = r.fees() == null ? null : r.fees().deposit();
            var now = support.useCases.now();
            DepositView before = depositId == null ? null : refunds.deposit(depositId);
            if (before != null) {
                // DEP-03 / DEP-04: the unit's unpaid fees and utilities are deducted (or paid at the till) before the refund
                Fen owed = support.store.estate().lockedFeeArrears(r.unit());
                if (!owed.isZero() && !before.available().isZero()) {
                    throw RenovationRefusals.FEES_NOT_DEDUCTED.refuse("the unit owes " + owed.toYuanString() + " of fees"
                            + " and utilities: deduct them from the deposit (naming the unpaid charges) or have them paid"
                            + " first", Map.of("owed", owed.value()));
                }
                if (!before.withheld().isZero()) {
                    throw RenovationRefusals.REFUNDABLE_CHANGED.refuse("deductions of " + before.withheld().toYuanString()
                            + " are still held: post or void them, then have the refund approved for what is left",
                            Map.of("withheld", before.withheld().value()));
                }
            }
            Memo memo = refunds.pay(r, before, refund.approval(), refund.posting(), refund.memo(),
                    "refund the renovation deposit", actor, now);
            return support.act(r, actor, "settle", x -> x.settled(memo, actor.id(), now));
        });
    }
}
