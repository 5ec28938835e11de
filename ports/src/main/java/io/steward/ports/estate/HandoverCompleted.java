package io.steward.ports.estate;

import io.steward.ports.shared.EstateId;
import java.time.LocalDate;

/** Event: a unit was handed over to its owner (EST-04). The key context releases owner keys only after it. */
public record HandoverCompleted(EstateId estate, UnitId unit, HandoverId handover, ArchiveId ownerArchive,
                                LocalDate handoverDate, boolean rectificationKeyKept) {
}
