-- PRK-02: price lists of paid services are documents of kind PRICE_LIST.
ALTER TABLE aggregate_document DROP CONSTRAINT aggregate_document_kind;
ALTER TABLE aggregate_document ADD CONSTRAINT aggregate_document_kind CHECK (kind IN ('ARCHIVE', 'BUILDING', 'CENSUS',
    'FACILITY', 'FORCED_ENTRY', 'GOODS_PASS', 'HANDOVER', 'PRICE_LIST', 'ROSTER', 'TRANSFER'));
