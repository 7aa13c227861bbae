import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, newSession, sessionInDelivery } from './delivery-builders.ts';
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

// Issue #9, point 12: a coordinator enrols several employees on a firm's behalf, moves people
// between sessions and handles the waitlist by hand; "all present" in the attendance grid. The seat
// rule (capacity, the firm's reservation, the waitlist) holds throughout, each change is audited,
// all-or-nothing, and safe under concurrency.

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON answers
type Json = Record<string, any>;

describe("a coordinator's everyday operations on enrolments (issue #9, point 12)", () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contactA: Client;
  let mutual: { id: string };
  let course: Awaited<ReturnType<typeof newCourse>>;
  let memberA: Awaited<ReturnType<typeof newMember>>;
  let memberB: Awaited<ReturnType<typeof newMember>>;

  before(async () => {
    ctx = await createTestContext();
    mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 1, maxSeats: 12 });
    memberA = await newMember(ctx, mutual.id);
    memberB = await newMember(ctx, mutual.id);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
  });
  after(() => ctx.close());

  const auditOf = (action: string) =>
    ctx.deps.db
      .selectFrom('audit_log')
      .select(['entity_id', 'change', 'actor_user_id'])
      .where('action', '=', action)
      .execute();
  const statusOf = async (id: string) =>
    (await ctx.deps.db.selectFrom('enrolment').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  it("given a session where firm A reserved 2 of 3 seats, when the coordinator enrols 4 of A's employees at once, then 3 are confirmed (its 2 and the free one) and the 4th waits; each is audited", async () => {
    const s = await newSession(ctx, course, {
      status: 'confirmed',
      seatsMax: 3,
      goNoGoDate: null,
      reservations: [{ memberId: memberA.id, seats: 2 }],
    });
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await newEmployee(ctx, memberA));
    const lastMail = await ctx.deps.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.coalesce(eb.fn.max('id'), eb.lit(0)).as('id'))
      .executeTakeFirstOrThrow();
    const res = await coordinator.post(`/api/sessions/${s.id}/enrolments/batch`, {
      employeeIds: people.map((p) => p.id),
    });
    assert.equal(res.status, 201, await res.clone().text());
    const { items } = (await res.json()) as Json;
    assert.deepEqual(
      items.map((e: Json) => [e.employeeId, e.status]),
      people.map((p, i) => [p.id, i < 3 ? 'confirmed' : 'waitlisted']),
    );
    assert.equal(items[3].waitlistRank, 1);
    const audit = (await auditOf('enrolment.create')).filter((a) => items.some((e: Json) => e.id === a.entity_id));
    assert.equal(audit.length, 4);
    assert.deepEqual(
      items.map((e: Json) => {
        const { change } = audit.find((a) => a.entity_id === e.id)!;
        return [change.employeeId, change.status, change.sessionId, change.batch];
      }),
      people.map((p, i) => [p.id, i < 3 ? 'confirmed' : 'waitlisted', s.id, true]),
    );
    // the firm's contacts are told: three confirmations and one waitlisting each (the employees have no e-mail)
    const kinds = (
      await ctx.deps.db.selectFrom('outbox').select('kind').where('id', '>', Number(lastMail.id)).execute()
    ).map((m) => m.kind);
    const confirmations = kinds.filter((k) => k === 'enrolment_confirmation').length;
    const waitlistings = kinds.filter((k) => k === 'waitlisted').length;
    assert.ok(waitlistings > 0, kinds.join());
    assert.equal(confirmations, 3 * waitlistings, kinds.join());
    assert.equal(kinds.length, confirmations + waitlistings, kinds.join());
  });

  it('given a batch with one bad employee (another firm for a member contact, twice the same, already enrolled), then nothing is enrolled and the field is named', async () => {
    const s = await newSession(ctx, course, { status: 'confirmed', goNoGoDate: null });
    const a1 = await newEmployee(ctx, memberA);
    const a2 = await newEmployee(ctx, memberA);
    const b1 = await newEmployee(ctx, memberB);
    let res = await contactA.post(`/api/sessions/${s.id}/enrolments/batch`, { employeeIds: [a1.id, b1.id] });
    assert.equal(res.status, 404);
    assert.equal((await res.json()).errors[0].field, 'employeeIds.1');
    res = await coordinator.post(`/api/sessions/${s.id}/enrolments/batch`, { employeeIds: [a1.id, a2.id, a1.id] });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'employeeIds.2');
    res = await coordinator.post(`/api/sessions/${s.id}/enrolments/batch`, { employeeIds: [] });
    assert.equal(res.status, 400);
    const count = await ctx.deps.db
      .selectFrom('enrolment')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', s.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0, 'all or none');
    // a member contact enrols its own people in one go
    res = await contactA.post(`/api/sessions/${s.id}/enrolments/batch`, { employeeIds: [a1.id, a2.id] });
    assert.equal(res.status, 201);
    res = await coordinator.post(`/api/sessions/${s.id}/enrolments/batch`, { employeeIds: [b1.id, a2.id] });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).errors[0].field, 'employeeIds.1');
  });

  it('given a confirmed participant moved to a session where the firm has a seat, then confirmed there, moved here (not billed), and the seat left goes to the waitlist', async () => {
    const from = await newSession(ctx, course, { status: 'confirmed', seatsMax: 1, goNoGoDate: null });
    const to = await newSession(ctx, course, { status: 'scheduled', seatsMax: 2, goNoGoDate: null });
    const [p, q] = [await newEmployee(ctx, memberA), await newEmployee(ctx, memberB)];
    const enrolled = (
      await (await coordinator.post(`/api/sessions/${from.id}/enrolments/batch`, { employeeIds: [p.id, q.id] })).json()
    ).items as Json[];
    assert.deepEqual(
      enrolled.map((e) => e.status),
      ['confirmed', 'waitlisted'],
    );
    const res = await coordinator.post(`/api/enrolments/${enrolled[0].id}/move`, { sessionId: to.id });
    assert.equal(res.status, 200, await res.clone().text());
    const moved = (await res.json()) as Json;
    assert.deepEqual([moved.sessionId, moved.employeeId, moved.status], [to.id, p.id, 'confirmed']);
    assert.equal(await statusOf(enrolled[0].id), 'moved');
    assert.equal(await statusOf(enrolled[1].id), 'confirmed', 'the waitlisted person took the seat left');
    const [audit] = (await auditOf('enrolment.move')).filter((a) => a.entity_id === enrolled[0].id);
    assert.deepEqual(audit.change, {
      fromSession: from.id,
      toSession: to.id,
      before: 'confirmed',
      after: 'confirmed',
      newEnrolmentId: moved.id,
    });
    // moving back into the now full session is refused, unless the waitlist is wanted
    let back = await coordinator.post(`/api/enrolments/${moved.id}/move`, { sessionId: from.id });
    assert.equal(back.status, 409);
    assert.equal((await back.json()).code, 'capacity_exceeded');
    assert.equal(await statusOf(moved.id), 'confirmed', 'nothing changed');
    back = await coordinator.post(`/api/enrolments/${moved.id}/move`, { sessionId: from.id, waitlistIfFull: true });
    assert.equal(back.status, 200);
    assert.equal((await back.json()).status, 'waitlisted');
  });

  it("given a move that breaks a rule (same session, a session already holding the person, a session in delivery, another mutual's, a member contact), then refused", async () => {
    const other = await newMutual(ctx);
    const otherCourse = await newCourse(ctx, other.id, (await newProvider(ctx, other.id)).id);
    const foreign = await newSession(ctx, otherCourse, { status: 'confirmed' });
    const from = await newSession(ctx, course, { status: 'confirmed', goNoGoDate: null });
    const running = await newSession(ctx, course, { status: 'in_delivery', goNoGoDate: null });
    const also = await newSession(ctx, course, { status: 'confirmed', goNoGoDate: null });
    const p = await newEmployee(ctx, memberA);
    const [e] = (
      await (await coordinator.post(`/api/sessions/${from.id}/enrolments/batch`, { employeeIds: [p.id] })).json()
    ).items as Json[];
    await coordinator.post(`/api/sessions/${also.id}/enrolments`, { employeeId: p.id });
    const tries: [unknown, number, string][] = [
      [{ sessionId: from.id }, 400, 'sessionId'],
      [{ sessionId: also.id }, 409, 'sessionId'],
      [{ sessionId: running.id }, 409, 'sessionId'],
      [{ sessionId: foreign.id }, 404, 'sessionId'],
    ];
    for (const [body, status, field] of tries) {
      const res = await coordinator.post(`/api/enrolments/${e.id}/move`, body);
      assert.equal(res.status, status, JSON.stringify(body));
      assert.equal((await res.json()).errors?.[0]?.field, field);
    }
    assert.equal((await contactA.post(`/api/enrolments/${e.id}/move`, { sessionId: also.id })).status, 403);
    assert.equal(await statusOf(e.id), 'confirmed');
  });

  it('given a long waitlist reversed by the coordinator, then the answer and the list show it in the new order, every place kept once', async () => {
    const s = await newSession(ctx, course, { status: 'confirmed', seatsMax: 1, goNoGoDate: null });
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await newEmployee(ctx, i % 2 ? memberA : memberB));
    const items = (
      await (
        await coordinator.post(`/api/sessions/${s.id}/enrolments/batch`, { employeeIds: people.map((p) => p.id) })
      ).json()
    ).items as Json[];
    const waiting = items.filter((e) => e.status === 'waitlisted').map((e) => e.id as string);
    assert.equal(waiting.length, 29);
    const positionsOf = async () =>
      (
        await ctx.deps.db
          .selectFrom('enrolment')
          .select(['id', 'position'])
          .where('session_id', '=', s.id)
          .where('status', '=', 'waitlisted')
          .orderBy('position')
          .execute()
      ).map((r) => [r.id, Number(r.position)] as const);
    const before = await positionsOf();
    const reversed = [...waiting].reverse();
    const res = await coordinator.put(`/api/sessions/${s.id}/waitlist`, { enrolmentIds: reversed });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(
      ((await res.json()).items as Json[]).map((e) => [e.id, e.status, e.waitlistRank]),
      reversed.map((id, i) => [id, 'waitlisted', i + 1]),
    );
    const after = await positionsOf();
    assert.deepEqual(
      after.map(([id]) => id),
      reversed,
    );
    assert.deepEqual(
      after.map(([, position]) => position),
      before.map(([, position]) => position),
      'the waitlist keeps its places, handed out in the new order',
    );
    const listed = (await (await coordinator.get(`/api/sessions/${s.id}/enrolments?pageSize=50`)).json())
      .items as Json[];
    assert.deepEqual(
      listed.filter((e) => e.status === 'waitlisted').map((e) => [e.id, e.waitlistRank]),
      reversed.map((id, i) => [id, i + 1]),
    );
  });

  it('given a waitlist, the coordinator reorders it, promotes a person out of turn when the firm has a seat, and removes one', async () => {
    const s = await newSession(ctx, course, { status: 'confirmed', seatsMax: 1, goNoGoDate: null });
    const people = [
      await newEmployee(ctx, memberA),
      await newEmployee(ctx, memberB),
      await newEmployee(ctx, memberB),
      await newEmployee(ctx, memberA),
    ];
    const items = (
      await (
        await coordinator.post(`/api/sessions/${s.id}/enrolments/batch`, { employeeIds: people.map((p) => p.id) })
      ).json()
    ).items as Json[];
    const [seated, w1, w2, w3] = items;
    assert.deepEqual(
      items.map((e) => e.status),
      ['confirmed', 'waitlisted', 'waitlisted', 'waitlisted'],
    );
    // reorder: w3, w1, w2
    let res = await coordinator.put(`/api/sessions/${s.id}/waitlist`, { enrolmentIds: [w3.id, w1.id, w2.id] });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(
      ((await res.json()).items as Json[]).map((e) => [e.id, e.waitlistRank]),
      [
        [w3.id, 1],
        [w1.id, 2],
        [w2.id, 3],
      ],
    );
    const listed = (await (await coordinator.get(`/api/sessions/${s.id}/enrolments`)).json()).items as Json[];
    assert.deepEqual(
      listed.filter((e) => e.status === 'waitlisted').map((e) => e.id),
      [w3.id, w1.id, w2.id],
    );
    // an order that leaves someone out, or names a stranger, is refused
    res = await coordinator.put(`/api/sessions/${s.id}/waitlist`, { enrolmentIds: [w3.id, w1.id] });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'enrolmentIds');
    res = await coordinator.put(`/api/sessions/${s.id}/waitlist`, { enrolmentIds: [w3.id, w1.id, seated.id] });
    assert.equal((await res.json()).errors[0].field, 'enrolmentIds.2');
    // the session is full: no promotion by hand
    res = await coordinator.post(`/api/enrolments/${w2.id}/promote`);
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'capacity_exceeded');
    // a second seat, reserved for firm B: B's w2 may be promoted out of turn (w3 of A is first but has no seat)
    await ctx.deps.db.updateTable('training_session').set({ seats_max: 2 }).where('id', '=', s.id).execute();
    await ctx.deps.db
      .insertInto('session_reservation')
      .values({
        mutual_id: mutual.id,
        session_id: s.id,
        member_id: memberB.id,
        seats: 1,
        share_cents: 0,
        standalone_cents: 0,
      })
      .execute();
    res = await coordinator.post(`/api/enrolments/${w2.id}/promote`);
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal((await res.json()).status, 'confirmed');
    assert.equal((await auditOf('enrolment.promote')).filter((a) => a.entity_id === w2.id).length, 1);
    assert.equal(
      (await coordinator.post(`/api/enrolments/${seated.id}/promote`)).status,
      409,
      'only a waitlisted person',
    );
    // remove from the waitlist
    res = await coordinator.post(`/api/enrolments/${w3.id}/withdraw`, {});
    assert.equal(res.status, 200);
    assert.equal(await statusOf(w3.id), 'withdrawn');
    assert.equal((await auditOf('waitlist.reorder')).filter((a) => a.entity_id === s.id).length, 1);
  });

  it('given parallel moves of 10 people into a session with 3 free seats, then exactly 3 are confirmed there and the others stay where they were', async () => {
    const target = await newSession(ctx, course, { status: 'confirmed', seatsMax: 3, goNoGoDate: null });
    const sources = [];
    for (let i = 0; i < 10; i++) {
      const s = await newSession(ctx, course, { status: 'confirmed', goNoGoDate: null });
      const e = await newEmployee(ctx, i % 2 ? memberA : memberB);
      sources.push(
        (
          (await (await coordinator.post(`/api/sessions/${s.id}/enrolments/batch`, { employeeIds: [e.id] })).json())
            .items as Json[]
        )[0],
      );
    }
    const responses = await Promise.all(
      sources.map((e) => coordinator.post(`/api/enrolments/${e.id}/move`, { sessionId: target.id })),
    );
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 200, 409, 409, 409, 409, 409, 409, 409]);
    const seated = await ctx.deps.db
      .selectFrom('enrolment')
      .select('status')
      .where('session_id', '=', target.id)
      .execute();
    assert.deepEqual(
      seated.map((r) => r.status),
      ['confirmed', 'confirmed', 'confirmed'],
    );
    const left = await Promise.all(sources.map((e) => statusOf(e.id)));
    assert.equal(left.filter((s) => s === 'moved').length, 3);
    assert.equal(left.filter((s) => s === 'confirmed').length, 7);
  });

  it('given a session in delivery, "all present" marks every participant present for one day with its hours, and a mark stays editable', async () => {
    const people = [];
    for (let i = 0; i < 3; i++) {
      const member = i ? memberA : memberB;
      people.push({ member, employee: await newEmployee(ctx, member) });
    }
    const world = await sessionInDelivery(ctx, course, people);
    const trainer = coordinator;
    let res = await trainer.post(`/api/sessions/${world.session.id}/attendance/all-present`, {
      meetingDayId: world.days[1],
    });
    assert.equal(res.status, 200, await res.clone().text());
    let roster = (await res.json()) as Json;
    for (const p of roster.participants as Json[]) {
      assert.deepEqual(p.attendance, [{ meetingDayId: world.days[1], present: true, hours: 7 }]);
    }
    // one is absent after all: still editable
    const first = roster.participants[0].enrolmentId;
    res = await trainer.put(`/api/sessions/${world.session.id}/attendance`, {
      entries: [{ enrolmentId: first, meetingDayId: world.days[1], present: false }],
    });
    roster = (await res.json()) as Json;
    assert.equal(roster.participants[0].attendance[0].present, false);
    assert.equal((await auditOf('attendance.all_present')).filter((a) => a.entity_id === world.session.id).length, 1);
    res = await trainer.post(`/api/sessions/${world.session.id}/attendance/all-present`, {
      meetingDayId: people[0].employee.id,
    });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'meetingDayId');
    assert.equal(
      (await contactA.post(`/api/sessions/${world.session.id}/attendance/all-present`, { meetingDayId: world.days[0] }))
        .status,
      403,
    );
  });
});
