// Audit log rows → API answers.
import type { AuditEntry } from '@mutualis/contracts';
import { changeLines } from '@mutualis/domain/audit/index';
import type { AuditQueryRow } from './audit-query-repository.ts';

/**
 * An entry of the audit log. `redact`: the platform administrator sees that a member's record
 * changed, not which record nor how (members' data stays the mutual's business).
 */
export function presentAuditEntry(row: AuditQueryRow, redact: boolean, names: Map<string, string>): AuditEntry {
  const { memberId, ...entry } = row;
  const hidden = redact && memberId !== null;
  const change = hidden ? null : (entry.change as AuditEntry['change']);
  return {
    ...entry,
    entityId: hidden ? null : entry.entityId,
    entityName: hidden ? null : (names.get(`${entry.entityType}:${entry.entityId}`) ?? null),
    change,
    changes: changeLines(entry.action, change),
  };
}
