-- DEP-06: the ledger's postings are history: the database refuses to update or delete them, whoever asks.
CREATE TRIGGER ledger_posting_append_only BEFORE UPDATE OR DELETE ON ledger_posting
    FOR EACH ROW EXECUTE FUNCTION steward_refuse_history_change();
