package io.steward.ports.estate;

/**
 * What an owner may leave open when the unit changes hands (EST-07). Each open one needs an explicit
 * {@link Disposition}; later contexts add theirs here (deposits held, keys in custody), so nothing is lost silently.
 * The estate context sees its own; another context reports its own through
 * {@link io.steward.ports.estate.out.OpenObligations} and follows the dispositions in {@link OwnershipTransferred}.
 */
public enum Obligation {
    /**
     * The old owner's money in the unit's account once their charges for the days from the transfer date on are credited
     * back: refunded to them ({@code SETTLED}), or carried to the new owner by their recorded agreement.
     */
    FEE_CREDIT,
    /** A tenant still lives in the unit. */
    ACTIVE_TENANCY,
    /** Defects of the handover list are not yet closed. */
    OPEN_HANDOVER_DEFECTS,
    /**
     * Keys the old owner entrusted (KEY-04) are still in the company's custody: only the person who entrusted them may
     * collect them (KEY-05), so they are collected before the transfer, or the entrustment passes to the new owner.
     */
    ENTRUSTED_KEYS
}
