-- A member contact's page of its firm's enrolments (delivery/enrolment-repository.ts, listForMember)
-- takes its 50 ids newest first among its firm's enrolments. Migration 0101's index on (mutual_id,
-- created_at desc, id) serves the coordinator's page; for one firm PostgreSQL read every enrolment of
-- the firm through enrolment_member_idx (member_id, session_id) and sorted them: 0.63–0.72 ms a page
-- for a firm of 208 enrolments on the large seed, and more as a firm's history grows. With the firm in
-- the index the page is its first 50 entries: 0.54–0.55 ms for the whole statement with its joins
-- (pg_stat_statements, 2026-12-07; docs/performance.md).
create index if not exists enrolment_mutual_member_created_idx on enrolment (mutual_id, member_id, created_at desc, id);
