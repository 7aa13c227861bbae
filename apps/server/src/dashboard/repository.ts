import { CURRENT_MEMBER_STATUSES } from '@mutualis/domain/members/index';
import { SIZE_CLASS_CODES, sizeClassOf } from '@mutualis/domain/reference/index';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

const countsOf = (rows: { key: string | number | null; count: number | string }[]) =>
  rows.map((r) => ({ key: String(r.key ?? ''), count: Number(r.count) }));

/** The member statuses the figures count (firms that are members now), as a parameter of the queries. */
const counted = [...CURRENT_MEMBER_STATUSES];

/** Aggregates for dashboards: counts only, never personal data. */
export function dashboardRepository(db: Db) {
  return {
    async membersByStatus(mutualId: string) {
      return countsOf(
        await db
          .selectFrom('member')
          .select(['status as key', (eb) => eb.fn.countAll<number>().as('count')])
          .where('mutual_id', '=', mutualId)
          .groupBy('status')
          .orderBy('status')
          .execute(),
      );
    },

    async activeMembersByRegion(mutualId: string) {
      return countsOf(
        await db
          .selectFrom('member')
          .select(['region_code as key', (eb) => eb.fn.countAll<number>().as('count')])
          .where('mutual_id', '=', mutualId)
          .where('status', 'in', counted)
          .groupBy('region_code')
          .orderBy('region_code')
          .execute(),
      );
    },

    /** Counted members by size class (the domain's classes, smallest first; classes without members left out). */
    async activeMembersBySizeClass(mutualId: string) {
      const rows = await db
        .selectFrom('member')
        .select(['headcount', (eb) => eb.fn.countAll<number>().as('count')])
        .where('mutual_id', '=', mutualId)
        .where('status', 'in', counted)
        .groupBy('headcount')
        .execute();
      const bySize = new Map<string, number>();
      for (const r of rows)
        bySize.set(sizeClassOf(r.headcount), (bySize.get(sizeClassOf(r.headcount)) ?? 0) + Number(r.count));
      return SIZE_CLASS_CODES.filter((code) => bySize.has(code)).map((key) => ({
        key,
        count: bySize.get(key) as number,
      }));
    },

    /** Current employees of the mutual's active members, by TEER and by education level. */
    async currentEmployees(mutualId: string) {
      const rows = await sql<{ teer: number; education_level: string; count: number }>`
        select e.teer, e.education_level, count(*) as count
        from employee e join member m on m.id = e.member_id
        where e.mutual_id = ${mutualId} and e.end_date is null and m.status = any(${counted}::text[])
        group by e.teer, e.education_level`.execute(db);
      const byTeer = new Map<string, number>();
      const byEducation = new Map<string, number>();
      let total = 0;
      for (const r of rows.rows) {
        const n = Number(r.count);
        total += n;
        byTeer.set(String(r.teer), (byTeer.get(String(r.teer)) ?? 0) + n);
        byEducation.set(r.education_level, (byEducation.get(r.education_level) ?? 0) + n);
      }
      const list = (m: Map<string, number>) =>
        [...m].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key));
      return { total, byTeer: list(byTeer), byEducation: list(byEducation) };
    },

    async recentActivity(mutualId: string, limit: number) {
      return db
        .selectFrom('audit_log as a')
        .leftJoin('app_user as u', 'u.id', 'a.actor_user_id')
        .leftJoin('member as m', 'm.id', 'a.member_id')
        .select([
          'a.at',
          'a.action',
          'a.entity_type',
          'a.entity_id',
          'u.display_name as actor_name',
          'm.legal_name as member_name',
        ])
        .where('a.mutual_id', '=', mutualId)
        .where('a.action', '<>', 'login')
        .orderBy('a.at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute();
    },

    /** A member's current and former employees. */
    async employeesOfMember(memberId: string) {
      const rows = await db
        .selectFrom('employee')
        .select((eb) => [
          eb.fn.countAll<number>().filterWhere('end_date', 'is', null).as('current'),
          eb.fn.countAll<number>().filterWhere('end_date', 'is not', null).as('ended'),
        ])
        .where('member_id', '=', memberId)
        .executeTakeFirstOrThrow();
      return { current: Number(rows.current), ended: Number(rows.ended) };
    },

    async employeesOfMemberByTeer(memberId: string) {
      return countsOf(
        await db
          .selectFrom('employee')
          .select(['teer as key', (eb) => eb.fn.countAll<number>().as('count')])
          .where('member_id', '=', memberId)
          .where('end_date', 'is', null)
          .groupBy('teer')
          .orderBy('teer')
          .execute(),
      );
    },
  };
}
