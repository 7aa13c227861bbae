import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkGoNoGo } from '../src/delivery/check-go-no-go.ts';
import { newCourse, newSession } from './delivery-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  newUser,
  type TestContext,
} from './harness.ts';
import { outboxFor } from './mail-helpers.ts';

describe('session lifecycle through the API', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let coordinatorEmail: string;
  let mutual: { id: string };
  let provider: { id: string };
  let course: Awaited<ReturnType<typeof newCourse>>;
  let memberA: Awaited<ReturnType<typeof newMember>>;
  let memberB: Awaited<ReturnType<typeof newMember>>;

  before(async () => {
    ctx = await createTestContext();
    mutual = await newMutual(ctx);
    provider = await newProvider(ctx, mutual.id);
    course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 4, maxSeats: 10 });
    memberA = await newMember(ctx, mutual.id);
    memberB = await newMember(ctx, mutual.id);
    const c = await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { locale: 'en' });
    coordinator = c.client;
    coordinatorEmail = c.user.email;
  });
  after(() => ctx.close());

  it('given a plan session with seats from two firms, when confirmed, then scheduled with days, place and trainer', async () => {
    const s = await newSession(ctx, course, {
      reservations: [
        { memberId: memberA.id, seats: 3 },
        { memberId: memberB.id, seats: 2 },
      ],
    });
    let res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'scheduled' });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'transition_not_allowed');

    res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'confirmed' });
    assert.equal(res.status, 200, await res.clone().text());
    const confirmed = await res.json();
    assert.equal(confirmed.status, 'confirmed');
    assert.equal(confirmed.singleFirm, false);
    assert.deepEqual(confirmed.allowedTransitions, ['scheduled', 'cancelled']);

    res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'scheduled' });
    assert.equal(res.status, 409);
    const refusal = await res.json();
    assert.equal(refusal.code, 'not_scheduled');
    assert.match(refusal.detail, /meeting days/);

    res = await coordinator.put(`/api/sessions/${s.id}/meeting-days`, {
      days: [
        { day: '2027-02-10', startsAt: '08:30', endsAt: '16:00', hours: 7 },
        { day: '2027-02-11', startsAt: '08:30', endsAt: '12:00' },
      ],
    });
    assert.equal(res.status, 200, await res.clone().text());
    const withDays = await res.json();
    assert.deepEqual(
      withDays.meetingDays.map((d: { hours: number }) => d.hours),
      [7, 3.5],
    );
    assert.equal(withDays.firstDay, '2027-02-10');

    res = await coordinator.patch(`/api/sessions/${s.id}`, {
      place: '1200 boul. Industriel, Laval',
      trainerName: 'Julie Roy',
    });
    assert.equal(res.status, 200);
    res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'scheduled' });
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal((await res.json()).status, 'scheduled');

    const needs = await ctx.deps.db
      .selectFrom('need')
      .innerJoin('session_reservation as r', 'r.need_id', 'need.id')
      .select('need.status')
      .where('r.session_id', '=', s.id)
      .execute();
    assert.deepEqual(
      needs.map((n) => n.status),
      ['scheduled', 'scheduled'],
    );

    res = await coordinator.get(`/api/sessions/${s.id}/history`);
    const history = (await res.json()).items;
    assert.deepEqual(
      history.filter((e: { kind: string }) => e.kind === 'transition').map((e: { toStatus: string }) => e.toStatus),
      ['confirmed', 'scheduled'],
    );
  });

  it('given only one firm and a mutual requiring two, when confirming, then too_few_firms; with an override and reason, confirmed and tagged single-firm', async () => {
    const s = await newSession(ctx, course, { reservations: [{ memberId: memberA.id, seats: 5 }] });
    let res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'confirmed' });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'too_few_firms');
    res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'confirmed', override: true });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'reason');
    res = await coordinator.post(`/api/sessions/${s.id}/transitions`, {
      to: 'confirmed',
      override: true,
      reason: 'Strategic client, board approved',
    });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.singleFirm, true);
    assert.equal(body.overrideReason, 'Strategic client, board approved');
  });

  it('given too few seats, when confirming, then minimum_not_reached', async () => {
    const s = await newSession(ctx, course, {
      reservations: [
        { memberId: memberA.id, seats: 1 },
        { memberId: memberB.id, seats: 1 },
      ],
    });
    const res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'confirmed' });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'minimum_not_reached');
  });

  it('given a scheduled session with participants, when cancelled with a reason, then it is kept with its reason and participants are told', async () => {
    const s = await newSession(ctx, course, {
      reservations: [
        { memberId: memberA.id, seats: 2 },
        { memberId: memberB.id, seats: 2 },
      ],
    });
    const member = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id });
    const employee = await newEmployee(ctx, memberA);
    await ctx.deps.db
      .updateTable('employee')
      .set({ email: 'marie@example.test', language: 'en' })
      .where('id', '=', employee.id)
      .execute();
    let res = await member.client.post(`/api/sessions/${s.id}/enrolments`, { employeeId: employee.id });
    assert.equal(res.status, 201, await res.clone().text());
    res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'cancelled' });
    assert.equal(res.status, 400);
    res = await coordinator.post(`/api/sessions/${s.id}/transitions`, {
      to: 'cancelled',
      reason: 'Trainer unavailable',
    });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, 'cancelled');
    assert.equal(body.cancelReason, 'Trainer unavailable');
    assert.deepEqual(body.allowedTransitions, []);
    const needs = await ctx.deps.db
      .selectFrom('need')
      .innerJoin('session_reservation as r', 'r.need_id', 'need.id')
      .select('need.status')
      .where('r.session_id', '=', s.id)
      .execute();
    assert.deepEqual(
      needs.map((n) => n.status),
      ['open', 'open'],
    );
    const mails = await outboxFor(ctx, 'marie@example.test');
    assert.equal(mails[0].kind, 'session_cancelled');
    assert.match(mails[0].subject, /^Cancelled:/);
    assert.match(mails[0].text_body, /Trainer unavailable/);
    res = await coordinator.get('/api/sessions?status=cancelled');
    assert.ok((await res.json()).items.some((x: { id: string }) => x.id === s.id));
    res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'confirmed' });
    assert.equal((await res.json()).code, 'transition_not_allowed');
  });

  it("given participants without an e-mail, when their session is cancelled, then their own firm's active contacts are told, naming them", async () => {
    const s = await newSession(ctx, course, {
      status: 'confirmed',
      reservations: [
        { memberId: memberA.id, seats: 1 },
        { memberId: memberB.id, seats: 1 },
      ],
    });
    const contactA = await loginAs(
      ctx,
      'member_contact',
      { mutualId: mutual.id, memberId: memberA.id },
      { locale: 'en' },
    );
    const contactB = await loginAs(
      ctx,
      'member_contact',
      { mutualId: mutual.id, memberId: memberB.id },
      { locale: 'en' },
    );
    const inactive = await newUser(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id });
    await ctx.deps.db.updateTable('app_user').set({ active: false }).where('id', '=', inactive.id).execute();
    const ravi = await newEmployee(ctx, memberA, { first_name: 'Ravi' });
    const nadia = await newEmployee(ctx, memberB, { first_name: 'Nadia' });
    assert.equal((await contactA.client.post(`/api/sessions/${s.id}/enrolments`, { employeeId: ravi.id })).status, 201);
    assert.equal(
      (await contactB.client.post(`/api/sessions/${s.id}/enrolments`, { employeeId: nadia.id })).status,
      201,
    );
    const res = await coordinator.post(`/api/sessions/${s.id}/transitions`, {
      to: 'cancelled',
      reason: 'Room flooded',
    });
    assert.equal(res.status, 200);
    const cancelled = async (email: string) =>
      (await outboxFor(ctx, email)).filter((m) => m.kind === 'session_cancelled');
    const [toA] = await cancelled(contactA.user.email);
    const [toB] = await cancelled(contactB.user.email);
    assert.match(toA.text_body, /Ravi/);
    assert.doesNotMatch(toA.text_body, /Nadia/);
    assert.match(toB.text_body, /Nadia/);
    assert.deepEqual(await cancelled(inactive.email), []);
  });

  it('given the go/no-go date has come without the minimum, then the coordinator is alerted once by e-mail', async () => {
    const s = await newSession(ctx, course, {
      goNoGoDate: '2026-11-20',
      reservations: [{ memberId: memberA.id, seats: 1 }],
    });
    const ok = await newSession(ctx, course, {
      goNoGoDate: '2026-11-20',
      reservations: [
        { memberId: memberA.id, seats: 3 },
        { memberId: memberB.id, seats: 3 },
      ],
    });
    const later = await newSession(ctx, course, {
      goNoGoDate: '2026-12-20',
      reservations: [{ memberId: memberA.id, seats: 1 }],
    });
    const res = await coordinator.post('/api/sessions/go-no-go');
    assert.equal(res.status, 200);
    const { alerted } = await res.json();
    assert.ok(alerted.includes(s.id));
    assert.ok(!alerted.includes(ok.id));
    assert.ok(!alerted.includes(later.id));
    const mails = await outboxFor(ctx, coordinatorEmail);
    const alert = mails.find((m) => m.kind === 'go_no_go_alert');
    assert.ok(alert);
    assert.match(alert.subject, /Go\/no-go: minimum not reached/);
    assert.match(alert.text_body, /1 seat of a 4 minimum, 1 firm of 2 required/);
    assert.deepEqual(await checkGoNoGo(ctx.deps, { mutualId: mutual.id }), []);
    const detail = await (await coordinator.get(`/api/sessions/${s.id}`)).json();
    assert.equal(detail.goNoGo, 'alert');
  });

  it("given a plan session without its own go/no-go date, then the mutual's lead time before the period applies", async () => {
    const s = await newSession(ctx, course, { goNoGoDate: null, reservations: [{ memberId: memberA.id, seats: 1 }] });
    const detail = await (await coordinator.get(`/api/sessions/${s.id}`)).json();
    assert.equal(detail.goNoGoDate, '2027-01-11'); // 2027-02-01 minus 21 days
    assert.equal(detail.goNoGo, 'open');
    ctx.setNow('2027-01-11T15:00:00Z');
    assert.ok((await checkGoNoGo(ctx.deps, { mutualId: mutual.id })).includes(s.id));
    ctx.setNow('2026-11-20T15:00:00Z');
  });

  it('given a course, when a coordinator creates a session by hand, then it is proposed with the course defaults', async () => {
    let res = await coordinator.post('/api/sessions', { courseId: course.id, period: '2027-03' });
    assert.equal(res.status, 201, await res.clone().text());
    const s = await res.json();
    assert.equal(s.status, 'proposed');
    assert.equal(s.seatsMin, 4);
    assert.equal(s.seatsMax, 10);
    assert.equal(s.goNoGoDate, '2027-02-08');
    res = await coordinator.post('/api/sessions', { courseId: course.id, period: '2027-13', seatsMin: 0 });
    assert.equal(res.status, 400);
    const problem = await res.json();
    assert.deepEqual(problem.errors.map((e: { field: string }) => e.field).sort(), ['period', 'seatsMin']);
    res = await coordinator.post('/api/sessions', { courseId: course.id, period: '2027-03', seatsMin: 8, seatsMax: 4 });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'seatsMax');
  });

  it('given bad meeting days, then 400 naming the field', async () => {
    const s = await newSession(ctx, course);
    let res = await coordinator.put(`/api/sessions/${s.id}/meeting-days`, {
      days: [{ day: '2027-02-10', startsAt: '16:00', endsAt: '08:00' }],
    });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'days.0.endsAt');
    res = await coordinator.put(`/api/sessions/${s.id}/meeting-days`, {
      days: [{ day: '10/02/2027', startsAt: '25:00', endsAt: '08:00' }],
    });
    assert.equal(res.status, 400);
    const fields = (await res.json()).errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('days.0.day'));
    assert.ok(fields.includes('days.0.startsAt'));
  });

  it("given a provider or trainer outside the mutual, or another provider's trainer, when editing a session, then 400 naming the field", async () => {
    const s = await newSession(ctx, course);
    const other = await newMutual(ctx);
    const otherProvider = await newProvider(ctx, other.id);
    const outsider = await newUser(ctx, 'trainer', { mutualId: other.id, providerId: otherProvider.id });
    const secondProvider = await newProvider(ctx, mutual.id);
    const strangerTrainer = await newUser(ctx, 'trainer', { mutualId: mutual.id, providerId: secondProvider.id });
    const ownTrainer = await newUser(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id });
    const fieldOf = async (body: Record<string, unknown>) => {
      const res = await coordinator.patch(`/api/sessions/${s.id}`, body);
      assert.equal(res.status, 400);
      return (await res.json()).errors[0].field;
    };
    assert.equal(await fieldOf({ providerId: otherProvider.id }), 'providerId');
    assert.equal(await fieldOf({ trainerUserId: outsider.id }), 'trainerUserId');
    assert.equal(await fieldOf({ trainerUserId: strangerTrainer.id }), 'trainerUserId');
    assert.equal((await coordinator.patch(`/api/sessions/${s.id}`, { trainerUserId: ownTrainer.id })).status, 200);
  });

  it("given another mutual's session, then 404", async () => {
    const other = await newMutual(ctx);
    const otherProvider = await newProvider(ctx, other.id);
    const otherCourse = await newCourse(ctx, other.id, otherProvider.id);
    const s = await newSession(ctx, otherCourse);
    assert.equal((await coordinator.get(`/api/sessions/${s.id}`)).status, 404);
    assert.equal(
      (await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'cancelled', reason: 'x' })).status,
      404,
    );
  });
});
