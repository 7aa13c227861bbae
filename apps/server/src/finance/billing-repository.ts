import { OPEN_TO_EVERY_MEMBER } from '@mutualis/domain/delivery/lifecycle';
import { SESSION_ITEM_KINDS } from '@mutualis/domain/finance/invoice';
import { type ExpressionBuilder, type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import { insertByColumns } from '../db/insert-by-columns.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';
import type { Database, InvoiceLineTable, InvoiceSubsidyTable, InvoiceTable, PaymentTable } from '../db/tables.ts';
import { statementBatches } from './batches.ts';

const INVOICE_LINE_COLUMNS = {
  id: 'uuid',
  invoice_id: 'uuid',
  mutual_id: 'uuid',
  member_id: 'uuid',
  position: 'integer',
  kind: 'text',
  description_fr: 'text',
  description_en: 'text',
  session_id: 'uuid',
  quantity: 'integer',
  dues_year_start: 'date',
  remittance_year: 'integer',
  gross_cents: 'bigint',
  subsidy_cents: 'bigint',
  net_cents: 'bigint',
  taxable: 'boolean',
  credits_line_id: 'uuid',
} as const;
export type InvoiceRow = Selectable<InvoiceTable>;
export type InvoiceLineRow = Selectable<InvoiceLineTable>;
export type PaymentRow = Selectable<PaymentTable>;
export type SubsidyRow = Selectable<InvoiceSubsidyTable> & { programme_name: string; funder_name: string };

/** The delivery area's rule for what a member contact sees: a session open to every member, or one its firm reserved seats or enrolled in. */
const openToFirm = (eb: ExpressionBuilder<Database & { s: Database['training_session'] }, 's'>, firmId: string) =>
  eb.or([
    eb('s.status', 'in', [...OPEN_TO_EVERY_MEMBER]),
    eb.exists(
      eb
        .selectFrom('session_reservation as r')
        .select('r.id')
        .whereRef('r.session_id', '=', 's.id')
        .where('r.member_id', '=', firmId),
    ),
    eb.exists(
      eb
        .selectFrom('enrolment as e')
        .select('e.id')
        .whereRef('e.session_id', '=', 's.id')
        .where('e.member_id', '=', firmId),
    ),
  ]);

export interface SessionRow {
  id: string;
  status: string;
  title_fr: string;
  title_en: string;
  fixed_cost_cents: number;
  seat_cost_cents: number;
  provider_id: string | null;
  first_day: string | null;
  last_day: string | null;
  hours: number;
}

export interface InvoiceFilter {
  memberId?: string | null;
  status?: string;
  kind?: string;
  sessionId?: string;
  overdueOn?: string;
  search?: string;
}

/** Member invoices, credit notes, their lines and subsidies, payments; the facts of the sessions they bill. */
export function billingRepository(db: Db) {
  const invoices = (mutualId: string, f: InvoiceFilter) => {
    let q = db.selectFrom('invoice as i').selectAll('i').where('i.mutual_id', '=', mutualId);
    if (f.memberId) q = q.where('i.member_id', '=', f.memberId);
    if (f.status) q = q.where('i.status', '=', f.status as InvoiceRow['status']);
    if (f.kind) q = q.where('i.kind', '=', f.kind as InvoiceRow['kind']);
    if (f.overdueOn)
      q = q
        .where('i.kind', '=', 'invoice')
        .where('i.status', 'in', ['issued', 'partly_paid'])
        .where('i.due_on', '<', f.overdueOn);
    if (f.sessionId) {
      const sessionId = f.sessionId;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('invoice_line as l')
            .select('l.id')
            .whereRef('l.invoice_id', '=', 'i.id')
            .where('l.session_id', '=', sessionId),
        ),
      );
    }
    if (f.search) {
      const term = `%${f.search.toLowerCase()}%`;
      q = q.where((eb) => eb.or([eb(sql`lower(i.number)`, 'like', term), eb(sql`lower(i.member_name)`, 'like', term)]));
    }
    return q;
  };
  return {
    list(mutualId: string, f: InvoiceFilter, page: { limit: number; offset: number }): Promise<InvoiceRow[]> {
      return invoices(mutualId, f)
        .orderBy('i.issued_on', 'desc')
        .orderBy('i.sequence', 'desc')
        .orderBy('i.kind')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async count(mutualId: string, f: InvoiceFilter): Promise<number> {
      return (
        await invoices(mutualId, f).clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
      ).n;
    },
    all(mutualId: string, f: InvoiceFilter): Promise<InvoiceRow[]> {
      return invoices(mutualId, f).orderBy('i.issued_on').orderBy('i.kind').orderBy('i.sequence').execute();
    },
    find(mutualId: string, id: string, memberId: string | null = null): Promise<InvoiceRow | undefined> {
      return invoices(mutualId, { memberId }).where('i.id', '=', id).executeTakeFirst();
    },
    findMany(mutualId: string, ids: readonly string[]): Promise<InvoiceRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('invoice')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', 'in', ids)
        .orderBy('sequence')
        .execute();
    },
    linesOf(invoiceIds: readonly string[]): Promise<InvoiceLineRow[]> {
      if (invoiceIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('invoice_line')
        .selectAll()
        .where('invoice_id', 'in', invoiceIds)
        .orderBy('invoice_id')
        .orderBy('position')
        .execute();
    },
    subsidiesOf(invoiceIds: readonly string[]): Promise<SubsidyRow[]> {
      if (invoiceIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('invoice_subsidy as s')
        .innerJoin('funding_programme as p', 'p.id', 's.programme_id')
        .innerJoin('mutual_funder as f', 'f.id', 's.funder_id')
        .selectAll('s')
        .select(['p.name as programme_name', 'f.name as funder_name'])
        .where('s.invoice_id', 'in', invoiceIds)
        .execute();
    },
    paymentsOf(invoiceIds: readonly string[]): Promise<PaymentRow[]> {
      if (invoiceIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('payment')
        .selectAll()
        .where('invoice_id', 'in', invoiceIds)
        .orderBy('received_on')
        .orderBy('created_at')
        .execute();
    },
    creditNotesOf(invoiceIds: readonly string[]): Promise<InvoiceRow[]> {
      if (invoiceIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('invoice')
        .selectAll()
        .where('credits_invoice_id', 'in', invoiceIds)
        .orderBy('sequence')
        .execute();
    },
    async insertInvoices(rows: Insertable<InvoiceTable>[]) {
      for (const batch of statementBatches(rows)) await db.insertInto('invoice').values(batch).execute();
    },
    /** Invoice lines, all in one statement (a year's invoicing writes tens of thousands). */
    async insertLines(rows: Insertable<InvoiceLineTable>[]) {
      await insertByColumns(db, 'invoice_line', INVOICE_LINE_COLUMNS, rows);
    },
    async insertSubsidies(rows: Insertable<InvoiceSubsidyTable>[]) {
      for (const batch of statementBatches(rows)) await db.insertInto('invoice_subsidy').values(batch).execute();
    },
    async update(mutualId: string, id: string, values: Updateable<InvoiceTable>) {
      await db.updateTable('invoice').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
    async insertPayment(values: Insertable<PaymentTable>): Promise<string> {
      return (await db.insertInto('payment').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    /** Locks an invoice row until the end of the transaction (payments and credits are decided one at a time). */
    async lock(mutualId: string, id: string) {
      await db
        .selectFrom('invoice')
        .select('id')
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .forUpdate()
        .execute();
    },
    /** Lines not reversed by a credit note yet. */
    async liveLinesOf(invoiceId: string): Promise<InvoiceLineRow[]> {
      return db
        .selectFrom('invoice_line as l')
        .selectAll('l')
        .where('l.invoice_id', '=', invoiceId)
        .where((eb) =>
          eb.not(
            eb.exists(eb.selectFrom('invoice_line as c').select('c.id').whereRef('c.credits_line_id', '=', 'l.id')),
          ),
        )
        .orderBy('l.position')
        .execute();
    },
    /** The session lines of these sessions not reversed yet, on invoices (not credit notes). */
    async liveSessionLines(mutualId: string, sessionIds: readonly string[]): Promise<InvoiceLineRow[]> {
      if (sessionIds.length === 0) return [];
      return db
        .selectFrom('invoice_line as l')
        .innerJoin('invoice as i', 'i.id', 'l.invoice_id')
        .selectAll('l')
        .where('l.mutual_id', '=', mutualId)
        .where('l.session_id', 'in', sessionIds)
        .where('i.kind', '=', 'invoice')
        .where('l.kind', 'in', [...SESSION_ITEM_KINDS])
        .where((eb) =>
          eb.not(
            eb.exists(eb.selectFrom('invoice_line as c').select('c.id').whereRef('c.credits_line_id', '=', 'l.id')),
          ),
        )
        .orderBy('l.invoice_id')
        .orderBy('l.position')
        .execute();
    },
    subsidiesOfLines(lineIds: readonly string[]): Promise<Selectable<InvoiceSubsidyTable>[]> {
      if (lineIds.length === 0) return Promise.resolve([]);
      return db.selectFrom('invoice_subsidy').selectAll().where('invoice_line_id', 'in', lineIds).execute();
    },
    /** Names, addresses and the language of each member (its first member-contact account's, else French). */
    async members(mutualId: string, memberIds: readonly string[]) {
      if (memberIds.length === 0)
        return new Map<
          string,
          { name: string; address: string | null; language: 'fr' | 'en'; headcount: number; regionCode: string }
        >();
      const rows = await db
        .selectFrom('member as m')
        .select([
          'm.id',
          'm.legal_name',
          'm.address',
          'm.city',
          'm.postal_code',
          'm.headcount',
          'm.region_code',
          (eb) =>
            eb
              .selectFrom('app_user as u')
              .select('u.locale')
              .whereRef('u.member_id', '=', 'm.id')
              .where('u.role', '=', 'member_contact')
              .orderBy('u.created_at')
              .limit(1)
              .as('locale'),
        ])
        .where('m.mutual_id', '=', mutualId)
        .where('m.id', 'in', memberIds)
        .execute();
      return new Map(
        rows.map((r) => [
          r.id,
          {
            name: r.legal_name,
            address: [r.address, r.city, r.postal_code].filter(Boolean).join(', ') || null,
            language: (r.locale as 'fr' | 'en' | null) ?? 'fr',
            headcount: r.headcount,
            regionCode: r.region_code,
          },
        ]),
      );
    },
    /** Where to e-mail a member's invoices: its active member-contact accounts, else its primary contact. */
    async recipients(
      mutualId: string,
      memberIds: readonly string[],
    ): Promise<Map<string, { email: string; locale: 'fr' | 'en' }[]>> {
      const map = new Map<string, { email: string; locale: 'fr' | 'en' }[]>();
      if (memberIds.length === 0) return map;
      const users = await db
        .selectFrom('app_user')
        .select(['member_id', 'email', 'locale'])
        .where('mutual_id', '=', mutualId)
        .where('member_id', 'in', memberIds)
        .where('role', '=', 'member_contact')
        .where('active', '=', true)
        .execute();
      for (const u of users)
        map.set(u.member_id as string, [
          ...(map.get(u.member_id as string) ?? []),
          { email: u.email, locale: u.locale },
        ]);
      const contacts = await db
        .selectFrom('member_contact')
        .select(['member_id', 'email'])
        .where('mutual_id', '=', mutualId)
        .where('member_id', 'in', memberIds)
        .where('is_primary', '=', true)
        .where('email', 'is not', null)
        .execute();
      for (const c of contacts)
        if (!map.has(c.member_id)) map.set(c.member_id, [{ email: c.email as string, locale: 'fr' }]);
      return map;
    },
    /** The sessions with their accepted price (the course's, set from the accepted quote), titles and meeting days. */
    async sessions(mutualId: string, sessionIds: readonly string[]): Promise<SessionRow[]> {
      if (sessionIds.length === 0) return [];
      const rows = await db
        .selectFrom('training_session as s')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .select([
          's.id',
          's.status',
          sql<string>`coalesce(s.title, c.title_fr)`.as('title_fr'),
          sql<string>`coalesce(s.title, c.title_en)`.as('title_en'),
          'c.fixed_cost_cents',
          'c.seat_cost_cents',
          sql<string | null>`coalesce(s.provider_id, c.provider_id)`.as('provider_id'),
          (eb) =>
            eb
              .selectFrom('session_meeting_day as d')
              .select(sql<string>`min(d.day)`.as('d'))
              .whereRef('d.session_id', '=', 's.id')
              .as('first_day'),
          (eb) =>
            eb
              .selectFrom('session_meeting_day as d')
              .select(sql<string>`max(d.day)`.as('d'))
              .whereRef('d.session_id', '=', 's.id')
              .as('last_day'),
          (eb) =>
            eb
              .selectFrom('session_meeting_day as d')
              .select(sql<number>`coalesce(sum(d.hours), 0)::float8`.as('h'))
              .whereRef('d.session_id', '=', 's.id')
              .as('hours'),
        ])
        .where('s.mutual_id', '=', mutualId)
        .where('s.id', 'in', sessionIds)
        .execute();
      return rows.map((r) => ({
        ...r,
        fixed_cost_cents: Number(r.fixed_cost_cents),
        seat_cost_cents: Number(r.seat_cost_cents),
        hours: Number(r.hours ?? 0),
      }));
    },
    /** Enrolment counts by session, member and status. */
    async enrolmentCounts(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return [];
      return db
        .selectFrom('enrolment')
        .select(['session_id', 'member_id', 'status', sql<number>`count(*)::int`.as('n')])
        .where('session_id', 'in', sessionIds)
        .groupBy(['session_id', 'member_id', 'status'])
        .execute();
    },
    /** Seats reserved by member (named or not), by session. */
    async reservedSeats(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return [];
      return db
        .selectFrom('session_reservation')
        .select(['session_id', 'member_id', sql<number>`sum(seats)::int`.as('seats')])
        .where('session_id', 'in', sessionIds)
        .groupBy(['session_id', 'member_id'])
        .execute();
    },
    /** Participants holding a seat (confirmed or no-show), their TEER and hours present. */
    async participants(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return [];
      return db
        .selectFrom('enrolment as en')
        .innerJoin('employee as e', 'e.id', 'en.employee_id')
        .select([
          'en.session_id',
          'en.member_id',
          'e.teer',
          (eb) =>
            eb
              .selectFrom('attendance as a')
              .select(sql<number>`coalesce(sum(a.hours), 0)::float8`.as('h'))
              .whereRef('a.enrolment_id', '=', 'en.id')
              .where('a.present', '=', true)
              .as('hours'),
        ])
        .where('en.session_id', 'in', sessionIds)
        .where('en.status', 'in', ['confirmed', 'no_show'])
        .execute();
    },
    /** Sessions in the given states or with invoice lines, latest last meeting day first (none last), then id; a page of them. */
    async billableSessions(
      mutualId: string,
      states: readonly string[],
      state: 'to_invoice' | 'invoiced' | 'all',
      page: { limit: number; offset: number },
    ) {
      const hasLines = sql<boolean>`exists (select 1 from invoice_line l where l.session_id = s.id and l.kind in (${sql.join([...SESSION_ITEM_KINDS])}))`;
      let q = db.selectFrom('training_session as s').where('s.mutual_id', '=', mutualId);
      if (state === 'to_invoice') q = q.where('s.status', 'in', [...states]).where(sql<boolean>`not ${hasLines}`);
      else if (state === 'invoiced') q = q.where(hasLines);
      else q = q.where((eb) => eb.or([eb('s.status', 'in', [...states]), hasLines]));
      const [rows, count] = await Promise.all([
        q
          .select('s.id')
          // the last meeting day kept on the session (migration 0103_session_pages), in its index's order
          .orderBy(sql`s.last_day desc nulls last`)
          .orderBy('s.id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { ids: rows.map((r) => r.id), total: count.n };
    },
    /** True when the firm may see the session as its contact does: open to every member, or the firm reserved seats or enrolled in it. */
    async sessionOpenToFirm(mutualId: string, sessionId: string, firmId: string): Promise<boolean> {
      const row = await db
        .selectFrom('training_session as s')
        .select('s.id')
        .where('s.mutual_id', '=', mutualId)
        .where('s.id', '=', sessionId)
        .where((eb) => openToFirm(eb, firmId))
        .executeTakeFirst();
      return Boolean(row);
    },
    /** Sessions still open for enrolment (not started), soonest first; a page of them (with a firm: those its contact may see). */
    async openSessions(
      mutualId: string,
      states: readonly string[],
      today: string,
      page: { limit: number; offset: number },
      firmId: string | null = null,
    ) {
      const q = db
        .selectFrom('training_session as s')
        .where('s.mutual_id', '=', mutualId)
        .where('s.status', 'in', [...states])
        .where((eb) => (firmId ? openToFirm(eb, firmId) : eb.lit(true)))
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('session_meeting_day as d')
                .select('d.id')
                .whereRef('d.session_id', '=', 's.id')
                .where('d.day', '<', today),
            ),
          ),
        );
      // both planned for each mutual's values at every request otherwise (docs/performance.md, 2026-12-08)
      const [rows, count] = await Promise.all([
        withGenericPlan(
          q
            .select([
              's.id',
              (eb) =>
                eb
                  .selectFrom('session_meeting_day as d')
                  .select(sql<string>`min(d.day)`.as('d'))
                  .whereRef('d.session_id', '=', 's.id')
                  .as('first_day'),
            ])
            .orderBy(sql`first_day nulls last`)
            .orderBy('s.id')
            .limit(page.limit)
            .offset(page.offset),
        ).execute(),
        withGenericPlan(q.select(sql<number>`count(*)::int`.as('n'))).executeTakeFirstOrThrow(),
      ]);
      return { ids: rows.map((r) => r.id), total: count.n };
    },
    /** Ids of sessions ready to invoice: in the states, not invoiced, last meeting day on or before `through` (or none yet). */
    async sessionsToInvoice(mutualId: string, states: readonly string[], through: string): Promise<string[]> {
      const rows = await db
        .selectFrom('training_session as s')
        .select('s.id')
        .where('s.mutual_id', '=', mutualId)
        .where('s.status', 'in', [...states])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('invoice_line as l')
                .select('l.id')
                .whereRef('l.session_id', '=', 's.id')
                .where('l.kind', 'in', [...SESSION_ITEM_KINDS]),
            ),
          ),
        )
        .where((eb) =>
          eb.or([
            eb.not(
              eb.exists(eb.selectFrom('session_meeting_day as d').select('d.id').whereRef('d.session_id', '=', 's.id')),
            ),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('session_meeting_day as d')
                  .select('d.id')
                  .whereRef('d.session_id', '=', 's.id')
                  .where('d.day', '>', through),
              ),
            ),
          ]),
        )
        .orderBy('s.id')
        .execute();
      return rows.map((r) => r.id);
    },
    async providerNames(mutualId: string): Promise<Map<string, string>> {
      const rows = await db.selectFrom('provider').select(['id', 'name']).where('mutual_id', '=', mutualId).execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async mutualName(mutualId: string): Promise<string> {
      return (await db.selectFrom('mutual').select('name').where('id', '=', mutualId).executeTakeFirstOrThrow()).name;
    },
    /** Payments by invoice kind… for the 1 % statement and the annual report: each payment with its invoice's net and total. */
    async paymentsInRange(mutualId: string, range: { from: string; to: string }, memberId: string | null = null) {
      let q = db
        .selectFrom('payment as p')
        .innerJoin('invoice as i', 'i.id', 'p.invoice_id')
        .select([
          'p.id',
          'p.member_id',
          'p.invoice_id',
          'p.received_on',
          'p.amount_cents',
          'i.net_cents',
          'i.total_cents',
        ])
        .where('p.mutual_id', '=', mutualId)
        .where('p.received_on', '>=', range.from)
        .where('p.received_on', '<=', range.to);
      if (memberId) q = q.where('p.member_id', '=', memberId);
      return (await q.execute()).map((r) => ({
        ...r,
        amount_cents: Number(r.amount_cents),
        net_cents: Number(r.net_cents),
        total_cents: Number(r.total_cents),
      }));
    },
  };
}
