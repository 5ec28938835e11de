package io.steward.ports.estate.out;

import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.UnitId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * EST-07: what the owner of a unit still has open with another context — keys entrusted to the company, deposits
 * held — so that a transfer gives each of them an explicit disposition and nothing is lost silently. The transfer
 * asks every one it was given, inside its own transaction; the context then follows the dispositions carried by
 * {@link io.steward.ports.estate.OwnershipTransferred}. Implemented by the context that holds the obligation (key
 * custody's for {@code ENTRUSTED_KEYS}) and registered by the assembly: a new context declares its obligations here,
 * and the estate context's code does not change.
 */
public interface OpenObligations {
    /** The obligations this context can report, each once; no two contexts declare the same code. */
    List<Declared> declared();

    /** The obligations of the unit's current owner that are open in this context now: only declared ones. */
    Set<Obligation> of(UnitId unit);

    /**
     * One declared obligation.
     *
     * @param settledOnlyBy what settles it before the transfer when a word at the desk does not (the tenant moves out, the
     *                      old owner collects their keys): the transfer then refuses {@code SETTLED} and names this;
     *                      {@code null} when the desk may record it settled
     */
    record Declared(Obligation obligation, String settledOnlyBy) {
        public Declared {
            Objects.requireNonNull(obligation, "obligation");
        }
    }
}
