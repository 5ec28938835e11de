-- A grant names its estate and, for a resident, its unit; the key columns hold '*' (company-wide) and '-' (staff) for
-- "none", so the references are generated columns with foreign keys. Documents stay character data on H2 (its JSON
-- type stores a JSON text as a string literal); on PostgreSQL this version makes them jsonb.
ALTER TABLE role_grant ADD COLUMN estate_id VARCHAR(36) GENERATED ALWAYS AS (NULLIF(estate_key, '*'));
ALTER TABLE role_grant ADD COLUMN unit_id VARCHAR(36) GENERATED ALWAYS AS (NULLIF(unit_key, '-'));
ALTER TABLE role_grant ADD CONSTRAINT role_grant_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE role_grant ADD CONSTRAINT role_grant_unit FOREIGN KEY (unit_id) REFERENCES unit (id);
