package io.steward.ports.estate.out;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only fee accounts of units (DEP-06 applies to every money movement). The ledger keeps each unit's
 * {@link FeeTotals} as lines are appended; a write reads those totals and the few lines it concerns, never the whole
 * account, so its cost does not grow with the history.
 */
public interface FeeLedger {
    /** Appends the lines and counts them in their units' totals. */
    void append(List<FeeEntry> entries);

    /** The unit's totals now ({@link FeeTotals#NONE} for an account without lines). */
    FeeTotals totals(UnitId unit);

    /**
     * The unit's totals, held until the transaction ends (a write that checks the totals before it appends: a
     * concurrent write to the same account waits).
     */
    FeeTotals lockTotals(UnitId unit);

    Optional<FeeEntry> find(UUID line);

    /** Whether a line names {@code line} as the line it reverses, credits or pays out. */
    boolean concerned(UUID line);

    /** The unit's latest {@code max} lines, oldest first. */
    List<FeeEntry> recent(UnitId unit, int max);

    /** The unit's lines, oldest first, paged. */
    Page<FeeEntry> ofUnit(UnitId unit, PageRequest page);

    /**
     * The unit's charges that no line reverses or credits yet and whose period runs to {@code coveringFrom} or later;
     * {@code coveringFrom} null: every such charge, with a period or without. Oldest first.
     */
    List<FeeEntry> openCharges(UnitId unit, LocalDate coveringFrom);
}
