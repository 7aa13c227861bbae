import type { Db } from '../db/client.ts';

export interface AuditFilter {
  /** undefined = every mutual (platform administrator). */
  mutualId?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  /** ISO instants: from included, to excluded. */
  from?: string;
  to?: string;
  /** Only entries not about a member's records. */
  memberless?: boolean;
  page: number;
  pageSize: number;
}

/** Reading the audit log (writing is audit-repository.ts). */
export function auditQueryRepository(db: Db) {
  return {
    async list(filter: AuditFilter) {
      let q = db.selectFrom('audit_log as a').leftJoin('app_user as u', 'u.id', 'a.actor_user_id');
      if (filter.mutualId !== undefined) q = q.where('a.mutual_id', '=', filter.mutualId);
      if (filter.entityType) q = q.where('a.entity_type', '=', filter.entityType);
      if (filter.entityId) q = q.where('a.entity_id', '=', filter.entityId);
      if (filter.actorUserId) q = q.where('a.actor_user_id', '=', filter.actorUserId);
      if (filter.action) q = q.where('a.action', '=', filter.action);
      if (filter.memberless) q = q.where('a.member_id', 'is', null);
      if (filter.from) q = q.where('a.at', '>=', filter.from);
      if (filter.to) q = q.where('a.at', '<', filter.to);
      const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
      const rows = await q
        .select([
          'a.id',
          'a.at',
          'a.mutual_id as mutualId',
          'a.member_id as memberId',
          'a.actor_user_id as actorUserId',
          'u.display_name as actorName',
          'a.action',
          'a.entity_type as entityType',
          'a.entity_id as entityId',
          'a.change',
        ])
        .orderBy('a.at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { rows, total: Number(total) };
    },
  };
}
export type AuditQueryRow = Awaited<ReturnType<ReturnType<typeof auditQueryRepository>['list']>>['rows'][number];
