package io.steward.domain.emergency;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.in.IncidentDirectory;
import io.steward.ports.emergency.out.IncidentState;
import java.util.Optional;

/** The emergency context's answer to {@link IncidentDirectory}, over its own repository. */
public final class EmergencyDirectory implements IncidentDirectory {
    private final EmergencyStore store;

    public EmergencyDirectory(EmergencyStore store) {
        this.store = store;
    }

    @Override
    public Optional<IncidentState> incident(IncidentId id) {
        return store.incidents().find(id);
    }
}
