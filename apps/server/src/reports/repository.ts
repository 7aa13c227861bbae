import { DELIVERED_STATES } from '@mutualis/domain/delivery/lifecycle';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { InvoiceTable } from '../db/tables.ts';

/** A member's 1 % remittance invoice of a year. */
type RemittanceRow = Pick<Selectable<InvoiceTable>, 'id' | 'number' | 'total_cents' | 'status'>;

/** What the reports read: members' payments, training wages, declarations, activities, clientele, checks. */
export function reportRepository(db: Db) {
  return {
    /** The mutual's name, for the documents (whether it was recognised comes from the governance area). */
    async mutual(mutualId: string) {
      return db.selectFrom('mutual').select(['name']).where('id', '=', mutualId).executeTakeFirstOrThrow();
    },
    members(mutualId: string, memberIds: readonly string[] | null, page?: { limit: number; offset: number }) {
      let q = db
        .selectFrom('member')
        .select(['id', 'legal_name', 'annual_payroll_cents', 'headcount', 'region_code', 'status'])
        .where('mutual_id', '=', mutualId);
      if (memberIds) q = memberIds.length ? q.where('id', 'in', memberIds) : q.where(sql<boolean>`false`);
      else q = q.where('status', 'in', ['active', 'lapsed']);
      q = q.orderBy(sql`lower(legal_name)`).orderBy('id');
      if (page) q = q.limit(page.limit).offset(page.offset);
      return q.execute();
    },
    async countMembers(mutualId: string): Promise<number> {
      return (
        await db
          .selectFrom('member')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('mutual_id', '=', mutualId)
          .where('status', 'in', ['active', 'lapsed'])
          .executeTakeFirstOrThrow()
      ).n;
    },
    declarations(mutualId: string, memberIds: readonly string[], year: number) {
      if (memberIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('one_percent_declaration')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('member_id', 'in', memberIds)
        .where('year', '=', year)
        .execute();
    },
    async saveDeclaration(row: {
      mutual_id: string;
      member_id: string;
      year: number;
      payroll_cents: number;
      other_spending_cents: number;
      declared_by: string;
      declared_at: string;
    }) {
      await db
        .insertInto('one_percent_declaration')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['member_id', 'year']).doUpdateSet({
            payroll_cents: row.payroll_cents,
            other_spending_cents: row.other_spending_cents,
            declared_by: row.declared_by,
            declared_at: row.declared_at,
          }),
        )
        .execute();
    },
    async setRemittance(memberId: string, year: number, invoiceId: string) {
      await db
        .updateTable('one_percent_declaration')
        .set({ remittance_invoice_id: invoiceId })
        .where('member_id', '=', memberId)
        .where('year', '=', year)
        .execute();
    },
    /** Members' payments received in a date range, with their invoice's net and total and the net of its lines by kind. */
    async payments(mutualId: string, memberIds: readonly string[] | null, range: { from: string; to: string }) {
      let q = db
        .selectFrom('payment as p')
        .innerJoin('invoice as i', 'i.id', 'p.invoice_id')
        .select(['p.member_id', 'p.invoice_id', 'p.received_on', 'p.amount_cents', 'i.net_cents', 'i.total_cents'])
        .where('p.mutual_id', '=', mutualId)
        .where('p.received_on', '>=', range.from)
        .where('p.received_on', '<=', range.to);
      if (memberIds) q = memberIds.length ? q.where('p.member_id', 'in', memberIds) : q.where(sql<boolean>`false`);
      const rows = await q.execute();
      return rows.map((r) => ({
        ...r,
        amount_cents: Number(r.amount_cents),
        net_cents: Number(r.net_cents),
        total_cents: Number(r.total_cents),
      }));
    },
    /** The net of invoices' lines by kind. */
    async netByKind(invoiceIds: readonly string[]) {
      const out = new Map<string, Map<string, number>>();
      for (let i = 0; i < invoiceIds.length; i += 5000) {
        const rows = await db
          .selectFrom('invoice_line')
          .select(['invoice_id', 'kind', sql<number>`sum(net_cents)::bigint`.as('net')])
          .where('invoice_id', 'in', invoiceIds.slice(i, i + 5000))
          .groupBy(['invoice_id', 'kind'])
          .execute();
        for (const r of rows) {
          const m = out.get(r.invoice_id) ?? new Map<string, number>();
          m.set(r.kind, Number(r.net));
          out.set(r.invoice_id, m);
        }
      }
      return out;
    },
    /** Payments in the ledger: what the members' receivable account was credited by payments, per member, in the range. */
    async ledgerPayments(mutualId: string, memberIds: readonly string[], range: { from: string; to: string }) {
      if (memberIds.length === 0) return new Map<string, number>();
      const rows = await db
        .selectFrom('journal_line as l')
        .innerJoin('journal_entry as e', 'e.id', 'l.entry_id')
        .innerJoin('ledger_account as a', 'a.id', 'l.account_id')
        .select(['l.member_id', sql<number>`sum(l.credit_cents - l.debit_cents)::bigint`.as('cents')])
        .where('l.mutual_id', '=', mutualId)
        .where('l.member_id', 'in', memberIds)
        .where('a.role', '=', 'members_receivable')
        .where('e.voucher_kind', '=', 'payment')
        .where('l.entry_date', '>=', range.from)
        .where('l.entry_date', '<=', range.to)
        .groupBy('l.member_id')
        .execute();
      return new Map(rows.map((r) => [r.member_id as string, Number(r.cents)]));
    },
    /** Hours present per employee and day of the range, with the employee's hourly wage on that day. */
    async trainingHours(mutualId: string, memberIds: readonly string[], range: { from: string; to: string }) {
      if (memberIds.length === 0) return [];
      const rows = await db
        .selectFrom('attendance as a')
        .innerJoin('enrolment as e', 'e.id', 'a.enrolment_id')
        .innerJoin('session_meeting_day as d', 'd.id', 'a.meeting_day_id')
        .select([
          'e.member_id',
          'e.employee_id',
          'd.day',
          'a.hours',
          (eb) =>
            eb
              .selectFrom('wage as w')
              .select('w.hourly_wage_cents')
              .whereRef('w.employee_id', '=', 'e.employee_id')
              .whereRef('w.effective_on', '<=', 'd.day')
              .orderBy('w.effective_on', 'desc')
              .limit(1)
              .as('wage'),
        ])
        .where('a.mutual_id', '=', mutualId)
        .where('e.member_id', 'in', memberIds)
        .where('a.present', '=', true)
        .where('d.day', '>=', range.from)
        .where('d.day', '<=', range.to)
        .execute();
      return rows.map((r) => ({ memberId: r.member_id, hours: Number(r.hours), wageCents: Number(r.wage ?? 0) }));
    },
    /** A 1 % remittance invoice of the member for the year, not credited. */
    /** The year's 1 % remittance invoice of each of these members that has one (not credited), by member. */
    async remittances(mutualId: string, memberIds: readonly string[], year: number) {
      if (memberIds.length === 0) return new Map<string, RemittanceRow>();
      const rows = await db
        .selectFrom('invoice_line as l')
        .innerJoin('invoice as i', 'i.id', 'l.invoice_id')
        .select(['l.member_id', 'i.id', 'i.number', 'i.total_cents', 'i.status'])
        .where('l.mutual_id', '=', mutualId)
        .where('l.member_id', 'in', memberIds)
        .where('l.kind', '=', 'one_percent_remittance')
        .where('l.remittance_year', '=', year)
        .where('i.kind', '=', 'invoice')
        .where('i.status', '<>', 'credited')
        .orderBy('i.number')
        .execute();
      const byMember = new Map<string, RemittanceRow>();
      for (const { member_id, ...invoice } of rows) if (!byMember.has(member_id)) byMember.set(member_id, invoice);
      return byMember;
    },
    /** Sessions delivered with their last meeting day in the range: titles, days, hours, participants, firms, cost, evaluation. */
    async activities(mutualId: string, range: { from: string; to: string }) {
      const rows = await db
        .selectFrom('training_session as s')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .leftJoin('session_register as r', 'r.session_id', 's.id')
        .leftJoin('provider_bill as b', 'b.session_id', 's.id')
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('session_meeting_day')
              .select([
                'session_id',
                sql<string>`min(day)`.as('first_day'),
                sql<string>`max(day)`.as('last_day'),
                sql<number>`sum(hours)::float8`.as('hours'),
              ])
              .where('mutual_id', '=', mutualId)
              .groupBy('session_id')
              .as('d'),
          (j) => j.onRef('d.session_id', '=', 's.id'),
        )
        .select([
          's.id',
          sql<string>`coalesce(s.title, c.title_fr)`.as('title_fr'),
          sql<string>`coalesce(s.title, c.title_en)`.as('title_en'),
          'd.first_day',
          'd.last_day',
          'd.hours',
          'r.evaluation_result',
          sql<number>`coalesce(b.cost_cents, r.cost_cents, s.cost_cents)::bigint`.as('cost'),
        ])
        .where('s.mutual_id', '=', mutualId)
        .where('s.status', 'in', DELIVERED_STATES)
        .where('d.last_day', '>=', range.from)
        .where('d.last_day', '<=', range.to)
        .orderBy('d.first_day')
        .execute();
      return rows.map((r) => ({ ...r, hours: Number(r.hours), cost: Number(r.cost) }));
    },
    /**
     * The clientele of these (delivered) sessions, counted in SQL (a year may hold 100,000
     * enrolments): each session's confirmed participants by firm, with the firm's headcount and
     * region (an active enrolment is one per person and session); and the people who took part,
     * each once, by TEER, broad occupational category, their firm's headcount and region (an
     * employee belongs to one firm, so each person is in exactly one group). The ids go as one
     * array parameter, so that the planner knows how many sessions there are.
     */
    async clientele(mutualId: string, sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return { byFirm: [], people: [] };
      const taking = sql`e.mutual_id = ${mutualId} and e.status = 'confirmed' and e.session_id = any(${sql.val(sessionIds)}::uuid[])`;
      const [byFirm, people] = await Promise.all([
        sql<{ session_id: string; member_id: string; headcount: number; region_code: string; people: number }>`
          select e.session_id, e.member_id, m.headcount, m.region_code, count(*)::int as people
            from enrolment e join member m on m.id = e.member_id
           where ${taking}
           group by e.session_id, e.member_id, m.headcount, m.region_code`.execute(db),
        sql<{ teer: number; noc: string; headcount: number; region_code: string; people: number }>`
          select p.teer, left(p.noc_code, 1) as noc, m.headcount, m.region_code, count(*)::int as people
            from employee p join member m on m.id = p.member_id
           where p.mutual_id = ${mutualId} and p.id in (select e.employee_id from enrolment e where ${taking})
           group by p.teer, left(p.noc_code, 1), m.headcount, m.region_code`.execute(db),
      ]);
      return { byFirm: byFirm.rows, people: people.rows };
    },
    async attestationsIssued(mutualId: string, range: { from: string; to: string }): Promise<number> {
      return (
        await db
          .selectFrom('attestation')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('mutual_id', '=', mutualId)
          .where(sql`(issued_at at time zone 'America/Montreal')::date`, '>=', range.from)
          .where(sql`(issued_at at time zone 'America/Montreal')::date`, '<=', range.to)
          .executeTakeFirstOrThrow()
      ).n;
    },
    async subsidiesGranted(mutualId: string, range: { from: string; to: string }): Promise<number> {
      const row = await db
        .selectFrom('invoice_subsidy')
        .select(sql<number>`coalesce(sum(cents), 0)::bigint`.as('c'))
        .where('mutual_id', '=', mutualId)
        .where('granted_on', '>=', range.from)
        .where('granted_on', '<=', range.to)
        .executeTakeFirstOrThrow();
      return Number(row.c);
    },
    /** Of these sessions, those that no invoice line names. */
    async notInvoiced(sessionIds: readonly string[]): Promise<Set<string>> {
      if (sessionIds.length === 0) return new Set();
      const rows = await sql<{ id: string }>`
        select x.id from unnest(${sql.val(sessionIds)}::uuid[]) as x(id)
         where not exists (select 1 from invoice_line l where l.session_id = x.id)`.execute(db);
      return new Set(rows.rows.map((r) => r.id));
    },
    billsNotApproved(mutualId: string, to: string) {
      return db
        .selectFrom('provider_bill')
        .select('number')
        .where('mutual_id', '=', mutualId)
        .where('status', '=', 'received')
        .where('billed_on', '<=', to)
        .orderBy('sequence')
        .execute();
    },
    claimsInDraft(mutualId: string, to: string) {
      return db
        .selectFrom('funding_claim')
        .select('number')
        .where('mutual_id', '=', mutualId)
        .where('status', '=', 'draft')
        .where('period_from', '<=', to)
        .orderBy('sequence')
        .execute();
    },
    invoicesLongOverdue(mutualId: string, before: string) {
      return db
        .selectFrom('invoice')
        .select(['number', 'member_name'])
        .where('mutual_id', '=', mutualId)
        .where('kind', '=', 'invoice')
        .where('status', 'in', ['issued', 'partly_paid'])
        .where('issued_on', '<', before)
        .orderBy('sequence')
        .execute();
    },
    reportState(mutualId: string, fiscalYearStart: string) {
      return db
        .selectFrom('annual_report')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('fiscal_year_start', '=', fiscalYearStart)
        .executeTakeFirst();
    },
    async saveReportState(row: {
      mutual_id: string;
      fiscal_year_start: string;
      status: 'in_progress' | 'submitted';
      submitted_on: string | null;
      submitted_by: string | null;
      updated_at: string;
    }) {
      await db
        .insertInto('annual_report')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['mutual_id', 'fiscal_year_start']).doUpdateSet({
            status: row.status,
            submitted_on: row.submitted_on,
            submitted_by: row.submitted_by,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },
    /** Members' payments received up to a date, summed by day (the cessation figure spends the oldest first). */
    async paymentsByDay(mutualId: string, asOf: string) {
      const rows = await db
        .selectFrom('payment')
        .select(['received_on', sql<number>`sum(amount_cents)::bigint`.as('cents')])
        .where('mutual_id', '=', mutualId)
        .where('received_on', '<=', asOf)
        .groupBy('received_on')
        .orderBy('received_on')
        .execute();
      return rows.map((r) => ({ on: r.received_on, cents: Number(r.cents) }));
    },
    /** Expenses posted up to a date (debits minus credits of expense accounts), refused subsidies and bad debts excluded. */
    async expensesTo(mutualId: string, asOf: string): Promise<number> {
      const row = await db
        .selectFrom('journal_line as l')
        .innerJoin('ledger_account as a', 'a.id', 'l.account_id')
        .select(sql<number>`coalesce(sum(l.debit_cents - l.credit_cents), 0)::bigint`.as('c'))
        .where('l.mutual_id', '=', mutualId)
        .where('a.kind', '=', 'expense')
        .where((eb) => eb.or([eb('a.role', 'is', null), eb('a.role', '<>', 'bad_debts')]))
        .where('l.entry_date', '<=', asOf)
        .executeTakeFirstOrThrow();
      return Number(row.c);
    },
  };
}
