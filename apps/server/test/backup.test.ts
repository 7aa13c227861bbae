import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { runCli } from '../src/cli/run-cli.ts';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemoIfEmpty } from '../src/db/seed/demo.ts';
import { dropTestDatabase } from './postgres-databases.ts';

// `mutualis backup` then `mutualis restore` gives back every table, row for row: on PGlite always,
// and on PostgreSQL (pg_dump / pg_restore) when DATABASE_URL is set.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-backup-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every table of the public schema: its row count and a digest of its rows in a fixed order. */
async function tableDigests(handle: DatabaseHandle): Promise<Record<string, string>> {
  const tables = await sql<{
    name: string;
  }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(
    handle.db,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const r = await sql<{
      n: number;
      digest: string | null;
    }>`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.table(name)} t`.execute(
      handle.db,
    );
    out[name] = `${r.rows[0].n}:${r.rows[0].digest}`;
  }
  return out;
}

function cli(args: string[]) {
  let out = '';
  let err = '';
  const io = {
    stdout: (t: string) => {
      out += t;
    },
    stderr: (t: string) => {
      err += t;
    },
    readStdin: async () => '',
  };
  return runCli(args, io).then((code) => ({ code, out, err }));
}

describe('backup and restore', () => {
  it('given the embedded database with the demo, when backed up and restored into another folder, then every table is identical, and a running server’s folder is refused', async () => {
    const source = path.join(tmp, 'source');
    const handle = await openDatabase({ dataDir: source });
    await migrate(handle);
    await seedDemoIfEmpty(handle.db);
    const before = await tableDigests(handle);
    const file = path.join(tmp, 'embedded.backup');
    await handle.close();
    // Another live process holds the folder (as a running server would): the backup waits for it to stop.
    fs.writeFileSync(path.join(source, 'mutualis.lock'), String(process.ppid));
    const locked = await cli(['backup', file, '--data-dir', source]);
    assert.equal(locked.code, 2, 'the folder is in use by another process');
    assert.match(locked.err, /in use by another Mutualis process/);
    fs.rmSync(path.join(source, 'mutualis.lock'));

    const backup = await cli(['backup', file, '--data-dir', source]);
    assert.equal(backup.code, 0, backup.err);
    const target = path.join(tmp, 'target');
    const restore = await cli(['restore', file, '--data-dir', target]);
    assert.equal(restore.code, 0, restore.err);
    const restored = await openDatabase({ dataDir: target });
    try {
      const after = await tableDigests(restored);
      assert.ok(Object.keys(before).length > 30, `the schema has its tables (${Object.keys(before).length})`);
      assert.ok(Number(before.employee.split(':')[0]) > 100, 'the demo has employees');
      assert.deepEqual(after, before);
    } finally {
      await restored.close();
    }
    const again = await cli(['restore', file, '--data-dir', target]);
    assert.equal(again.code, 2, 'a folder holding a database is not overwritten without --replace');
    const replaced = await cli(['restore', file, '--data-dir', target, '--replace']);
    assert.equal(replaced.code, 0, replaced.err);
    assert.ok(
      fs.readdirSync(target).some((f) => f.startsWith('pglite.before-restore-')),
      'the previous folder is kept aside',
    );
  });

  it('given a file that is not a backup, then restore refuses it with exit 2 and a clear message', async () => {
    const file = path.join(tmp, 'not-a-backup.txt');
    fs.writeFileSync(file, 'hello');
    const r = await cli(['restore', file, '--data-dir', path.join(tmp, 'x')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /not an embedded-database backup/);
  });

  it('given PostgreSQL with the demo, when backed up with pg_dump and restored into an empty database, then every table is identical', {
    skip: !process.env.DATABASE_URL && 'needs DATABASE_URL',
  }, async () => {
    const url = process.env.DATABASE_URL!;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const names = [
      `mutualis_backup_a_${randomBytes(4).toString('hex')}`,
      `mutualis_backup_b_${randomBytes(4).toString('hex')}`,
    ];
    const urlOf = (db: string) => {
      const u = new URL(url);
      u.pathname = `/${db}`;
      return u.toString();
    };
    try {
      for (const n of names) await admin.query(`create database ${n}`);
      const source = await openDatabase({ databaseUrl: urlOf(names[0]), poolSize: 2 });
      await migrate(source);
      await seedDemoIfEmpty(source.db);
      const before = await tableDigests(source);
      await source.close();
      const file = path.join(tmp, 'postgres.backup');
      const backup = await cli(['backup', file, '--database-url', urlOf(names[0])]);
      assert.equal(backup.code, 0, backup.err);
      const restore = await cli(['restore', file, '--database-url', urlOf(names[1])]);
      assert.equal(restore.code, 0, restore.err);
      const target = await openDatabase({ databaseUrl: urlOf(names[1]), poolSize: 2 });
      try {
        assert.deepEqual(await tableDigests(target), before);
      } finally {
        await target.close();
      }
      // restored over the source after it gave later data versions: no version is given twice (decision 82)
      const lastVersion = async () => {
        const h = await openDatabase({ databaseUrl: urlOf(names[0]), poolSize: 1 });
        try {
          return BigInt(
            (await sql<{ v: string }>`select last_value::text as v from data_version_seq`.execute(h.db)).rows[0].v,
          );
        } finally {
          await h.close();
        }
      };
      const live = await openDatabase({ databaseUrl: urlOf(names[0]), poolSize: 1 });
      await sql`select nextval('data_version_seq') from generate_series(1, 50)`.execute(live.db);
      await live.close();
      const given = await lastVersion();
      const again = await cli(['restore', file, '--database-url', urlOf(names[0])]);
      assert.equal(again.code, 0, again.err);
      assert.ok((await lastVersion()) > given, 'the version sequence is past every version given before the restore');
    } finally {
      try {
        for (const n of names) await dropTestDatabase(admin, n);
      } finally {
        await admin.end();
      }
    }
  });
});
