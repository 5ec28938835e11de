package io.steward.ports.deposits;

/** Whether a deposit is still held or has been settled (refunded whole, in part, or withheld whole). */
public enum DepositStatus {
    HELD,
    SETTLED
}
