-- The histories (key movements, fee ledger, occupancy changes, audit) are append-only: the application never updates
-- or deletes them, and on PostgreSQL the database refuses it too, whoever asks.
CREATE FUNCTION steward_refuse_history_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '55000';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER key_movement_append_only BEFORE UPDATE OR DELETE ON key_movement
    FOR EACH ROW EXECUTE FUNCTION steward_refuse_history_change();
CREATE TRIGGER fee_entry_append_only BEFORE UPDATE OR DELETE ON fee_entry
    FOR EACH ROW EXECUTE FUNCTION steward_refuse_history_change();
CREATE TRIGGER occupancy_change_append_only BEFORE UPDATE OR DELETE ON occupancy_change
    FOR EACH ROW EXECUTE FUNCTION steward_refuse_history_change();
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION steward_refuse_history_change();
