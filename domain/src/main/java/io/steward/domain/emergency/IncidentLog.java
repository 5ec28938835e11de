package io.steward.domain.emergency;

import io.steward.ports.emergency.EmergencyRefusals;
import io.steward.domain.shared.Access;
import io.steward.domain.shared.UseCases;
import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.IncidentReported;
import io.steward.ports.emergency.IncidentView;
import io.steward.ports.emergency.in.ReportIncidents;
import io.steward.ports.emergency.out.IncidentState;
import io.steward.ports.emergency.out.Incidents;
import io.steward.ports.estate.out.Units;
import io.steward.ports.shared.Actor;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.NotFound;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.time.Instant;
import java.util.Map;

/** EMG-03: the incident log. Any member of staff reports what they witness; it is dated when it happened and when told. */
public final class IncidentLog implements ReportIncidents {
    private final UseCases useCases;
    private final Incidents incidents;
    private final Units units;

    public IncidentLog(UseCases useCases, Incidents incidents, Units units) {
        this.useCases = useCases;
        this.incidents = incidents;
        this.units = units;
    }

    @Override
    public IncidentView report(Report r) {
        return useCases.run(() -> {
            Actor actor = useCases.access().require(r.estate(), "estate", r.estate(), "report an incident", Access.STAFF);
            if (r.unit() != null && units.find(r.unit()).filter(u -> u.estate().equals(r.estate())).isEmpty()) {
                throw new NotFound("unit", r.unit());
            }
            Instant now = useCases.now();
            if (r.occurredAt().isAfter(now)) {
                throw EmergencyRefusals.INCIDENT_IN_THE_FUTURE.refuse("an incident is reported after it happened",
                        Map.of("occurredAt", r.occurredAt().toString()));
            }
            IncidentState stored = incidents.save(new IncidentState(IncidentId.newId(), r.estate(), r.kind(), r.unit(),
                    r.location(), r.description(), r.occurredAt(), actor.id(), now, 0));
            useCases.audit(actor, r.estate(), "incident.report", "incident", stored.id(), r.kind().name());
            useCases.publish(new IncidentReported(stored.id(), r.estate(), r.kind(), r.unit(), r.occurredAt(), actor.id()));
            return view(stored);
        });
    }

    @Override
    public IncidentView incident(IncidentId id) {
        return useCases.run(() -> {
            IncidentState s = incidents.find(id).orElseThrow(() -> new NotFound("incident", id));
            useCases.access().require(s.estate(), "incident", id, "read an incident", Access.STAFF);
            return view(s);
        });
    }

    @Override
    public Page<IncidentView> incidents(EstateId estate, PageRequest page) {
        return useCases.run(() -> {
            useCases.access().require(estate, "estate", estate, "read the incident log", Access.STAFF);
            return incidents.ofEstate(estate, page).map(IncidentLog::view);
        });
    }

    static IncidentView view(IncidentState s) {
        return new IncidentView(s.id(), s.estate(), s.kind(), s.unit(), s.location(), s.description(), s.occurredAt(),
                s.reportedBy(), s.reportedAt(), s.version());
    }
}
