// The embedded database in a thread of its own (db/client.ts, `openDatabase({ worker: true })`, what
// main.ts uses). PGlite runs PostgreSQL compiled to WebAssembly on the thread that calls it: in the
// server's thread, every query stopped the HTTP work (routing, validation, JSON, compression) and
// the second core stayed idle. Here the database works on one core while requests are handled on
// the other, and at start PGlite (initdb on a new folder) runs while the server loads its code.
// Messages are handled in arrival order; the calling side (kysely-pglite-dialect) already runs one
// query or transaction at a time.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { preparedStatements } from './prepared-statements.ts';
import { parsers } from './values.ts';

export interface WorkerOptions {
  dataDir?: string;
  /** A dump of a new, migrated database to start a new data folder from (client.ts, `template`). */
  template?: string;
}

/** What the server asks of the database's thread. */
export type Call =
  | { op: 'query'; sql: string; params: unknown[] }
  | { op: 'exec'; sql: string }
  | { op: 'dump'; compression: 'none' | 'gzip' }
  | { op: 'close' };
export type Request = Call & { id: number };

/** The answer to request `id`; id 0 says the database is open (ready) or could not be (error). */
export interface Reply {
  id: number;
  ready?: true;
  ok?: boolean;
  value?: unknown;
  error?: Record<string, unknown> & { message: string };
}

/** An error as plain data: its message and its own fields (PostgreSQL's code, detail, column, constraint…). */
export function errorData(error: unknown): Record<string, unknown> & { message: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const data: Record<string, unknown> & { message: string } = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || typeof value === 'function') continue;
    data[key] = typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) : value;
  }
  return data;
}

/** Type OIDs whose values JSON would change: bytea, float4, float8 (NaN, ±Infinity) and their arrays. */
const NOT_JSON_SAFE = new Set([17, 700, 701, 1001, 1021, 1022]);

/** A query's answer as it crosses to the server's thread: rows, or rows as JSON text. */
export interface QueryReply {
  rows?: unknown[];
  json?: string;
  affectedRows?: number;
}

const port = parentPort;
if (port) {
  const options = workerData as WorkerOptions;
  let client: PGlite;
  let prepared: ReturnType<typeof preparedStatements>;
  try {
    client = await PGlite.create({
      dataDir: options.dataDir,
      parsers,
      extensions: { pg_trgm, btree_gin },
      loadDataDir: options.template ? new Blob([fs.readFileSync(options.template)]) : undefined,
    });
    prepared = preparedStatements(client);
    port.postMessage({ id: 0, ready: true } satisfies Reply);
  } catch (error) {
    port.postMessage({ id: 0, ok: false, error: errorData(error) } satisfies Reply);
    process.exit(1);
  }
  port.on('message', async (request: Request) => {
    try {
      let value: unknown;
      if (request.op === 'query') {
        const result = await prepared.query(request.sql, request.params);
        // Rows go back as JSON text when every column survives JSON (half the cost of the structured
        // clone postMessage does for rows of objects); bytea and floats (NaN, Infinity) go as they are,
        // and so does a single row: cloning one row is cheap, and a page read as one JSON text
        // (db/json-rows.ts) would otherwise be escaped into JSON and parsed once more.
        value =
          result.rows.length > 1 && result.fields.every((f) => !NOT_JSON_SAFE.has(f.dataTypeID))
            ? { json: JSON.stringify(result.rows), affectedRows: result.affectedRows }
            : { rows: result.rows, affectedRows: result.affectedRows };
      } else if (request.op === 'exec') {
        // the last statement's rows: the job queue reads them (client.ts, executeSql)
        const results = await client.exec(request.sql);
        value = { rows: results.at(-1)?.rows ?? [] };
      } else if (request.op === 'dump') {
        const blob = (await client.dumpDataDir(request.compression)) as Blob;
        value = new Uint8Array(await blob.arrayBuffer());
      } else if (request.op === 'close') {
        if (!client.closed) await client.close();
      }
      port.postMessage({ id: request.id, ok: true, value } satisfies Reply);
    } catch (error) {
      port.postMessage({ id: request.id, ok: false, error: errorData(error) } satisfies Reply);
    }
  });
}
