// A person's consent acts: a participant who withdrew their consent to questionnaires by e-mail is not
// e-mailed their questionnaires after a session; they get the personal sheet, as one without an e-mail.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, sessionInDelivery } from './delivery-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

describe('consent to questionnaires by e-mail', () => {
  let ctx: TestContext;
  let coordinator: Client;
  const people: Record<string, string> = {};

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const course = await newCourse(ctx, mutual.id, (await newProvider(ctx, mutual.id)).id, { minSeats: 1 });
    const member = await newMember(ctx, mutual.id);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const enrolled = [];
    for (const name of ['agrees', 'withdrew', 'regranted']) {
      const e = await newEmployee(ctx, member, { first_name: name });
      await ctx.deps.db
        .updateTable('employee')
        .set({ email: `${name}@example.test` })
        .where('id', '=', e.id)
        .execute();
      people[name] = e.id;
      enrolled.push({ member, employee: e });
    }
    const record = async (name: string, granted: boolean) => {
      const res = await coordinator.post(`/api/privacy/people/${people[name]}/consents`, {
        kind: 'evaluation_emails',
        granted,
        method: 'email',
      });
      assert.equal(res.status, 201, await res.clone().text());
      ctx.setNow(new Date(ctx.deps.now().getTime() + 60_000).toISOString());
    };
    await record('agrees', true);
    await record('withdrew', true);
    await record('withdrew', false);
    await record('regranted', false);
    await record('regranted', true);

    const world = await sessionInDelivery(ctx, course, enrolled);
    const entries = world.enrolments.flatMap((enrolmentId) =>
      world.days.map((meetingDayId) => ({ enrolmentId, meetingDayId, present: true })),
    );
    assert.equal((await coordinator.put(`/api/sessions/${world.session.id}/attendance`, { entries })).status, 200);
    await coordinator.put(`/api/sessions/${world.session.id}/results`, {
      entries: world.enrolments.map((enrolmentId) => ({ enrolmentId, outcome: 'passed' })),
    });
    const delivered = await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' });
    assert.equal(delivered.status, 200, await delivered.clone().text());
  });
  after(() => ctx.close());

  it('given a participant whose consent in force is a withdrawal, then no questionnaire goes to their e-mail; the others get theirs', async () => {
    const mailed = await ctx.deps.db
      .selectFrom('outbox')
      .select('to_address')
      .where('kind', 'in', ['questionnaire_1', 'questionnaire_2'])
      .execute();
    assert.deepEqual([...new Set(mailed.map((m) => m.to_address))].sort(), [
      'agrees@example.test',
      'regranted@example.test',
    ]);
    const sheetsOnly = await ctx.deps.db
      .selectFrom('questionnaire as q')
      .innerJoin('enrolment as e', 'e.id', 'q.enrolment_id')
      .select(['q.to_address'])
      .where('e.employee_id', '=', people.withdrew)
      .execute();
    assert.equal(sheetsOnly.length, 2, 'levels 1 and 2, to be handed out on the personal sheet');
    assert.ok(sheetsOnly.every((q) => q.to_address === null));
  });
});
