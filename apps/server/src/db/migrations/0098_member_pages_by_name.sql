-- A page of member firms by name is found from this index alone (the ids in order, no row read),
-- then its 50 rows are read (members/repository.ts). The index it replaces had no id, the list's
-- last sort key, so PostgreSQL read and sorted every member of the mutual for any page.
create index member_mutual_name_id_idx on member (mutual_id, legal_name, id);
drop index member_mutual_idx;
