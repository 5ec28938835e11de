package io.steward.ports.deposits;

import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.out.OpenObligations;

/** The obligation the deposits context declares at a transfer of ownership (EST-07). */
public final class DepositObligation {
    /** A deposit is held on the unit for its owner (or their renovation's contractor) and not yet settled. */
    public static final Obligation DEPOSIT_HELD = Obligation.of("DEPOSIT_HELD");

    /**
     * How the transfer may dispose of it: never settled by a word at the desk — the deposit is settled first (its
     * refund, DEP-04), or it moves to the new owner, who then holds the owner's deposits.
     */
    public static final OpenObligations.Declared DECLARED = new OpenObligations.Declared(DEPOSIT_HELD,
            "the deposit is settled first (DEP-04), or it moves to the new owner");

    private DepositObligation() {
    }
}
