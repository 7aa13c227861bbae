import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { ProviderTable } from '../db/tables.ts';

export type ProviderRow = Selectable<ProviderTable> & { course_count: number };

/** Training providers of a mutual (institutions, accredited trainers and bodies). */
export function providerRepository(db: Db) {
  const base = () =>
    db
      .selectFrom('provider as p')
      .selectAll('p')
      .select(sql<number>`(select count(*)::int from course c where c.provider_id = p.id and c.status <> 'retired')`.as('course_count'));
  return {
    list(mutualId: string, filter: { providerId?: string; includeInactive?: boolean; region?: string } = {}) {
      let q = base().where('p.mutual_id', '=', mutualId);
      if (filter.providerId) q = q.where('p.id', '=', filter.providerId);
      if (!filter.includeInactive) q = q.where('p.active', '=', true);
      if (filter.region) q = q.where(sql<boolean>`${filter.region} = any(p.regions)`);
      return q.orderBy('p.name').execute() as Promise<ProviderRow[]>;
    },
    find(mutualId: string, id: string) {
      return base().where('p.mutual_id', '=', mutualId).where('p.id', '=', id).executeTakeFirst() as Promise<ProviderRow | undefined>;
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
