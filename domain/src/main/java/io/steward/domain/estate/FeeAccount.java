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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit's fee account: immutable lines, totals derived from them. Mistakes are fixed by reversing a line, once
 * (DEP-06); the arrears are what EST-06, EST-07 and EST-09 look at.
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
        return lines.stream().filter(l -> l.kind() == kind).mapToLong(l -> l.amount().value()).sum();
    }

    public Fen charged() {
        return Fen.of(sum(FeeEntryKind.CHARGE) - sum(FeeEntryKind.CHARGE_REVERSAL));
    }

    public Fen paid() {
        return Fen.of(sum(FeeEntryKind.PAYMENT) - sum(FeeEntryKind.PAYMENT_REVERSAL));
    }

    /** What is owed and not paid. */
    public Fen arrears() {
        return charged().excessOver(paid());
    }

    /** What was paid beyond the charges. */
    public Fen credit() {
        return paid().excessOver(charged());
    }

    public FeeEntry charge(PostFees.Charge c, Actor actor, Instant at) {
        return new FeeEntry(UUID.randomUUID(), estate, unit, FeeEntryKind.CHARGE, c.item(), c.amount(), c.periodFrom(),
                c.periodTo(), null, c.reference(), actor.id(), at);
    }

    public FeeEntry payment(PostFees.Payment p, String item, Actor actor, Instant at) {
        return new FeeEntry(UUID.randomUUID(), estate, unit, FeeEntryKind.PAYMENT, item, p.amount(), null, null, null,
                p.receipt(), actor.id(), at);
    }

    /** DEP-06: a mistake is reversed by a new line; a line is reversed at most once, and a reversal never is. */
    public FeeEntry reverse(UUID lineId, String reason, Actor actor, Instant at) {
        FeeEntry line = lines.stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> new Refusal("DEP-06", "no-such-fee-line", "the account has no line " + lineId));
        if (line.kind() == FeeEntryKind.CHARGE_REVERSAL || line.kind() == FeeEntryKind.PAYMENT_REVERSAL) {
            throw new Refusal("DEP-06", "reversal-not-reversible", "a reversal is itself never reversed");
        }
        if (lines.stream().anyMatch(l -> lineId.equals(l.reverses()))) {
            throw new Refusal("DEP-06", "line-already-reversed", "line " + lineId + " was reversed already",
                    Map.of("line", lineId.toString()));
        }
        FeeEntryKind kind = line.kind() == FeeEntryKind.CHARGE ? FeeEntryKind.CHARGE_REVERSAL : FeeEntryKind.PAYMENT_REVERSAL;
        return new FeeEntry(UUID.randomUUID(), estate, unit, kind, line.item(), line.amount(), line.periodFrom(),
                line.periodTo(), line.id(), Objects.requireNonNullElse(reason, ""), actor.id(), at);
    }

    public FeeAccountView view() {
        return new FeeAccountView(unit, charged(), paid(), arrears(), credit(), lines.stream()
                .map(l -> new FeeLine(l.id(), l.kind(), l.item(), l.amount(), l.periodFrom(), l.periodTo(), l.reverses(),
                        l.reference(), l.actor(), l.at()))
                .toList());
    }
}
