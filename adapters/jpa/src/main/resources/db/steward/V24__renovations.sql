-- REN-01 … REN-10, DEP-04: renovations are documents of kind RENOVATION, owned by their unit and dated, while their
-- deposit's refund waits, by the day it is due; a unit's active renovation holds its RENOVATION_SLOT document.
ALTER TABLE aggregate_document DROP CONSTRAINT aggregate_document_kind;
ALTER TABLE aggregate_document ADD CONSTRAINT aggregate_document_kind CHECK (kind IN ('ARCHIVE', 'BUILDING', 'CENSUS',
    'FACILITY', 'FORCED_ENTRY', 'GOODS_PASS', 'HANDOVER', 'PRICE_LIST', 'RENOVATION', 'RENOVATION_SLOT', 'ROSTER',
    'TRANSFER'));
