import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runDeliveryPass } from '../src/delivery/delivery-jobs.ts';
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

const tokenIn = (text: string) => text.match(/\/questionnaire\/([A-Za-z0-9_-]{43})/)?.[1] as string;

describe('evaluation questionnaires (levels 1–3) and results', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let trainer: Client;
  let contactEmail: string;
  let world: Awaited<ReturnType<typeof sessionInDelivery>>;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 2 });
    const a = await newMember(ctx, mutual.id);
    const e1 = await newEmployee(ctx, a, { first_name: 'Léa' });
    const e2 = await newEmployee(ctx, a, { first_name: 'Sam' });
    await ctx.deps.db
      .updateTable('employee')
      .set({ email: 'lea@example.test', language: 'fr' })
      .where('id', '=', e1.id)
      .execute();
    await ctx.deps.db
      .updateTable('employee')
      .set({ email: 'sam@example.test', language: 'en' })
      .where('id', '=', e2.id)
      .execute();
    world = await sessionInDelivery(ctx, course, [
      { member: a, employee: e1 },
      { member: a, employee: e2 },
    ]);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    const contact = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: a.id }, { locale: 'en' });
    contactEmail = contact.user.email;
    const entries = world.enrolments.flatMap((enrolmentId) =>
      world.days.map((meetingDayId) => ({ enrolmentId, meetingDayId, present: true })),
    );
    await trainer.put(`/api/sessions/${world.session.id}/attendance`, { entries });
    await trainer.put(`/api/sessions/${world.session.id}/results`, {
      entries: world.enrolments.map((enrolmentId, i) => ({ enrolmentId, outcome: i ? 'not_passed' : 'passed' })),
    });
    const res = await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' });
    assert.equal(res.status, 200, await res.clone().text());
  });
  after(() => ctx.close());

  it('given delivery, then each participant gets level 1 and 2 links in their language', async () => {
    const lea = await outboxFor(ctx, 'lea@example.test');
    assert.deepEqual(lea.map((m) => m.kind).sort(), ['questionnaire_1', 'questionnaire_2']);
    assert.ok(lea.every((m) => m.locale === 'fr'));
    // the link names the recipient's language, so the public page opens in it before it has loaded anything
    for (const m of lea) assert.match(m.text_body, /\/questionnaire\/[A-Za-z0-9_-]{43}\?lang=fr\b/);
    const sam = await outboxFor(ctx, 'sam@example.test');
    assert.ok(sam.some((m) => m.subject.startsWith('What you learned')));
    for (const m of sam) assert.match(m.text_body, /\/questionnaire\/[A-Za-z0-9_-]{43}\?lang=en\b/);
    const view = await (
      await anonymous(ctx).get(
        `/api/questionnaires/${tokenIn(sam.find((m) => m.kind === 'questionnaire_1')!.text_body)}`,
      )
    ).json();
    assert.equal(view.level, 1);
    assert.equal(view.locale, 'en');
    assert.equal(view.questions[0].text, 'Overall, are you satisfied with the training?');
    assert.equal(view.answered, false);
    assert.doesNotMatch(JSON.stringify(view), /Léa|Sam|lea@|sam@/);
  });

  it('given answers through the link, then they count once; bad answers are named', async () => {
    const token = tokenIn(
      (await outboxFor(ctx, 'lea@example.test')).find((m) => m.kind === 'questionnaire_1')!.text_body,
    );
    let res = await anonymous(ctx).post(`/api/questionnaires/${token}`, {
      answers: { overall: 9, trainer: 4, nope: 1 },
    });
    assert.equal(res.status, 400);
    assert.deepEqual((await res.json()).errors.map((e: { field: string }) => e.field).sort(), [
      'answers.logistics',
      'answers.nope',
      'answers.overall',
      'answers.relevance',
    ]);
    res = await anonymous(ctx).post(`/api/questionnaires/${token}`, {
      answers: { overall: 5, trainer: 4, relevance: 5, logistics: 3, comment: 'Très bien' },
    });
    assert.equal(res.status, 204);
    res = await anonymous(ctx).post(`/api/questionnaires/${token}`, {
      answers: { overall: 1, trainer: 1, relevance: 1, logistics: 1 },
    });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'already_answered');
    const samToken = tokenIn(
      (await outboxFor(ctx, 'sam@example.test')).find((m) => m.kind === 'questionnaire_1')!.text_body,
    );
    await anonymous(ctx).post(`/api/questionnaires/${samToken}`, {
      answers: { overall: 4, trainer: 4, relevance: 3, logistics: 4 },
    });
    assert.equal((await anonymous(ctx).get(`/api/questionnaires/${'x'.repeat(43)}`)).status, 404);
  });

  it('given answers, then results per session, course and provider show means and outcomes', async () => {
    const res = await trainer.get(`/api/sessions/${world.session.id}/evaluation`);
    assert.equal(res.status, 200);
    const results = await res.json();
    const level1 = results.levels.find((l: { level: number }) => l.level === 1);
    assert.equal(level1.sent, 2);
    assert.equal(level1.responses, 2);
    assert.equal(level1.means.overall, 4.5);
    assert.deepEqual(results.outcomes, { passed: 1, notPassed: 1, none: 0 });
    const byCourse = await (
      await coordinator.get(`/api/evaluation-results?courseId=${world.session.course_id}`)
    ).json();
    assert.equal(byCourse.sessions, 1);
    const byOther = await (await coordinator.get(`/api/evaluation-results?providerId=${world.session.id}`)).json();
    assert.equal(byOther.sessions, 0);
  });

  it('given 60 days after the last day, then the member contact gets the level-3 follow-up in its language', async () => {
    assert.equal((await outboxFor(ctx, contactEmail)).filter((m) => m.kind === 'level3_questionnaire_3').length, 0);
    ctx.setNow('2027-01-18T15:00:00Z'); // last day 2026-11-20 + 59 days
    await runDeliveryPass(ctx.deps);
    assert.equal((await outboxFor(ctx, contactEmail)).filter((m) => m.kind === 'level3_questionnaire_3').length, 0);
    ctx.setNow('2027-01-19T15:00:00Z'); // + 60 days
    await runDeliveryPass(ctx.deps);
    const mails = (await outboxFor(ctx, contactEmail)).filter((m) => m.kind === 'level3_questionnaire_3');
    assert.equal(mails.length, 1);
    assert.match(mails[0].subject, /^Follow-up/);
    assert.match(mails[0].text_body, /\/questionnaire\/[A-Za-z0-9_-]{43}\?lang=en\b/);
    const view = await (await anonymous(ctx).get(`/api/questionnaires/${tokenIn(mails[0].text_body)}`)).json();
    assert.equal(view.level, 3);
    await runDeliveryPass(ctx.deps);
    assert.equal((await outboxFor(ctx, contactEmail)).filter((m) => m.kind === 'level3_questionnaire_3').length, 1);
    ctx.setNow('2027-02-20T15:00:00Z'); // after the 90-day window
    const late = await anonymous(ctx).post(`/api/questionnaires/${tokenIn(mails[0].text_body)}`, {
      answers: { applied: 4, improvement: 4 },
    });
    assert.equal(late.status, 409);
    ctx.setNow('2026-11-20T15:00:00Z');
  });
});
