import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { MemberScope } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';
import type { DiagnosticTable } from '../db/tables.ts';

export type DiagnosticRow = Selectable<DiagnosticTable> & { member_name: string; need_count: number };

export interface DiagnosticFilter {
  memberId?: string;
  status?: DiagnosticRow['status'];
}

/** Needs diagnostics run with member firms. Every query is scoped to a mutual and, for member contacts, a member. */
export function diagnosticRepository(db: Db) {
  const base = (scope: MemberScope) => {
    let q = db
      .selectFrom('diagnostic as d')
      .innerJoin('member as m', 'm.id', 'd.member_id')
      .selectAll('d')
      .select([
        'm.legal_name as member_name',
        sql<number>`(select count(*)::int from need n where n.diagnostic_id = d.id)`.as('need_count'),
      ])
      .where('d.mutual_id', '=', scope.mutualId);
    if (scope.memberId) q = q.where('d.member_id', '=', scope.memberId);
    return q;
  };
  const filtered = (scope: MemberScope, f: DiagnosticFilter) => {
    let q = db.selectFrom('diagnostic as d').where('d.mutual_id', '=', scope.mutualId);
    if (scope.memberId) q = q.where('d.member_id', '=', scope.memberId);
    if (f.memberId) q = q.where('d.member_id', '=', f.memberId);
    if (f.status) q = q.where('d.status', '=', f.status);
    return q;
  };
  return {
    /** A page of diagnostics, latest scheduled first. */
    list(scope: MemberScope, f: DiagnosticFilter, page: { limit: number; offset: number }): Promise<DiagnosticRow[]> {
      let q = base(scope);
      if (f.memberId) q = q.where('d.member_id', '=', f.memberId);
      if (f.status) q = q.where('d.status', '=', f.status);
      // generic plan: planned for each mutual's values at every request otherwise (decision 84)
      return withGenericPlan(
        q.orderBy('d.scheduled_on', 'desc').orderBy('d.id').limit(page.limit).offset(page.offset),
      ).execute();
    },
    async count(scope: MemberScope, f: DiagnosticFilter): Promise<number> {
      const row = await filtered(scope, f).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      return row.n;
    },
    find(scope: MemberScope, id: string): Promise<DiagnosticRow | undefined> {
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
