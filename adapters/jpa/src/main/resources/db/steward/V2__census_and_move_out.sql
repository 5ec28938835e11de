-- EST-03: the monthly report counts the occupancy changes of an estate in a month.
CREATE INDEX occupancy_change_estate_at ON occupancy_change (estate_id, at);
-- EST-06: a move-out records the pass, the meter readings and what stays in the reference.
ALTER TABLE occupancy_change ALTER COLUMN reference SET DATA TYPE VARCHAR(1000);
-- Goods-release passes (EST-09) and census rounds (EST-03) are versioned documents in aggregate_document.
