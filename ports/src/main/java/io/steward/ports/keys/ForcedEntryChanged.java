package io.steward.ports.keys;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/** Published at every stage of a forced entry (KEY-11). */
public record ForcedEntryChanged(ForcedEntryId entry, EstateId estate, UnitId unit, IncidentId incident, ForcedEntryStage stage,
                                 String actor, Instant at) {
}
