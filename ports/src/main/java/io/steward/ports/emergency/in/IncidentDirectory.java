package io.steward.ports.emergency.in;

import io.steward.ports.emergency.IncidentId;
import io.steward.ports.emergency.out.IncidentState;
import java.util.Optional;

/**
 * What the emergency context tells the other contexts about its incident log: a published read port, answered by the
 * emergency context and connected by the assembly. Key custody asks it for the incident a loss, a spare key's use or
 * a forced entry names (KEY-09 … KEY-11), instead of being handed the log's repository. No role is checked: the asking
 * context has authorised its own act.
 */
public interface IncidentDirectory {
    Optional<IncidentState> incident(IncidentId id);
}
