import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { startWorkerThread } from '../worker-thread.ts';
import { jsonRowsMarker } from './json-rows.ts';
import { literalPaging } from './literal-paging.ts';
import type { Call, QueryReply, Reply, Request, WorkerOptions } from './pglite-worker.ts';
import { preparedStatementsOnPostgres } from './postgres-prepared-statements.ts';
import type { Database } from './tables.ts';
import { parsers } from './values.ts';

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
  /** PGlite only: a new data folder was made from the `template` dump (no initdb, no migration to apply). */
  fromTemplate?: boolean;
  close(): Promise<void>;
}

export { parseTimestamptz } from './values.ts';

for (const [oid, parse] of Object.entries(parsers))
  pg.types.setTypeParser(Number(oid), parse as (v: string) => unknown);

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
  /**
   * A file holding a dump of a new, migrated database (the server bundle carries one:
   * scripts/server-build.mjs): a data folder that does not exist yet starts from it, instead of
   * PostgreSQL's initdb and every migration (~5 s of CPU). Ignored for an existing folder.
   */
  template?: string;
  /** In-memory PGlite (tests). */
  memory?: boolean;
  poolSize?: number;
  /**
   * PostgreSQL only: statements with values run as named statements kept per connection
   * (db/postgres-prepared-statements.ts); default true. False for a transaction-pooling proxy that
   * cannot keep them (PgBouncer before 1.21).
   */
  preparedStatements?: boolean;
  /** PostgreSQL only: told when the server closes an idle connection (default: a line on stderr). */
  onConnectionError?: (message: string) => void;
  /**
   * PGlite in a thread of its own (db/pglite-worker.ts): the server's choice (main.ts). Queries then
   * run beside the HTTP work instead of stopping it, and a start opens the database while the
   * server loads its code. Tests and commands use PGlite in their own thread (default).
   */
  worker?: boolean;
}

