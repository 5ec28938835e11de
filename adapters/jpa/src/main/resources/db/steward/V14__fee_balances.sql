-- DEP-06: each unit's running totals, kept as lines are appended, so that a write reads one row instead of the whole
-- account; a write holds its unit's row until it commits, so two writes to one account never both pass its checks.
CREATE TABLE fee_balance (
    unit_id          VARCHAR(36) NOT NULL PRIMARY KEY,
    charge           BIGINT      NOT NULL CHECK (charge >= 0),
    payment          BIGINT      NOT NULL CHECK (payment >= 0),
    charge_reversal  BIGINT      NOT NULL CHECK (charge_reversal >= 0),
    payment_reversal BIGINT      NOT NULL CHECK (payment_reversal >= 0),
    credit           BIGINT      NOT NULL CHECK (credit >= 0),
    refund_due       BIGINT      NOT NULL CHECK (refund_due >= 0),
    refund_paid      BIGINT      NOT NULL CHECK (refund_paid >= 0),
    line_count       BIGINT      NOT NULL CHECK (line_count >= 0)
);
INSERT INTO fee_balance (unit_id, charge, payment, charge_reversal, payment_reversal, credit, refund_due, refund_paid,
                         line_count)
SELECT unit_id,
       SUM(CASE WHEN kind = 'CHARGE' THEN amount_fen ELSE 0 END),
       SUM(CASE WHEN kind = 'PAYMENT' THEN amount_fen ELSE 0 END),
       SUM(CASE WHEN kind = 'CHARGE_REVERSAL' THEN amount_fen ELSE 0 END),
       SUM(CASE WHEN kind = 'PAYMENT_REVERSAL' THEN amount_fen ELSE 0 END),
       SUM(CASE WHEN kind = 'CREDIT' THEN amount_fen ELSE 0 END),
       SUM(CASE WHEN kind = 'REFUND_DUE' THEN amount_fen ELSE 0 END),
       SUM(CASE WHEN kind = 'REFUND_PAID' THEN amount_fen ELSE 0 END),
       COUNT(*)
FROM fee_entry GROUP BY unit_id;
-- open charges covering a date (EST-07 credits) are found by unit, kind and period
CREATE INDEX fee_entry_unit_kind ON fee_entry (unit_id, kind, period_to);
