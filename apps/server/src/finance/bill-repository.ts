import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';
import type { ProviderBillTable } from '../db/tables.ts';
import { statementBatches } from './batches.ts';

export type BillRow = Selectable<ProviderBillTable> & { provider_name: string; title_fr: string; title_en: string };

/** Providers' bills (one per delivered session) and the sessions' margins. */
export function billRepository(db: Db) {
  const bills = (mutualId: string) =>
    db
      .selectFrom('provider_bill as b')
      .innerJoin('provider as p', 'p.id', 'b.provider_id')
      .innerJoin('training_session as s', 's.id', 'b.session_id')
      .innerJoin('course as c', 'c.id', 's.course_id')
      .selectAll('b')
      .select([
        'p.name as provider_name',
        sql<string>`coalesce(s.title, c.title_fr)`.as('title_fr'),
        sql<string>`coalesce(s.title, c.title_en)`.as('title_en'),
      ])
      .where('b.mutual_id', '=', mutualId);
  return {
    list(mutualId: string, status: string | undefined, page: { limit: number; offset: number }): Promise<BillRow[]> {
      let q = bills(mutualId);
      if (status) q = q.where('b.status', '=', status as BillRow['status']);
      return withGenericPlan(q.orderBy('b.sequence', 'desc').limit(page.limit).offset(page.offset)).execute();
    },
    async count(mutualId: string, status: string | undefined): Promise<number> {
      let q = db
        .selectFrom('provider_bill')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('mutual_id', '=', mutualId);
      if (status) q = q.where('status', '=', status as BillRow['status']);
      return (await q.executeTakeFirstOrThrow()).n;
    },
    find(mutualId: string, id: string): Promise<BillRow | undefined> {
      return bills(mutualId).where('b.id', '=', id).executeTakeFirst();
    },
    async lock(mutualId: string, id: string) {
      await db
        .selectFrom('provider_bill')
        .select('id')
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .forUpdate()
        .execute();
    },
    async sessionsWithBills(
      sessionIds: readonly string[],
    ): Promise<Map<string, { id: string; status: string; seats: number; taxable: boolean }>> {
      if (sessionIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('provider_bill')
        .select(['id', 'session_id', 'status', 'seats', 'taxable'])
        .where('session_id', 'in', sessionIds)
        .execute();
      return new Map(
        rows.map((r) => [r.session_id, { id: r.id, status: r.status, seats: r.seats, taxable: r.taxable }]),
      );
    },
    async insert(rows: Insertable<ProviderBillTable>[]) {
      for (const batch of statementBatches(rows)) await db.insertInto('provider_bill').values(batch).execute();
    },
    async update(mutualId: string, id: string, values: Updateable<ProviderBillTable>) {
      await db
        .updateTable('provider_bill')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .execute();
    },
    /** Invoiced sessions with what their live lines recovered (before subsidies), the subsidies, and the provider's cost. */
    async margins(mutualId: string, page: { limit: number; offset: number }) {
      const recovered = db
        .selectFrom('invoice_line as l')
        .innerJoin('invoice as i', 'i.id', 'l.invoice_id')
        .select([
          'l.session_id',
          sql<number>`sum(l.gross_cents)::bigint`.as('gross'),
          sql<number>`sum(l.subsidy_cents)::bigint`.as('subsidy'),
        ])
        .where('l.mutual_id', '=', mutualId)
        .where('l.session_id', 'is not', null)
        .where('l.kind', 'in', ['session_share', 'late_cancellation_fee', 'no_show_fee'])
        .groupBy('l.session_id')
        .as('r');
      const base = db
        .selectFrom(recovered)
        .innerJoin('training_session as s', 's.id', 'r.session_id')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .leftJoin('provider_bill as b', 'b.session_id', 's.id');
      // generic plans: planned for its values at every request otherwise (1 ms, decision 84)
      const [rows, count] = await Promise.all([
        withGenericPlan(
          base.select([
            's.id as session_id',
            sql<string>`coalesce(s.title, c.title_fr)`.as('title_fr'),
            sql<string>`coalesce(s.title, c.title_en)`.as('title_en'),
            (eb) =>
              eb
                .selectFrom('session_meeting_day as d')
                .select(sql<string>`max(d.day)`.as('d'))
                .whereRef('d.session_id', '=', 's.id')
                .as('last_day'),
            'r.gross',
            'r.subsidy',
            'b.cost_cents',
          ]),
        )
          .orderBy(sql`last_day desc nulls last`)
          .orderBy('s.id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        withGenericPlan(base.select(sql<number>`count(*)::int`.as('n'))).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: count.n };
    },
  };
}
