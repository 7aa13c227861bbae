import type { AuditPage } from '@mutualis/contracts';
import { addDays, startOfDayInMontreal } from '@mutualis/domain/dates';
import { auditQueryRepository } from './audit-query-repository.ts';
import type { Deps, Caller } from '../caller.ts';
import { managedMutual } from '../accounts/index.ts';

// The days a user types are Montreal days. The day after 9999-12-31 is past what PostgreSQL stores:
// that last day is no bound at all.
const endOfDay = (date: string) => (date >= '9999-12-31' ? undefined : startOfDayInMontreal(addDays(date, 1)));

/**
 * The audit log of the caller's mutual, newest first (the platform administrator: all mutuals).
 * The platform administrator sees that a member's record changed, not which record nor how:
 * members' data stays the mutual's business.
 */
export async function listAuditLog(
  deps: Deps,
  actor: Caller,
  query: {
    entityType?: string;
    entityId?: string;
    actorUserId?: string;
    action?: string;
    from?: string;
    to?: string;
    mutualId?: string;
    page: number;
    pageSize: number;
  },
): Promise<AuditPage> {
  const mutualId = managedMutual(actor, query.mutualId);
  const redact = actor.role === 'platform_admin';
  const { rows, total } = await auditQueryRepository(deps.db).list({
    ...query,
    mutualId,
    from: query.from ? startOfDayInMontreal(query.from) : undefined,
    to: query.to ? endOfDay(query.to) : undefined,
    // Searching by record id must not reveal hidden entries either.
    memberless: redact && query.entityId !== undefined,
  });
  const items = rows.map(({ memberId, ...row }) => {
    const hidden = redact && memberId !== null;
    return { ...row, entityId: hidden ? null : row.entityId, change: hidden ? null : row.change };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
