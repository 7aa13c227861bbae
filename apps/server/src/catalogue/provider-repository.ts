import { OFFERED_COURSE_STATUSES } from '@mutualis/domain/catalogue/index';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';
import type { ProviderTable } from '../db/tables.ts';

export type ProviderRow = Selectable<ProviderTable> & { course_count: number };

export interface ProviderFilter {
  providerId?: string;
  includeInactive?: boolean;
  region?: string;
}

/** Training providers of a mutual (institutions, accredited trainers and bodies). */
export function providerRepository(db: Db) {
  const filtered = (mutualId: string, filter: ProviderFilter) => {
    let q = db.selectFrom('provider as p').where('p.mutual_id', '=', mutualId);
    if (filter.providerId) q = q.where('p.id', '=', filter.providerId);
    if (!filter.includeInactive) q = q.where('p.active', '=', true);
    if (filter.region) q = q.where(sql<boolean>`${filter.region} = any(p.regions)`);
    return q;
  };
  // A provider's course count: the courses it still offers.
  const withCourseCount = (mutualId: string, filter: ProviderFilter) =>
    filtered(mutualId, filter)
      .selectAll('p')
      .select(
        sql<number>`(select count(*)::int from course c where c.provider_id = p.id and c.status = any(${sql.val([...OFFERED_COURSE_STATUSES])}::text[]))`.as(
          'course_count',
        ),
      );
  return {
    list(mutualId: string, filter: ProviderFilter, page: { limit: number; offset: number }): Promise<ProviderRow[]> {
      // planned for each mutual's values at every request otherwise (docs/performance.md, 2026-12-08)
      return withGenericPlan(
        withCourseCount(mutualId, filter).orderBy('p.name').orderBy('p.id').limit(page.limit).offset(page.offset),
      ).execute() as Promise<ProviderRow[]>;
    },
    async count(mutualId: string, filter: ProviderFilter): Promise<number> {
      const row = await filtered(mutualId, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      return row.n;
    },
    find(mutualId: string, id: string) {
      return withCourseCount(mutualId, { includeInactive: true }).where('p.id', '=', id).executeTakeFirst() as Promise<
        ProviderRow | undefined
      >;
    },
    findMany(mutualId: string, ids: string[]) {
      if (ids.length === 0) return Promise.resolve([]);
      return db.selectFrom('provider').selectAll().where('mutual_id', '=', mutualId).where('id', 'in', ids).execute();
    },
    async insert(values: Insertable<ProviderTable>) {
      const row = await db.insertInto('provider').values(values).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },
    async update(mutualId: string, id: string, values: Updateable<ProviderTable>) {
      await db.updateTable('provider').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
  };
}
