-- The access log's search by person (0090) is a GIN index, which by default gathers new entries in a
-- pending list and merges them into the index when the list reaches 4 MB. Every page of employees
-- read adds a row of 50 ids, so about every 1,500 reads one read paid for the merge: 30–50 ms during
-- which the embedded database answered nothing else (PGlite has no autovacuum to merge in the
-- background). Entries now go straight into the index: about 0.13 ms more per read, no pauses.
alter index access_log_entity_ids_idx set (fastupdate = off);
