-- The version of what the sessions list and the activity register read beyond the evidence (0061)
-- and money (0105) versions (docs/decisions.md, decision 83): the register's stated values, the
-- mutual's own row (its minimum of firms, go/no-go lead time, completion threshold) and the names of
-- the trainers the sessions name. A page of sessions or of the register is then kept per version of
-- its data, as the 1 % statements and the billable sessions are (decision 82).
--
-- The kind 'delivery' of data_version (0105), given:
-- - by every statement that writes session_register, with 0105's general functions;
-- - by every statement that inserts or updates mutuals, for those mutuals (their key is `id`);
-- - when a user's display name changes, for every mutual with a session that names the user as its
--   trainer. Only the name: a login, which updates the user's row every time, gives no version. This
--   is a row trigger limited to the column and to a real change, because a statement trigger with
--   transition tables cannot be limited to columns. Names change rarely; each change reads the
--   sessions of the trainer by the index below.
--
-- A new mutual gets its 'finance' and 'delivery' rows when it is inserted, so that its pages are kept
-- from the start (0105 left it without a money version until its first write).

create function data_version_on_mutual_write() returns trigger language plpgsql as $fn$
declare
  each_kind text;
begin
  foreach each_kind in array tg_argv loop
    if tg_op = 'INSERT' then
      insert into data_version as v (kind, mutual_id, version)
        select each_kind, id, nextval('data_version_seq') from (select id from added) a order by id
      on conflict (kind, mutual_id) do update set version = excluded.version;
    else
      insert into data_version as v (kind, mutual_id, version)
        select each_kind, id, nextval('data_version_seq') from (select id from added union select id from removed) a
        order by id
      on conflict (kind, mutual_id) do update set version = excluded.version;
    end if;
  end loop;
  return null;
end
$fn$;

create trigger mutual_data_version_insert after insert on mutual referencing new table as added
  for each statement execute function data_version_on_mutual_write('delivery', 'finance');
create trigger mutual_data_version_update after update on mutual referencing old table as removed new table as added
  for each statement execute function data_version_on_mutual_write('delivery');

create function data_version_on_trainer_renamed() returns trigger language plpgsql as $fn$
begin
  insert into data_version as v (kind, mutual_id, version)
    select 'delivery', mutual_id, nextval('data_version_seq')
    from (select distinct mutual_id from training_session where trainer_user_id = new.id) s
    order by mutual_id
  on conflict (kind, mutual_id) do update set version = excluded.version;
  return null;
end
$fn$;

create trigger app_user_delivery_renamed after update of display_name on app_user
  for each row when (old.display_name is distinct from new.display_name)
  execute function data_version_on_trainer_renamed();

create index training_session_trainer_idx on training_session (trainer_user_id) where trainer_user_id is not null;

create trigger session_register_delivery_insert after insert on session_register referencing new table as added
  for each statement execute function data_version_on_insert('delivery');
create trigger session_register_delivery_update after update on session_register
  referencing old table as removed new table as added
  for each statement execute function data_version_on_update('delivery');
create trigger session_register_delivery_delete after delete on session_register referencing old table as removed
  for each statement execute function data_version_on_delete('delivery');
create trigger session_register_delivery_truncate after truncate on session_register
  for each statement execute function data_version_on_truncate('delivery');

-- The mutuals already there, and a money version for those that had none yet.
insert into data_version (kind, mutual_id, version)
  select 'delivery', id, nextval('data_version_seq') from mutual order by id;
insert into data_version (kind, mutual_id, version)
  select 'finance', id, nextval('data_version_seq') from mutual m
  where not exists (select 1 from data_version d where d.kind = 'finance' and d.mutual_id = m.id)
  order by id;
