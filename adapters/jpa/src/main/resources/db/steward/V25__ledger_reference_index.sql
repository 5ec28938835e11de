-- DEP-03: a deduction sums what the holds naming its unpaid charge claim (Ledger.claimedOf), by the charge's reference.
CREATE INDEX ledger_posting_reference_idx ON ledger_posting (reference);
