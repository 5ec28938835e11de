-- DEP-03: what the holds naming one reference (an unpaid charge) claim, held or posted and not voided, kept as a
-- running sum moved by the append that writes a hold or its void — read in one row, however many holds it has had.
CREATE TABLE ledger_claim (
    reference   VARCHAR(200) NOT NULL PRIMARY KEY,
    estate_id   VARCHAR(36)  NOT NULL,
    claimed_fen BIGINT       NOT NULL,
    CONSTRAINT ledger_claim_estate FOREIGN KEY (estate_id) REFERENCES estate (id),
    CONSTRAINT ledger_claim_never_negative CHECK (claimed_fen >= 0)
);
INSERT INTO ledger_claim (reference, estate_id, claimed_fen)
SELECT p.reference, MIN(p.estate_id), SUM(p.amount_fen) FROM ledger_posting p
WHERE p.kind = 'PENDING' AND p.reference IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ledger_posting e WHERE e.pending_id = p.id AND e.kind = 'VOID_PENDING')
GROUP BY p.reference;
