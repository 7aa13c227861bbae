import { type AuditPage, type AuditQuery, pageOf } from '@mutualis/contracts';
import { addDays, startOfDayInMontreal } from '@mutualis/domain/dates';
import { managedMutual } from '../accounts/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { auditNamesRepository } from './audit-names-repository.ts';
import { auditQueryRepository } from './audit-query-repository.ts';
import { presentAuditEntry } from './present.ts';

// The days a user types are Montreal days. The day after 9999-12-31 is past what PostgreSQL stores:
// that last day is no bound at all.
const endOfDay = (date: string) => (date >= '9999-12-31' ? undefined : startOfDayInMontreal(addDays(date, 1)));

/**
 * A page of the audit log of the caller's mutual, newest first (the platform administrator: all
 * mutuals, without which member record changed nor how).
 */
export async function listAuditLog(deps: Deps, caller: Caller, query: AuditQuery): Promise<AuditPage> {
  const mutualId = managedMutual(caller, query.mutualId);
  const redact = caller.role === 'platform_admin';
  const { rows, total } = await auditQueryRepository(deps.db).list({
    ...query,
    mutualId,
    from: query.from ? startOfDayInMontreal(query.from) : undefined,
    to: query.to ? endOfDay(query.to) : undefined,
    // Searching by record id must not reveal hidden entries either.
    memberless: redact && query.entityId !== undefined,
  });
  const names = await auditNamesRepository(deps.db).namesOf(rows, caller.locale);
  return pageOf(
    rows.map((row) => presentAuditEntry(row, redact, names)),
    total,
    query,
  );
}
