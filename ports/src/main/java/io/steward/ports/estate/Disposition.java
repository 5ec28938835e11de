package io.steward.ports.estate;

/** How an open obligation is dealt with on transfer (EST-07). */
public enum Disposition {
    /** Settled with the old owner (e.g. waived, refunded) before the transfer. */
    SETTLED,
    /** Carried over to the new owner. */
    MOVED_TO_NEW_OWNER
}
