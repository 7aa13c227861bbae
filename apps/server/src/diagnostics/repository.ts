import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { DiagnosticTable } from '../db/tables.ts';
import type { NeedScope } from '../needs/index.ts';

export type DiagnosticRow = Selectable<DiagnosticTable> & { member_name: string; need_count: number };

/** Needs diagnostics run with member firms. */
export function diagnosticRepository(db: Db) {
  const base = (scope: NeedScope) => {
    let q = db
      .selectFrom('diagnostic as d')
      .innerJoin('member as m', 'm.id', 'd.member_id')
      .selectAll('d')
      .select(['m.legal_name as member_name', sql<number>`(select count(*)::int from need n where n.diagnostic_id = d.id)`.as('need_count')])
      .where('d.mutual_id', '=', scope.mutualId);
    if (scope.memberId) q = q.where('d.member_id', '=', scope.memberId);
    return q;
  };
  return {
    list(scope: NeedScope, f: { memberId?: string; status?: DiagnosticRow['status'] }): Promise<DiagnosticRow[]> {
      let q = base(scope);
      if (f.memberId) q = q.where('d.member_id', '=', f.memberId);
      if (f.status) q = q.where('d.status', '=', f.status);
      return q.orderBy('d.scheduled_on', 'desc').orderBy('d.id').execute();
    },
    find(scope: NeedScope, id: string): Promise<DiagnosticRow | undefined> {
      return base(scope).where('d.id', '=', id).executeTakeFirst();
    },
    async insert(values: Insertable<DiagnosticTable>) {
      return (await db.insertInto('diagnostic').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async update(mutualId: string, id: string, values: Updateable<DiagnosticTable>) {
      await db.updateTable('diagnostic').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
  };
}