/**
 * Opens PostgreSQL when a URL is given, otherwise embedded PGlite in a locked data folder.
 * Kysely and PGlite are loaded here, after the database has started opening (a worker's PGlite
 * starts before this thread loads anything else).
 */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const { Kysely, PostgresDialect } = await import('kysely');
    const max = options.poolSize ?? 20;
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max });
    const kept = options.preparedStatements !== false;
    // The connections for the statements marked to run with their generic plan, opened in that mode
    // (db/postgres-prepared-statements.ts, decision 85); only with kept statements, opened when used.
    const genericPool = kept
      ? new pg.Pool({ connectionString: options.databaseUrl, max, options: '-c plan_cache_mode=force_generic_plan' })
      : undefined;
    const pools = genericPool ? [pool, genericPool] : [pool];
    // An idle connection that the server ends (a restart, pg_terminate_backend, a proxy's timeout) is
    // an 'error' on the pool: without a listener it would stop the process. The pool has already
    // dropped that connection and opens another at the next query.
    let closing = false;
    const onConnectionError = options.onConnectionError ?? ((message: string) => console.error(message));
    // Every open connection, so that close() returns once PostgreSQL has seen each one go: the pool's
    // end() does not wait for that, and a database dropped right after would still have them.
    const open = new Set<pg.ClientBase>();
    for (const p of pools) {
      p.on('error', (error) => {
        if (!closing) onConnectionError(`database: an idle connection was closed by the server: ${error.message}`);
      });
      p.on('connect', (client) => {
        open.add(client);
        client.once('end', () => open.delete(client));
      });
    }
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: genericPool ? preparedStatementsOnPostgres({ auto: pool, generic: genericPool }) : pool,
      }),
      plugins: [literalPaging],
    });
    return {
      db,
      kind: 'postgres',
      execScript: async (text) => {
        await pool.query(text);
      },
      executeSql: (text, values) => pool.query(text, values),
      close: async () => {
        closing = true;
        const ended = [...open].map((client) => new Promise((resolve) => client.once('end', resolve)));
        await db.destroy();
        for (const p of pools) if (!p.ending) await p.end(); // Kysely ends the pools only if it ever ran a query
        await Promise.race([Promise.all(ended), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      },
    };
  }
  const release = options.memory ? () => {} : lockDataDir(options.dataDir ?? './data');
  try {
    const dataDir = options.memory ? undefined : path.join(options.dataDir ?? './data', 'pglite');
    const template = dataDir && options.template && isNewFolder(dataDir) ? options.template : undefined;
    if (options.worker) {
      if (options.loadDataDir) throw new Error('openDatabase: loadDataDir is for PGlite in this thread');
      return await openPgliteWorker({ dataDir, template }, release);
    }
    const [{ PGlite }, { btree_gin }, { pg_trgm }, { Kysely }, { PGliteDialect }, { preparedStatements }] =
      await Promise.all([
        import('@electric-sql/pglite'),
        import('@electric-sql/pglite/contrib/btree_gin'),
        import('@electric-sql/pglite/contrib/pg_trgm'),
        import('kysely'),
        import('kysely-pglite-dialect'),
        import('./prepared-statements.ts'),
      ]);
    // The extensions the migrations create (0043: search indexes). PGlite loads an extension's code
    // only if it is registered here, also for a database loaded from a dump or a data folder.
    const client = await PGlite.create({
      dataDir,
      parsers,
      loadDataDir: options.loadDataDir ?? (template ? new Blob([fs.readFileSync(template)]) : undefined),
      extensions: { pg_trgm, btree_gin },
    });
    // statements with values kept by name, as in the database's thread (db/prepared-statements.ts)
    const prepared = preparedStatements(client);
    const forKysely = {
      get closed() {
        return client.closed;
      },
      query: (text: string, values: unknown[] = []) => prepared.query(text, values),
      close: () => client.close(),
    };
    const db = new Kysely<Database>({
      // biome-ignore lint/suspicious/noExplicitAny: kysely-pglite-dialect calls query() and close() only.
      dialect: new PGliteDialect(forKysely as any),
      plugins: [jsonRowsMarker, literalPaging],
    });
    let closed = false;
    return {
      db,
      kind: 'pglite',
      fromTemplate: template !== undefined,
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

/** An error thrown in the database's thread, with its fields (code, detail, column, constraint…) back on it. */
export class DatabaseError extends Error {}

function rebuildError(data: Record<string, unknown> & { message: string }): Error {
  const { message, name: _name, stack: _stack, ...fields } = data;
  return Object.assign(new DatabaseError(message), fields);
}

/** Whether PGlite would create this data folder (missing or empty). */
function isNewFolder(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}

/** PGlite in its own thread, behind the part of PGlite's interface kysely-pglite-dialect calls. */
async function openPgliteWorker(options: WorkerOptions, release: () => void): Promise<DatabaseHandle> {
  const worker = startWorkerThread(new URL('./pglite-worker.ts', import.meta.url), { ...options });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;
  let exited = false;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: Reply) => {
      if (reply.id === 0) {
        if (reply.ready) resolve();
        else reject(rebuildError(reply.error ?? { message: 'the database did not open' }));
        return;
      }
      const call = pending.get(reply.id);
      if (!call) return;
      pending.delete(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(rebuildError(reply.error ?? { message: 'database error' }));
    });
    const fail = (error: Error) => {
      failure ??= error;
      reject(error);
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      exited = true;
      fail(new Error(`the database thread stopped (exit code ${code})`));
    });
  });
  // Until ready, an unhandled rejection here would end the process before the caller awaits.
  ready.catch(() => {});
  const call = <T>(request: Call): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id } as Request);
    });
  };
  const [{ Kysely }, { PGliteDialect }] = await Promise.all([import('kysely'), import('kysely-pglite-dialect')]);
  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  let closed = false;
  const client = {
    get closed() {
      return closed;
    },
    query: async (sql: string, params: unknown[] = []) => {
      const reply = await call<QueryReply>({ op: 'query', sql, params });
      const rows = reply.json === undefined ? (reply.rows ?? []) : (JSON.parse(reply.json) as unknown[]);
      return { rows, affectedRows: reply.affectedRows };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      if (!exited) {
        await call({ op: 'close' }).catch(() => {});
        await worker.terminate();
      }
    },
  };
  const db = new Kysely<Database>({
    // biome-ignore lint/suspicious/noExplicitAny: kysely-pglite-dialect calls query() and close() only.
    dialect: new PGliteDialect(client as any),
    plugins: [jsonRowsMarker, literalPaging],
  });
  let handleClosed = false;
  return {
    db,
    kind: 'pglite',
    fromTemplate: options.template !== undefined,
    execScript: async (text) => {
      await call({ op: 'exec', sql: text });
    },
    // PGlite takes values only for one statement; a script without values goes through exec
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      return call<{ rows: unknown[] }>({ op: 'exec', sql: text });
    },
    dump: async (compression = 'none') => new Blob([await call<Uint8Array<ArrayBuffer>>({ op: 'dump', compression })]),
    close: async () => {
      if (handleClosed) return;
      handleClosed = true;
      await db.destroy();
      await client.close();
      release();
    },
  };
}
