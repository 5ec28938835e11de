package io.steward.ports.estate;

/**
 * EST-07 as two acts: the front desk records the transfer — title, new owner, the old owner's charges settled, every
 * open obligation disposed of — and it waits for the cashier to record the new owner's prepayment, which completes it;
 * or it is cancelled before.
 */
public enum TransferStage { AWAITING_PREPAYMENT, COMPLETED, CANCELLED }
