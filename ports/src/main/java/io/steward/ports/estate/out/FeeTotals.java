package io.steward.ports.estate.out;

import io.steward.ports.estate.FeeEntryKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The running totals of a unit's fee account, one sum per kind of line and the number of lines, kept by the ledger as
 * lines are appended, so that a write never reads the history it appends to (DEP-06).
 */
public record FeeTotals(Map<FeeEntryKind, Long> sums, long lines) {
    public static final FeeTotals NONE = new FeeTotals(Map.of(), 0);

    public FeeTotals {
        EnumMap<FeeEntryKind, Long> all = new EnumMap<>(FeeEntryKind.class);
        for (FeeEntryKind k : FeeEntryKind.values()) {
            all.put(k, sums.getOrDefault(k, 0L));
        }
        sums = Map.copyOf(all);
        if (lines < 0) {
            throw new IllegalArgumentException("a count of lines is never negative");
        }
    }

    public long sum(FeeEntryKind kind) {
        return sums.get(kind);
    }

    /**
     * These totals with {@code added} counted in.
     *
     * @throws ArithmeticException when a sum leaves the range of a long
     */
    public FeeTotals plus(List<FeeEntry> added) {
        EnumMap<FeeEntryKind, Long> next = new EnumMap<>(sums);
        for (FeeEntry e : added) {
            next.put(e.kind(), Math.addExact(next.get(e.kind()), e.amount().value()));
        }
        return new FeeTotals(next, lines + added.size());
    }
}
