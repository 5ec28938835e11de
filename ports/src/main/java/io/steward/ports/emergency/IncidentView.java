package io.steward.ports.emergency;

import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/**
 * An incident as recorded (EMG-03, EMG-10): what, where (the unit, if it is one unit's), when it happened, who reported it
 * and when. Key movements that need an incident (KEY-09 a loss, KEY-10 a spare key's use, KEY-11 a forced entry) name it.
 */
public record IncidentView(IncidentId id, EstateId estate, IncidentKind kind, UnitId unit, String location,
                           String description, Instant occurredAt, String reportedBy, Instant reportedAt, long version) {
}
