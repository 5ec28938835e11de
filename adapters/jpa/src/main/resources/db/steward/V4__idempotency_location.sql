-- A replayed 201 answers with the Location of the first response.
ALTER TABLE idempotency_record ADD COLUMN location VARCHAR(2000);
