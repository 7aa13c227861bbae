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

describe('trainer portal: roster, attendance, results', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let trainer: Client;
  let otherTrainer: Client;
  let contactA: Client;
  let world: Awaited<ReturnType<typeof sessionInDelivery>>;
  let employees: { id: string; last_name: string }[];

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const otherProvider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 2 });
    const memberA = await newMember(ctx, mutual.id, { legal_name: 'Usinage Alpha inc.' });
    const memberB = await newMember(ctx, mutual.id, { legal_name: 'Bêta Métal ltée' });
    employees = [await newEmployee(ctx, memberA), await newEmployee(ctx, memberA), await newEmployee(ctx, memberB)];
    await ctx.deps.db
      .insertInto('wage')
      .values({
        mutual_id: mutual.id,
        member_id: memberA.id,
        employee_id: employees[0].id,
        effective_on: '2026-01-01',
        hourly_wage_cents: 3141,
      })
      .execute();
    world = await sessionInDelivery(ctx, course, [
      { member: memberA, employee: employees[0] },
      { member: memberA, employee: employees[1] },
      { member: memberB, employee: employees[2] },
    ]);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    otherTrainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: otherProvider.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
  });
  after(() => ctx.close());

  it('given a trainer, then it sees its sessions and the roster with name, firm and job title, never wages', async () => {
    const page = await (await trainer.get('/api/sessions')).json();
    assert.equal(page.total, 1);
    const list = page.items;
    assert.deepEqual(
      list.map((s: { id: string }) => s.id),
      [world.session.id],
    );
    assert.equal(list[0].costCents, null);
    const res = await trainer.get(`/api/sessions/${world.session.id}/roster`);
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.doesNotMatch(text, /3141|wage/i);
    const roster = JSON.parse(text);
    assert.equal(roster.participants.length, 3);
    const firms = roster.participants.map((p: { firm: string }) => p.firm).sort();
    assert.deepEqual(firms, ['Bêta Métal ltée', 'Usinage Alpha inc.', 'Usinage Alpha inc.']);
    assert.equal(roster.participants[0].jobTitle, 'Opératrice de machine');
    assert.deepEqual(Object.keys(roster.participants[0]).sort(), [
      'attendance',
      'enrolmentId',
      'firm',
      'hoursAttended',
      'jobTitle',
      'name',
      'outcome',
      'score',
      'status',
    ]);
  });

  it("given another provider's trainer, then the session does not exist for it", async () => {
    assert.deepEqual((await (await otherTrainer.get('/api/sessions')).json()).items, []);
    assert.equal((await otherTrainer.get(`/api/sessions/${world.session.id}/roster`)).status, 404);
    const res = await otherTrainer.put(`/api/sessions/${world.session.id}/attendance`, {
      entries: [{ enrolmentId: world.enrolments[0], meetingDayId: world.days[0], present: true }],
    });
    assert.equal(res.status, 404);
  });

  it('given a member contact, then the roster holds only its own employees', async () => {
    const roster = await (await contactA.get(`/api/sessions/${world.session.id}/roster`)).json();
    assert.deepEqual(
      roster.participants.map((p: { firm: string }) => p.firm),
      ['Usinage Alpha inc.', 'Usinage Alpha inc.'],
    );
    assert.equal((await contactA.put(`/api/sessions/${world.session.id}/attendance`, { entries: [] })).status, 403);
  });

  it('given attendance per meeting day, then hours add up; bad entries are named', async () => {
    const [e1, e2, e3] = world.enrolments;
    const [d1, d2] = world.days;
    let res = await trainer.put(`/api/sessions/${world.session.id}/attendance`, {
      entries: [
        { enrolmentId: e1, meetingDayId: d1, present: true },
        { enrolmentId: e1, meetingDayId: d2, present: true },
        { enrolmentId: e2, meetingDayId: d1, present: true, hours: 5 },
        { enrolmentId: e2, meetingDayId: d2, present: false },
        { enrolmentId: e3, meetingDayId: d1, present: false },
      ],
    });
    assert.equal(res.status, 200, await res.clone().text());
    const roster = await res.json();
    const hours = Object.fromEntries(
      roster.participants.map((p: { enrolmentId: string; hoursAttended: number }) => [p.enrolmentId, p.hoursAttended]),
    );
    assert.deepEqual(hours, { [e1]: 14, [e2]: 5, [e3]: 0 });
    res = await trainer.put(`/api/sessions/${world.session.id}/attendance`, {
      entries: [
        { enrolmentId: e3, meetingDayId: e3, present: true },
        { enrolmentId: e3, meetingDayId: d2, present: true, hours: 9 },
      ],
    });
    assert.equal(res.status, 400);
    assert.deepEqual(
      (await res.json()).errors.map((e: { field: string }) => e.field),
      ['entries.0.meetingDayId', 'entries.1.hours'],
    );
    res = await trainer.put(`/api/sessions/${world.session.id}/attendance`, {
      entries: [{ enrolmentId: 'x', meetingDayId: d1, present: 'yes' }],
    });
    assert.equal(res.status, 400);
  });

  it('given attendance missing for a participant, then the session cannot be marked delivered', async () => {
    const res = await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'attendance_incomplete');
  });

  it('given results per participant, then the roster shows them', async () => {
    const [e1, e2, e3] = world.enrolments;
    const res = await trainer.put(`/api/sessions/${world.session.id}/results`, {
      entries: [
        { enrolmentId: e1, outcome: 'passed', score: 92 },
        { enrolmentId: e2, outcome: 'not_passed', score: 41.5 },
        { enrolmentId: e3, outcome: null },
      ],
    });
    assert.equal(res.status, 200, await res.clone().text());
    const roster = await res.json();
    const byId = new Map(roster.participants.map((p: { enrolmentId: string }) => [p.enrolmentId, p]));
    assert.equal((byId.get(e1) as { outcome: string }).outcome, 'passed');
    assert.equal((byId.get(e2) as { score: number }).score, 41.5);
    const bad = await trainer.put(`/api/sessions/${world.session.id}/results`, {
      entries: [{ enrolmentId: e1, outcome: 'great', score: 120 }],
    });
    assert.equal(bad.status, 400);
    assert.deepEqual((await bad.json()).errors.map((e: { field: string }) => e.field).sort(), [
      'entries.0.outcome',
      'entries.0.score',
    ]);
  });

  it('given complete attendance, when delivered, then a participant absent every day is a no-show', async () => {
    const [, , e3] = world.enrolments;
    await trainer.put(`/api/sessions/${world.session.id}/attendance`, {
      entries: [{ enrolmentId: e3, meetingDayId: world.days[1], present: false }],
    });
    const res = await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' });
    assert.equal(res.status, 200, await res.clone().text());
    const list = (await (await coordinator.get(`/api/sessions/${world.session.id}/enrolments`)).json()).items;
    assert.equal(list.find((e: { id: string }) => e.id === e3).status, 'no_show');
    // attendance is closed after delivery; results can still be corrected
    const closed = await trainer.put(`/api/sessions/${world.session.id}/attendance`, {
      entries: [{ enrolmentId: world.enrolments[0], meetingDayId: world.days[0], present: true }],
    });
    assert.equal(closed.status, 409);
  });
});
