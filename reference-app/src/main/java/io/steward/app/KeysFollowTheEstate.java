package io.steward.app;

import io.steward.ports.estate.HandoverCompleted;
import io.steward.ports.estate.OwnershipTransferred;
import io.steward.ports.keys.in.MoveKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The key register follows the estate desk. The observers are synchronous: they run inside the estate use case's
 * transaction, so the handover or transfer and the key movements commit together or not at all, a refusal of the
 * register refuses the estate step too, and the register never disagrees with the desk.
 */
@ApplicationScoped
public class KeysFollowTheEstate {

    /** EST-04 → KEY-03: the last step of a handover hands the keys to the owner (one kept for rectification if agreed). */
    void issueKeys(@Observes HandoverCompleted completed, MoveKeys keys) {
        keys.issueAtHandover(completed.unit());
    }

    /** EST-07 → KEY-05: the old owner's entrusted keys pass to the new owner when the transfer says so. */
    void followTransfer(@Observes OwnershipTransferred transfer, MoveKeys keys) {
        keys.followTransfer(transfer);
    }
}
