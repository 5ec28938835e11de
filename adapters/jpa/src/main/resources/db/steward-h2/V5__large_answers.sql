-- A remembered answer may outgrow 1 MB (a census of a large estate).
ALTER TABLE idempotency_record ALTER COLUMN body SET DATA TYPE CHARACTER LARGE OBJECT;
