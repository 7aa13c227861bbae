import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/** The database's liveness, for the health check. */
export function healthRepository(db: Db) {
  return {
    /** Resolves when the database answers a trivial query; rejects otherwise. */
    async ping() {
      await sql`select 1`.execute(db);
    },
  };
}
