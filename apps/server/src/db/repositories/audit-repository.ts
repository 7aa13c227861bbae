import type { Db } from '../client.ts';

export interface AuditEntry {
  mutualId: string | null;
  memberId?: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  change: Record<string, unknown>;
  /** When it happened, from the caller's clock (deps.now); without it, the database's clock. */
  at?: Date | string;
}

function auditRow(entry: AuditEntry) {
  return {
    ...(entry.at === undefined ? {} : { at: typeof entry.at === 'string' ? entry.at : entry.at.toISOString() }),
    mutual_id: entry.mutualId,
    member_id: entry.memberId ?? null,
    actor_user_id: entry.actorUserId,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    change: JSON.stringify(entry.change),
  };
}

/** The audit log (every write) and the access log (reads of personal data). */
export function auditRepository(db: Db) {
  return {
    async record(entry: AuditEntry) {
      await db.insertInto('audit_log').values(auditRow(entry)).execute();
    },
    async recordMany(entries: AuditEntry[]) {
      if (entries.length === 0) return;
      for (let i = 0; i < entries.length; i += 1000) {
        await db.insertInto('audit_log').values(entries.slice(i, i + 1000).map(auditRow)).execute();
      }
    },
    async recordAccess(entry: { mutualId: string | null; actorUserId: string; entityType: string; entityIds: string[]; purpose: string }) {
      if (entry.entityIds.length === 0) return;
      await db
        .insertInto('access_log')
        .values({
          mutual_id: entry.mutualId,
          actor_user_id: entry.actorUserId,
          entity_type: entry.entityType,
          entity_ids: entry.entityIds,
          purpose: entry.purpose,
        })
        .execute();
    },
  };
}
