package io.steward.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code fee_balance}: a unit's running totals, one column per kind of line. */
@Entity
@Table(name = "fee_balance")
public class FeeBalanceRow {
    @Id
    @Column(name = "unit_id")
    String unitId;
    long charge;
    long payment;
    @Column(name = "charge_reversal")
    long chargeReversal;
    @Column(name = "payment_reversal")
    long paymentReversal;
    long credit;
    @Column(name = "refund_due")
    long refundDue;
    @Column(name = "refund_paid")
    long refundPaid;
    @Column(name = "line_count")
    long lineCount;
}
