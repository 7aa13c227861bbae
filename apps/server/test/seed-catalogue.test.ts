// The demo's needs and catalogue: what a coordinator, a trainer and a member contact find after
// seeding (cells that pool and cells that cannot, each reason; diagnostics in every state; a
// request for quote half answered).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DemandBoard, QuoteRequest, UnmetNeeds } from '@mutualis/contracts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/db/seed/demo.ts';
import { DEMAND_BENCH_COORDINATOR, seedDemandBench } from '../src/db/seed/seed-demand-bench.ts';
import { createTestContext, login, type TestContext } from './harness.ts';

describe('demo seed: needs and catalogue', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
    await seedDemoIfEmpty(ctx.deps.db);
  });
  after(() => ctx.close());

  it('given the demo, then each mutual has the starter topics and approved courses', async () => {
    for (const email of ['coordination@lanaudiere.demo', 'coordination@alimentaire.demo']) {
      const client = await login(ctx, email, DEMO_PASSWORD);
      const topics = (await (await client.get('/api/topics?pageSize=500')).json()) as { items: unknown[] };
      assert.ok(topics.items.length >= 60, `${email}: ${topics.items.length} topics`);
      const courses = (await (await client.get('/api/courses?status=approved')).json()) as { items: unknown[] };
      assert.ok(courses.items.length >= 2, `${email}: ${courses.items.length} approved courses`);
    }
  });

  it('given the demo, then the board has ready cells and unmet needs for every reason', async () => {
    const client = await login(ctx, 'coordination@lanaudiere.demo', DEMO_PASSWORD);
    const board = (await (await client.get('/api/demand')).json()) as DemandBoard;
    assert.ok(board.cells.filter((c) => c.status === 'ready').length >= 3, 'ready cells');
    const unmet = (await (await client.get('/api/demand/unmet')).json()) as UnmetNeeds;
    const reasons = unmet.summary
      .filter((s) => s.needs > 0)
      .map((s) => s.reason)
      .sort();
    assert.deepEqual(reasons, [
      'below_minimum',
      'no_course_on_topic',
      'no_language_or_mode_match',
      'no_period',
      'region_not_served',
    ]);
    assert.ok(board.totals.members >= 20, `${board.totals.members} firms with open needs`);
  });

  it('given the demo, then diagnostics exist in every state and a request for quote is half answered', async () => {
    const client = await login(ctx, 'coordination@lanaudiere.demo', DEMO_PASSWORD);
    const diagnostics = (await (await client.get('/api/diagnostics')).json()) as { items: Array<{ status: string }> };
    assert.deepEqual([...new Set(diagnostics.items.map((d) => d.status))].sort(), [
      'cancelled',
      'completed',
      'in_progress',
      'scheduled',
      'validated',
    ]);
    const quotes = (await (await client.get('/api/quotes')).json()) as {
      items: Array<{ id: string; status: string; answerCount: number; providerCount: number }>;
    };
    const open = quotes.items.find((q) => q.status === 'open');
    assert.ok(open);
    assert.equal(open.providerCount, 2);
    assert.equal(open.answerCount, 1);
    const detail = (await (await client.get(`/api/quotes/${open.id}`)).json()) as QuoteRequest;
    assert.equal(detail.responses.length, 1);
    assert.ok(detail.responses[0].comparison);
  });

  it('given the demo, then a trainer sees its pending course change and the featured member has lines to validate', async () => {
    const trainer = await login(ctx, 'formateur@soudure-pro-formation.demo', DEMO_PASSWORD);
    const courses = (await (await trainer.get('/api/courses')).json()) as {
      items: Array<{ pendingRevision: unknown }>;
    };
    assert.ok(
      courses.items.some((c) => c.pendingRevision),
      `courses: ${JSON.stringify(courses).slice(0, 400)}`,
    );
    const member = await login(ctx, 'rh@acier-hetu.demo', DEMO_PASSWORD);
    const diagnostics = (await (await member.get('/api/diagnostics')).json()) as {
      items: Array<{ status: string; needCount: number }>;
    };
    assert.ok(
      diagnostics.items.some((d) => d.status === 'completed' && d.needCount > 0),
      `diagnostics: ${JSON.stringify(diagnostics).slice(0, 600)}`,
    );
  });
});

describe('demand board benchmark seed (small sizes)', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given sizes, when seeded, then one mutual holds exactly that many open needs and its coordinator sees them on the board', async () => {
    const result = await seedDemandBench(ctx.deps.db, { needs: 1500, firms: 30 });
    assert.deepEqual([result.needs, result.firms], [1500, 30]);
    const client = await login(ctx, DEMAND_BENCH_COORDINATOR, DEMO_PASSWORD);
    const board = (await (await client.get('/api/demand')).json()) as DemandBoard;
    assert.equal(board.totals.openNeeds, 1500);
    assert.ok(board.cells.length > 0);
    await assert.rejects(seedDemandBench(ctx.deps.db, { needs: 10, firms: 2 }), /already/);
  });
});
