import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, newSession } from './delivery-builders.ts';
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

// A coordinator changes a firm's reserved seats; a cancelled session reopens only the needs
// (and seats) no other live session covers.

describe("a firm's reserved seats in a session", () => {
  let ctx: TestContext;
  let coordinator: Client;
  let mutual: { id: string };
  let course: Awaited<ReturnType<typeof newCourse>>;
  let memberA: Awaited<ReturnType<typeof newMember>>;
  let memberB: Awaited<ReturnType<typeof newMember>>;
  let memberC: Awaited<ReturnType<typeof newMember>>;

  before(async () => {
    ctx = await createTestContext();
    mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 2, maxSeats: 6 });
    memberA = await newMember(ctx, mutual.id);
    memberB = await newMember(ctx, mutual.id);
    memberC = await newMember(ctx, mutual.id);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
  });
  after(() => ctx.close());

  const reservationsOf = (sessionId: string) =>
    ctx.deps.db
      .selectFrom('session_reservation')
      .select(['member_id', 'need_id', 'seats', 'share_cents', 'standalone_cents'])
      .where('session_id', '=', sessionId)
      .orderBy('created_at')
      .execute();

  it('given free seats, when a coordinator gives a firm without seats some, then the session shows them, the history and the audit log record it', async () => {
    const s = await newSession(ctx, course, { reservations: [{ memberId: memberA.id, seats: 3 }] });
    const res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberC.id, seats: 2 });
    assert.equal(res.status, 200, await res.clone().text());
    const detail = await res.json();
    const c = detail.reservations.find((r: { memberId: string }) => r.memberId === memberC.id);
    assert.equal(c.reserved, 2);
    const rows = (await reservationsOf(s.id)).filter((r) => r.member_id === memberC.id);
    assert.deepEqual(rows, [{ member_id: memberC.id, need_id: null, seats: 2, share_cents: 0, standalone_cents: 0 }]);
    const history = (await (await coordinator.get(`/api/sessions/${s.id}/history`)).json()).items;
    assert.deepEqual(history.at(-1).detail, { memberId: memberC.id, from: 0, to: 2 });
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'change'])
      .where('entity_id', '=', s.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => [a.action, a.change]),
      [['session.reservation', { memberId: memberC.id, before: 0, after: 2 }]],
    );
  });

  it('given a full session, when a firm would get more seats than remain, then 409 capacity_exceeded naming seats and nothing changes', async () => {
    const s = await newSession(ctx, course, { reservations: [{ memberId: memberA.id, seats: 4 }] });
    // memberB has one confirmed participant without reservation: it holds a seat too
    const employee = await newEmployee(ctx, memberB);
    await ctx.deps.db
      .insertInto('enrolment')
      .values({
        mutual_id: mutual.id,
        session_id: s.id,
        member_id: memberB.id,
        employee_id: employee.id,
        status: 'confirmed',
      })
      .execute();
    let res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberC.id, seats: 2 });
    assert.equal(res.status, 409);
    const problem = await res.json();
    assert.equal(problem.code, 'capacity_exceeded');
    assert.deepEqual(problem.errors, [{ field: 'seats', code: 'at_most', message: 'Au plus 1' }]);
    assert.equal((await reservationsOf(s.id)).length, 1);
    res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberC.id, seats: 1 });
    assert.equal(res.status, 200);
  });

  it('given pooled seats with cost shares, when reduced, then the shares shrink per seat; when set to 0, the firm has no reservation left', async () => {
    const s = await newSession(ctx, course, { reservations: [{ memberId: memberA.id, seats: 4 }] });
    await ctx.deps.db
      .updateTable('session_reservation')
      .set({ share_cents: 40_000, standalone_cents: 100_000 })
      .where('session_id', '=', s.id)
      .execute();
    let res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberA.id, seats: 3 });
    assert.equal(res.status, 200);
    const [row] = await reservationsOf(s.id);
    assert.deepEqual([row.seats, row.share_cents, row.standalone_cents], [3, 30_000, 75_000]);
    res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberA.id, seats: 0 });
    assert.equal(res.status, 200);
    assert.equal((await reservationsOf(s.id)).length, 0);
  });

  it('given a firm with people on the waitlist, when it gets more seats, then they are promoted', async () => {
    const s = await newSession(ctx, course, { seatsMax: 2, reservations: [{ memberId: memberA.id, seats: 2 }] });
    const employee = await newEmployee(ctx, memberB);
    const waiting = await ctx.deps.db
      .insertInto('enrolment')
      .values({
        mutual_id: mutual.id,
        session_id: s.id,
        member_id: memberB.id,
        employee_id: employee.id,
        status: 'waitlisted',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    assert.equal(
      (await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberA.id, seats: 1 })).status,
      200,
    );
    const res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberB.id, seats: 1 });
    assert.equal(res.status, 200);
    const row = await ctx.deps.db
      .selectFrom('enrolment')
      .select('status')
      .where('id', '=', waiting.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'confirmed');
  });

  it('given bad input, a member of another mutual or a cancelled session, then 400, 400 and 409', async () => {
    const s = await newSession(ctx, course, { reservations: [{ memberId: memberA.id, seats: 1 }] });
    let res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberA.id, seats: -1 });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'seats');
    res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: 'nope', seats: 1 });
    assert.equal(res.status, 400);
    const foreign = await newMember(ctx, (await newMutual(ctx)).id);
    res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: foreign.id, seats: 1 });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'memberId');
    await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'cancelled', reason: 'no trainer' });
    res = await coordinator.put(`/api/sessions/${s.id}/reservations`, { memberId: memberA.id, seats: 2 });
    assert.equal(res.status, 409);
  });
});

