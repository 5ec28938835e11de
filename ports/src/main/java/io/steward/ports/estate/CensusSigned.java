package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Role;
import java.time.LocalDate;
import java.util.Set;

/** EST-03: the project manager signed the monthly report; it is copied to security and the cashier. */
public record CensusSigned(EstateId estate, CensusId census, LocalDate month, String signedBy, Set<Role> copiedTo) {
    public CensusSigned {
        copiedTo = Set.copyOf(copiedTo);
    }
}
