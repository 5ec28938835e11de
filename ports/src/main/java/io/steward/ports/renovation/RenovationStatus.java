package io.steward.ports.renovation;

/**
 * Where a renovation is, in the order of the seed (004 §2). Each step moves it one status on; nothing skips one.
 * APPLIED, APPROVED, AGREED, FEES_PAID, PERMITTED, IN_WORKS and COMPLETED are active: a unit has at most one active
 * renovation. REJECTED and WITHDRAWN end one before works; SETTLED ends it with its deposit's settlement.
 */
public enum RenovationStatus {
    /** REN-01: applied with its documents checked; waiting for approval (REN-02). */
    APPLIED,
    /** REN-02: signed by customer service and engineering. */
    APPROVED,
    /** REN-04: the owner confirmed, the agreement signed, the prohibitions explained. */
    AGREED,
    /** REN-05: the fees of the schedule paid, the deposit collected. */
    FEES_PAID,
    /** REN-06: the site permit issued. */
    PERMITTED,
    /** REN-07: entered after the entry inspection; the unit is RENOVATING (EST-02). */
    IN_WORKS,
    /** REN-10: accepted; the unit left RENOVATING; the deposit waits for its refund (DEP-04). */
    COMPLETED,
    /** DEP-04: the deposit settled (refunded, in part or whole, or withheld). */
    SETTLED,
    /** REN-02: refused at approval. */
    REJECTED,
    /** Withdrawn by the owner before any fee was paid. */
    WITHDRAWN;

    public boolean active() {
        return this != SETTLED && this != REJECTED && this != WITHDRAWN;
    }
}
