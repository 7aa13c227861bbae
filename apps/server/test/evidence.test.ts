import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createRng,
  generateDemoDataset,
  SIMULATED_EFFECTS,
  simulateEvidenceHistory,
} from '@mutualis/domain/demo-data/index';
import { buildCohort } from '@mutualis/domain/impact/cohort';
import {
  cellsAreLarge,
  FIRM_QUASI_IDENTIFIERS,
  PERSON_QUASI_IDENTIFIERS,
  type ResearchRow,
} from '@mutualis/domain/impact/research-export';
import { sql } from 'kysely';
import { DEMO_PASSWORD, seedDemo } from '../src/db/seed/demo.ts';
import { outcomeRepository } from '../src/outcomes/index.ts';
import {
  type Client,
  createTestContext,
  login,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  type TestContext,
} from './harness.ts';

// Personal fields that must never reach a board member, a funder or a researcher.
const PERSONAL_KEYS = [
  'firstName',
  'lastName',
  'email',
  'birthYear',
  'hireDate',
  'employeeId',
  'employeeName',
  'participantName',
  'phone',
  'wages',
];

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

describe('evidence on the demo: the simulated effect, who sees what, the research export', () => {
  let ctx: TestContext;
  let coordinator: Client;
  const simulated = simulateEvidenceHistory(generateDemoDataset(), createRng('demo/2026/evidence'));
  const lanaudiere = simulated.dataset.mutuals[0].id;

  before(async () => {
    ctx = await createTestContext();
    await seedDemo(ctx.deps.db);
    coordinator = await login(ctx, 'coordination@lanaudiere.demo', DEMO_PASSWORD);
  });
  after(() => ctx.close());

  it('given the seeded regional mutual, then the dashboard’s wage and retention estimates cover the simulated effects in their 95 % intervals', async () => {
    const res = await coordinator.get('/api/evidence/dashboard');
    assert.equal(res.status, 200);
    const d = await res.json();
    assert.equal(d.audience, 'all_firms');
    const wage = d.wageGrowth.primary;
    assert.equal(wage.status, 'estimated');
    assert.equal(wage.method, 'weighting');
    assert.ok(
      wage.ci95[0] < SIMULATED_EFFECTS.wageGrowthLogPoints && SIMULATED_EFFECTS.wageGrowthLogPoints < wage.ci95[1],
      `wage ${wage.ci95}`,
    );
    assert.ok(wage.balance.length > 0 && wage.treated.units >= 30);
    // the true 12-month retention effect on the treated, from each simulated employee's two probabilities
    const mutual = simulated.dataset.mutuals[0];
    const employees = mutual.firms.flatMap((f) => f.employees.map((e) => ({ ...e, memberId: f.id, wages: e.wages })));
    const trainings = simulated.history.sessions
      .filter((s) => s.mutualId === mutual.id)
      .flatMap((s) => s.participants.map((p) => ({ employeeId: p.employeeId, completedOn: s.lastDay, hours: 7 })));
    const cohort = buildCohort(employees, trainings, {
      asOf: '2026-11-20',
      windowStart: d.windowStart,
      headcountOf: () => 10,
    });
    const observed = cohort.filter((r) => r.trained && r.stayed12 !== null);
    const truth =
      (100 *
        observed.reduce(
          (s, r) =>
            s +
            simulated.history.retention12.get(r.employeeId)!.ifTrained -
            simulated.history.retention12.get(r.employeeId)!.ifNot,
          0,
        )) /
      observed.length;
    const retention = d.retention.effect12.primary;
    assert.ok(retention.ci95[0] < truth && truth < retention.ci95[1], `retention ${retention.ci95} vs ${truth}`);
    // promotions (a job class of a lower TEER within 12 months, among those still employed then)
    const stayers = cohort.filter((r) => r.trained && r.promoted12 !== null);
    const promotionTruth =
      (100 *
        stayers.reduce((s, r) => {
          const p = simulated.history.promotion12.get(r.employeeId)!;
          return s + p.ifTrained - p.ifNot;
        }, 0)) /
      stayers.length;
    const promotion = d.promotion.effect12.primary;
    assert.equal(promotion.status, 'estimated');
    assert.equal(promotion.treated.units, stayers.length);
    assert.ok(
      promotion.ci95[0] < promotionTruth && promotionTruth < promotion.ci95[1],
      `promotion ${promotion.ci95} vs ${promotionTruth}`,
    );
    assert.ok(d.promotion.share12.trained > 0 && d.promotion.share12.comparison > 0, 'some promotions in both groups');
    assert.ok(promotion.notes.some((n: string) => n.startsWith('standard error: clustered by firm')));
    assert.equal(d.retention.curves.length, 2);
    assert.ok(d.retention.curves.every((c: { points: { atRisk: number }[] }) => c.points.every((p) => p.atRisk >= 5)));
    const productivity = d.productivity.estimate;
    assert.equal(productivity.status, 'estimated');
    assert.ok(
      productivity.ci95[0] < SIMULATED_EFFECTS.productivityLogPoints &&
        SIMULATED_EFFECTS.productivityLogPoints < productivity.ci95[1],
      `productivity ${productivity.ci95}`,
    );
    assert.equal(d.roi.status, 'estimated');
    assert.ok(d.roi.fullCostCents > d.roi.trainingCostCents, 'full costs include trainee wages');
    assert.ok(d.evaluation.every((l: { responses: number | null }) => l.responses !== null && l.responses >= 5));
  });

  it('given the sectoral mutual, then the firms’ productivity says "not enough data" rather than a number', async () => {
    const food = await login(ctx, 'coordination@alimentaire.demo', DEMO_PASSWORD);
    const d = await (await food.get('/api/evidence/dashboard')).json();
    assert.equal(d.productivity.estimate.status, 'not_enough_data');
    assert.equal('estimate' in d.productivity.estimate, false);
  });

  it('given a board member and a researcher, then no answer they receive holds a personal field, and the researcher sees consenting firms only', async () => {
    const board = await login(ctx, 'ca@lanaudiere.demo', DEMO_PASSWORD);
    const researcher = await login(ctx, 'recherche@universite.demo', DEMO_PASSWORD);
    const all = await (await coordinator.get('/api/evidence/dashboard')).json();
    for (const [client, query] of [
      [board, ''],
      [researcher, `?mutualId=${lanaudiere}`],
    ] as const) {
      for (const path of [
        '/api/evidence/dashboard',
        '/api/targeting',
        '/api/participation/analysis',
        '/api/evidence/settings',
      ]) {
        const res = await client.get(`${path}${query}`);
        assert.equal(res.status, 200, path);
        const text = await res.text();
        const keys = keysOf(JSON.parse(text));
        assert.deepEqual(
          PERSONAL_KEYS.filter((k) => keys.has(k)),
          [],
          path,
        );
        for (const e of simulated.dataset.mutuals[0].firms.flatMap((f) => f.employees).slice(0, 200)) {
          assert.ok(!text.includes(e.id), `${path} shows an employee id`);
          if (e.email) assert.ok(!text.includes(e.email), `${path} shows an e-mail`);
        }
      }
    }
    const mine = await (await researcher.get(`/api/evidence/dashboard?mutualId=${lanaudiere}`)).json();
    assert.equal(mine.audience, 'consenting_firms');
    assert.ok(mine.cohort.trained < all.cohort.trained, 'fewer trained employees: non-consenting firms are left out');
  });

  it('given a researcher or a funder (observers without a mutual), then the mutual is named in the request and must be one they observe', async () => {
    const researcher = await login(ctx, 'recherche@universite.demo', DEMO_PASSWORD);
    const unnamed = await researcher.get('/api/evidence/dashboard');
    assert.equal(unnamed.status, 400);
    assert.deepEqual((await unnamed.json()).errors, [
      { field: 'mutualId', code: 'observed_mutual_required', message: 'Obligatoire\u00a0: la mutuelle observée' },
    ]);
    const mutuals = await ctx.deps.db.selectFrom('mutual').select(['id', 'slug']).execute();
    const notConsenting = mutuals.find((m) => m.slug.includes('bas-saint-laurent'));
    assert.ok(notConsenting, mutuals.map((m) => m.slug).join(', '));
    for (const path of [
      '/api/evidence/dashboard',
      '/api/targeting',
      '/api/participation/analysis',
      '/api/evidence/settings',
      '/api/evidence/research-export',
    ]) {
      assert.equal(
        (await researcher.get(`${path}?mutualId=${notConsenting.id}`)).status,
        404,
        `${path}: a mutual that does not consent`,
      );
    }
    const funder = await login(ctx, 'bailleur@cpmt.demo', DEMO_PASSWORD);
    const funded = await (await funder.get(`/api/evidence/dashboard?mutualId=${notConsenting.id}`)).json();
    assert.equal(funded.audience, 'consenting_firms', 'a funder of the mutual sees its consenting firms only');
  });

  it('given a researcher, then the research export is pseudonymised, holds consenting firms only and no small cell', async () => {
    const researcher = await login(ctx, 'recherche@universite.demo', DEMO_PASSWORD);
    const res = await researcher.get(`/api/evidence/research-export?mutualId=${lanaudiere}`);
    assert.equal(res.status, 200);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...lines] = text.trim().split('\r\n');
    const columns = header.split(',');
    assert.equal(columns[0], 'person');
    const rows = lines.map(
      (l) =>
        Object.fromEntries(l.split(',').map((v, i) => [columns[i], v === '' ? null : v])) as unknown as ResearchRow,
    );
    assert.ok(rows.length > 300, `${rows.length} rows`);
    // promotions are in it: 0/1 for stayers, empty otherwise, and some people were promoted
    assert.ok(rows.every((r) => [null, '0', '1'].includes(r.promoted_12 as string | null)));
    assert.ok(rows.some((r) => r.promoted_12 === '1') && rows.some((r) => r.promoted_12 === '0'));
    assert.ok(cellsAreLarge(rows, FIRM_QUASI_IDENTIFIERS) && cellsAreLarge(rows, PERSON_QUASI_IDENTIFIERS));
    const firms = simulated.dataset.mutuals[0].firms;
    for (const f of firms.slice(0, 10)) assert.ok(!text.includes(f.id) && !text.includes(f.legalName));
    // firms without consent are not in it: fewer firms than the coordinator's cohort
    const consenting = await ctx.deps.db
      .selectFrom('firm_research_consent')
      .select('member_id')
      .distinct()
      .where('granted', '=', true)
      .execute();
    assert.ok(new Set(rows.map((r) => r.firm)).size <= consenting.length);
    const again = (await (await researcher.get(`/api/evidence/research-export?mutualId=${lanaudiere}`)).text())
      .split('\r\n')[1]
      .split(',')[0];
    assert.notEqual(again, rows[0].person, 'pseudonyms change with every export');
    const dictionary = await (
      await researcher.get(`/api/evidence/research-export/dictionary?mutualId=${lanaudiere}`)
    ).text();
    assert.match(dictionary, /wage_growth/);
    assert.match(dictionary, /promoted_12/);
    const counts =
      /As of [0-9-]+: ([0-9]+) rows; blanked for a small cell: region [0-9]+, sector [0-9]+, size_class [0-9]+, age_band [0-9]+, teer [0-9]+; ([0-9]+) rows left out/.exec(
        dictionary,
      );
    assert.ok(counts, 'the dictionary says how many rows were coarsened and left out');
    assert.equal(Number(counts[1]), rows.length);
    const logged = await ctx.deps.db
      .selectFrom('access_log')
      .select('purpose')
      .where('entity_type', '=', 'research_export')
      .execute();
    assert.ok(logged.length >= 2);
  });

  it('given people of consenting firms who refuse research use, then the research export leaves them out and says how many; a consent given again brings them back', async () => {
    const researcher = await login(ctx, 'recherche@universite.demo', DEMO_PASSWORD);
    const dictionary = async () => {
      const text = await (
        await researcher.get(`/api/evidence/research-export/dictionary?mutualId=${lanaudiere}`)
      ).text();
      const m =
        /As of [0-9-]+: ([0-9]+) rows;.*; ([0-9]+) rows left out \(still in a small cell\); ([0-9]+) people left out at their own request/.exec(
          text,
        );
      assert.ok(m, text.slice(-600));
      return { cohort: Number(m[1]) + Number(m[2]), refused: Number(m[3]) };
    };
    const before = await dictionary();
    assert.equal(before.refused, 0);
    const consenting = await outcomeRepository(ctx.deps.db).consentingFirms(lanaudiere);
    // three people trained in the window, still employed, of a consenting firm: they are in the cohort
    const people = await ctx.deps.db
      .selectFrom('employee')
      .innerJoin('enrolment', 'enrolment.employee_id', 'employee.id')
      .select('employee.id')
      .distinct()
      .where('employee.member_id', 'in', [...consenting])
      .where('employee.end_date', 'is', null)
      .limit(3)
      .execute();
    assert.equal(people.length, 3);
    const record = async (employeeId: string, granted: boolean) => {
      const res = await coordinator.post(`/api/privacy/people/${employeeId}/consents`, {
        kind: 'research_use',
        granted,
        method: 'signed_form',
      });
      assert.equal(res.status, 201, await res.clone().text());
    };
    for (const p of people) await record(p.id, false);
    const refused = await dictionary();
    assert.equal(refused.refused, 3);
    assert.ok(
      refused.cohort < before.cohort && refused.cohort >= before.cohort - 3,
      `${before.cohort} → ${refused.cohort}`,
    );
    ctx.setNow(new Date(Date.parse('2026-11-20T15:00:00Z') + 60_000));
    await record(people[0].id, true);
    assert.equal((await dictionary()).refused, 2, 'the latest record is in force');
    ctx.setNow('2026-11-20T15:00:00Z');
  });

  it('given a board member, then it sets the targets; a funder cannot', async () => {
    const board = await login(ctx, 'ca@lanaudiere.demo', DEMO_PASSWORD);
    const body = {
      targetMicroSmallFirmsPct: 75,
      targetMicroFirmsPct: 35,
      targetLowSkilledPct: 45,
      replacementCostPct: 25,
    };
    const saved = await board.put('/api/evidence/settings', body);
    assert.equal(saved.status, 200);
    assert.equal((await saved.json()).updatedByName, 'Marc-André Lefebvre');
    const funder = await login(ctx, 'bailleur@cpmt.demo', DEMO_PASSWORD);
    assert.equal((await funder.put('/api/evidence/settings', body)).status, 403);
    assert.equal(
      (await (await funder.get(`/api/evidence/settings?mutualId=${lanaudiere}`)).json()).replacementCostPct,
      25,
    );
  });

  it('given any write by hand to a table the engine reads, then the mutual gets a new data version (another mutual keeps its own) and the next dashboard shows the change', async () => {
    const db = ctx.deps.db;
    const other = simulated.dataset.mutuals[1].id;
    const versionOf = async (mutualId: string) =>
      (
        await sql<{
          version: string | null;
        }>`select version::text as version from evidence_data_version where mutual_id = ${mutualId}`.execute(db)
      ).rows[0]?.version ?? null;
    const tables = [
      'member',
      'employee',
      'wage',
      'employee_job_change',
      'attestation',
      'training_session',
      'enrolment',
      'firm_year_outcome',
      'questionnaire',
      'evidence_setting',
    ];
    for (const table of tables) {
      const rows = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where mutual_id = ${lanaudiere}`.execute(db);
      assert.ok(rows.rows[0].n > 0, `${table}: the demo has rows`);
      const [before, otherBefore] = [await versionOf(lanaudiere), await versionOf(other)];
      assert.ok(before !== null);
      // an update that changes nothing still says the data may have changed
      await sql`update ${sql.table(table)} set mutual_id = mutual_id where mutual_id = ${lanaudiere}`.execute(db);
      const after = await versionOf(lanaudiere);
      assert.notEqual(after, before, `${table}: update`);
      assert.equal(await versionOf(other), otherBefore, `${table}: another mutual's version`);
    }
    // a delete and an insert (the same row put back) each give a new version
    const wage = await db.selectFrom('wage').selectAll().where('mutual_id', '=', lanaudiere).executeTakeFirstOrThrow();
    const v0 = await versionOf(lanaudiere);
    await db.deleteFrom('wage').where('id', '=', wage.id).execute();
    const v1 = await versionOf(lanaudiere);
    await db.insertInto('wage').values(wage).execute();
    const v2 = await versionOf(lanaudiere);
    assert.equal(new Set([v0, v1, v2]).size, 3);
    // and the dashboard follows: wages of the trained changed by hand change their mean growth
    const mean = async () =>
      (await (await coordinator.get('/api/evidence/dashboard')).json()).wageGrowth.meanGrowth.trained;
    const shown = await mean();
    assert.equal(await mean(), shown, 'the same answer while nothing changes');
    await sql`update wage set hourly_wage_cents = hourly_wage_cents * 2
      where mutual_id = ${lanaudiere} and effective_on >= '2025-01-01'`.execute(db);
    assert.notEqual(await mean(), shown);
  });
});

