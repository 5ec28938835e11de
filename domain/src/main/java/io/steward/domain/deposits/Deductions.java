package io.steward.domain.deposits;

import io.steward.domain.shared.Approvals;
import io.steward.ports.deposits.AccountRef;
import io.steward.ports.deposits.DeductionKind;
import io.steward.ports.deposits.DepositApprovals;
import io.steward.ports.deposits.DepositPurpose;
import io.steward.ports.deposits.DepositRefusals;
import io.steward.ports.deposits.in.KeepDeposits.HoldDeduction;
import io.steward.ports.deposits.out.DepositState;
import io.steward.ports.deposits.out.Posting;
import io.steward.ports.estate.DepositPolicy;
import io.steward.ports.estate.FeeCategory;
import io.steward.ports.estate.in.UnitDirectory.OpenCharge;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.Fen;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * DEP-03, as a named policy: a deposit is deducted only for a violation penalty the project manager approved (REN-09,
 * where the estate's policy allows penalties), or for the unit's unpaid fees or utilities, naming the unpaid charge and
 * never more than is unpaid — of the charge (less what other deductions already took for it) and of the unit's
 * arrears (less what deductions still held will pay).
 */
final class Deductions {
    /** What a deduction rests on: the account it pays and its evidence as a reference. */
    record Grounds(AccountRef credited, String reference) {
    }

    private final DepositStore store;
    private final Approvals approvals;

    Deductions(DepositStore store, Approvals approvals) {
        this.store = store;
        this.approvals = approvals;
    }

    Grounds check(DepositState deposit, HoldDeduction d, Actor actor) {
        if (deposit.purpose() != DepositPurpose.RENOVATION) {
            throw DepositRefusals.DEDUCTION_ONLY_FROM_RENOVATION_DEPOSIT.refuse("deductions are made from a renovation"
                    + " deposit at its refund (DEP-03, DEP-04); a " + deposit.purpose() + " deposit is refunded whole",
                    Map.of("purpose", deposit.purpose().name()));
        }
        return d.kind() == DeductionKind.PENALTY ? penalty(deposit, d, actor) : unpaid(deposit, d);
    }

    /**
     * A held deduction of the unit's fees or utilities, about to be posted: its charge must still stand and the unit
     * still owe it — the owner may have paid at the counter, or the charge been reversed, since it was held. Otherwise
     * the cashier voids the hold.
     */
    void recheckBeforePosting(DepositState deposit, Posting hold) {
        DeductionKind kind = DeductionKind.of(hold.code());
        if (kind == null || kind == DeductionKind.PENALTY) {
            return;
        }
        Fen arrears = store.estate().lockedFeeArrears(deposit.unit());
        UUID charge = hold.charge();
        if (store.estate().openCharge(charge).filter(c -> c.unit().equals(deposit.unit())).isEmpty()) {
            throw DepositRefusals.NOT_AN_OPEN_CHARGE.refuse("charge " + charge + " no longer stands (reversed or credited)"
                    + " since the deduction was held: void the hold", Map.of("charge", charge.toString()));
        }
        Fen othersHeld = claims(deposit, hold.reference()).held().excessOver(hold.amount());
        Fen left = arrears.excessOver(othersHeld);
        if (hold.amount().exceeds(left)) {
            throw DepositRefusals.MORE_THAN_UNPAID.refuse("the unit owes " + left.toYuanString() + " now, less than the "
                    + hold.amount().toYuanString() + " held (paid meanwhile?): void the hold", Map.of("amount",
                    hold.amount().value(), "left", left.value()));
        }
    }

    private Grounds penalty(DepositState deposit, HoldDeduction d, Actor actor) {
        DepositPolicy rules = store.estate().policy(deposit.estate()).orElseThrow().deposits();
        if (!rules.penalties()) {
            throw DepositRefusals.PENALTIES_NOT_ALLOWED.refuse("the estate's policy charges no penalties (local rules"
                    + " forbid them)", Map.of("estate", deposit.estate().toString()));
        }
        approvals.use(d.approval(), DepositApprovals.PENALTY, deposit.estate(), deposit.id().toString(),
                String.valueOf(d.amount().value()), "deduct the penalty from the deposit", actor);
        return new Grounds(AccountRef.penalties(deposit.estate()), Posting.approvalReference(d.approval()));
    }

    private Grounds unpaid(DepositState deposit, HoldDeduction d) {
        if (d.charge() == null) {
            throw DepositRefusals.DEDUCTION_WITHOUT_EVIDENCE.refuse("a deduction for unpaid " + what(d.kind())
                    + " names the unpaid charge on the unit's fee account", Map.of("kind", d.kind().name()));
        }
        OpenCharge charge = store.estate().openCharge(d.charge())
                .filter(c -> c.unit().equals(deposit.unit()))
                .orElseThrow(() -> DepositRefusals.NOT_AN_OPEN_CHARGE.refuse("line " + d.charge() + " is not a standing"
                        + " charge of the deposit's unit", Map.of("charge", d.charge().toString())));
        boolean utility = charge.category() == FeeCategory.UTILITY;
        if (utility != (d.kind() == DeductionKind.UNPAID_UTILITIES)) {
            throw DepositRefusals.NOT_AN_OPEN_CHARGE.refuse("charge " + d.charge() + " (" + charge.item() + ") is "
                    + (utility ? "a utility" : "a fee") + ", not " + what(d.kind()),
                    Map.of("charge", d.charge().toString(), "category", charge.category().name()));
        }
        String reference = Posting.chargeReference(d.charge());
        Fen arrears = store.estate().lockedFeeArrears(deposit.unit()); // first: deductions of the unit queue here
        Claims claims = claims(deposit, reference);
        Fen leftOfCharge = charge.amount().excessOver(claims.ofCharge);
        if (d.amount().exceeds(leftOfCharge)) {
            throw DepositRefusals.MORE_THAN_UNPAID.refuse("charge " + charge.item() + " of " + charge.amount().toYuanString()
                    + " has " + leftOfCharge.toYuanString() + " left to deduct", Map.of("charge", d.charge().toString(),
                    "amount", d.amount().value(), "left", leftOfCharge.value()));
        }
        Fen leftOfArrears = arrears.excessOver(claims.held);
        if (d.amount().exceeds(leftOfArrears)) {
            throw DepositRefusals.MORE_THAN_UNPAID.refuse("the unit owes " + leftOfArrears.toYuanString()
                    + " beyond the deductions already held for it", Map.of("amount", d.amount().value(),
                    "left", leftOfArrears.value()));
        }
        return new Grounds(AccountRef.ofUnit(d.kind().credited(), deposit.estate(), deposit.unit()), reference);
    }

    /** What deductions of the unit's deposits claim: of this charge (held or posted), and held for any fee. */
    private record Claims(Fen ofCharge, Fen held) {
    }

    /**
     * The charge's claims summed by the store ({@link io.steward.ports.deposits.out.Ledger#claimedOf}), and what the
     * fee holds still open on any of the unit's deposits claim — the pending credits of the unit's fee and utility
     * accounts, which only those holds move: two balances read, however many holds the unit's deposits have had.
     */
    private Claims claims(DepositState deposit, String reference) {
        List<AccountRef> accounts = new java.util.ArrayList<>();
        for (DeductionKind k : DeductionKind.values()) {
            if (k != DeductionKind.PENALTY) {
                accounts.add(AccountRef.ofUnit(k.credited(), deposit.estate(), deposit.unit()));
            }
        }
        long held = 0;
        for (var balance : store.ledger().balances(accounts).values()) {
            held = Math.addExact(held, balance.creditsPending());
        }
        return new Claims(store.ledger().claimedOf(reference), Fen.of(held));
    }

    private static String what(DeductionKind kind) {
        return kind == DeductionKind.UNPAID_UTILITIES ? "utilities" : "fees";
    }
}
