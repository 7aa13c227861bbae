-- The outcome list of firms (outcomes/repository.ts, firmsPage) reads, for each firm of its page, the
-- latest form link of the year. Links were indexed only by (mutual_id, year): a mutual that sends the
-- yearly form to its thousand firms would have its thousand links read for each of the page's 50 firms.
-- One index per kind of firm, as firm_year_outcome and firm_research_consent have (0060).
create index if not exists outcome_request_member_idx on outcome_request (member_id, year, sent_at desc)
  where member_id is not null;
create index if not exists outcome_request_prospect_idx on outcome_request (prospect_id, year, sent_at desc)
  where prospect_id is not null;
