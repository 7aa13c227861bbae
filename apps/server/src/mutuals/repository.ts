import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { MutualTable } from '../db/tables.ts';

const columns = [
  'id',
  'slug',
  'name',
  'kind',
  'region_code as regionCode',
  'scian_code as scianCode',
  'recognised_since as recognisedSince',
  'min_firms_per_session as minFirmsPerSession',
  'withdrawal_deadline_days as withdrawalDeadlineDays',
  'go_no_go_days as goNoGoDays',
  'completion_threshold_pct as completionThresholdPct',
  'created_at as createdAt',
] as const;

/** Mutuals (the tenants). */
export function mutualRepository(db: Db) {
  return {
    list(page: { limit: number; offset: number }) {
      return db
        .selectFrom('mutual')
        .select(columns)
        .orderBy('name')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async count(): Promise<number> {
      return (await db.selectFrom('mutual').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    },
    find(id: string) {
      return db.selectFrom('mutual').select(columns).where('id', '=', id).executeTakeFirst();
    },
    findBySlug(slug: string) {
      return db.selectFrom('mutual').select(columns).where('slug', '=', slug).executeTakeFirst();
    },
    insert(values: Insertable<MutualTable>) {
      return db.insertInto('mutual').values(values).returning(columns).executeTakeFirstOrThrow();
    },
    update(id: string, values: Updateable<MutualTable>) {
      return db.updateTable('mutual').set(values).where('id', '=', id).returning(columns).executeTakeFirst();
    },
    /** Whether the member belongs to the mutual. */
    async hasMember(mutualId: string, memberId: string) {
      const row = await db
        .selectFrom('member')
        .select('id')
        .where('id', '=', memberId)
        .where('mutual_id', '=', mutualId)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** Whether the provider belongs to the mutual. */
    async hasProvider(mutualId: string, providerId: string) {
      const row = await db
        .selectFrom('provider')
        .select('id')
        .where('id', '=', providerId)
        .where('mutual_id', '=', mutualId)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
export type MutualRow = NonNullable<Awaited<ReturnType<ReturnType<typeof mutualRepository>['find']>>>;