describe('needs behind a cancelled session', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let course: Awaited<ReturnType<typeof newCourse>>;
  let member: Awaited<ReturnType<typeof newMember>>;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 1, maxSeats: 10 });
    member = await newMember(ctx, mutual.id);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
  });
  after(() => ctx.close());

  /** A need of `seats` seats, `inFirst` of them in a first session and the rest in a second. */
  async function splitNeed(seats: number, inFirst: number) {
    const first = await newSession(ctx, course, { reservations: [{ memberId: member.id, seats: inFirst }] });
    const [{ need_id: needId }] = await ctx.deps.db
      .selectFrom('session_reservation')
      .select('need_id')
      .where('session_id', '=', first.id)
      .execute();
    await ctx.deps.db
      .updateTable('need')
      .set({ seats })
      .where('id', '=', needId as string)
      .execute();
    const second = await newSession(ctx, course);
    await ctx.deps.db
      .insertInto('session_reservation')
      .values({
        mutual_id: course.mutual_id,
        session_id: second.id,
        member_id: member.id,
        need_id: needId,
        seats: seats - inFirst,
        share_cents: 0,
        standalone_cents: 0,
      })
      .execute();
    return { first, second, needId: needId as string };
  }
  const need = (id: string) =>
    ctx.deps.db.selectFrom('need').select(['status', 'seats']).where('id', '=', id).executeTakeFirstOrThrow();
  const cancel = (id: string) =>
    coordinator.post(`/api/sessions/${id}/transitions`, { to: 'cancelled', reason: 'too few' });

  it('given a need whose seats two sessions share, when one is cancelled, then the need stays planned, its uncovered seats reopen as a new need; when the other is cancelled too, it reopens', async () => {
    const { first, second, needId } = await splitNeed(5, 3);
    assert.equal((await cancel(first.id)).status, 200);
    assert.deepEqual(await need(needId), { status: 'planned', seats: 2 });
    const reopened = await ctx.deps.db
      .selectFrom('need')
      .select(['status', 'seats', 'topic_id'])
      .where('member_id', '=', member.id)
      .where('id', '<>', needId)
      .where('status', '=', 'open')
      .execute();
    assert.deepEqual(reopened, [{ status: 'open', seats: 3, topic_id: course.topic_id }]);
    assert.equal((await cancel(second.id)).status, 200);
    assert.deepEqual(await need(needId), { status: 'open', seats: 2 });
  });

  it('given a need wholly covered by another live session (seats reserved twice), when one is cancelled, then the need does not reopen', async () => {
    const { first, needId } = await splitNeed(3, 2);
    await ctx.deps.db.updateTable('session_reservation').set({ seats: 3 }).where('need_id', '=', needId).execute();
    assert.equal((await cancel(first.id)).status, 200);
    assert.deepEqual(await need(needId), { status: 'planned', seats: 3 });
  });

  it('given a need only in the cancelled session, when cancelled, then it reopens whole', async () => {
    const s = await newSession(ctx, course, { reservations: [{ memberId: member.id, seats: 2 }] });
    const [{ need_id: needId }] = await ctx.deps.db
      .selectFrom('session_reservation')
      .select('need_id')
      .where('session_id', '=', s.id)
      .execute();
    assert.equal((await cancel(s.id)).status, 200);
    assert.deepEqual(await need(needId as string), { status: 'open', seats: 2 });
  });

  it('given a need split across two sessions, when the first is delivered, then the need is not closed while the second still has to run', async () => {
    const { first, needId } = await splitNeed(4, 2);
    await ctx.deps.db.updateTable('need').set({ status: 'scheduled' }).where('id', '=', needId).execute();
    const { trainingSessionRepository } = await import('../src/delivery/session-repository.ts');
    const moved = await trainingSessionRepository(ctx.deps.db).moveNeeds(first.id, 'closed', '2026-11-20T12:00:00Z');
    assert.deepEqual(moved.closed, []);
    assert.deepEqual(await need(needId), { status: 'scheduled', seats: 4 });
  });
});
