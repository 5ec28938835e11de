package io.steward.app;

import io.steward.ports.estate.HandoverCompleted;
import io.steward.ports.keys.in.MoveKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * EST-04 → KEY-03: the last step of a handover hands the keys to the owner, so the key register issues the unit's
 * developer keys still in the cabinet to that owner. The observer is synchronous: it runs inside the handover's
 * transaction, so the handover and the key movements commit together or not at all, and the register never
 * disagrees with the handover desk.
 */
@ApplicationScoped
public class KeysFollowHandovers {

    void issueKeys(@Observes HandoverCompleted completed, MoveKeys keys) {
        keys.issueAtHandover(completed.unit());
    }
}
