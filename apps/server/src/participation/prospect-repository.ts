import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { ProspectStageColumn, ProspectTable } from '../db/evidence-tables.ts';

export type ProspectRow = Selectable<ProspectTable>;

/** The prospect list of a mutual. */
export function prospectRepository(db: Db) {
  const filtered = (mutualId: string, f: { stage?: ProspectStageColumn; search?: string }) => {
    let q = db.selectFrom('prospect').where('mutual_id', '=', mutualId);
    if (f.stage) q = q.where('stage', '=', f.stage);
    if (f.search)
      q = q.where(
        sql<boolean>`lower(legal_name || ' ' || coalesce(contact_name, '') || ' ' || coalesce(neq, '')) like ${`%${f.search.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`}`,
      );
    return q;
  };
  return {
    async list(
      mutualId: string,
      f: { stage?: ProspectStageColumn; search?: string },
      page: { limit: number; offset: number },
    ) {
      const [rows, total] = await Promise.all([
        filtered(mutualId, f)
          .selectAll()
          .orderBy('legal_name')
          .orderBy('id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        filtered(mutualId, f).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: total.n };
    },
    find(mutualId: string, id: string): Promise<ProspectRow | undefined> {
      return db
        .selectFrom('prospect')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    all(mutualId: string): Promise<ProspectRow[]> {
      return db.selectFrom('prospect').selectAll().where('mutual_id', '=', mutualId).execute();
    },
    insert(values: Insertable<ProspectTable>) {
      return db.insertInto('prospect').values(values).returningAll().executeTakeFirstOrThrow();
    },
    update(mutualId: string, id: string, values: Updateable<ProspectTable>) {
      return db
        .updateTable('prospect')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    memberOf(mutualId: string, memberId: string) {
      return db
        .selectFrom('member')
        .select('id')
        .where('mutual_id', '=', mutualId)
        .where('id', '=', memberId)
        .executeTakeFirst();
    },
  };
}
