import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  anonymous,
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  type TestContext,
} from './harness.ts';

describe('prospects, participation questionnaires and their analysis; targeting', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let board: Client;
  let mutualId: string;

  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    board = (await loginAs(ctx, 'board_viewer', { mutualId })).client;
  });
  after(() => ctx.close());

  it('given a new prospect, when it moves along its path, then a decline needs its reasons and a member cannot go back', async () => {
    const created = await coordinator.post('/api/prospects', {
      legalName: 'Usinage Bédard inc.',
      scianCode: '332',
      regionCode: '14',
      headcount: 7,
      contactEmail: 'rh@bedard.test',
      contactName: 'Lise Bédard',
    });
    assert.equal(created.status, 201);
    const prospect = await created.json();
    assert.equal(prospect.stage, 'contacted');
    assert.equal((await coordinator.post(`/api/prospects/${prospect.id}/stage`, { stage: 'proposal' })).status, 200);
    const noReason = await coordinator.post(`/api/prospects/${prospect.id}/stage`, { stage: 'declined' });
    assert.equal(noReason.status, 400);
    assert.deepEqual((await noReason.json()).errors, [
      {
        field: 'reasons',
        code: 'decline_needs_reasons',
        message: 'Obligatoire pour un refus : pourquoi l’entreprise n’a-t-elle pas adhéré ?',
      },
    ]);
    const declined = await (
      await coordinator.post(`/api/prospects/${prospect.id}/stage`, {
        stage: 'declined',
        reasons: ['time', 'poaching'],
      })
    ).json();
    assert.deepEqual([declined.stage, declined.reasons], ['declined', ['time', 'poaching']]);
    const back = await coordinator.post(`/api/prospects/${prospect.id}/stage`, { stage: 'member' });
    assert.equal(back.status, 409);
    assert.equal((await back.json()).detail, 'Cette entreprise prospecte ne peut pas passer à cette étape');
    const list = await (await coordinator.get('/api/prospects?stage=declined')).json();
    assert.deepEqual(
      list.items.map((p: { id: string }) => p.id),
      [prospect.id],
    );
    assert.equal((await board.get('/api/prospects')).status, 403);
  });

  it('when prospects get the questionnaire by personal link and answer, then the analysis counts reasons by size class only from 3 firms', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = await (
        await coordinator.post('/api/prospects', {
          legalName: `Firme ${i}`,
          scianCode: '311',
          regionCode: '14',
          headcount: i < 3 ? 5 : 40,
          contactEmail: `p${i}@firm.test`,
        })
      ).json();
      ids.push(p.id);
    }
    const sent = await coordinator.post('/api/participation/questionnaires', { kind: 'prospect', prospectIds: ids });
    assert.equal(sent.status, 201);
    assert.equal((await sent.json()).sent, 4);
    const messages = await ctx.deps.db
      .selectFrom('outbox')
      .select('text_body')
      .where('kind', '=', 'participation_prospect')
      .execute();
    const tokens = messages.map((m) => /participation-form\/([A-Za-z0-9_-]{43})/.exec(m.text_body)?.[1] as string);
    const visitor = anonymous(ctx);
    const view = await (await visitor.get(`/api/participation-forms/${tokens[0]}`)).json();
    assert.equal(view.kind, 'prospect');
    assert.ok(view.questions.find((q: { id: string }) => q.id === 'reasons').options.includes('poaching'));
    const bad = await visitor.post(`/api/participation-forms/${tokens[0]}`, {
      answers: { reasons: ['nope'], interest: 3 },
    });
    assert.equal(bad.status, 400);
    const badFields = (await bad.json()).errors as { field: string; code: string; message: string }[];
    assert.deepEqual(
      badFields.map((e) => [e.field, e.code]),
      [['answers.reasons', 'distinct_among']],
    );
    assert.match(badFields[0].message, /^Des codes distincts parmi : .*poaching/);
    for (const token of tokens)
      assert.equal(
        (
          await visitor.post(`/api/participation-forms/${token}`, {
            answers: { reasons: ['cost', 'time'], interest: 2 },
          })
        ).status,
        204,
      );
    assert.equal(
      (await visitor.post(`/api/participation-forms/${tokens[0]}`, { answers: { reasons: ['cost'], interest: 2 } }))
        .status,
      409,
    );
    const analysis = await (await board.get('/api/participation/analysis')).json();
    const prospect = analysis.kinds.find((k: { kind: string }) => k.kind === 'prospect');
    assert.deepEqual([prospect.sent, prospect.answered], [4, 4]);
    const all = prospect.reasons.all[0];
    assert.equal(all.reasons.find((r: { reason: string }) => r.reason === 'cost').firms, 4);
    const bySize = Object.fromEntries(
      prospect.reasons.sizeClass.map((g: { group: string; firms: number | null }) => [g.group, g.firms]),
    );
    assert.deepEqual(bySize, { micro: 3, small: null });
    const listed = await (await coordinator.get('/api/participation/questionnaires?answered=yes')).json();
    assert.equal(listed.total, 4);
  });

  it('given members joining and leaving, then membership year by year shows the flows', async () => {
    await newMember(ctx, mutualId);
    const analysis = await (await board.get('/api/participation/analysis')).json();
    assert.equal(analysis.membership.length, 6);
    assert.ok(analysis.prospectsByStage.find((s: { stage: string }) => s.stage === 'declined').prospects >= 1);
  });

  it('given trained participants mostly in a medium firm with a diploma, then targeting alerts and lists the never-served firms for the coordinator only', async () => {
    const db = ctx.deps.db;
    const micro = await newMember(ctx, mutualId, { headcount: 6, legal_name: 'Micro A' });
    const medium = await newMember(ctx, mutualId, { headcount: 150, legal_name: 'Moyenne B' });
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
    const session = await db
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
      .executeTakeFirstOrThrow();
    for (let i = 0; i < 6; i++) {
      const e = await newEmployee(ctx, medium);
      await db.updateTable('employee').set({ education_level: 'college' }).where('id', '=', e.id).execute();
      const en = await db
        .insertInto('enrolment')
        .values({
          mutual_id: mutualId,
          session_id: session.id,
          member_id: medium.id,
          employee_id: e.id,
          status: 'confirmed',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('attestation')
        .values({
          mutual_id: mutualId,
          number: `T-${i}-${Date.now()}`,
          enrolment_id: en.id,
          session_id: session.id,
          member_id: medium.id,
          employee_id: e.id,
          participant_name: 'X',
          course_title_fr: 'C',
          course_title_en: 'C',
          date_from: '2026-03-10',
          date_to: '2026-03-10',
          hours: 7,
        })
        .execute();
    }
    await newEmployee(ctx, micro);
    const report = await (await coordinator.get('/api/targeting?from=2026-01-01&to=2026-11-20')).json();
    assert.equal(report.servedFirms, 1);
    assert.deepEqual(report.alerts.map((a: { kind: string }) => a.kind).sort(), [
      'low_skilled',
      'micro_firms',
      'micro_small_firms',
    ]);
    // 6 participants from one firm: the alert stands, the share is not shown
    assert.equal(report.alerts.find((a: { kind: string }) => a.kind === 'low_skilled').actualPct, null);
    assert.ok(report.neverServed.some((f: { name: string }) => f.name === 'Micro A'));
    assert.equal(
      report.bySizeClass.find((c: { key: string }) => c.key === 'medium').firms,
      null,
      'one medium firm: suppressed',
    );
    const seenByBoard = await (await board.get('/api/targeting?from=2026-01-01&to=2026-11-20')).json();
    assert.deepEqual(seenByBoard.neverServed, []);
    assert.equal(seenByBoard.neverServedCount, report.neverServedCount);
    await board.put('/api/evidence/settings', {
      targetMicroSmallFirmsPct: 0,
      targetMicroFirmsPct: 0,
      targetLowSkilledPct: 0,
      replacementCostPct: 20,
    });
    assert.deepEqual((await (await board.get('/api/targeting?from=2026-01-01&to=2026-11-20')).json()).alerts, []);
  });
});
