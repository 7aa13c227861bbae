import type { AuditAction, AuditEntityType } from '@mutualis/domain/audit/index';
import { type Compilable, type OperationNodeSource, sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { readsRowsAsJson, rowsFromJson } from '../db/json-rows.ts';

export interface AuditEntry {
  mutualId: string | null;
  memberId?: string | null;
  actorUserId: string | null;
  /** One of the closed list (domain/audit): each has a label in both languages. */
  action: AuditAction;
  entityType: AuditEntityType;
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
        await db
          .insertInto('audit_log')
          .values(entries.slice(i, i + 1000).map(auditRow))
          .execute();
      }
    },
    /**
     * Runs a read of personal data and logs it in the same statement: the rows of `rows` (which
     * must have an `id`) are returned in their order, and one access-log row lists their ids in that
     * order (none when there is no row), exactly as recordAccess after the read would, in one round
     * trip. The statement commits before it answers (outside a transaction), so no read is answered
     * unlogged.
     */
    async readLoggingAccess<R extends { id: string }>(
      rows: Compilable<R> & OperationNodeSource,
      entry: { mutualId: string | null; actorUserId: string; entityType: string; purpose: string },
      timestamptzColumns: readonly (keyof R & string)[],
    ): Promise<R[]> {
      const logged = sql`
        with shown as (select row_number() over () as access_log_position, shown_rows.* from (${rows}) as shown_rows),
        logged as (
          insert into access_log (mutual_id, actor_user_id, entity_type, entity_ids, purpose)
          select ${entry.mutualId}::uuid, ${entry.actorUserId}::uuid, ${entry.entityType}::text,
                 array_agg(id::text order by access_log_position), ${entry.purpose}::text
          from shown having count(*) > 0
        )`;
      type Shown = R & { access_log_position: unknown };
      // on the embedded database the rows come back as one JSON text (db/json-rows.ts); name every
      // timestamptz column `rows` selects
      const shown = readsRowsAsJson(db)
        ? rowsFromJson<Shown>(
            (
              await sql<{ rows: string }>`${logged}
                select coalesce(json_agg(shown order by access_log_position), '[]')::text as rows from shown`.execute(
                db,
              )
            ).rows[0].rows,
            timestamptzColumns,
          )
        : (await sql<Shown>`${logged} select * from shown order by access_log_position`.execute(db)).rows;
      return shown.map(({ access_log_position: _, ...row }) => row as unknown as R);
    },
    async recordAccess(entry: {
      mutualId: string | null;
      actorUserId: string;
      entityType: string;
      entityIds: string[];
      purpose: string;
    }) {
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
