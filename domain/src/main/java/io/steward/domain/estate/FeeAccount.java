package io.steward.domain.estate;

import io.steward.ports.estate.EstateRefusals;
import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.FeeLine;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.estate.out.FeeTotals;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit's fee account (DEP-06): immutable lines, and totals kept as they are appended, exactly. Charges less their
 * reversals and credits; payments less their reversals and the refunds owed back; arrears and credit are the
 * difference. A line that concerns another (a reversal, a credit, a refund paid) names it, and a line is concerned at
 * most once. Every total stays within {@link Fen#MAX}: a line that would take one beyond it is refused, so no account
 * becomes unreadable.
 *
 * <p>The account is its totals: a write checks them and the lines it concerns, never the whole history, so what it
 * costs does not grow with the account (the ledger keeps the totals; see {@code FeeLedger}).
 */
public final class FeeAccount {
    private final EstateId estate;
    private final UnitId unit;
    private final FeeTotals totals;

    public FeeAccount(EstateId estate, UnitId unit, FeeTotals totals) {
        this.estate = estate;
        this.unit = unit;
        this.totals = totals;
    }

    private long sum(FeeEntryKind kind) {
        return totals.sum(kind);
    }

    private long charges() {
        return sum(FeeEntryKind.CHARGE) - sum(FeeEntryKind.CHARGE_REVERSAL) - sum(FeeEntryKind.CREDIT);
    }

    private long payments() {
        return sum(FeeEntryKind.PAYMENT) - sum(FeeEntryKind.PAYMENT_REVERSAL) - sum(FeeEntryKind.REFUND_DUE);
    }

    public Fen charged() {
        return Fen.of(charges());
    }

    public Fen paid() {
        return Fen.of(payments());
    }

    /** What is owed and not paid. */
    public Fen arrears() {
        return Fen.of(Math.max(0, charges() - payments()));
    }

    /** What was paid beyond the charges. */
    public Fen credit() {
        return Fen.of(Math.max(0, payments() - charges()));
    }

    /**
     * EST-02/06/09: refuses while anything is owed — every charge up to {@code what} is settled first.
     *
     * @param unitCode the unit, for the message
     */
    public void requireSettled(String rule, String unitCode, String what) {
        Fen arrears = arrears();
        if (!arrears.isZero()) {
            throw EstateRefusals.ARREARS_OUTSTANDING_GIVEN.refuseFor(rule,  "unit " + unitCode + " owes " + arrears.toYuanString()
                    + "; every charge up to " + what + " is settled first", Map.of("arrears", arrears.value()));
        }
    }

    /** Refunds owed to payers and not yet paid out. */
    public Fen refundsDue() {
        return Fen.of(sum(FeeEntryKind.REFUND_DUE) - sum(FeeEntryKind.REFUND_PAID));
    }

    /**
     * The account with {@code added} appended: refused when a total would leave the range of money (DEP-06) or go
     * negative, so the ledger only ever holds lines that keep the account readable.
     */
    public FeeAccount with(List<FeeEntry> added) {
        try {
            FeeAccount next = new FeeAccount(estate, unit, totals.plus(added));
            for (FeeEntryKind kind : FeeEntryKind.values()) {
                if (next.sum(kind) > Fen.MAX) {
                    throw new ArithmeticException(kind + " out of range");
                }
            }
            if (next.charges() < 0 || next.payments() < 0
                    || next.sum(FeeEntryKind.REFUND_DUE) < next.sum(FeeEntryKind.REFUND_PAID)) {
                throw new ArithmeticException("below nothing");
            }
            return next;
        } catch (ArithmeticException e) {
            throw EstateRefusals.ACCOUNT_TOTAL_OUT_OF_RANGE.refuse("the account of the unit would total more than "
                    + Fen.MAX + " fen, or less than nothing", Map.of("unit", unit.toString()));
        }
    }

    public FeeEntry charge(PostFees.Charge c, Actor actor, Instant at) {
        return line(FeeEntryKind.CHARGE, c.item(), c.amount(), c.periodFrom(), c.periodTo(), null, c.reference(), actor, at);
    }

    public FeeEntry payment(PostFees.Payment p, String item, Actor actor, Instant at) {
        return line(FeeEntryKind.PAYMENT, item, p.amount(), null, null, null, p.receipt(), actor, at);
    }

    /** EST-07: the part of a charge for the days from {@code from} to {@code to}, given back. */
    public FeeEntry credit(FeeEntry charge, Fen amount, LocalDate from, LocalDate to, String reference, Actor actor, Instant at) {
        return line(FeeEntryKind.CREDIT, charge.item(), amount, from, to, charge.id(), reference, actor, at);
    }

    /** Money of the account owed back to a payer; {@code reference} says who and why (never their name). */
    public FeeEntry refundDue(Fen amount, String reference, Actor actor, Instant at) {
        return line(FeeEntryKind.REFUND_DUE, "REFUND", amount, null, null, null, reference, actor, at);
    }

    /**
     * The cashier pays out a refund owed, once.
     *
     * @param due        the account's line {@code id} names, if there is one
     * @param paidAlready whether a line pays it out already
     */
    public FeeEntry refundPaid(UUID id, FeeEntry due, boolean paidAlready, String receipt, Actor actor, Instant at) {
        if (due == null || due.kind() != FeeEntryKind.REFUND_DUE || !due.unit().equals(unit)) {
            throw EstateRefusals.NO_SUCH_REFUND.refuse("the account owes no refund " + id, Map.of("line", id.toString()));
        }
        if (paidAlready) {
            throw EstateRefusals.REFUND_PAID_ALREADY.refuse("refund " + id + " was paid out already",
                    Map.of("line", id.toString()));
        }
        return line(FeeEntryKind.REFUND_PAID, due.item(), due.amount(), null, null, due.id(), receipt, actor, at);
    }

    /**
     * DEP-06: a mistaken charge or payment is reversed by a new line, at most once; nothing else is reversed.
     *
     * @param line      the account's line {@code id} names, if there is one
     * @param concerned whether a line reverses or credits it already
     */
    public FeeEntry reverse(UUID id, FeeEntry line, boolean concerned, String reason, Actor actor, Instant at) {
        if (line == null || !line.unit().equals(unit)) {
            throw EstateRefusals.NO_SUCH_FEE_LINE.refuse("the account has no line " + id, Map.of("line", id.toString()));
        }
        if (line.kind() != FeeEntryKind.CHARGE && line.kind() != FeeEntryKind.PAYMENT) {
            throw EstateRefusals.LINE_NOT_REVERSIBLE.refuse("only a charge or a payment is reversed; this line is a "
                    + line.kind(), Map.of("line", id.toString(), "kind", line.kind().name()));
        }
        if (concerned) {
            throw EstateRefusals.LINE_ALREADY_REVERSED.refuse("line " + id + " was reversed or credited already",
                    Map.of("line", id.toString()));
        }
        FeeEntryKind kind = line.kind() == FeeEntryKind.CHARGE ? FeeEntryKind.CHARGE_REVERSAL : FeeEntryKind.PAYMENT_REVERSAL;
        return line(kind, line.item(), line.amount(), line.periodFrom(), line.periodTo(), line.id(),
                Objects.requireNonNullElse(reason, ""), actor, at);
    }

    private FeeEntry line(FeeEntryKind kind, String item, Fen amount, LocalDate from, LocalDate to, UUID reverses,
                          String reference, Actor actor, Instant at) {
        return new FeeEntry(UUID.randomUUID(), estate, unit, kind, item, amount, from, to, reverses, reference, actor.id(), at);
    }

    /** The account as a caller sees it: its totals and {@code recent}, its latest lines. */
    public FeeAccountView view(List<FeeEntry> recent) {
        return new FeeAccountView(unit, charged(), paid(), arrears(), credit(), refundsDue(),
                recent.stream().map(FeeAccount::line).toList(), totals.lines());
    }

    static FeeLine line(FeeEntry l) {
        return new FeeLine(l.id(), l.kind(), l.item(), l.amount(), l.periodFrom(), l.periodTo(), l.reverses(), l.reference(),
                l.actor(), l.at());
    }
}
