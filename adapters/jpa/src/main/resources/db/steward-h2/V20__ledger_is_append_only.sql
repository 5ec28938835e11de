-- On PostgreSQL this version makes the ledger's postings append-only by a trigger. H2 runs triggers only as Java
-- classes; the embedded database relies on the adapter, which has no update or delete of postings.
SELECT 1;
