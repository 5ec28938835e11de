package io.steward.ports.keys;

import io.steward.ports.estate.Obligation;
import io.steward.ports.estate.out.OpenObligations;

/** The obligation key custody declares at a transfer of ownership (EST-07 with KEY-05). */
public final class KeyObligation {
    /**
     * Keys the old owner entrusted (KEY-04) are still in the company's custody: only the person who entrusted them may
     * collect them (KEY-05), so they are collected before the transfer, or the entrustment passes to the new owner.
     */
    public static final Obligation ENTRUSTED_KEYS = Obligation.of("ENTRUSTED_KEYS");

    /** How the transfer may dispose of it: never settled by a word at the desk. */
    public static final OpenObligations.Declared DECLARED = new OpenObligations.Declared(ENTRUSTED_KEYS,
            "the old owner collects the keys they entrusted first (KEY-05), or the entrustment moves to the new owner");

    private KeyObligation() {
    }
}
