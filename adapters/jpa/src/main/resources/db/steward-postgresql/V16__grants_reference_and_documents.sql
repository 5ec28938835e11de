-- A grant names its estate and, for a resident, its unit; the key columns hold '*' (company-wide) and '-' (staff) for
-- "none", so the references are generated columns with foreign keys.
ALTER TABLE role_grant ADD COLUMN estate_id VARCHAR(36) GENERATED ALWAYS AS (NULLIF(estate_key, '*')) STORED;
ALTER TABLE role_grant ADD COLUMN unit_id VARCHAR(36) GENERATED ALWAYS AS (NULLIF(unit_key, '-')) STORED;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE role_grant ADD CONSTRAINT role_grant_unit FOREIGN KEY (unit_id) REFERENCES unit (id);

-- Documents are jsonb, so that reports can be written in SQL, e.g. the open defects of an estate's handovers:
--   SELECT d.owner_id, x->>'description' FROM aggregate_document d, jsonb_array_elements(d.body->'defects') x
--   WHERE d.kind = 'HANDOVER' AND d.estate_id = ? AND x->>'status' = 'OPEN';
ALTER TABLE estate ALTER COLUMN body TYPE jsonb USING body::jsonb;
ALTER TABLE aggregate_document ALTER COLUMN body TYPE jsonb USING body::jsonb;
ALTER TABLE custody_key ALTER COLUMN body TYPE jsonb USING body::jsonb;
ALTER TABLE key_movement ALTER COLUMN body TYPE jsonb USING body::jsonb;
