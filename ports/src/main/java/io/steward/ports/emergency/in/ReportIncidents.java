package io.steward.ports.emergency.in;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentKind;
import io.steward.ports.emergency.IncidentView;
import io.steward.ports.estate.UnitId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.InvalidInput;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import io.steward.ports.shared.Texts;
import java.time.Instant;

/** EMG-03: whoever witnesses an incident reports it (any staff of the estate); the log is read by staff. */
public interface ReportIncidents {
    IncidentView report(Report report);

    IncidentView incident(IncidentId incident);

    /** The estate's incidents, newest first. */
    Page<IncidentView> incidents(EstateId estate, PageRequest page);

    /**
     * @param unit       the unit it concerns, if it is one unit's
     * @param location   where, in words (building, floor, plant room …)
     * @param occurredAt when it happened; never after it is reported
     */
    record Report(EstateId estate, IncidentKind kind, UnitId unit, String location, String description, Instant occurredAt) {
        public Report {
            if (estate == null || kind == null || occurredAt == null) {
                throw new InvalidInput("an incident names the estate, its kind and when it happened");
            }
            location = Texts.required(location, "where it happened");
            description = Texts.required(description, "what happened");
        }
    }
}
