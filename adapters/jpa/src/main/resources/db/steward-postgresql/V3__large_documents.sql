-- A document may outgrow 1 MB (the census of a 20 000-unit estate is several): TEXT has no length limit.
ALTER TABLE aggregate_document ALTER COLUMN body TYPE TEXT;
