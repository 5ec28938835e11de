-- A document may outgrow 1 MB (the census of a 20 000-unit estate is several): bodies become character large objects.
ALTER TABLE aggregate_document ALTER COLUMN body SET DATA TYPE CHARACTER LARGE OBJECT;
