package io.steward.ports.estate;

/** Lines of a fee account: what is owed, what was paid, and reversals of either. */
public enum FeeEntryKind { CHARGE, PAYMENT, CHARGE_REVERSAL, PAYMENT_REVERSAL }
