// Backups of either database: PGlite's data folder as a gzipped dump (the instance must be stopped:
// its folder is locked), PostgreSQL through the standard pg_dump / pg_restore tools (custom format).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from './client.ts';

export class BackupError extends Error {}

export type BackupTarget = { databaseUrl: string } | { dataDir: string };

const GZIP = [0x1f, 0x8b];
const PG_CUSTOM = Buffer.from('PGDMP');

/** What a backup file holds, from its first bytes. */
export function backupKind(file: string): 'pglite' | 'postgres' | 'unknown' {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    fs.readSync(fd, head, 0, 5, 0);
    if (head[0] === GZIP[0] && head[1] === GZIP[1]) return 'pglite';
    if (head.equals(PG_CUSTOM)) return 'postgres';
    return 'unknown';
  } finally {
    fs.closeSync(fd);
  }
}

function tool(name: 'pg_dump' | 'pg_restore', args: string[]) {
  const result = spawnSync(name, args, { encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new BackupError(
      `${name} is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client)`,
    );
  }
  if (result.status !== 0) throw new BackupError(`${name} failed: ${(result.stderr || result.stdout).trim()}`);
}

/**
 * The sequences of the data versions (migrations 0061, 0104, 0105, 0106). Kept answers are keyed by their
 * values on the promise that a version is never given twice; a restore into a database that has
 * already given later versions would rewind them, so the restore moves each forward again.
 */
const VERSION_SEQUENCES = ['evidence_data_version_seq', 'demand_data_version_seq', 'data_version_seq'];

/** The last value each version sequence of the database gave (those that exist and have given one). */
async function versionSequences(databaseUrl: string): Promise<Map<string, string>> {
  const handle = await openDatabase({ databaseUrl, poolSize: 1, preparedStatements: false });
  try {
    const { rows } = await sql<{ name: string; last: string }>`
      select sequencename as name, last_value::text as last from pg_sequences
      where schemaname = current_schema() and sequencename in (${sql.join(VERSION_SEQUENCES)})
        and last_value is not null`.execute(handle.db);
    return new Map(rows.map((r) => [r.name, r.last]));
  } finally {
    await handle.close();
  }
}

/**
 * After a restore: each version sequence gives only values above what it gave before the restore,
 * with a margin of a billion for the versions running instances may give while pg_restore runs.
 */
async function versionSequencesNotBefore(databaseUrl: string, before: Map<string, string>) {
  if (before.size === 0) return;
  const handle = await openDatabase({ databaseUrl, poolSize: 1, preparedStatements: false });
  try {
    for (const [name, last] of before) {
      await sql`
        select setval(s.sequencename::regclass, greatest(${last}::bigint + 1000000000, coalesce(s.last_value, 0)))
        from pg_sequences s where s.schemaname = current_schema() and s.sequencename = ${name}`.execute(handle.db);
    }
  } finally {
    await handle.close();
  }
}

/** Writes a backup of the database to `file` (replaced atomically); returns its size in bytes. */
export async function backupDatabase(target: BackupTarget, file: string): Promise<number> {
  const tmp = `${file}.${process.pid}.partial`;
  try {
    if ('databaseUrl' in target) {
      tool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${tmp}`, target.databaseUrl]);
    } else {
      if (!fs.existsSync(path.join(target.dataDir, 'pglite')))
        throw new BackupError(`no database in ${target.dataDir}`);
      const handle = await openDatabase({ dataDir: target.dataDir });
      try {
        fs.writeFileSync(tmp, Buffer.from(await (await handle.dump!('gzip')).arrayBuffer()));
      } finally {
        await handle.close();
      }
    }
    fs.renameSync(tmp, file);
    return fs.statSync(file).size;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Restores `file` into the database. PostgreSQL: the backup replaces the database's objects in one
 * transaction. PGlite: the data folder must be empty, or `replace` moves the current one aside
 * (`pglite.before-restore-<time>`), never deleting it.
 */
export async function restoreDatabase(
  target: BackupTarget,
  file: string,
  options: { replace?: boolean; now?: Date } = {},
): Promise<void> {
  if (!fs.existsSync(file)) throw new BackupError(`no such file: ${file}`);
  const kind = backupKind(file);
  if ('databaseUrl' in target) {
    if (kind !== 'postgres')
      throw new BackupError(
        `${file} is not a PostgreSQL backup (pg_dump custom format)${kind === 'pglite' ? ': it is an embedded-database backup; restore it without DATABASE_URL' : ''}`,
      );
    const before = await versionSequences(target.databaseUrl);
    tool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      `--dbname=${target.databaseUrl}`,
      file,
    ]);
    await versionSequencesNotBefore(target.databaseUrl, before);
    return;
  }
  if (kind !== 'pglite')
    throw new BackupError(
      `${file} is not an embedded-database backup${kind === 'postgres' ? ': it is a PostgreSQL backup; restore it with DATABASE_URL set' : ''}`,
    );
  const folder = path.join(target.dataDir, 'pglite');
  if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
    if (!options.replace)
      throw new BackupError(`${folder} holds a database: stop the server and pass --replace to move it aside`);
    // Taking the lock first refuses a running server's folder.
    const probe = await openDatabase({ dataDir: target.dataDir });
    await probe.close();
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    fs.renameSync(folder, path.join(target.dataDir, `pglite.before-restore-${stamp}`));
  }
  const handle = await openDatabase({ dataDir: target.dataDir, loadDataDir: new Blob([fs.readFileSync(file)]) });
  await handle.close();
}
