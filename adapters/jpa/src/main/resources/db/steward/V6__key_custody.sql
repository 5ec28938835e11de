-- Key custody (KEY-01 … KEY-12). A key's full state travels as JSON in "body"; the columns are what the register is
-- searched, ordered and locked by.

CREATE TABLE key_register (
    estate_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    key_manager   VARCHAR(100) NOT NULL,
    designated_by VARCHAR(100) NOT NULL,
    designated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_number   BIGINT       NOT NULL CHECK (last_number >= 0),  -- KEY-02: numbers are taken under a row lock
    version       BIGINT       NOT NULL
);

CREATE TABLE custody_key (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    estate_id  VARCHAR(36)  NOT NULL,
    key_number BIGINT       NOT NULL,
    unit_id    VARCHAR(36),
    status     VARCHAR(20)  NOT NULL,
    due_at     TIMESTAMP WITH TIME ZONE,
    body       VARCHAR(100000) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT custody_key_number_unique UNIQUE (estate_id, key_number)
);
CREATE INDEX custody_key_status ON custody_key (estate_id, status, key_number);
CREATE INDEX custody_key_unit ON custody_key (unit_id, key_number);

-- KEY-12: append-only; the primary key refuses a second movement with the same number for a key
CREATE TABLE key_movement (
    key_id    VARCHAR(36)  NOT NULL,
    seq       INTEGER      NOT NULL,
    estate_id VARCHAR(36)  NOT NULL,
    kind      VARCHAR(30)  NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    body      VARCHAR(100000) NOT NULL,
    CONSTRAINT key_movement_pk PRIMARY KEY (key_id, seq)
);
CREATE INDEX key_movement_estate ON key_movement (estate_id, at);
