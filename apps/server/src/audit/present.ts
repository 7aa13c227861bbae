// Audit log rows → API answers.
import type { AuditEntry } from '@mutualis/contracts';
import type { AuditQueryRow } from './audit-query-repository.ts';

/**
 * An entry of the audit log. `redact`: the platform administrator sees that a member's record
 * changed, not which record nor how (members' data stays the mutual's business).
 */
export function presentAuditEntry(row: AuditQueryRow, redact: boolean): AuditEntry {
  const { memberId, ...entry } = row;
  const hidden = redact && memberId !== null;
  return { ...entry, entityId: hidden ? null : entry.entityId, change: hidden ? null : (entry.change as AuditEntry['change']) };
}
