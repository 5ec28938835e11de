package io.steward.ports.deposits;

/** What a posting is for; the ledger's rows carry it, so a DBA can reconcile by purpose in SQL. */
public enum PostingCode {
    /** DEP-01/DEP-05: the deposit collected at the cashier: cash → the deposit held. */
    COLLECTION,
    /** DEP-03 / REN-09: an approved violation penalty: the deposit held → penalty income. */
    PENALTY,
    /** DEP-03: the unit's unpaid fees: the deposit held → the unit's fees. */
    UNPAID_FEES,
    /** DEP-03: the unit's unpaid utilities: the deposit held → the unit's utilities. */
    UNPAID_UTILITIES,
    /** DEP-04/DEP-05: the refund: the deposit held → cash. */
    REFUND,
    /** DEP-06: a posted entry corrected: the same accounts the other way round, naming the entry it reverses. */
    REVERSAL
}
