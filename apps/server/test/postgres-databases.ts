// Test databases on PostgreSQL: made beside the one DATABASE_URL names, dropped when a test is done.
import type pg from 'pg';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drops a database a test made. Plainly first: PostgreSQL then cancels an autovacuum worker busy in
 * it and waits up to 5 s for connections that are closing. FORCE only for connections still open:
 * it refuses (42501) while an autovacuum worker is there, for a role that is not a superuser, so a
 * refusal is tried again.
 */
export async function dropTestDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`drop database if exists ${name}`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== '55006' || attempt > 5) throw error; // 55006: still in use
    }
    try {
      await admin.query(`drop database if exists ${name} with (force)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt > 5) throw error;
      await sleep(200 * attempt);
    }
  }
}
