package io.steward.ports.estate.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusReport;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A monthly occupancy census round (EST-03), without its lines. {@code month} is the first day of the month; every
 * unit is checked by {@code checkBy} (the 30th, or the month's last day) and the report produced by {@code reportBy}
 * (the 3rd of the next month).
 *
 * <p>The lines — one per unit, tens of thousands in a large estate — are kept by {@link Censuses} one by one, so that
 * a batch of checks reads and writes the lines it checks and nothing else. The round keeps the counts a summary
 * shows, moved by each change of a line.
 *
 * @param units         how many units (lines) the round holds
 * @param checked       how many of them were checked
 * @param discrepancies how many were found otherwise than registered
 */
public record CensusState(CensusId id, EstateId estate, LocalDate month, LocalDate checkBy, LocalDate reportBy,
                          int units, int checked, int discrepancies, CensusReport report, String signedBy,
                          Instant signedAt, Set<Role> copiedTo, long version) implements Versioned<CensusState> {
    public CensusState {
        copiedTo = copiedTo == null ? Set.of() : Set.copyOf(copiedTo);
        if (units < 0 || checked < 0 || checked > units || discrepancies < 0 || discrepancies > checked) {
            throw new IllegalArgumentException("a census counts 0 ≤ discrepancies ≤ checked ≤ units, not " + discrepancies
                    + " ≤ " + checked + " ≤ " + units);
        }
    }

    /** The same round as stored under {@code version}: what an adapter answers after a write. */
    @Override
    public CensusState withVersion(long version) {
        return new CensusState(id, estate, month, checkBy, reportBy, units, checked, discrepancies, report, signedBy,
                signedAt, copiedTo, version);
    }
}
