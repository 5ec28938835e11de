-- EST-03: a census round's lines are rows, one per unit, so that a batch of checks reads and writes its own lines and
-- no others (a round of a 20 000-unit estate was one document rewritten whole by every batch). The round itself stays
-- a document (kind CENSUS): its deadlines, counts, report and signature. The lines of rounds stored before this
-- version are moved here by the Java migration that follows (V18).
CREATE TABLE census_line (
    census_kind  VARCHAR(20)  DEFAULT 'CENSUS' NOT NULL,
    census_id    VARCHAR(100) NOT NULL,
    code         VARCHAR(80)  NOT NULL,
    unit_id      VARCHAR(36)  NOT NULL,
    registered   VARCHAR(20)  NOT NULL,
    observed     VARCHAR(20),
    checked_by   VARCHAR(100),
    checked_at   TIMESTAMP WITH TIME ZONE,
    note         VARCHAR(1000),
    corrected_by VARCHAR(100),
    corrected_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (census_id, code),
    CONSTRAINT census_line_kind CHECK (census_kind = 'CENSUS'),
    CONSTRAINT census_line_census FOREIGN KEY (census_kind, census_id) REFERENCES aggregate_document (kind, id),
    CONSTRAINT census_line_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT census_line_registered CHECK (registered IN ('NOT_TAKEN_OVER', 'VACANT', 'OWNER_OCCUPIED', 'OFFICE',
        'TENANT_OCCUPIED', 'RENOVATING')),
    CONSTRAINT census_line_observed CHECK (observed IN ('NOT_TAKEN_OVER', 'VACANT', 'OWNER_OCCUPIED', 'OFFICE',
        'TENANT_OCCUPIED', 'RENOVATING')),
    -- a line is checked with who checked it and when, or not at all; corrected only once checked
    CONSTRAINT census_line_checked CHECK ((observed IS NULL AND checked_by IS NULL AND checked_at IS NULL)
        OR (observed IS NOT NULL AND checked_by IS NOT NULL AND checked_at IS NOT NULL)),
    CONSTRAINT census_line_corrected CHECK ((corrected_by IS NULL AND corrected_at IS NULL)
        OR (corrected_by IS NOT NULL AND corrected_at IS NOT NULL AND observed IS NOT NULL))
);
CREATE INDEX census_line_unit_idx ON census_line (unit_id);
