import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Selectable,
  type SqlBool,
  sql,
  type Updateable,
} from 'kysely';
import type { MemberScope as NeedScope } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { pageWindow } from '../db/page-window.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';
import type { Database, NeedStatusColumn, NeedTable } from '../db/tables.ts';

type NeedAlias = Database & { n: NeedTable };

export type NeedRow = Selectable<NeedTable> & {
  member_name: string;
  topic_code: string;
  topic_name_fr: string;
  topic_name_en: string;
};

export type { MemberScope as NeedScope } from '../caller.ts';

export interface NeedFilter {
  status?: NeedStatusColumn;
  topicId?: string;
  memberId?: string;
  diagnosticId?: string;
  ids?: string[];
}

/** Need lines and their named employees. Every query is scoped to a mutual and, for member contacts, a member. */
export function needRepository(db: Db) {
  const base = () =>
    db
      .selectFrom('need as n')
      .innerJoin('member as m', 'm.id', 'n.member_id')
      .innerJoin('topic as t', 't.id', 'n.topic_id')
      .selectAll('n')
      .select([
        'm.legal_name as member_name',
        't.code as topic_code',
        't.name_fr as topic_name_fr',
        't.name_en as topic_name_en',
      ]);
  // The scope and the filters, on any query over `need as n`.
  const matching = (scope: NeedScope, f: NeedFilter) => (eb: ExpressionBuilder<NeedAlias, 'n'>) => {
    const on: Expression<SqlBool>[] = [eb('n.mutual_id', '=', scope.mutualId)];
    if (scope.memberId) on.push(eb('n.member_id', '=', scope.memberId));
    if (f.status) on.push(eb('n.status', '=', f.status));
    if (f.topicId) on.push(eb('n.topic_id', '=', f.topicId));
    if (f.memberId) on.push(eb('n.member_id', '=', f.memberId));
    if (f.diagnosticId) on.push(eb('n.diagnostic_id', '=', f.diagnosticId));
    if (f.ids) on.push(f.ids.length ? eb('n.id', 'in', f.ids) : sql<boolean>`false`);
    return eb.and(on);
  };
  const filtered = (scope: NeedScope, f: NeedFilter) => base().where(matching(scope, f));
  return {
    /**
     * A page, newest first. The page's ids are found first, in order, from need_mutual_created_idx
     * (migration 0100), and only those rows are joined to their firm and topic: joining and
     * sorting every need of the mutual cost 0.5–0.9 s on 200,000 needs.
     */
    list(scope: NeedScope, f: NeedFilter, page: number, pageSize: number): Promise<NeedRow[]> {
      const window = pageWindow(page, pageSize);
      const ids = db
        .selectFrom('need as n')
        .select('n.id')
        .where(matching(scope, f))
        .orderBy('n.created_at', 'desc')
        .orderBy('n.id')
        .limit(window.limit)
        .offset(window.offset);
      // generic plan: planned for each mutual's values at every request otherwise (decision 84)
      return withGenericPlan(base().where('n.id', 'in', ids).orderBy('n.created_at', 'desc').orderBy('n.id')).execute();
    },
    /**
     * How many needs the filters reach. Filtered by no more than a status and a topic, it is the
     * kept count (need_count, migration 0100: a few rows per topic) instead of every need of the
     * mutual; a firm's, a diagnostic's or a list of ids' needs are few and counted from their index.
     */
    async count(scope: NeedScope, f: NeedFilter): Promise<number> {
      const kept = !scope.memberId && !f.memberId && !f.diagnosticId && !f.ids;
      if (kept) {
        let q = db
          .selectFrom('need_count as c')
          .select(sql<number>`coalesce(sum(c.needs), 0)::int`.as('n'))
          .where('c.mutual_id', '=', scope.mutualId);
        if (f.status) q = q.where('c.status', '=', f.status);
        if (f.topicId) q = q.where('c.topic_id', '=', f.topicId);
        return (await q.executeTakeFirstOrThrow()).n;
      }
      const row = await db
        .selectFrom('need as n')
        .where(matching(scope, f))
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },
    all(scope: NeedScope, f: NeedFilter): Promise<NeedRow[]> {
      return filtered(scope, f).orderBy('n.created_at').orderBy('n.id').execute();
    },
    find(scope: NeedScope, id: string): Promise<NeedRow | undefined> {
      return filtered(scope, {}).where('n.id', '=', id).executeTakeFirst();
    },
    async insert(values: Insertable<NeedTable>) {
      return (await db.insertInto('need').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async insertMany(values: Insertable<NeedTable>[]) {
      const ids: string[] = [];
      for (let i = 0; i < values.length; i += 500) {
        const rows = await db
          .insertInto('need')
          .values(values.slice(i, i + 500))
          .returning('id')
          .execute();
        ids.push(...rows.map((r) => r.id));
      }
      return ids;
    },
    async update(mutualId: string, id: string, values: Updateable<NeedTable>) {
      await db.updateTable('need').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
    async deleteProposedOfDiagnostic(mutualId: string, diagnosticId: string) {
      await db
        .deleteFrom('need')
        .where('mutual_id', '=', mutualId)
        .where('diagnostic_id', '=', diagnosticId)
        .where('status', '=', 'proposed')
        .execute();
    },
    async employeesOf(needIds: string[]): Promise<Map<string, string[]>> {
      const map = new Map<string, string[]>();
      if (needIds.length === 0) return map;
      const rows = await db
        .selectFrom('need_employee')
        .select(['need_id', 'employee_id'])
        .where('need_id', 'in', needIds)
        .orderBy('employee_id')
        .execute();
      for (const r of rows) {
        const list = map.get(r.need_id) ?? [];
        list.push(r.employee_id);
        map.set(r.need_id, list);
      }
      return map;
    },
    async setEmployees(need: { id: string; mutual_id: string; member_id: string }, employeeIds: string[]) {
      await db.deleteFrom('need_employee').where('need_id', '=', need.id).execute();
      if (employeeIds.length === 0) return;
      await db
        .insertInto('need_employee')
        .values(
          employeeIds.map((employee_id) => ({
            need_id: need.id,
            employee_id,
            mutual_id: need.mutual_id,
            member_id: need.member_id,
          })),
        )
        .execute();
    },
    /** The employees among `ids` that belong to the member and are still employed. */
    async employeesOfMember(memberId: string, ids: string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('employee')
        .select(['id', 'end_date'])
        .where('member_id', '=', memberId)
        .where('id', 'in', ids)
        .execute();
    },
    member(mutualId: string, memberId: string) {
      return db
        .selectFrom('member')
        .select(['id', 'region_code', 'legal_name', 'status'])
        .where('mutual_id', '=', mutualId)
        .where('id', '=', memberId)
        .executeTakeFirst();
    },
    membersByNeq(mutualId: string) {
      return db.selectFrom('member').select(['id', 'neq', 'region_code']).where('mutual_id', '=', mutualId).execute();
    },
  };
}
