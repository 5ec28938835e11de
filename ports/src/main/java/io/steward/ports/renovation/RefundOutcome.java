package io.steward.ports.renovation;

/** DEP-04: how a renovation deposit was settled. */
public enum RefundOutcome {
    /** Refunded whole: nothing was deducted. */
    FULL_REFUND,
    /** Refunded less itemised deductions. */
    PARTIAL_REFUND,
    /** The deductions took it all: nothing refunded. */
    WITHHELD,
    /** The estate collected no deposit (DEP-01): nothing to refund. */
    NO_DEPOSIT
}
