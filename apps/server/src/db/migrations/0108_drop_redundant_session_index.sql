-- training_session_mutual_idx (mutual_id, period), from 0030, is the first two columns of
-- training_session_page_idx (mutual_id, period, created_at, id), from 0103: every search it served,
-- the longer index serves as well. On the large seed it had not been used once (pg_stat_user_indexes,
-- 2026-12-07), while every write of a session kept it up to date.
drop index if exists training_session_mutual_idx;
