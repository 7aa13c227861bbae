import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './tables.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a multi-statement SQL script (migrations) outside Kysely. */
  execScript(text: string): Promise<void>;
  /** The raw SQL the job queue (pg-boss) runs on the same database: one statement with values, or a script without. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** PGlite only: a dump of the data folder (tests clone a database with it; backups gzip it). */
  dump?: (compression?: 'none' | 'gzip') => Promise<Blob>;
  close(): Promise<void>;
}

// Same JS shapes from both drivers: dates as 'YYYY-MM-DD', timestamps as ISO strings,
// bigint and numeric as numbers (money is integer cents, well inside 2^53).
const OID = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;
/**
 * A timestamptz as PostgreSQL sends it in UTC ('2026-11-20 15:00:00.123456+00') to an ISO string,
 * exactly as `new Date(v).toISOString()` would (milliseconds truncated), without the slower Date
 * parse of every value of every row; any other shape (another zone, years before 1000 or after
 * 9999, BC, infinity) still goes through Date.
 */
const UTC_TIMESTAMPTZ = /^([1-9]\d{3}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;
export function parseTimestamptz(v: string): string {
  const m = UTC_TIMESTAMPTZ.exec(v);
  if (!m) return new Date(v).toISOString();
  const fraction = m[3] ? (m[3].length >= 3 ? m[3].slice(0, 3) : m[3].padEnd(3, '0')) : '000';
  return `${m[1]}T${m[2]}.${fraction}Z`;
}
const toIso = (v: string) => new Date(v.includes('T') || v.includes('+') || v.endsWith('Z') ? v : `${v}Z`).toISOString();
const parsers: Record<number, (v: string) => unknown> = {
  [OID.int8]: (v) => Number(v),
  [OID.numeric]: (v) => Number(v),
  [OID.date]: (v) => v,
  [OID.timestamp]: (v) => toIso(v.replace(' ', 'T')),
  [OID.timestamptz]: parseTimestamptz,
};
for (const [oid, parse] of Object.entries(parsers)) pg.types.setTypeParser(Number(oid), parse as (v: string) => unknown);

export class DatabaseLockedError extends Error {}

/** Takes an exclusive lock file in the data folder; a second process gets a clear error. */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'mutualis.lock');
  const tryCreate = () => {
    const fd = fs.openSync(lockPath, 'wx');
    fs.writeSync(fd, String(process.pid));
    fs.closeSync(fd);
  };
  try {
    tryCreate();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(fs.readFileSync(lockPath, 'utf8'));
    let alive = false;
    try {
      if (holder > 0) {
        process.kill(holder, 0);
        alive = true;
      }
    } catch {
      alive = false;
    }
    if (alive && holder !== process.pid) {
      throw new DatabaseLockedError(
        `The database folder ${dataDir} is in use by another Mutualis process (pid ${holder}). Stop it first, or set DATA_DIR to another folder.`,
      );
    }
    fs.rmSync(lockPath, { force: true });
    tryCreate();
  }
  return () => fs.rmSync(lockPath, { force: true });
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** A PGlite data folder dump to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob;
  /** In-memory PGlite (tests). */
  memory?: boolean;
  poolSize?: number;
}

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite in a locked data folder. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      execScript: async (text) => {
        await pool.query(text);
      },
      executeSql: (text, values) => pool.query(text, values),
      close: () => db.destroy(),
    };
  }
  const release = options.memory ? () => {} : lockDataDir(options.dataDir ?? './data');
  try {
    const dataDir = options.memory ? undefined : path.join(options.dataDir ?? './data', 'pglite');
    // The extensions the migrations create (0043: search indexes). PGlite loads an extension's code
    // only if it is registered here, also for a database loaded from a dump or a data folder.
    const client = await PGlite.create({ dataDir, parsers, loadDataDir: options.loadDataDir, extensions: { pg_trgm, btree_gin } });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    let closed = false;
    return {
      db,
      kind: 'pglite',
      execScript: async (text) => {
        await client.exec(text);
      },
      // PGlite takes values only for one statement; a script without values goes through exec
      executeSql: async (text, values) => {
        if (values && values.length > 0) return client.query(text, values);
        const results = await client.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      },
      dump: async (compression = 'none') => (await client.dumpDataDir(compression)) as Blob,
      close: async () => {
        if (closed) return;
        closed = true;
        await db.destroy();
        // Kysely closes its driver only if it ever ran a query; close PGlite ourselves otherwise,
        // or the process never exits.
        if (!client.closed) await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
