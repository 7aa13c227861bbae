-- An issued invoice or credit note is a voucher and must print the same thing forever: the GST and
-- QST rates it was taxed at are now kept on the document (its tax numbers already were, 0051), and
-- its PDF, page and API answer read them from here, never from the mutual's current settings.
-- A credit note keeps the rates of the invoice it credits.
--
-- Backfill: documents issued before this migration did not record their rates; they take the
-- mutual's rates in force when the migration runs (finance_settings), or the legal defaults
-- (GST 5 %, QST 9.975 %) for a mutual without settings. The tax numbers were stored at issue
-- since 0051 and are left as they are.
alter table invoice add column gst_ppm integer;
alter table invoice add column qst_ppm integer;

update invoice i
set gst_ppm = s.gst_ppm, qst_ppm = s.qst_ppm
from finance_settings s
where s.mutual_id = i.mutual_id;
update invoice set gst_ppm = 50000 where gst_ppm is null;
update invoice set qst_ppm = 99750 where qst_ppm is null;

alter table invoice alter column gst_ppm set not null;
alter table invoice alter column qst_ppm set not null;
alter table invoice add constraint invoice_gst_ppm_range check (gst_ppm between 0 and 1000000);
alter table invoice add constraint invoice_qst_ppm_range check (qst_ppm between 0 and 1000000);
