// What PostgreSQL's autovacuum does, for the embedded database, which has none: PGlite runs PostgreSQL
// in the server's process without its background workers. Rows deleted or updated all day (the job
// queue's jobs, sessions, the outbox, rate-limit events, the purge's deletions) stay as dead rows, and
// the planner never gets statistics, until a VACUUM (ANALYZE). The job queue runs it once a night
// (jobs/index.ts, `database-upkeep`); on PostgreSQL autovacuum does it and this does nothing.
import type { DatabaseHandle } from './client.ts';

/** When the embedded database is vacuumed and analysed: every night, half an hour after the privacy purge. */
export const EMBEDDED_UPKEEP_UTC = { hour: 7, minute: 53 } as const;

/**
 * Reclaims the embedded database's dead rows and refreshes the planner's statistics (VACUUM (ANALYZE)
 * of every table). Queries wait meanwhile (one connection): a few seconds for a mutual's database.
 */
export async function upkeepEmbeddedDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind !== 'pglite') return;
  await handle.execScript('vacuum (analyze)');
}
