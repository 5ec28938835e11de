-- A resident's role (OWNER, TENANT) is confined to one unit: the unit is part of the grant ('-' for staff grants).
ALTER TABLE role_grant ADD COLUMN unit_key VARCHAR(36) DEFAULT '-' NOT NULL;
ALTER TABLE role_grant DROP PRIMARY KEY;
ALTER TABLE role_grant ADD PRIMARY KEY (actor_id, estate_key, role, unit_key);
CREATE INDEX role_grant_unit ON role_grant (unit_key);
