import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { TopicTable } from '../db/tables.ts';

export type TopicRow = Selectable<TopicTable>;

/** Training topics of a mutual (each mutual has its own copy of the starter list). */
export function topicRepository(db: Db) {
  const filtered = (mutualId: string, options: { includeRetired?: boolean }) => {
    let q = db.selectFrom('topic').selectAll().where('mutual_id', '=', mutualId);
    if (!options.includeRetired) q = q.where('retired_at', 'is', null);
    return q;
  };
  return {
    /** The mutual's topics in tree order: all of them, or one page. */
    list(mutualId: string, options: { includeRetired?: boolean } = {}, page?: { limit: number; offset: number }) {
      let q = filtered(mutualId, options).orderBy('sort_order').orderBy('code').orderBy('id');
      if (page) q = q.limit(page.limit).offset(page.offset);
      return q.execute();
    },
    async count(mutualId: string, options: { includeRetired?: boolean } = {}): Promise<number> {
      const row = await filtered(mutualId, options)
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },
    find(mutualId: string, id: string) {
      return db
        .selectFrom('topic')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    codes(mutualId: string) {
      return db
        .selectFrom('topic')
        .select(['id', 'code', 'parent_id', 'retired_at'])
        .where('mutual_id', '=', mutualId)
        .execute();
    },
    insert(values: Insertable<TopicTable>) {
      return db.insertInto('topic').values(values).returningAll().executeTakeFirstOrThrow();
    },
    /** Inserts the topics whose code the mutual does not have yet; returns how many were added. */
    async insertMissing(values: Insertable<TopicTable>[]) {
      if (values.length === 0) return 0;
      const rows = await db
        .insertInto('topic')
        .values(values)
        .onConflict((oc) => oc.columns(['mutual_id', 'code']).doNothing())
        .returning('id')
        .execute();
      return rows.length;
    },
    update(mutualId: string, id: string, values: Updateable<TopicTable>) {
      return db
        .updateTable('topic')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
