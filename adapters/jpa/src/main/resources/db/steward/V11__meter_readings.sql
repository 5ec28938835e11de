-- Meter readings (EST-04 joint inspection, EST-06 move-out, EST-07 transfer, the cashier's rounds): append-only, one
-- row per reading of one meter (the metered fee of the schedule it bills), the reading exact to a thousandth.
CREATE SEQUENCE meter_reading_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE meter_reading (
    seq                  BIGINT       NOT NULL PRIMARY KEY,
    estate_id            VARCHAR(36)  NOT NULL,
    unit_id              VARCHAR(36)  NOT NULL,
    meter                VARCHAR(32)  NOT NULL,
    reading_thousandths  BIGINT       NOT NULL,
    at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                VARCHAR(100) NOT NULL,
    reference            VARCHAR(200),
    CONSTRAINT meter_reading_in_range CHECK (reading_thousandths BETWEEN 0 AND 999999999999)
);
CREATE INDEX meter_reading_unit ON meter_reading (unit_id, meter, seq);
-- The fee ledger's kinds, now with credits at a transfer and refunds owed and paid out.
ALTER TABLE fee_entry ADD CONSTRAINT fee_entry_kind CHECK (kind IN ('CHARGE', 'PAYMENT', 'CHARGE_REVERSAL',
    'PAYMENT_REVERSAL', 'CREDIT', 'REFUND_DUE', 'REFUND_PAID'));
ALTER TABLE fee_entry ADD CONSTRAINT fee_entry_amount_in_range CHECK (amount_fen <= 1000000000000000);
