package io.steward.ports.emergency.out;

import io.steward.ports.shared.out.Versioned;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import java.time.Instant;

/** Stored state of an incident. */
public record IncidentState(IncidentId id, EstateId estate, IncidentKind kind, UnitId unit, String location,
                            String description, Instant occurredAt, String reportedBy, Instant reportedAt, long version) implements Versioned<IncidentState> {
    @Override
    public IncidentState withVersion(long version) {
        return new IncidentState(id, estate, kind, unit, location, description, occurredAt, reportedBy, reportedAt, version);
    }
}
