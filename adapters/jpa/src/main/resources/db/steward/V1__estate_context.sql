-- Steward schema, estate context. Owned by these migrations, never by provider DDL generation; the same
-- scripts run on the embedded database (H2) and on PostgreSQL. Types are the portable subset of both.

CREATE TABLE estate (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    zone        VARCHAR(64)  NOT NULL,
    body        VARCHAR(1000000) NOT NULL,  -- fee schedule and policy, JSON
    version     BIGINT       NOT NULL,
    CONSTRAINT estate_code_unique UNIQUE (code)
);

CREATE TABLE unit (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    estate_id       VARCHAR(36)  NOT NULL,
    code            VARCHAR(80)  NOT NULL,
    cluster         VARCHAR(16),
    building        VARCHAR(16)  NOT NULL,
    entrance        VARCHAR(16)  NOT NULL,
    floor_no        INTEGER      NOT NULL,
    unit_no         VARCHAR(16)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    area_hundredths BIGINT       NOT NULL,
    occupancy       VARCHAR(20)  NOT NULL,
    note            VARCHAR(500),
    version         BIGINT       NOT NULL,
    CONSTRAINT unit_code_unique UNIQUE (estate_id, code)
);
CREATE INDEX unit_estate_building ON unit (estate_id, building, code);
CREATE INDEX unit_estate_occupancy ON unit (estate_id, occupancy);

-- append-only histories: the application never updates or deletes these rows
CREATE SEQUENCE history_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE occupancy_change (
    seq        BIGINT      NOT NULL PRIMARY KEY,
    unit_id    VARCHAR(36) NOT NULL,
    estate_id  VARCHAR(36) NOT NULL,
    from_state VARCHAR(20),
    to_state   VARCHAR(20) NOT NULL,
    cause      VARCHAR(30) NOT NULL,
    reference  VARCHAR(200),
    actor      VARCHAR(100) NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX occupancy_change_unit ON occupancy_change (unit_id, seq);

CREATE SEQUENCE ledger_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE fee_entry (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    id          VARCHAR(36)  NOT NULL UNIQUE,
    estate_id   VARCHAR(36)  NOT NULL,
    unit_id     VARCHAR(36)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    item        VARCHAR(64)  NOT NULL,
    amount_fen  BIGINT       NOT NULL CHECK (amount_fen >= 0),
    period_from DATE,
    period_to   DATE,
    reverses    VARCHAR(36),
    reference   VARCHAR(200),
    actor       VARCHAR(100) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fee_entry_reversed_once UNIQUE (reverses)
);
CREATE INDEX fee_entry_unit ON fee_entry (unit_id, seq);

CREATE SEQUENCE audit_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_record (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    actor       VARCHAR(100) NOT NULL,
    estate_id   VARCHAR(36),
    action      VARCHAR(100) NOT NULL,
    object_type VARCHAR(50)  NOT NULL,
    object_id   VARCHAR(100) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    detail      VARCHAR(1000) NOT NULL
);
CREATE INDEX audit_record_estate ON audit_record (estate_id, seq);
CREATE INDEX audit_record_object ON audit_record (object_type, object_id, seq);

CREATE TABLE role_grant (
    actor_id   VARCHAR(100) NOT NULL,
    estate_key VARCHAR(36)  NOT NULL,  -- '*' for a company-wide grant
    role       VARCHAR(30)  NOT NULL,
    PRIMARY KEY (actor_id, estate_key, role)
);

CREATE TABLE idempotency_record (
    scope        VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    status       INTEGER      NOT NULL,
    content_type VARCHAR(100),
    body         VARCHAR(1000000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

-- Aggregates that are always read and written whole (handovers with their defects and trail, archives, access
-- requests, roster lines, buildings, facilities) are stored as JSON documents, with the keys they are looked
-- up by as indexed columns.
CREATE TABLE aggregate_document (
    kind        VARCHAR(20)  NOT NULL,
    id          VARCHAR(100) NOT NULL,
    estate_id   VARCHAR(36)  NOT NULL,
    owner_id    VARCHAR(36),           -- the unit (handover, archive, roster) or archive (access request)
    report_date DATE,
    version     BIGINT       NOT NULL,
    body        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX aggregate_document_owner ON aggregate_document (kind, owner_id);
CREATE INDEX aggregate_document_estate ON aggregate_document (kind, estate_id, report_date);
