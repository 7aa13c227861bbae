-- Personal information (Law 25): when an employee was anonymised, and the access log searchable
-- by the person read (the read report filters on one employee's id in entity_ids).
alter table employee add column erased_at timestamptz;
create index access_log_entity_ids_idx on access_log using gin (entity_ids);
