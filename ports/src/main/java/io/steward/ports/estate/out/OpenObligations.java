package io.steward.ports.estate.out;

import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.UnitId;
import java.util.Set;

/**
 * EST-07: what the owner of a unit still has open with another context — keys entrusted to the company, deposits
 * held — so that a transfer gives each of them an explicit disposition and nothing is lost silently. The transfer
 * asks every one it was given, inside its own transaction; the context then follows the dispositions carried by
 * {@link io.steward.ports.estate.OwnershipTransferred}. Implemented by the context that holds the obligation (the key
 * context's for {@link Obligation#ENTRUSTED_KEYS}) and handed to the transfer by the composition root.
 */
public interface OpenObligations {
    /** The obligations of the unit's current owner that are open in this context now. */
    Set<Obligation> of(UnitId unit);
}
