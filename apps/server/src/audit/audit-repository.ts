import type { AuditAction, AuditEntityType } from '@mutualis/domain/audit/index';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { type RowsQuery, readRowsAsJson, readsRowsAsJson, rowsFromJson } from '../db/json-rows.ts';
import { type AccessEntry, type AccessLogWriter, accessLogWriter } from './access-log-writer.ts';

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

/**
 * Access-log rows in one statement, committed when it resolves outside a transaction. The rows go as
 * one JSON value, so that the statement's text is the same for any number of rows (one kept
 * statement per connection, db/postgres-prepared-statements.ts), in their order.
 */
async function insertAccessRows(db: Db, entries: AccessEntry[]) {
  const rows = JSON.stringify(
    entries.map((e) => ({ m: e.mutualId, a: e.actorUserId, t: e.entityType, i: e.entityIds, p: e.purpose })),
  );
  await sql`
    insert into access_log (mutual_id, actor_user_id, entity_type, entity_ids, purpose)
    select (r.v->>'m')::uuid, (r.v->>'a')::uuid, r.v->>'t',
           array(select x from jsonb_array_elements_text(r.v->'i') with ordinality as ids(x, k) order by k),
           r.v->>'p'
      from jsonb_array_elements(${rows}::jsonb) with ordinality as r(v, n)
     order by r.n`.execute(db);
}

/** The writer of each database handle (a server has one; each test file its own). */
const writers = new WeakMap<Db, AccessLogWriter>();

/** The access-log writer of `db`: the rows of reads that come while it writes go together next. */
export function accessLogWriterOf(db: Db): AccessLogWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = accessLogWriter((entries) => insertAccessRows(db, entries));
    writers.set(db, writer);
  }
  return writer;
}

async function recordAccess(db: Db, entry: AccessEntry) {
  if (entry.entityIds.length === 0) return;
  // in a transaction the row belongs to it: written there, at once
  if (db.isTransaction) await insertAccessRows(db, [entry]);
  else await accessLogWriterOf(db).write(entry);
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
     * Runs a read of personal data and logs it: the rows of `rows` (which must have an `id`) are
     * returned in their order once one access-log row listing their ids in that order (none when
     * there is no row) is committed, so no read is answered unlogged.
     * - On PostgreSQL the page is read, then its row is written with those of other reads of the
     *   moment (access-log-writer.ts): one commit for many reads instead of one each (decision 77).
     * - On the embedded database, where every statement is a trip to the database's thread, the read
     *   and its row stay one statement (a second trip cost more than the shared commit saved: 4.0 →
     *   5.0 ms of CPU per employee page at 10 connections, bench/fair-service.ts).
     */
    async readLoggingAccess<R extends { id: string }>(
      rows: RowsQuery<R>,
      entry: Omit<AccessEntry, 'entityIds'>,
      timestamptzColumns: readonly (keyof R & string)[],
    ): Promise<R[]> {
      if (!readsRowsAsJson(db)) {
        const read = await readRowsAsJson(db, rows, timestamptzColumns);
        await recordAccess(db, { ...entry, entityIds: read.map((row) => row.id) });
        return read;
      }
      const shown = rowsFromJson<R & { access_log_position: unknown }>(
        (
          await sql<{ rows: string }>`
            with shown as (select row_number() over () as access_log_position, shown_rows.* from (${rows}) as shown_rows),
            logged as (
              insert into access_log (mutual_id, actor_user_id, entity_type, entity_ids, purpose)
              select ${entry.mutualId}::uuid, ${entry.actorUserId}::uuid, ${entry.entityType}::text,
                     array_agg(id::text order by access_log_position), ${entry.purpose}::text
              from shown having count(*) > 0
            )
            select coalesce(json_agg(shown order by access_log_position), '[]')::text as rows from shown`.execute(db)
        ).rows[0].rows,
        timestamptzColumns,
      );
      return shown.map(({ access_log_position: _, ...row }) => row as unknown as R);
    },
    /** Logs a read of personal data; resolves once the row is committed (nothing for no id). */
    recordAccess: (entry: AccessEntry) => recordAccess(db, entry),
  };
}
