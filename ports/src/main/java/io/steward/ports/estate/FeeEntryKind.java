package io.steward.ports.estate;

/**
 * Lines of a fee account (DEP-06: immutable; a mistake is corrected by a new line that names the line it concerns):
 * <ul>
 *   <li>{@link #CHARGE} — owed for a period or a consumption; {@link #CHARGE_REVERSAL} undoes one, as an approved
 *       correction; {@link #CREDIT} gives back the part of one that covers days after a transfer (EST-07);</li>
 *   <li>{@link #PAYMENT} — paid at the cashier; {@link #PAYMENT_REVERSAL} undoes one, as an approved correction;</li>
 *   <li>{@link #REFUND_DUE} — money the unit's account holds is owed back to a payer (the old owner's credit at a
 *       transfer, fees paid for a handover that was declined); {@link #REFUND_PAID} — the cashier paid it out.</li>
 * </ul>
 */
public enum FeeEntryKind {
    CHARGE, PAYMENT, CHARGE_REVERSAL, PAYMENT_REVERSAL, CREDIT, REFUND_DUE, REFUND_PAID;

    /** Lines that name the line they concern ({@code reverses}); each line is concerned by at most one. */
    public boolean concernsAnother() {
        return this == CHARGE_REVERSAL || this == PAYMENT_REVERSAL || this == CREDIT || this == REFUND_PAID;
    }
}
