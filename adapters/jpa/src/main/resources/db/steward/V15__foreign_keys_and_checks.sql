-- An honest schema: every reference between tables is a foreign key, every enum column and amount has a CHECK, on the
-- embedded database and on PostgreSQL alike (the two grants columns that hold '*' or '-' for "none" are referenced
-- through generated columns in V16). A database upgraded from V14 must hold no orphan rows; the application never
-- wrote one. The values in the CHECKs are the ports' enums; SchemaTest fails when an enum gains a value that a CHECK
-- does not list, or when a column named *_id references nothing.

-- the census is the estate's: it is found by its estate, not by an owner column that would name an estate
UPDATE aggregate_document SET owner_id = NULL WHERE kind = 'CENSUS';

ALTER TABLE unit ADD CONSTRAINT unit_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE unit ADD CONSTRAINT unit_kind CHECK (kind IN ('RESIDENCE', 'VILLA', 'MID_RISE_FLAT', 'OFFICE', 'SHOP',
    'PARKING_SPACE'));
ALTER TABLE unit ADD CONSTRAINT unit_occupancy CHECK (occupancy IN ('NOT_TAKEN_OVER', 'VACANT', 'OWNER_OCCUPIED',
    'OFFICE', 'TENANT_OCCUPIED', 'RENOVATING'));
ALTER TABLE unit ADD CONSTRAINT unit_area_not_negative CHECK (area_hundredths >= 0);

ALTER TABLE occupancy_change ADD CONSTRAINT occupancy_change_unit FOREIGN KEY (unit_id) REFERENCES unit (id);
ALTER TABLE occupancy_change ADD CONSTRAINT occupancy_change_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE occupancy_change ADD CONSTRAINT occupancy_change_from CHECK (from_state IN ('NOT_TAKEN_OVER', 'VACANT',
    'OWNER_OCCUPIED', 'OFFICE', 'TENANT_OCCUPIED', 'RENOVATING'));
ALTER TABLE occupancy_change ADD CONSTRAINT occupancy_change_to CHECK (to_state IN ('NOT_TAKEN_OVER', 'VACANT',
    'OWNER_OCCUPIED', 'OFFICE', 'TENANT_OCCUPIED', 'RENOVATING'));
ALTER TABLE occupancy_change ADD CONSTRAINT occupancy_change_cause CHECK (cause IN ('REGISTERED', 'HANDOVER', 'MOVE_IN',
    'TENANT_MOVE_IN', 'TENANT_MOVE_OUT', 'OWNER_MOVE_OUT', 'TRANSFER', 'RENOVATION', 'CENSUS_CORRECTION'));

ALTER TABLE fee_entry ADD CONSTRAINT fee_entry_unit FOREIGN KEY (unit_id) REFERENCES unit (id);
ALTER TABLE fee_entry ADD CONSTRAINT fee_entry_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE fee_entry ADD CONSTRAINT fee_entry_reverses FOREIGN KEY (reverses) REFERENCES fee_entry (id);
ALTER TABLE fee_entry ADD CONSTRAINT fee_entry_period CHECK (period_from IS NULL OR period_to IS NULL
    OR period_from <= period_to);
ALTER TABLE fee_balance ADD CONSTRAINT fee_balance_unit FOREIGN KEY (unit_id) REFERENCES unit (id);

ALTER TABLE meter_reading ADD CONSTRAINT meter_reading_unit FOREIGN KEY (unit_id) REFERENCES unit (id);
ALTER TABLE meter_reading ADD CONSTRAINT meter_reading_estate FOREIGN KEY (estate_id) REFERENCES estate (id);

ALTER TABLE audit_record ADD CONSTRAINT audit_record_estate FOREIGN KEY (estate_id) REFERENCES estate (id);

ALTER TABLE role_grant ADD CONSTRAINT role_grant_role CHECK (role IN ('FRONT_DESK', 'KEY_MANAGER', 'CASHIER',
    'ARCHIVIST', 'ENGINEER', 'SECURITY', 'CONTROL_ROOM', 'PROJECT_MANAGER', 'PROJECT_GM', 'COMPANY_GM', 'QUALITY',
    'OWNER', 'TENANT'));

ALTER TABLE aggregate_document ADD CONSTRAINT aggregate_document_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE aggregate_document ADD CONSTRAINT aggregate_document_unit FOREIGN KEY (owner_id) REFERENCES unit (id);
ALTER TABLE aggregate_document ADD CONSTRAINT aggregate_document_kind CHECK (kind IN ('ARCHIVE', 'BUILDING', 'CENSUS',
    'FACILITY', 'FORCED_ENTRY', 'GOODS_PASS', 'HANDOVER', 'ROSTER', 'TRANSFER'));

ALTER TABLE key_register ADD CONSTRAINT key_register_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE custody_key ADD CONSTRAINT custody_key_register FOREIGN KEY (estate_id) REFERENCES key_register (estate_id);
ALTER TABLE custody_key ADD CONSTRAINT custody_key_unit FOREIGN KEY (unit_id) REFERENCES unit (id);
ALTER TABLE custody_key ADD CONSTRAINT custody_key_number_positive CHECK (key_number > 0);
ALTER TABLE custody_key ADD CONSTRAINT custody_key_status CHECK (status IN ('IN_CABINET', 'LENT', 'ON_VIEWING',
    'IN_EMERGENCY_USE', 'AT_HANDOVER', 'ISSUED_TO_OWNER', 'COLLECTED', 'RELEASED', 'LOST'));
ALTER TABLE key_movement ADD CONSTRAINT key_movement_key FOREIGN KEY (key_id) REFERENCES custody_key (id);
ALTER TABLE key_movement ADD CONSTRAINT key_movement_register FOREIGN KEY (estate_id) REFERENCES key_register (estate_id);
ALTER TABLE key_movement ADD CONSTRAINT key_movement_seq_positive CHECK (seq > 0);
ALTER TABLE key_movement ADD CONSTRAINT key_movement_kind CHECK (kind IN (
    'REGISTERED', 'HANDED_FOR_HANDOVER', 'ISSUED_TO_OWNER', 'COLLECTED_BY_ENTRUSTER', 'OUT_FOR_VIEWING',
    'CHECKED_OUT', 'RETURNED', 'RELEASED_ABNORMALLY', 'LOST', 'LOSS_FAULT_DECIDED', 'SPARE_USED',
    'KEPT_FOR_RECTIFICATION', 'ENTRUSTMENT_TRANSFERRED', 'CUSTODY_CHANGED', 'OVERDUE_REMINDED'));

ALTER TABLE approval ADD CONSTRAINT approval_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE approval ADD CONSTRAINT approval_decided_as CHECK (decided_as IN ('FRONT_DESK', 'KEY_MANAGER', 'CASHIER',
    'ARCHIVIST', 'ENGINEER', 'SECURITY', 'CONTROL_ROOM', 'PROJECT_MANAGER', 'PROJECT_GM', 'COMPANY_GM', 'QUALITY',
    'OWNER', 'TENANT'));

ALTER TABLE incident ADD CONSTRAINT incident_estate FOREIGN KEY (estate_id) REFERENCES estate (id);
ALTER TABLE incident ADD CONSTRAINT incident_unit FOREIGN KEY (unit_id) REFERENCES unit (id);
