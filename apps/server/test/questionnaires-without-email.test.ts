import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, sessionInDelivery } from './delivery-builders.ts';
import {
  anonymous,
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';
import { outboxFor } from './mail-helpers.ts';
import { pdfText } from './pdf-text.ts';

// Issue #9, point 7: a participant without an e-mail gets the questionnaire on a personal sheet
// (link and QR code) handed out at the last meeting day, never through the employer's contact; the
// employer reads aggregates only, with no mean over fewer than 5 answers.

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON answers
type Json = Record<string, any>;
const TOKEN = /\/questionnaire\/([A-Za-z0-9_-]{43})\?lang=(fr|en)/g;

describe('questionnaires of participants without an e-mail (issue #9, point 7)', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let trainer: Client;
  let contactA: Client;
  let contactC: Client;
  let world: Awaited<ReturnType<typeof sessionInDelivery>>;
  const CONTACT_A = 'rh@alpha.test';

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 1 });
    const a = await newMember(ctx, mutual.id, { legal_name: 'Alpha inc.' });
    const c = await newMember(ctx, mutual.id, { legal_name: 'Gamma inc.' });
    const withEmail = await newEmployee(ctx, a, { first_name: 'Léa', last_name: 'Courriel' });
    await ctx.deps.db
      .updateTable('employee')
      .set({ email: 'lea@example.test' })
      .where('id', '=', withEmail.id)
      .execute();
    const people = [{ member: a, employee: withEmail }];
    // five without e-mail: four of Alpha (one English-speaking) and one of Gamma
    for (const [member, first] of [
      [a, 'Rémi'],
      [a, 'Sam'],
      [a, 'Noé'],
      [a, 'Inès'],
      [c, 'Gaëlle'],
    ] as const) {
      const e = await newEmployee(ctx, member, { first_name: first, last_name: 'Papier' });
      if (first === 'Sam')
        await ctx.deps.db.updateTable('employee').set({ language: 'en' }).where('id', '=', e.id).execute();
      people.push({ member, employee: e });
    }
    world = await sessionInDelivery(ctx, course, people);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: a.id }, { email: CONTACT_A }))
      .client;
    contactC = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: c.id })).client;
  });
  after(() => ctx.close());

  const print = async (client: Client) => {
    const res = await client.post(`/api/sessions/${world.session.id}/questionnaire-sheets`);
    if (res.status !== 200) return { status: res.status, text: '', tokens: [] as { token: string; lang: string }[] };
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    return { status: res.status, text, tokens: [...text.matchAll(TOKEN)].map((m) => ({ token: m[1], lang: m[2] })) };
  };

  it('given the last meeting day, then the trainer prints one sheet per participant without an e-mail, each with its own working links in its language; a member contact cannot', async () => {
    assert.equal((await print(contactA)).status, 403);
    const { status, text, tokens } = await print(trainer);
    assert.equal(status, 200);
    for (const name of ['Rémi Papier', 'Sam Papier', 'Noé Papier', 'Inès Papier', 'Gaëlle Papier'])
      assert.ok(text.includes(name), `a sheet for ${name}`);
    assert.ok(!text.includes('Léa Courriel'), 'not for a participant with an e-mail');
    assert.equal(tokens.length, 10, 'levels 1 and 2 for each of the 5');
    assert.ok(
      text.includes('What you learned') && text.includes('Ce que vous avez appris'),
      "Sam's sheet is in English, the others in French",
    );
    assert.equal(tokens.filter((t) => t.lang === 'en').length, 2);
    const view: Json = await (await anonymous(ctx).get(`/api/questionnaires/${tokens[0].token}`)).json();
    assert.equal(view.answered, false);
  });

  it('given delivery, then questionnaires go by e-mail to the participant who has one and nothing to the employer', async () => {
    const entries = world.enrolments.flatMap((enrolmentId) =>
      world.days.map((meetingDayId) => ({ enrolmentId, meetingDayId, present: true })),
    );
    assert.equal((await trainer.put(`/api/sessions/${world.session.id}/attendance`, { entries })).status, 200);
    await coordinator.put(`/api/sessions/${world.session.id}/register`, { evaluationResult: 'Tous présents' });
    const res = await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual((await outboxFor(ctx, 'lea@example.test')).map((m) => m.kind).sort(), [
      'questionnaire_1',
      'questionnaire_2',
    ]);
    const toEmployer = (await outboxFor(ctx, CONTACT_A)).filter((m) => m.kind.startsWith('questionnaire'));
    assert.deepEqual(toEmployer, [], "no participant's questionnaire reaches the employer's contact");
  });

  it('given a second printing, then the unanswered links printed before stop working and answered ones are not issued again', async () => {
    const first = await print(coordinator);
    assert.equal(
      (
        await anonymous(ctx).post(`/api/questionnaires/${first.tokens[0].token}`, {
          answers: { overall: 5, trainer: 5, relevance: 4, logistics: 4 },
        })
      ).status,
      204,
    );
    const second = await print(coordinator);
    assert.equal(second.tokens.length, 9);
    assert.ok(second.text.includes('Déjà répondu'));
    assert.equal(
      (await anonymous(ctx).get(`/api/questionnaires/${first.tokens[1].token}`)).status,
      404,
      'the old link is revoked',
    );
    assert.equal((await anonymous(ctx).get(`/api/questionnaires/${second.tokens[0].token}`)).status, 200);
  });

  it('given fewer than 5 answers, then the employer reads no mean (coordinator and trainer do); from 5 answers, the means; never an answer', async () => {
    const level1 = (r: Json) => r.levels.find((l: Json) => l.level === 1);
    let mine: Json = await (await contactA.get(`/api/sessions/${world.session.id}/evaluation`)).json();
    assert.equal(level1(mine).responses, 1);
    assert.equal(level1(mine).suppressed, true);
    assert.ok(Object.values(level1(mine).means).every((m) => m === null));
    const full: Json = await (await coordinator.get(`/api/sessions/${world.session.id}/evaluation`)).json();
    assert.equal(level1(full).means.overall, 5);
    assert.equal(
      (await (await trainer.get(`/api/sessions/${world.session.id}/evaluation`)).json()).levels[0].suppressed,
      false,
    );
    // four more answers on fresh links
    const links = (await print(coordinator)).tokens;
    for (const { token } of links.slice(0, 8)) {
      const view: Json = await (await anonymous(ctx).get(`/api/questionnaires/${token}`)).json();
      const answers =
        view.level === 1
          ? { overall: 3, trainer: 4, relevance: 4, logistics: 4 }
          : { objectives: 4, before: 2, after: 4, confidence: 4 };
      assert.equal((await anonymous(ctx).post(`/api/questionnaires/${token}`, { answers })).status, 204);
    }
    mine = await (await contactA.get(`/api/sessions/${world.session.id}/evaluation`)).json();
    assert.equal(level1(mine).responses, 5);
    assert.equal(level1(mine).suppressed, false);
    assert.equal(level1(mine).means.overall, 3.4);
    assert.doesNotMatch(JSON.stringify(mine), /comment|Papier|answers/);
    // its own participants' outcomes only; a firm that took no part gets nothing
    assert.equal(mine.outcomes.none, 5);
    assert.equal((await contactC.get(`/api/sessions/${world.session.id}/evaluation`)).status, 200);
    const other = await loginAs(ctx, 'member_contact', {
      mutualId: (
        await ctx.deps.db
          .selectFrom('training_session')
          .select('mutual_id')
          .where('id', '=', world.session.id)
          .executeTakeFirstOrThrow()
      ).mutual_id,
      memberId: (
        await newMember(
          ctx,
          (
            await ctx.deps.db
              .selectFrom('training_session')
              .select('mutual_id')
              .where('id', '=', world.session.id)
              .executeTakeFirstOrThrow()
          ).mutual_id,
        )
      ).id,
    });
    assert.equal((await other.client.get(`/api/sessions/${world.session.id}/evaluation`)).status, 404);
  });
});
