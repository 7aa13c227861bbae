import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type KyselyPlugin, type RootOperationNode, sql } from 'kysely';
import type { Caller, Deps } from '../src/caller.ts';
import { FINANCE_BENCH_COORDINATOR, seedFinanceBench } from '../src/db/seed/seed-finance-bench.ts';
import { rowsPerStatement, statementBatches } from '../src/finance/batches.ts';
import { invoiceSessions } from '../src/finance/index.ts';
import { createTestContext, type TestContext } from './harness.ts';

// Invoicing a fiscal year sends a number of statements that does not grow with the number of
// members, sessions or enrolments (docs/performance.md, "Money benchmarks"): each
// kind of row is written in a few multi-row statements per chunk, what the run needs is read once.

/** Counts the statements a Kysely instance sends, by kind (select, insert into t, update t…). */
function statementCounter() {
  const byKind = new Map<string, number>();
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      const n = node as RootOperationNode & { into?: { table: { identifier: { name: string } } } };
      const table = (t: unknown) =>
        (t as { table?: { identifier?: { name?: string } } })?.table?.identifier?.name ?? '?';
      const kind =
        n.kind === 'InsertQueryNode'
          ? `insert ${table(n.into)}`
          : n.kind === 'UpdateQueryNode'
            ? `update ${table((n as { table?: unknown }).table)}`
            : n.kind === 'SelectQueryNode'
              ? 'select'
              : n.kind;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };
  return { plugin, byKind, total: () => [...byKind.values()].reduce((s, x) => s + x, 0) };
}

async function invoiceTheYear(ctx: TestContext, slug: string, size: { members: number; sessions: number }) {
  const db = ctx.deps.db;
  // the benchmark's seed is written for one mutual a database: rename the previous one first
  await db
    .updateTable('mutual')
    .set({ slug: `${slug}-done` })
    .where('slug', '=', 'bench-finance')
    .execute();
  await db
    .updateTable('app_user')
    .set({ email: sql<string>`${slug} || '-' || email` })
    .where('email', 'like', '%bench-finance.demo')
    .execute();
  const seeded = await seedFinanceBench(db, { ...size, year: 2026 });
  const user = await db
    .selectFrom('app_user')
    .selectAll()
    .where('email', '=', FINANCE_BENCH_COORDINATOR)
    .executeTakeFirstOrThrow();
  const caller: Caller = {
    userId: user.id,
    sessionId: 'test',
    email: user.email,
    displayName: user.display_name,
    locale: 'fr',
    role: 'coordinator',
    mutualId: seeded.mutualId,
    memberId: null,
    providerId: null,
    csrfToken: 'test',
  };
  const counter = statementCounter();
  const deps: Deps = { ...ctx.deps, db: db.withPlugin(counter.plugin) };
  const run = await invoiceSessions(deps, caller, { through: '2026-12-31', issuedOn: '2026-12-31' });
  return { run, statements: counter.total(), byKind: Object.fromEntries(counter.byKind) };
}

describe('invoicing a fiscal year', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given 12 then 40 firms and 60 then 240 sessions, when each year is invoiced, then the statements sent do not grow with them', async () => {
    const small = await invoiceTheYear(ctx, 'small', { members: 12, sessions: 60 });
    const large = await invoiceTheYear(ctx, 'large', { members: 40, sessions: 240 });
    console.log(JSON.stringify({ small, large }, null, 1));
    assert.deepEqual([small.run.sessions, small.run.invoices, small.run.providerBills], [60, 12, 60]);
    assert.deepEqual([large.run.sessions, large.run.invoices, large.run.providerBills], [240, 40, 240]);
    assert.equal(large.statements, small.statements, JSON.stringify({ small: small.byKind, large: large.byKind }));
  });

  it('given rows of 9 or 17 values, then a multi-row statement holds as many as PostgreSQL’s 65,535 parameters allow', () => {
    assert.equal(rowsPerStatement(17), 3529);
    assert.ok(17 * 3529 <= 65_535);
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ a: i, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0, h: 0, k: 0 }));
    assert.deepEqual(
      statementBatches(rows).map((b) => b.length),
      [6666, 3334],
    );
    assert.deepEqual(statementBatches([]), []);
  });
});
