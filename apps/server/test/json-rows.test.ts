import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { jsonRowsMarker, readRowsAsJson, readsRowsAsJson, rowsFromJson } from '../src/db/json-rows.ts';
import { createTestContext, type TestContext } from './harness.ts';

// On the embedded database lists read their rows as one JSON text built by the database
// (db/json-rows.ts). Whatever the database (PGlite here, PostgreSQL in CI, both marked for JSON in
// these tests), the rows must be exactly those the drivers' parsers give when the same query is read
// value by value, in the same order.

interface Row {
  n: number;
  id: string;
  label: string | null;
  small: number;
  big: number;
  amount: number;
  flag: boolean;
  day: string | null;
  at: string | null;
  tags: string[] | null;
  doc: unknown;
}

describe('rows read as JSON', () => {
  let ctx: TestContext;
  let jsonDb: TestContext['deps']['db'];
  before(async () => {
    ctx = await createTestContext();
    jsonDb = ctx.deps.db.withPlugin(jsonRowsMarker);
  });
  after(() => ctx.close());

  it('given every type a list selects, when read as JSON, then the rows are those read value by value, in order', async () => {
    // timestamps with 0 to 6 digits of fraction (JSON drops trailing zeros), texts JSON must escape,
    // bigint and numeric, nulls, arrays and JSON values
    const query = sql<Row>`
      select n, id, label, small, big, amount, flag, day, at, tags, doc from (values
        (1, 'b74e75a6-061e-4087-8280-427a526710b7'::uuid, 'Élagage — « en hauteur »'::text, 3::smallint,
         9007199254740991::bigint, 12345.67::numeric, true, '2026-11-20'::date,
         '2026-11-20 15:00:00+00'::timestamptz, array['a', 'b "c"']::text[], '{"k": [1, "é"]}'::jsonb),
        (2, '00000000-0000-0000-0000-000000000001'::uuid, E'ligne\\nsuivante \\\\ "cité"', -1::smallint,
         -42::bigint, 0.5::numeric, false, null, '2026-11-20 15:00:00.1+00'::timestamptz, '{}'::text[], 'null'::jsonb),
        (3, '00000000-0000-0000-0000-000000000002'::uuid, null, 0::smallint, 0::bigint, 100::numeric, false,
         '1999-01-01'::date, '1999-12-31 23:59:59.999999+00'::timestamptz, null, null),
        (4, '00000000-0000-0000-0000-000000000003'::uuid, '2026-11-20T15:00:00.123456+00:00', 1::smallint,
         1::bigint, 1::numeric, true, null, '2026-06-01 04:05:06.12+00'::timestamptz, array[null]::text[], '[]'::jsonb),
        (5, '00000000-0000-0000-0000-000000000004'::uuid, '', 2::smallint, 2::bigint, 2.25::numeric, true,
         null, null, array['x'], '"t"'::jsonb)
      ) as v(n, id, label, small, big, amount, flag, day, at, tags, doc)
      order by n desc`;
    const valueByValue = (await query.execute(ctx.deps.db)).rows;
    const asJson = await readRowsAsJson(jsonDb, query, ['at']);
    assert.deepEqual(asJson, valueByValue);
    assert.deepEqual(
      asJson.map((r) => r.n),
      [5, 4, 3, 2, 1],
    );
    // a text that looks like a timestamp is left as it is: only the columns named are converted
    assert.equal(asJson.find((r) => r.n === 4)?.label, '2026-11-20T15:00:00.123456+00:00');
  });

  it('given a page of many rows under a limit and an offset, then their order is the query order', async () => {
    const query = sql<{ n: number; at: string }>`
      select n, timestamptz '2026-01-01 00:00:00+00' + n * interval '1.001 seconds' as at
      from generate_series(1, 2000) as n order by (n * 7919) % 2000, n limit 300 offset 50`;
    const valueByValue = (await query.execute(ctx.deps.db)).rows;
    assert.deepEqual(await readRowsAsJson(jsonDb, query, ['at']), valueByValue);
  });

  it('given no row, then an empty list', async () => {
    const query = sql<{ n: number }>`select n from generate_series(1, 3) as n where n > 5`;
    assert.deepEqual(await readRowsAsJson(jsonDb, query, []), []);
  });

  it('given the embedded database, then its rows are read as JSON (in transactions too); PostgreSQL reads them value by value', async () => {
    const embedded = ctx.handle.kind === 'pglite';
    assert.equal(readsRowsAsJson(ctx.deps.db), embedded);
    await ctx.deps.db.transaction().execute(async (trx) => assert.equal(readsRowsAsJson(trx), embedded));
    const query = sql<{ n: number; at: string }>`
      select n, timestamptz '2026-01-01 00:00:00.5+00' + n * interval '1 day' as at from generate_series(1, 3) as n order by n`;
    assert.deepEqual(await readRowsAsJson(ctx.deps.db, query, ['at']), (await query.execute(ctx.deps.db)).rows);
  });

  it('given a timestamp in another zone, then it is still the same instant as an ISO string', () => {
    assert.deepEqual(rowsFromJson('[{"at": "2026-11-20T10:00:00.5-05:00"}]', ['at']), [
      { at: '2026-11-20T15:00:00.500Z' },
    ]);
  });
});
