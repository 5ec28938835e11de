-- On PostgreSQL this version refuses updates and deletes of meter readings by trigger; H2 runs triggers only as Java
-- classes, so the embedded database relies on the adapter, which has no update or delete for them.
SELECT 1;
