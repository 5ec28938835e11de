-- Meter readings are a history: the database refuses to change or remove one, whoever asks.
CREATE TRIGGER meter_reading_append_only BEFORE UPDATE OR DELETE ON meter_reading
    FOR EACH ROW EXECUTE FUNCTION steward_refuse_history_change();
