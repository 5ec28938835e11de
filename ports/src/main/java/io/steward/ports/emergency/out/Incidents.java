package io.steward.ports.emergency.out;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.shared.EstateId;
import io.steward.ports.shared.Page;
import io.steward.ports.shared.PageRequest;
import java.util.Optional;

/** The incident log. */
public interface Incidents {
    Optional<IncidentState> find(IncidentId id);

    /** Optimistic write (version 0 = new); answers the incident as stored. */
    IncidentState save(IncidentState state);

    /** The estate's incidents, newest report first. */
    Page<IncidentState> ofEstate(EstateId estate, PageRequest page);
}
