import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { DuesScheduleTable } from '../db/tables.ts';

export type DuesScheduleRow = Selectable<DuesScheduleTable>;

/** The dues schedule and what dues invoicing needs to know of members. */
export function duesRepository(db: Db) {
  return {
    schedule(mutualId: string): Promise<DuesScheduleRow | undefined> {
      return db.selectFrom('dues_schedule').selectAll().where('mutual_id', '=', mutualId).executeTakeFirst();
    },
    async save(row: {
      mutual_id: string;
      basis: DuesScheduleRow['basis'];
      flat_cents: number | null;
      by_size_class: string;
      by_payroll: string;
      prorate: boolean;
      updated_at: string;
      updated_by: string;
    }) {
      await db
        .insertInto('dues_schedule')
        .values(row)
        .onConflict((oc) =>
          oc.column('mutual_id').doUpdateSet({
            basis: row.basis,
            flat_cents: row.flat_cents,
            by_size_class: row.by_size_class,
            by_payroll: row.by_payroll,
            prorate: row.prorate,
            updated_at: row.updated_at,
            updated_by: row.updated_by,
          }),
        )
        .execute();
    },
    /** Active members with what decides their dues, and whether the year's dues are already on an invoice not credited. */
    async membersForDues(mutualId: string, yearStart: string) {
      return db
        .selectFrom('member as m')
        .select([
          'm.id',
          'm.legal_name',
          'm.headcount',
          'm.annual_payroll_cents',
          'm.joined_on',
          (eb) =>
            eb
              .exists(
                eb
                  .selectFrom('invoice_line as l')
                  .select('l.id')
                  .whereRef('l.member_id', '=', 'm.id')
                  .where('l.kind', '=', 'dues')
                  .where('l.dues_year_start', '=', yearStart)
                  .where('l.credits_line_id', 'is', null)
                  .where((w) =>
                    w.not(
                      w.exists(
                        w.selectFrom('invoice_line as c').select('c.id').whereRef('c.credits_line_id', '=', 'l.id'),
                      ),
                    ),
                  ),
              )
              .as('invoiced'),
        ])
        .where('m.mutual_id', '=', mutualId)
        .where('m.status', '=', 'active')
        .orderBy(sql`lower(m.legal_name)`)
        .execute();
    },
  };
}
