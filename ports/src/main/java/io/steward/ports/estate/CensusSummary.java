package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A census round without its lines (EST-03): how far the checks are, the report once produced, the signature. The
 * lines of a large estate run to tens of thousands; they are read page by page.
 */
public record CensusSummary(CensusId id, EstateId estate, LocalDate month, LocalDate checkBy, LocalDate reportBy,
                            int units, int checked, int discrepancies, CensusReport report, String signedBy,
                            Instant signedAt, Set<Role> copiedTo) {
    public CensusSummary {
        copiedTo = Set.copyOf(copiedTo);
    }
}
