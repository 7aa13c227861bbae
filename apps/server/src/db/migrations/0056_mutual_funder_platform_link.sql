-- A mutual's funder (its own record, 0052) may name the platform's funder organisation it is
-- (the observatory's `funder`, 0070). While linked, that organisation's accounts observe the mutual
-- (derived when read, beside the platform administrator's `funder_mutual` grants: decision 67) and
-- read the claims the mutual submitted to this funder (no personal data).
--
-- `funder` is created by a later migration (0070), so the reference is kept by a trigger rather
-- than a foreign key (a migration runs before the tables of higher numbers exist); platform funders
-- are never deleted (there is no such route).
alter table mutual_funder add column platform_funder_id uuid;
create index mutual_funder_platform_idx on mutual_funder (platform_funder_id) where platform_funder_id is not null;

create function mutual_funder_platform_exists() returns trigger language plpgsql as $fn$
begin
  if new.platform_funder_id is not null and not exists (select 1 from funder where id = new.platform_funder_id) then
    raise exception 'no platform funder %', new.platform_funder_id using errcode = '23503';
  end if;
  return new;
end;
$fn$;
create trigger mutual_funder_platform_funder before insert or update of platform_funder_id on mutual_funder
  for each row execute function mutual_funder_platform_exists();
