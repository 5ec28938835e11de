package io.steward.ports.renovation;

/**
 * REN-08: what a round saw on site that needs a paper of its own: hot work needs a hot-work permit (动火审批); gas
 * cylinders and welding gear need written consent (未经书面同意，不得入内).
 */
public enum Observation {
    HOT_WORK,
    GAS_CYLINDERS,
    WELDING_GEAR;

    /** The consent that covers it: hot work its permit, the others a written consent for the item. */
    public boolean needsHotWorkPermit() {
        return this == HOT_WORK;
    }
}
