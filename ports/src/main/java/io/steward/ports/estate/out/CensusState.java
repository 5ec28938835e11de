package io.steward.ports.estate.out;

import io.steward.ports.estate.CensusId;
import io.steward.ports.estate.CensusLine;
import io.steward.ports.estate.CensusReport;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A monthly occupancy census round (EST-03). {@code month} is the first day of the month; every unit is checked
 * by {@code checkBy} (the 30th, or the month's last day) and the report produced by {@code reportBy} (the 3rd of
 * the next month).
 */
public record CensusState(CensusId id, EstateId estate, LocalDate month, LocalDate checkBy, LocalDate reportBy,
                          List<CensusLine> lines, CensusReport report, String signedBy, Instant signedAt,
                          Set<Role> copiedTo, long version) {
    public CensusState {
        lines = List.copyOf(lines);
        copiedTo = copiedTo == null ? Set.of() : Set.copyOf(copiedTo);
    }

    /** The same round as stored under {@code version}: what an adapter answers after a write. */
    public CensusState withVersion(long version) {
        return new CensusState(id, estate, month, checkBy, reportBy, lines, report, signedBy, signedAt, copiedTo, version);
    }
}
