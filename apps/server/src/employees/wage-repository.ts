import type { Insertable, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { WageTable } from '../db/tables.ts';

export type WageRow = Selectable<WageTable>;

/** Hourly wage history of employees. */
export function wageRepository(db: Db) {
  return {
    /** A page of an employee's wages, newest first, and how many it has. */
    async list(
      employeeId: string,
      paging: { limit: number; offset: number },
    ): Promise<{ items: WageRow[]; total: number }> {
      const ofEmployee = () => db.selectFrom('wage').where('employee_id', '=', employeeId);
      const [items, count] = await Promise.all([
        ofEmployee().selectAll().orderBy('effective_on', 'desc').limit(paging.limit).offset(paging.offset).execute(),
        ofEmployee()
          .select((eb) => eb.fn.countAll<number>().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.total) };
    },

    /** Adds a wage, or replaces the one with the same effective date. */
    async upsert(values: Insertable<WageTable>): Promise<{ row: WageRow; replaced: number | null }> {
      const previous = await db
        .selectFrom('wage')
        .select('hourly_wage_cents')
        .where('employee_id', '=', values.employee_id)
        .where('effective_on', '=', values.effective_on)
        .executeTakeFirst();
      const row = await db
        .insertInto('wage')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['employee_id', 'effective_on']).doUpdateSet({ hourly_wage_cents: values.hourly_wage_cents }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return { row, replaced: previous ? Number(previous.hourly_wage_cents) : null };
    },

    /** Adds or replaces many wages, 1,000 per statement. */
    async upsertMany(values: Insertable<WageTable>[]) {
      for (let i = 0; i < values.length; i += 1000) {
        await db
          .insertInto('wage')
          .values(values.slice(i, i + 1000))
          .onConflict((oc) =>
            oc
              .columns(['employee_id', 'effective_on'])
              .doUpdateSet({ hourly_wage_cents: sql`excluded.hourly_wage_cents` }),
          )
          .execute();
      }
    },
  };
}
