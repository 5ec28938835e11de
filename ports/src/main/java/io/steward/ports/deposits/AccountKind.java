package io.steward.ports.deposits;

/**
 * The accounts of the deposit ledger (DEP-06). Every posting debits one account and credits another by the same
 * amount, so every transaction balances by construction.
 */
public enum AccountKind {
    /** The estate's cash and bank: debited when money comes in, credited when it goes out. One per estate. */
    CASH(false),
    /**
     * The deposit held for its holder: a liability, credited when collected, debited by deductions and the refund.
     * One per deposit; it is never overdrawn (debits posted and held never exceed the credits posted).
     */
    DEPOSIT_HELD(true),
    /** The estate's income from violation penalties (REN-09), credited by a penalty deducted from a deposit. */
    PENALTY_INCOME(true),
    /** A unit's fees settled from a deposit (DEP-03), credited by the deduction; the unit's fee account is paid. */
    UNIT_FEES(true),
    /** A unit's utilities (water, electricity, gas) settled from a deposit (DEP-03). */
    UNIT_UTILITIES(true);

    private final boolean creditNormal;

    AccountKind(boolean creditNormal) {
        this.creditNormal = creditNormal;
    }

    /** Whether the account's balance is its credits less its debits (a liability or income), not the reverse. */
    public boolean creditNormal() {
        return creditNormal;
    }

    /** Whether the ledger refuses a debit that would take the account below zero (posted and held together). */
    public boolean neverOverdrawn() {
        return this == DEPOSIT_HELD;
    }

    /** Whether an account of this kind belongs to a unit (fees, utilities) rather than to the estate or a deposit. */
    public boolean ofUnit() {
        return this == UNIT_FEES || this == UNIT_UTILITIES;
    }
}
