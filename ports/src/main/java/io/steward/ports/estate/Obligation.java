package io.steward.ports.estate;

/**
 * What an owner may leave open when the unit changes hands (EST-07). Each open one needs an explicit
 * {@link Disposition}; later contexts add theirs here (deposits held, keys in custody), so nothing is lost silently.
 */
public enum Obligation {
    /** The unit's fee account is in credit (prepaid beyond what is charged). */
    FEE_CREDIT,
    /** A tenant still lives in the unit. */
    ACTIVE_TENANCY,
    /** Defects of the handover list are not yet closed. */
    OPEN_HANDOVER_DEFECTS
}
