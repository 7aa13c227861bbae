-- Law 25: the person in charge of the protection of personal information of each mutual (its
-- privacy officer), shown at the foot of every page and every e-mail. Null: the platform's default
-- (PRIVACY_OFFICER_* in the configuration) is shown instead.
alter table mutual
  add column privacy_officer_name text,
  add column privacy_officer_title text,
  add column privacy_officer_email text,
  add column privacy_officer_phone text,
  add constraint mutual_privacy_officer_complete check (
    (privacy_officer_name is null) = (privacy_officer_email is null)
  );
