import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Db } from '../src/db/client.ts';
import { seedDemo } from '../src/db/seed/demo.ts';
import { createTestContext, type TestContext } from './harness.ts';

// Decision 72: the bundle carries the demo seeded at build time, and a first start loads it. That is the
// demo a start would seed only if the seed does not depend on the day it runs: seeded with the clock
// 400 days later (PGlite's clock too: it reads JavaScript's; PostgreSQL's is not moved), every table holds
// the same rows, but for random ids and tokens, and the times that say when the rows were written.

const SHIFT_MS = 400 * 24 * 3600 * 1000;

/**
 * Per table of the public schema: its row count and a hash of its rows. Random ids, tokens and hashes
 * are left out (uuids inside text too); a time within two days of the seed's clocks reads NOW: the time
 * the rows were written (by the database's `default now()` or the app's clock), while a time taken from
 * the clock and moved (a date computed from today) stays as it is, and differs between the two seeds.
 */
async function fingerprint(db: Db, clocksMs: readonly number[]): Promise<Record<string, string>> {
  const nearAClock = (col: string) =>
    clocksMs
      .map((ms) => `abs(extract(epoch from (${col}::timestamptz - to_timestamp(${ms / 1000})))) < 172800`)
      .join(' or ');
  const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and c.table_name <> 'schema_migration' -- the migrations', written before the seed (the template's)
    order by c.table_name, c.ordinal_position`.execute(db);
  const exprs = new Map<string, string[]>();
  const names = new Map<string, string[]>();
  for (const c of columns.rows) {
    const list = exprs.get(c.table_name) ?? [];
    exprs.set(c.table_name, list);
    const named = names.get(c.table_name) ?? [];
    names.set(c.table_name, named);
    // tx_id: the database's transaction number (PostgreSQL's counter depends on what ran before, not on the day)
    if (c.data_type === 'uuid' || /(hash|token|secret|salt)/.test(c.column_name) || c.column_name === 'tx_id') continue;
    const col = `t."${c.column_name}"`;
    list.push(
      /^(timestamp|date)/.test(c.data_type)
        ? `coalesce(case when ${nearAClock(col)} then 'NOW' else ${col}::text end, '-')`
        : `coalesce(${col}::text, '-')`,
    );
    named.push(c.column_name);
  }
  const result: Record<string, string> = {};
  for (const [table, list] of exprs) {
    const row = list.length > 0 ? list.join(" || '|' || ") : "''";
    const { rows } = await sql<{ n: string; digest: string | null }>`
      select count(*)::text as n, md5(string_agg(r, E'\n' order by r)) as digest from (
        select regexp_replace(${sql.raw(row)},
          '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'U', 'g') as r
        from ${sql.table(table)} t) x`.execute(db);
    result[table] = `${rows[0]?.n} ${rows[0]?.digest ?? '-'}`;
    // each column on its own, to name what differs
    for (const [i, expr] of list.entries()) {
      const one = await sql<{ digest: string | null }>`
        select md5(string_agg(r, E'\n' order by r)) as digest from (
          select regexp_replace(${sql.raw(expr)},
            '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'U', 'g') as r
          from ${sql.table(table)} t) x`.execute(db);
      result[`${table}.${names.get(table)?.[i]}`] = one.rows[0]?.digest ?? '-';
    }
  }
  return result;
}

describe('demo seed made in advance (the bundle’s template)', () => {
  let today: TestContext;
  let later: TestContext;
  before(async () => {
    today = await createTestContext();
    later = await createTestContext();
  });
  after(async () => {
    await today?.close();
    await later?.close();
  });

  it('given the seed run today and 400 days later, then every table holds the same demo', async () => {
    const todayClock = Date.now();
    await seedDemo(today.deps.db);
    const RealDate = Date;
    class LaterDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + SHIFT_MS);
        else super(...(args as [string]));
      }
      static override now() {
        return RealDate.now() + SHIFT_MS;
      }
    }
    let laterClock = 0;
    globalThis.Date = LaterDate as DateConstructor;
    try {
      const moved = new Date();
      assert.ok(moved.getTime() - RealDate.now() > SHIFT_MS - 1000, 'the clock is moved');
      laterClock = Date.now();
      await seedDemo(later.deps.db);
    } finally {
      globalThis.Date = RealDate;
    }
    // PostgreSQL's own clock (`default now()`) is not moved with JavaScript's: its write times are near the real clock
    const [a, b] = [
      await fingerprint(today.deps.db, [todayClock]),
      await fingerprint(later.deps.db, [laterClock, Date.now()]),
    ];
    assert.ok(Number(a.invoice?.split(' ')[0]) > 50 && Number(a.journal_entry?.split(' ')[0]) > 100, JSON.stringify(a));
    const differ = Object.keys(a).filter((t) => a[t] !== b[t]);
    assert.deepEqual(differ, [], 'tables and columns whose demo depends on the day');
  });
});
