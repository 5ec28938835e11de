package io.steward.ports.estate;

/** How an open obligation is dealt with on transfer (EST-07). */
public enum Disposition {
    /** Settled with the old owner: for a fee credit, refunded to them (a refund owed, paid out by the cashier). */
    SETTLED,
    /** Carried over to the new owner. */
    MOVED_TO_NEW_OWNER
}
