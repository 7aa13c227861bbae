import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultGeneratorOptions, generatePoolingProblem } from '@mutualis/domain/pooling/index';
import { poolingRepository } from '../src/pooling/repository.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

// Pooling runs through the API: a small instance solved in a worker thread, cancel, re-run with
// an exclusion, accept (sessions, reservations, needs planned; twice → 409; stale → 409),
// members' savings (own figures only, in JSON and PDF), access and bad input.

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON answers
type Json = Record<string, any>;

/** The text drawn in an uncompressed pdfkit PDF (hex strings of TJ operators, WinAnsi). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hex = [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
    lines.push(Buffer.from(hex, 'hex').toString('latin1'));
  }
  return lines.join('\n');
}

describe('pooling runs', () => {
  let ctx: TestContext;
  let coord: Client;
  let contactA: Client;
  let mutualId: string;
  let memberA: { id: string; legal_name: string };
  let memberB: { id: string; legal_name: string };
  let needA: string;
  let needB: string;
  let cheapCourse: string;

  const waitForEnd = async (runId: string): Promise<Json> => {
    for (let i = 0; i < 600; i++) {
      const run = await (await coord.get(`/api/pooling/runs/${runId}`)).json();
      if (!['queued', 'running'].includes(run.status)) return run;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`run ${runId} did not end`);
  };
  const start = async (body: Json) => {
    const res = await coord.post('/api/pooling/runs', body);
    assert.equal(res.status, 202, await res.clone().text());
    return (await res.json()) as Json;
  };

  before(async () => {
    ctx = await createTestContext();
    const db = ctx.deps.db;
    const mutual = await newMutual(ctx);
    mutualId = mutual.id;
    memberA = await newMember(ctx, mutual.id, { legal_name: 'Usinage Alpha inc.' });
    memberB = await newMember(ctx, mutual.id, { legal_name: 'Boulangerie Bêta' });
    const provider = await newProvider(ctx, mutual.id);
    const topic = await db
      .insertInto('topic')
      .values({ mutual_id: mutual.id, code: 'forklift', name_fr: 'Chariot élévateur', name_en: 'Forklift operation' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const course = (title: string, fixed: number) =>
      db
        .insertInto('course')
        .values({
          mutual_id: mutual.id,
          provider_id: provider.id,
          topic_id: topic.id,
          status: 'approved',
          title_fr: title,
          title_en: title,
          duration_hours: 8,
          language: 'fr',
          mode: 'in_person',
          regions: ['06'],
          periods: ['2027-01', '2027-02'],
          fixed_cost_cents: fixed,
          seat_cost_cents: 5_000,
          min_seats: 2,
          max_seats: 10,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    cheapCourse = (await course('Cariste (économique)', 100_000)).id;
    await course('Cariste (cher)', 300_000);
    const need = (memberId: string) =>
      db
        .insertInto('need')
        .values({
          mutual_id: mutual.id,
          member_id: memberId,
          topic_id: topic.id,
          seats: 4,
          languages: ['fr'],
          modes: ['in_person'],
          region_code: '06',
          periods: ['2027-01', '2027-02'],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    needA = (await need(memberA.id)).id;
    needB = (await need(memberB.id)).id;
    coord = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
  });
  after(async () => {
    await ctx.deps.poolingRuns.stop();
    await ctx.close();
  });

  let first: Json;

  it('given open needs and approved courses, when a coordinator starts a run, then it is solved in the background and the plan pools both firms with their names', async () => {
    const started = await start({
      label: 'Hiver 2027',
      periods: ['2027-01', '2027-02'],
      policy: { timeLimitSeconds: 10, minMembersPerSession: 1 },
    });
    assert.ok(['queued', 'running'].includes(started.status));
    first = await waitForEnd(started.id);
    assert.equal(first.status, 'succeeded', first.error);
    assert.equal(first.progress.percent, 100);
    assert.equal(first.plan.sessions.length, 1);
    const session = first.plan.sessions[0];
    assert.equal(session.offerId, cheapCourse);
    assert.deepEqual(session.allocations.map((a: Json) => a.needId).sort(), [needA, needB].sort());
    assert.equal(first.names.members[memberA.id], 'Usinage Alpha inc.');
    assert.equal(first.names.offers[cheapCourse].titleFr, 'Cariste (économique)');
    assert.ok(first.plan.baseline, 'the plan reports the naive baseline');
    const list = await (await coord.get('/api/pooling/runs')).json();
    assert.ok(list.items.some((r: Json) => r.id === first.id && r.totals.cost === first.plan.totals.cost));
  });

  it("given the plan, then the run's figures are in real money: 1 400 $ for 8 seats, 2 400 $ alone, 1 000 $ saved, the objective only in the technical details", async () => {
    // one session of the cheap course, 1 000 $ + 8 × 50 $; alone each firm pays 1 000 $ + 4 × 50 $
    const f = first.figures;
    assert.equal(f.realCostCents, 140_000);
    assert.equal(f.realCostCents, Math.round(first.plan.totals.cost * 100));
    assert.deepEqual([f.sessions, f.seatsRequested, f.seatsServed, f.seatsUnserved], [1, 8, 8, 0]);
    assert.equal(f.costPerSeatServedCents, 17_500);
    assert.equal(f.aloneCostCents, 240_000);
    assert.equal(f.savingVsAloneCents, 100_000);
    // grouping by hand finds the same session here
    assert.deepEqual(
      [f.baseline.realCostCents, f.baseline.seatsServed, f.baseline.savingCents, f.baseline.extraSeatsServed],
      [140_000, 8, 0, 0],
    );
    assert.equal(f.technical.objective, 1400);
    assert.equal(f.technical.penaltyPerUnservedSeat, null);
    assert.equal(f.technical.method.steps.length > 0, true, `the method is read: ${JSON.stringify(first.plan.solver)}`);
  });

  it('given a run, when its problem is read, then the full input is there', async () => {
    const res = await coord.get(`/api/pooling/runs/${first.id}/problem`);
    assert.equal(res.status, 200);
    const { problem } = await res.json();
    assert.deepEqual(problem.needs.map((n: Json) => n.id).sort(), [needA, needB].sort());
    assert.equal(problem.offers.length, 2);
  });

  it("given the same open needs, then a run's problem is the one the demand board builds (same needs, offers, members)", async () => {
    const { problem } = await (await coord.get(`/api/pooling/runs/${first.id}/problem`)).json();
    const res = await coord.post('/api/demand/pooling-problem', { periods: ['2027-01', '2027-02'] });
    assert.equal(res.status, 200);
    const board = (await res.json()).problem;
    assert.deepEqual(
      [problem.periods, problem.needs, problem.offers, problem.members],
      [board.periods, board.needs, board.offers, board.members],
    );
    assert.equal(problem.members.length, 2);
  });

  let second: Json;
  it('given a plan, when the run is re-run with its session excluded, then the new plan avoids that slot and the comparison shows it', async () => {
    const res = await coord.post(`/api/pooling/runs/${first.id}/rerun`, {
      excludeSessions: [first.plan.sessions[0].id],
    });
    assert.equal(res.status, 202, await res.clone().text());
    second = await waitForEnd((await res.json()).id);
    assert.equal(second.status, 'succeeded', second.error);
    assert.equal(second.sourceRunId, first.id);
    const old = first.plan.sessions[0];
    assert.ok(second.plan.sessions.every((s: Json) => !(s.offerId === old.offerId && s.period === old.period)));
    assert.equal(second.adjustments.excludeSessions.length, 1);
    const cmp = await (await coord.get(`/api/pooling/runs/compare?a=${first.id}&b=${second.id}`)).json();
    assert.equal(cmp.sessions.onlyA.length, 1);
    assert.equal(cmp.sessions.onlyB.length, second.plan.sessions.length);
    const realCost = cmp.figures.find((r: Json) => r.key === 'realCost');
    assert.deepEqual(realCost, {
      key: 'realCost',
      kind: 'money',
      a: first.figures.realCostCents,
      b: second.figures.realCostCents,
      difference: second.figures.realCostCents - first.figures.realCostCents,
    });
    assert.deepEqual(
      cmp.figures.map((r: Json) => r.kind).filter((k: string) => k === 'score'),
      [],
      'the objective is not among the real figures',
    );
    assert.deepEqual(
      cmp.technical.map((r: Json) => r.key),
      ['objective'],
    );
  });

  it('given a run of another mutual or an unknown id, then 404', async () => {
    const other = await newMutual(ctx);
    const otherCoord = (await loginAs(ctx, 'coordinator', { mutualId: other.id })).client;
    assert.equal((await otherCoord.get(`/api/pooling/runs/${first.id}`)).status, 404);
    assert.equal((await otherCoord.post(`/api/pooling/runs/${first.id}/accept`, {})).status, 404);
    assert.equal((await coord.get('/api/pooling/runs/00000000-0000-4000-8000-000000000000')).status, 404);
  });

  it('given a run waiting behind another, when it is cancelled, then it ends cancelled and cancelling again is 409', async () => {
    const a = await start({ periods: ['2027-01'], policy: { timeLimitSeconds: 5, minMembersPerSession: 1 } });
    const b = await start({ periods: ['2027-02'], policy: { timeLimitSeconds: 5, minMembersPerSession: 1 } });
    const res = await coord.post(`/api/pooling/runs/${b.id}/cancel`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).status, 'cancelled');
    assert.equal((await coord.post(`/api/pooling/runs/${b.id}/cancel`)).status, 409);
    assert.equal((await waitForEnd(a.id)).status, 'succeeded');
    assert.equal((await waitForEnd(b.id)).status, 'cancelled');
  });

  it('given a running worker on a large problem, when it is cancelled, then the worker stops and the run ends cancelled', async () => {
    const problem = generatePoolingProblem(
      defaultGeneratorOptions({ seed: 7, needs: 3000, offers: 400, timeLimitSeconds: 60 }),
    );
    const user = await ctx.deps.db
      .selectFrom('app_user')
      .select('id')
      .where('mutual_id', '=', mutualId)
      .executeTakeFirstOrThrow();
    const run = await poolingRepository(ctx.deps.db).createRun({
      mutualId,
      label: 'big',
      sourceRunId: null,
      request: {},
      problem,
      adjustments: {},
      needsSnapshot: {},
      createdBy: user.id,
    });
    const runner = ctx.deps.poolingRuns;
    runner.enqueue(run.id, mutualId);
    let seen: Json = {};
    for (let i = 0; i < 400 && seen.status !== 'running'; i++) {
      seen = await (await coord.get(`/api/pooling/runs/${run.id}`)).json();
      if (seen.status !== 'running') await new Promise((r) => setTimeout(r, 25));
    }
    assert.equal(seen.status, 'running');
    assert.equal((await coord.post(`/api/pooling/runs/${run.id}/cancel`)).status, 200);
    await runner.idle();
    const ended = await (await coord.get(`/api/pooling/runs/${run.id}`)).json();
    assert.equal(ended.status, 'cancelled');
    assert.equal(ended.plan, null);
  });

  it('given a plan, when it is accepted, then proposed sessions with reservations exist and the needs are planned; accepting again is 409', async () => {
    const res = await coord.post(`/api/pooling/runs/${first.id}/accept`, {});
    assert.equal(res.status, 200, await res.clone().text());
    const accepted = await res.json();
    assert.equal(accepted.sessionIds.length, 1);
    assert.equal(accepted.needsPlanned, 2);
    const db = ctx.deps.db;
    const sessions = await db
      .selectFrom('training_session')
      .selectAll()
      .where('pooling_run_id', '=', first.id)
      .execute();
    assert.equal(sessions.length, 1);
    assert.equal(sessions[0].status, 'proposed');
    assert.equal(sessions[0].course_id, cheapCourse);
    assert.equal(sessions[0].cost_cents, Math.round(first.plan.sessions[0].cost * 100));
    const reservations = await db
      .selectFrom('session_reservation')
      .selectAll()
      .where('session_id', '=', sessions[0].id)
      .execute();
    assert.deepEqual(reservations.map((r) => r.member_id).sort(), [memberA.id, memberB.id].sort());
    assert.equal(
      reservations.reduce((t, r) => t + r.share_cents, 0),
      sessions[0].cost_cents,
    );
    const events = await db
      .selectFrom('session_event')
      .select(['kind', 'to_status'])
      .where('session_id', '=', sessions[0].id)
      .execute();
    assert.deepEqual(events, [{ kind: 'created', to_status: 'proposed' }]);
    const needs = await db.selectFrom('need').select(['id', 'status']).where('id', 'in', [needA, needB]).execute();
    assert.deepEqual(
      needs.map((n) => n.status),
      ['planned', 'planned'],
    );
    const moves = await db
      .selectFrom('audit_log')
      .select(['entity_id', 'change'])
      .where('action', '=', 'need.status')
      .where('entity_id', 'in', [needA, needB])
      .execute();
    assert.deepEqual(
      moves.map((m) => [m.entity_id, (m.change as Json).from, (m.change as Json).to]).sort(),
      [
        [needA, 'open', 'planned'],
        [needB, 'open', 'planned'],
      ].sort(),
      'each need moved through the needs area, audited',
    );
    const again = await coord.post(`/api/pooling/runs/${first.id}/accept`, {});
    assert.equal(again.status, 409);
  });

  it('given needs planned by another plan since, when a stale plan is accepted, then 409 and nothing is created', async () => {
    const res = await coord.post(`/api/pooling/runs/${second.id}/accept`, {});
    assert.equal(res.status, 409);
    assert.match((await res.json()).detail, /stale|plus à jour/);
    const sessions = await ctx.deps.db
      .selectFrom('training_session')
      .select('id')
      .where('pooling_run_id', '=', second.id)
      .execute();
    assert.equal(sessions.length, 0);
    const run = await (await coord.get(`/api/pooling/runs/${second.id}`)).json();
    assert.equal(run.acceptedAt, null);
  });

  it('given a member contact, then runs are 403 and its savings show only its own firm, in JSON and in the PDF', async () => {
    assert.equal((await contactA.get('/api/pooling/runs')).status, 403);
    assert.equal((await contactA.get(`/api/pooling/runs/${first.id}`)).status, 403);
    assert.equal((await contactA.post('/api/pooling/runs', { periods: ['2027-01'] })).status, 403);

    const res = await contactA.get('/api/my-firm/savings?year=2027');
    assert.equal(res.status, 200);
    const text = await res.text();
    const savings = JSON.parse(text);
    assert.equal(savings.memberName, 'Usinage Alpha inc.');
    assert.equal(savings.items.length, 1);
    assert.equal(savings.total, 1);
    assert.equal(savings.items[0].needId, needA);
    assert.equal(savings.yearToDate.seats, 4);
    assert.ok(savings.items[0].savingsCents > 0, 'pooling saved the firm money');
    assert.equal(savings.items[0].savingsCents, savings.items[0].standaloneCents - savings.items[0].pooledCents);
    assert.ok(!text.includes(memberB.legal_name) && !text.includes(memberB.id) && !text.includes(needB));

    for (const lang of ['fr', 'en']) {
      const pdf = await contactA.get(`/api/my-firm/savings/statement.pdf?year=2027&lang=${lang}`);
      assert.equal(pdf.status, 200);
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
      const content = pdfText(Buffer.from(await pdf.arrayBuffer()));
      assert.ok(content.includes('Usinage Alpha inc.'), 'the firm name is on the statement');
      assert.ok(content.includes('Relevé des économies') && content.includes('savings statement'), 'both languages');
      assert.ok(!content.includes('Boulangerie'), 'no other firm name');
    }
  });

  it('given several runs, when the list is read a page at a time, then each page holds its share, newest first, and the total counts them all', async () => {
    const all = await (await coord.get('/api/pooling/runs?pageSize=200')).json();
    assert.ok(all.total >= 4, `runs so far: ${all.total}`);
    assert.equal(all.items.length, all.total);
    assert.deepEqual([all.page, all.pageSize], [1, 200]);
    const createdAt = all.items.map((r: Json) => r.createdAt);
    assert.deepEqual(createdAt, [...createdAt].sort().reverse(), 'newest first');
    const second = await (await coord.get('/api/pooling/runs?page=2&pageSize=1')).json();
    assert.deepEqual([second.items.length, second.total, second.page, second.pageSize], [1, all.total, 2, 1]);
    assert.equal(second.items[0].id, all.items[1].id);
    assert.equal((await coord.get('/api/pooling/runs?pageSize=201')).status, 400);

    const savings = await (await contactA.get('/api/my-firm/savings?year=2027&page=2&pageSize=1')).json();
    assert.deepEqual([savings.items.length, savings.total, savings.page, savings.pageSize], [0, 1, 2, 1]);
    assert.equal(savings.yearToDate.seats, 4, 'the totals cover every line, whatever the page');
  });

  it('given bad input, then 400 naming the field', async () => {
    const badPeriod = await coord.post('/api/pooling/runs', { periods: ['2027-13'] });
    assert.equal(badPeriod.status, 400);
    assert.deepEqual(
      (await badPeriod.json()).errors.map((e: Json) => e.field),
      ['periods.0'],
    );
    const badLimit = await coord.post('/api/pooling/runs', { periods: ['2027-01'], policy: { timeLimitSeconds: 0 } });
    assert.equal(badLimit.status, 400);
    assert.deepEqual(
      (await badLimit.json()).errors.map((e: Json) => e.field),
      ['policy.timeLimitSeconds'],
    );
    const nothing = await coord.post('/api/pooling/runs', { periods: ['2030-01'] });
    assert.equal(nothing.status, 400);
    assert.equal((await nothing.json()).errors[0].field, 'periods');
    const badPin = await coord.post(`/api/pooling/runs/${first.id}/rerun`, { pins: ['s99'] });
    assert.equal(badPin.status, 400);
    assert.equal((await badPin.json()).errors[0].field, 'pins.0');
    const badCompare = await coord.get('/api/pooling/runs/compare?a=x');
    assert.equal(badCompare.status, 400);
  });

  it('given a need no course can serve, when a run leaves its 3 seats unserved, then the real cost is the sessions only and the 3 000 penalty stays in the objective', async () => {
    const db = ctx.deps.db;
    const topic = await db
      .selectFrom('topic')
      .select('id')
      .where('mutual_id', '=', mutualId)
      .where('code', '=', 'forklift')
      .executeTakeFirstOrThrow();
    const need = (memberId: string, seats: number, region: string) =>
      db
        .insertInto('need')
        .values({
          mutual_id: mutualId,
          member_id: memberId,
          topic_id: topic.id,
          seats,
          languages: ['fr'],
          modes: ['in_person'],
          region_code: region,
          periods: ['2027-01'],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const served = await need(memberA.id, 2, '06');
    const stranded = await need(memberB.id, 3, '14');
    const started = await start({
      periods: ['2027-01'],
      needIds: [served.id, stranded.id],
      policy: { timeLimitSeconds: 5, minMembersPerSession: 1, unservedSeatPenaltyCents: 100_000 },
    });
    const run = await waitForEnd(started.id);
    assert.equal(run.status, 'succeeded', run.error);
    // the cheap course for the 2 seats of region 06: 1 000 $ + 2 × 50 $; nothing for region 14
    assert.deepEqual([run.figures.realCostCents, run.figures.seatsServed, run.figures.seatsUnserved], [110_000, 2, 3]);
    assert.equal(run.figures.technical.objective, 1100 + 3 * 1000);
    assert.equal(run.figures.technical.penaltyPerUnservedSeat, 1000);
  });

  it('given a run left running by an instance that died after its last try, when runs are recovered, then it is failed and may be started again', async () => {
    const user = await ctx.deps.db
      .selectFrom('app_user')
      .select('id')
      .where('mutual_id', '=', mutualId)
      .executeTakeFirstOrThrow();
    const run = await ctx.deps.db
      .insertInto('pooling_run')
      .values({
        mutual_id: mutualId,
        status: 'running',
        attempts: 2,
        claimed_by: 'dead-instance',
        lease_until: '2020-01-01T00:00:00Z',
        request: '{}',
        problem: '{"periods":[],"needs":[],"offers":[]}',
        created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    assert.deepEqual(await ctx.deps.poolingRuns.recover(), { requeued: 0, failed: 1 });
    const row = await (await coord.get(`/api/pooling/runs/${run.id}`)).json();
    assert.equal(row.status, 'failed');
    assert.match(row.error, /interrupted/);
  });
});
