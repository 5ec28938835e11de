package io.steward.ports.emergency;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/** Event: an incident was reported to the control room (EMG-03). */
public record IncidentReported(IncidentId incident, EstateId estate, IncidentKind kind, UnitId unit, Instant occurredAt,
                               String reportedBy) {
}
