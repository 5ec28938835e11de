package io.steward.domain.estate;

import io.steward.ports.estate.FeeAccountView;
import io.steward.ports.estate.FeeEntryKind;
import io.steward.ports.estate.FeeLine;
import io.steward.ports.estate.UnitId;
import io.steward.ports.estate.in.PostFees;
import io.steward.ports.estate.out.FeeEntry;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Fen;
import io.steward.ports.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit's fee account: immutable lines, totals derived from them, exactly (DEP-06). Charges less their reversals and
 * credits; payments less their reversals and the refunds owed back; arrears and credit are the difference. A line that
 * concerns another (a reversal, a credit, a refund paid) names it, and a line is concerned at most once. Every total
 * stays within {@link Fen#MAX}: a line that would take one beyond it is refused, so no account becomes unreadable.
 */
public final class FeeAccount {
    private final EstateId estate;
    private final UnitId unit;
    private final List<FeeEntry> lines;

    public FeeAccount(EstateId estate, UnitId unit, List<FeeEntry> lines) {
        this.estate = estate;
        this.unit = unit;
        this.lines = List.copyOf(lines);
    }

    private long sum(FeeEntryKind kind) {
        long total = 0;
        for (FeeEntry l : lines) {
            if (l.kind() == kind) {
                total = Math.addExact(total, l.amount().value());
            }
        }
        return total;
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

    /** Refunds owed to payers and not yet paid out. */
    public Fen refundsDue() {
        return Fen.of(sum(FeeEntryKind.REFUND_DUE) - sum(FeeEntryKind.REFUND_PAID));
    }

    public List<FeeEntry> lines() {
        return lines;
    }

    /**
     * The account with {@code added} appended: refused when a total would leave the range of money (DEP-06) or go
     * negative, so the ledger only ever holds lines that keep the account readable.
     */
    public FeeAccount with(List<FeeEntry> added) {
        List<FeeEntry> all = new ArrayList<>(lines);
        all.addAll(added);
        FeeAccount next = new FeeAccount(estate, unit, all);
        try {
            for (FeeEntryKind kind : FeeEntryKind.values()) {
                if (next.sum(kind) > Fen.MAX) {
                    throw new ArithmeticException(kind + " out of range");
                }
            }
            if (next.charges() < 0 || next.payments() < 0
                    || next.sum(FeeEntryKind.REFUND_DUE) < next.sum(FeeEntryKind.REFUND_PAID)) {
                throw new ArithmeticException("below nothing");
            }
        } catch (ArithmeticException e) {
            throw new Refusal("DEP-06", "account-total-out-of-range", "the account of the unit would total more than "
                    + Fen.MAX + " fen, or less than nothing", Map.of("unit", unit.toString()));
        }
        return next;
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

    /** The cashier pays out a refund owed, once. */
    public FeeEntry refundPaid(UUID refundDue, String receipt, Actor actor, Instant at) {
        FeeEntry due = find(refundDue).filter(l -> l.kind() == FeeEntryKind.REFUND_DUE).orElseThrow(() -> new Refusal("DEP-06",
                "no-such-refund", "the account owes no refund " + refundDue, Map.of("line", refundDue.toString())));
        if (concerned(refundDue)) {
            throw new Refusal("DEP-06", "refund-paid-already", "refund " + refundDue + " was paid out already",
                    Map.of("line", refundDue.toString()));
        }
        return line(FeeEntryKind.REFUND_PAID, due.item(), due.amount(), null, null, due.id(), receipt, actor, at);
    }

    /** DEP-06: a mistaken charge or payment is reversed by a new line, at most once; nothing else is reversed. */
    public FeeEntry reverse(UUID lineId, String reason, Actor actor, Instant at) {
        FeeEntry line = find(lineId).orElseThrow(() -> new Refusal("DEP-06", "no-such-fee-line", "the account has no line " + lineId,
                Map.of("line", lineId.toString())));
        if (line.kind() != FeeEntryKind.CHARGE && line.kind() != FeeEntryKind.PAYMENT) {
            throw new Refusal("DEP-06", "line-not-reversible", "only a charge or a payment is reversed; this line is a "
                    + line.kind(), Map.of("line", lineId.toString(), "kind", line.kind().name()));
        }
        if (concerned(lineId)) {
            throw new Refusal("DEP-06", "line-already-reversed", "line " + lineId + " was reversed or credited already",
                    Map.of("line", lineId.toString()));
        }
        FeeEntryKind kind = line.kind() == FeeEntryKind.CHARGE ? FeeEntryKind.CHARGE_REVERSAL : FeeEntryKind.PAYMENT_REVERSAL;
        return line(kind, line.item(), line.amount(), line.periodFrom(), line.periodTo(), line.id(),
                Objects.requireNonNullElse(reason, ""), actor, at);
    }

    /** Charges no line reverses or credits yet. */
    public List<FeeEntry> openCharges() {
        return lines.stream().filter(l -> l.kind() == FeeEntryKind.CHARGE && !concerned(l.id())).toList();
    }

    public Optional<FeeEntry> find(UUID id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private boolean concerned(UUID lineId) {
        return lines.stream().anyMatch(l -> lineId.equals(l.reverses()));
    }

    private FeeEntry line(FeeEntryKind kind, String item, Fen amount, LocalDate from, LocalDate to, UUID reverses,
                          String reference, Actor actor, Instant at) {
        return new FeeEntry(UUID.randomUUID(), estate, unit, kind, item, amount, from, to, reverses, reference, actor.id(), at);
    }

    public FeeAccountView view() {
        return new FeeAccountView(unit, charged(), paid(), arrears(), credit(), refundsDue(), lines.stream()
                .map(l -> new FeeLine(l.id(), l.kind(), l.item(), l.amount(), l.periodFrom(), l.periodTo(), l.reverses(),
                        l.reference(), l.actor(), l.at()))
                .toList());
    }
}
