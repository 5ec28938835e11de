package io.steward.ports.deposits;

/**
 * How a posting moves its amount (DEP-03, DEP-06): at once, or held first and then posted or voided. A held amount
 * counts against the debited account at once (it cannot be refunded meanwhile) and moves nothing until posted.
 */
public enum PostingKind {
    /** Moves the amount now. */
    POSTED,
    /** Holds the amount: pending until a {@link #POST_PENDING} or a {@link #VOID_PENDING} names it, once. */
    PENDING,
    /** Posts a held amount, whole, between the same accounts. */
    POST_PENDING,
    /** Releases a held amount: nothing moves. */
    VOID_PENDING
}
