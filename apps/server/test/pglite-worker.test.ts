import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { DatabaseError, openDatabase } from '../src/db/client.ts';
import { readRowsAsJson } from '../src/db/json-rows.ts';
import { migrate } from '../src/db/migrate.ts';

// The server runs PGlite in a thread of its own (issue #15): the same answers, errors and
// transactions as PGlite in the calling thread.

describe('PGlite in its own thread', { skip: process.env.DATABASE_URL ? 'embedded database only' : false }, () => {
  it('migrates, answers queries with the same value shapes, keeps errors and their fields, rolls back, and stops cleanly', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-worker-'));
    const handle = await openDatabase({ dataDir, worker: true });
    try {
      assert.equal(handle.kind, 'pglite');
      const applied = await migrate(handle);
      assert.ok(applied.length > 0);
      assert.deepEqual(await migrate(handle), [], 'a second run finds nothing to apply');

      const row = (
        await sql<{ n: number; big: number; d: string; ts: string; txt: string; arr: number[]; j: { a: number } }>`
          select 42 as n, 9007199254740991::int8 as big, date '2026-11-20' as d,
                 timestamptz '2026-11-20 15:00:00.123456+00' as ts, ${'é'}::text as txt,
                 array[1,2]::int[] as arr, '{"a":1}'::jsonb as j`.execute(handle.db)
      ).rows[0];
      assert.deepEqual(row, {
        n: 42,
        big: 9007199254740991,
        d: '2026-11-20',
        ts: '2026-11-20T15:00:00.123Z',
        txt: 'é',
        arr: [1, 2],
        j: { a: 1 },
      });

      // a page read as one JSON text (db/json-rows.ts) crosses as one row and reads the same
      const page = sql<{ n: number; ts: string; t: string }>`
        select n, timestamptz '2026-11-20 15:00:00+00' + n * interval '1.5 ms' as ts, 'é "' || n as t
        from generate_series(1, 100) as n order by n desc`;
      assert.deepEqual(await readRowsAsJson(handle.db, page, ['ts']), (await page.execute(handle.db)).rows);

      const mutual = await handle.db
        .insertInto('mutual')
        .values({ name: 'Mutuelle test', slug: 'mutuelle-test', kind: 'regional', region_code: '06' })
        .returning(['id', 'slug'])
        .executeTakeFirstOrThrow();
      assert.equal(mutual.slug, 'mutuelle-test');

      // a unique violation comes back with PostgreSQL's fields, as http/problem.ts reads them
      const duplicate = await handle.db
        .insertInto('mutual')
        .values({ name: 'Again', slug: 'mutuelle-test', kind: 'regional', region_code: '06' })
        .execute()
        .catch((e: unknown) => e);
      assert.ok(duplicate instanceof DatabaseError);
      const e = duplicate as DatabaseError & { code?: string; constraint?: string; detail?: string };
      assert.equal(e.code, '23505');
      assert.match(e.detail ?? '', /Key \(slug\)/);
      assert.ok(e.constraint);

      // a transaction that throws leaves nothing behind
      await assert.rejects(
        handle.db.transaction().execute(async (trx) => {
          await trx.updateTable('mutual').set({ name: 'Changed' }).where('id', '=', mutual.id).execute();
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      const after = await handle.db
        .selectFrom('mutual')
        .select('name')
        .where('id', '=', mutual.id)
        .executeTakeFirstOrThrow();
      assert.equal(after.name, 'Mutuelle test');

      // many at once: each gets its own answer
      const many = await Promise.all(
        Array.from({ length: 50 }, (_, i) => sql<{ v: number }>`select ${i}::int as v`.execute(handle.db)),
      );
      assert.deepEqual(
        many.map((r) => r.rows[0].v),
        Array.from({ length: 50 }, (_, i) => i),
      );

      await handle.execScript('create table scratch (x int); insert into scratch values (1), (2);');
      assert.equal((await sql<{ c: number }>`select count(*)::int as c from scratch`.execute(handle.db)).rows[0].c, 2);
    } finally {
      await handle.close();
    }
    assert.equal(fs.existsSync(path.join(dataDir, 'mutualis.lock')), false, 'the folder is released');

    // the data is on disk: opened again (in this thread), it is there
    const again = await openDatabase({ dataDir });
    try {
      const names = await again.db.selectFrom('mutual').select('slug').execute();
      assert.deepEqual(
        names.map((n) => n.slug),
        ['mutuelle-test'],
      );
    } finally {
      await again.close();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