describe('evidence: suppression at the boundary (5 people, 3 firms)', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let mutualId: string;
  let sessionId: string;
  const members: { id: string; mutual_id: string }[] = [];

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    mutualId = mutual.id;
    for (let i = 0; i < 3; i++) members.push(await newMember(ctx, mutualId));
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    const db = ctx.deps.db;
    const provider = await db
      .insertInto('provider')
      .values({ mutual_id: mutualId, name: 'P' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const topic = await db
      .insertInto('topic')
      .values({ mutual_id: mutualId, code: 't', name_fr: 'T', name_en: 'T' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const course = await db
      .insertInto('course')
      .values({
        mutual_id: mutualId,
        provider_id: provider.id,
        topic_id: topic.id,
        status: 'approved',
        title_fr: 'C',
        title_en: 'C',
        duration_hours: 7,
        language: 'fr',
        mode: 'in_person',
        regions: ['06'],
        periods: ['2026-03'],
        fixed_cost_cents: 100_000,
        seat_cost_cents: 5000,
        min_seats: 2,
        max_seats: 12,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    sessionId = (
      await db
        .insertInto('training_session')
        .values({
          mutual_id: mutualId,
          course_id: course.id,
          period: '2026-03',
          seats: 6,
          cost_cents: 130_000,
          status: 'evaluated',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  after(() => ctx.close());

  async function answer(member: { id: string; mutual_id: string }) {
    const employee = await newEmployee(ctx, member);
    const enrolment = await ctx.deps.db
      .insertInto('enrolment')
      .values({
        mutual_id: mutualId,
        session_id: sessionId,
        member_id: member.id,
        employee_id: employee.id,
        status: 'confirmed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('questionnaire')
      .values({
        mutual_id: mutualId,
        session_id: sessionId,
        level: 1,
        enrolment_id: enrolment.id,
        member_id: member.id,
        send_on: '2026-03-20',
        answered_at: '2026-03-21T10:00:00Z',
        answers: JSON.stringify({ overall: 4, trainer: 5, relevance: 4, logistics: 3 }),
      })
      .execute();
  }
  const level1 = async () =>
    (await (await coordinator.get('/api/evidence/dashboard')).json()).evaluation.find(
      (l: { level: number }) => l.level === 1,
    );

  it('given 4 answers from 3 firms, then level 1 is suppressed; given 5, it is shown', async () => {
    for (const m of [members[0], members[1], members[2], members[0]]) await answer(m);
    const four = await level1();
    assert.deepEqual([four.responses, four.firms, four.questions[0].mean], [null, null, null]);
    await answer(members[1]);
    const five = await level1();
    assert.deepEqual([five.responses, five.firms, five.questions[0].mean], [5, 3, 4]);
  });

  it('given an answer changed in place (same rows, same times), then the next dashboard shows it: the cache follows the data, not its timestamps', async () => {
    const before = await level1();
    assert.equal(before.questions[0].mean, 4);
    const one = await ctx.deps.db
      .selectFrom('questionnaire')
      .select('id')
      .where('mutual_id', '=', mutualId)
      .where('level', '=', 1)
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .updateTable('questionnaire')
      .set({ answers: JSON.stringify({ overall: 1, trainer: 5, relevance: 4, logistics: 3 }) })
      .where('id', '=', one.id)
      .execute();
    const after = await level1();
    assert.equal(after.questions[0].mean, 3.4);
  });

  it('given 6 answers from 2 firms only, then the cell is suppressed whatever its size', async () => {
    const other = await newMutual(ctx);
    const a = await newMember(ctx, other.id);
    const b = await newMember(ctx, other.id);
    const client = (await loginAs(ctx, 'coordinator', { mutualId: other.id })).client;
    // level-3 answers (one per firm and session): 6 of them, from 2 firms over 3 sessions
    const db = ctx.deps.db;
    const { course_id } = await db
      .selectFrom('training_session')
      .select('course_id')
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    for (let k = 0; k < 3; k++) {
      const session = await db
        .insertInto('training_session')
        .values({
          mutual_id: other.id,
          course_id,
          period: '2026-03',
          seats: 4,
          cost_cents: 100_000,
          status: 'evaluated',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const m of [a, b]) {
        await db
          .insertInto('questionnaire')
          .values({
            mutual_id: other.id,
            session_id: session.id,
            level: 3,
            enrolment_id: null,
            member_id: m.id,
            send_on: '2026-05-20',
            answered_at: '2026-05-21T10:00:00Z',
            answers: JSON.stringify({ applied: 4, improvement: 4 }),
          })
          .execute();
      }
    }
    const d = await (await client.get('/api/evidence/dashboard')).json();
    const level = d.evaluation.find((l: { level: number }) => l.level === 3);
    assert.deepEqual([level.responses, level.firms, level.questions[0].mean], [null, null, null]);
  });
});
