-- On PostgreSQL this version adds triggers that refuse updates and deletes of the histories. H2 runs triggers only
-- as Java classes on its own class path, so the embedded database relies on the adapter, which has no update or
-- delete for them. The version exists here so both databases carry the same schema version.
SELECT 1;
