package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import java.time.LocalDate;
import java.util.Map;

/** EST-07: a unit changed hands. Contexts holding the old owner's deposits or keys act on the dispositions. */
public record OwnershipTransferred(EstateId estate, UnitId unit, ArchiveId previousOwner, ArchiveId newOwner,
                                   LocalDate transferDate, Map<Obligation, Disposition> dispositions) {
    public OwnershipTransferred {
        dispositions = Map.copyOf(dispositions);
    }
}
