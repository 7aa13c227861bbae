import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, newSession, setMeetingDays } from './delivery-builders.ts';
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
import { outboxFor } from './mail-helpers.ts';

describe('enrolment: seats, waitlist, withdrawal, substitution', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let mutual: { id: string };
  let course: Awaited<ReturnType<typeof newCourse>>;
  let memberA: Awaited<ReturnType<typeof newMember>>;
  let memberB: Awaited<ReturnType<typeof newMember>>;
  let contactA: Client;
  let contactB: Client;

  before(async () => {
    ctx = await createTestContext();
    mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 2, maxSeats: 12 });
    memberA = await newMember(ctx, mutual.id);
    memberB = await newMember(ctx, mutual.id);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
    contactB = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberB.id })).client;
  });
  after(() => ctx.close());

  it('given 300 parallel enrolments on a 12-seat session, then exactly 12 are confirmed and the rest waitlisted in arrival order', async () => {
    const s = await newSession(ctx, course, { status: 'confirmed', goNoGoDate: null });
    const employees = [];
    for (let i = 0; i < 300; i++) employees.push(await newEmployee(ctx, i % 2 ? memberA : memberB));
    const responses = await Promise.all(
      employees.map((e, i) =>
        (i % 2 ? contactA : contactB).post(`/api/sessions/${s.id}/enrolments`, { employeeId: e.id }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    assert.deepEqual([...new Set(statuses)], [201]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    assert.equal(bodies.filter((b) => b.status === 'confirmed').length, 12);
    assert.equal(bodies.filter((b) => b.status === 'waitlisted').length, 288);
    const rows = await ctx.deps.db
      .selectFrom('enrolment')
      .select(['status', 'position'])
      .where('session_id', '=', s.id)
      .orderBy('position')
      .execute();
    assert.equal(rows.filter((r) => r.status === 'confirmed').length, 12);
    // the first 12 to arrive hold the seats; everyone after waits
    assert.ok(rows.slice(0, 12).every((r) => r.status === 'confirmed'));
    const page = await (await coordinator.get(`/api/sessions/${s.id}/enrolments?pageSize=500`)).json();
    assert.equal(page.total, 300);
    const list = page.items;
    const ranks = list
      .filter((e: { status: string }) => e.status === 'waitlisted')
      .map((e: { waitlistRank: number }) => e.waitlistRank);
    assert.deepEqual(
      ranks,
      Array.from({ length: 288 }, (_, i) => i + 1),
    );
  });

  it('given bad requests inside a burst served in batches, then each bad one gets its own answer and the others are enrolled in arrival order', async () => {
    const s = await newSession(ctx, course, { status: 'confirmed', goNoGoDate: null, seatsMax: 12 });
    const good = [];
    for (let i = 0; i < 40; i++) good.push(await newEmployee(ctx, memberA));
    const already = await newEmployee(ctx, memberA);
    assert.equal((await contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId: already.id })).status, 201);
    const leaver = await newEmployee(ctx, memberA);
    await ctx.deps.db.updateTable('employee').set({ end_date: '2021-01-01' }).where('id', '=', leaver.id).execute();
    const otherFirms = await newEmployee(ctx, memberB);
    const twice = await newEmployee(ctx, memberA);
    // which requests each batch served
    const batches: number[] = [];
    const queue = ctx.deps.batches;
    ctx.deps.batches = {
      waiting: queue.waiting,
      run: (key, item, serve) =>
        queue.run(key, item, (items) => {
          batches.push(items.length);
          return serve(items);
        }),
    };
    const bad: [string, number, string][] = [
      ['00000000-0000-4000-8000-000000000000', 404, 'not_found'],
      [otherFirms.id, 404, 'not_found'],
      [already.id, 409, 'already_enrolled'],
      [leaver.id, 400, 'validation_failed'],
    ];
    const ids = [
      ...good.slice(0, 10).map((e) => e.id),
      bad[0][0],
      ...good.slice(10, 20).map((e) => e.id),
      bad[1][0],
      twice.id,
      bad[2][0],
      twice.id,
      bad[3][0],
      ...good.slice(20).map((e) => e.id),
    ];
    try {
      const responses = await Promise.all(
        ids.map((employeeId) => contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId })),
      );
      const answers = await Promise.all(responses.map(async (r) => ({ status: r.status, body: await r.json() })));
      assert.ok(Math.max(...batches) >= 10, `served together (batches: ${batches.join(', ')})`);
      for (const [employeeId, status, code] of bad) {
        const answer = answers[ids.indexOf(employeeId)];
        assert.equal(answer.status, status, JSON.stringify(answer.body));
        assert.equal(answer.body.code, code);
        assert.equal(answer.body.errors[0].field, 'employeeId');
      }
      const forTwice = ids.flatMap((id, i) => (id === twice.id ? [answers[i].status] : [])).sort();
      assert.deepEqual(forTwice, [201, 409], 'the same employee twice in a batch: the second is already enrolled');
      for (const e of good) assert.equal(answers[ids.indexOf(e.id)].status, 201);
    } finally {
      ctx.deps.batches = queue;
    }
    const rows = await ctx.deps.db
      .selectFrom('enrolment')
      .select(['id', 'status', 'employee_id'])
      .where('session_id', '=', s.id)
      .orderBy('position')
      .execute();
    assert.equal(
      rows.length,
      42,
      'the 40 good ones, the one enrolled before and one of the two requests for the same employee',
    );
    assert.deepEqual(
      rows.map((r) => r.status),
      rows.map((_, i) => (i < 12 ? 'confirmed' : 'waitlisted')),
      'the first 12 to arrive hold the seats',
    );
    const audited = await ctx.deps.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'enrolment.create')
      .where(
        'entity_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    assert.equal(audited.length, 42, 'one audit entry per enrolment');
  });

  it("given reserved seats, then a firm fills its own reservation and cannot take another firm's", async () => {
    const s = await newSession(ctx, course, {
      status: 'proposed',
      seatsMax: 4,
      reservations: [
        { memberId: memberA.id, seats: 2 },
        { memberId: memberB.id, seats: 2 },
      ],
    });
    const a = [await newEmployee(ctx, memberA), await newEmployee(ctx, memberA), await newEmployee(ctx, memberA)];
    const results = [];
    for (const e of a)
      results.push(
        (await (await contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId: e.id })).json()).status,
      );
    assert.deepEqual(results, ['confirmed', 'confirmed', 'waitlisted']);
    const detail = await (await contactA.get(`/api/sessions/${s.id}`)).json();
    assert.equal(detail.seatsAvailableForMe, 0);
    assert.deepEqual(
      detail.reservations.map((r: { memberId: string }) => r.memberId),
      [memberA.id],
    );
    const b = await newEmployee(ctx, memberB);
    assert.equal(
      (await (await contactB.post(`/api/sessions/${s.id}/enrolments`, { employeeId: b.id })).json()).status,
      'confirmed',
    );
  });

  it("given a member contact, then it cannot enrol another firm's employee, nor see another firm's enrolments", async () => {
    const s = await newSession(ctx, course, { status: 'confirmed' });
    const b = await newEmployee(ctx, memberB);
    const res = await contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId: b.id });
    assert.equal(res.status, 404);
    assert.equal((await res.json()).errors[0].field, 'employeeId');
    await contactB.post(`/api/sessions/${s.id}/enrolments`, { employeeId: b.id });
    const list = await (await contactA.get(`/api/sessions/${s.id}/enrolments`)).json();
    assert.deepEqual(list.items, []);
    assert.equal(list.total, 0);
    const bList = await (await contactB.get(`/api/sessions/${s.id}/enrolments`)).json();
    assert.equal(bList.items.length, 1);
  });

  it("given a session's enrolments read by those who may not see it, then 404 and no access-log row; read by its coordinator, its page's employees are logged, waitlist ranks included", async () => {
    const s = await newSession(ctx, course, { status: 'confirmed', seatsMax: 2 });
    const people = [await newEmployee(ctx, memberA), await newEmployee(ctx, memberA), await newEmployee(ctx, memberB)];
    for (const e of people)
      assert.equal(
        (await (e === people[2] ? contactB : contactA).post(`/api/sessions/${s.id}/enrolments`, { employeeId: e.id }))
          .status,
        201,
      );
    const other = await newMutual(ctx);
    const strangers = [
      await loginAs(ctx, 'coordinator', { mutualId: other.id }),
      await loginAs(ctx, 'member_contact', { mutualId: other.id, memberId: (await newMember(ctx, other.id)).id }),
    ];
    for (const { client, user } of strangers) {
      const res = await client.get(`/api/sessions/${s.id}/enrolments`);
      assert.equal(res.status, 404, user.email);
      const logged = await ctx.deps.db
        .selectFrom('access_log')
        .select('id')
        .where('actor_user_id', '=', user.id)
        .execute();
      assert.equal(logged.length, 0, 'nothing read is logged for a session the caller may not see');
    }
    const { client, user } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const page = await (await client.get(`/api/sessions/${s.id}/enrolments`)).json();
    assert.deepEqual(
      page.items.map((e: { employeeId: string; status: string; waitlistRank: number | null }) => [
        e.employeeId,
        e.status,
        e.waitlistRank,
      ]),
      [
        [people[0].id, 'confirmed', null],
        [people[1].id, 'confirmed', null],
        [people[2].id, 'waitlisted', 1],
      ],
    );
    assert.equal(page.total, 3);
    const logged = await ctx.deps.db
      .selectFrom('access_log')
      .select(['entity_ids', 'purpose'])
      .where('actor_user_id', '=', user.id)
      .execute();
    assert.deepEqual(logged, [{ entity_ids: people.map((e) => e.id), purpose: 'session enrolments' }]);
  });

  it('given bad input, then 400 naming the field; twice the same employee, 409', async () => {
    const s = await newSession(ctx, course, { status: 'confirmed' });
    let res = await contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId: 'nope' });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'employeeId');
    const e = await newEmployee(ctx, memberA);
    assert.equal((await contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId: e.id })).status, 201);
    res = await contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId: e.id });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'already_enrolled');
  });

  it('given a full session, when a participant withdraws before the deadline, then the first waitlisted is promoted and told', async () => {
    const s = await newSession(ctx, course, { status: 'confirmed', seatsMax: 2 });
    await setMeetingDays(ctx, s.id, mutual.id, ['2026-12-15']); // today 2026-11-20; deadline 2026-12-05
    const people = [];
    for (let i = 0; i < 4; i++) {
      const e = await newEmployee(ctx, memberA);
      await ctx.deps.db
        .updateTable('employee')
        .set({ email: `p${i}-${s.id}@example.test`, language: i === 2 ? 'en' : 'fr' })
        .where('id', '=', e.id)
        .execute();
      people.push(
        (await (await contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId: e.id })).json()) as {
          id: string;
          status: string;
        },
      );
    }
    assert.deepEqual(
      people.map((p) => p.status),
      ['confirmed', 'confirmed', 'waitlisted', 'waitlisted'],
    );
    const res = await contactA.post(`/api/enrolments/${people[0].id}/withdraw`, { reason: 'sick' });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).status, 'withdrawn');
    const list = (await (await coordinator.get(`/api/sessions/${s.id}/enrolments`)).json()).items;
    const byId = new Map(list.map((e: { id: string; status: string }) => [e.id, e.status]));
    assert.equal(byId.get(people[2].id), 'confirmed');
    assert.equal(byId.get(people[3].id), 'waitlisted');
    const mails = await outboxFor(ctx, `p2-${s.id}@example.test`);
    assert.equal(mails[0].kind, 'waitlist_promotion');
    assert.equal(mails[0].locale, 'en');
    assert.match(mails[0].subject, /A seat freed up/);
  });

  it('given the deadline has passed, when withdrawing, then a late cancellation is recorded; substitution is refused', async () => {
    // today is 2026-11-20; the mutual's deadline is 10 days before the first day
    const early = await newSession(ctx, course, { status: 'scheduled', seatsMax: 5 });
    await setMeetingDays(ctx, early.id, mutual.id, ['2026-11-30', '2026-12-01']); // deadline 2026-11-20: still free
    const late = await newSession(ctx, course, { status: 'scheduled', seatsMax: 5 });
    await setMeetingDays(ctx, late.id, mutual.id, ['2026-11-25']); // deadline 2026-11-15: passed
    const e1 = await newEmployee(ctx, memberA);
    const e2 = await newEmployee(ctx, memberA);
    const e3 = await newEmployee(ctx, memberA);
    const two = await (await contactA.post(`/api/sessions/${early.id}/enrolments`, { employeeId: e2.id })).json();
    let res = await contactA.post(`/api/enrolments/${two.id}/substitute`, { employeeId: e3.id });
    assert.equal(res.status, 200, await res.clone().text());
    const replacement = await res.json();
    assert.equal(replacement.employeeId, e3.id);
    assert.equal(replacement.status, 'confirmed');
    const old = (await (await coordinator.get(`/api/sessions/${early.id}/enrolments`)).json()).items.find(
      (e: { id: string }) => e.id === two.id,
    );
    assert.equal(old.status, 'substituted');

    const one = await (await contactA.post(`/api/sessions/${late.id}/enrolments`, { employeeId: e1.id })).json();
    const other = await (await contactA.post(`/api/sessions/${late.id}/enrolments`, { employeeId: e2.id })).json();
    res = await contactA.post(`/api/enrolments/${one.id}/withdraw`, {});
    assert.equal((await res.json()).status, 'late_cancelled');
    res = await contactA.post(`/api/enrolments/${other.id}/substitute`, { employeeId: e3.id });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'deadline_passed');
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', one.id).execute();
    assert.ok(audit.some((a) => a.action === 'enrolment.late_cancelled'));
  });

  it('given a cancelled session, then enrolment is closed', async () => {
    const s = await newSession(ctx, course, { status: 'cancelled' });
    const e = await newEmployee(ctx, memberA);
    const res = await coordinator.post(`/api/sessions/${s.id}/enrolments`, { employeeId: e.id });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'enrolment_closed');
  });

  it('given a member contact wanting more seats, then coordinators get a seat request e-mail', async () => {
    const c = await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { locale: 'fr' });
    const s = await newSession(ctx, course, { status: 'confirmed' });
    const res = await contactA.post(`/api/sessions/${s.id}/seat-requests`, { seats: 3, note: 'Deux soudeurs de plus' });
    assert.equal(res.status, 202);
    const [mail] = await outboxFor(ctx, c.user.email);
    assert.equal(mail.kind, 'seat_request');
    assert.match(mail.text_body, /demande 3 places de plus/);
  });
});

describe('the list of enrolments across sessions (GET /api/enrolments)', () => {
  let ctx: TestContext;
  after(() => ctx.close());

  it('given waitlisted enrolments of several sessions on one page, then each shows its place in its own session’s waitlist, in arrival order, the others none', async () => {
    const ctx = await createTestContext(); // its own database, closed below (the next test opens the describe's)
    try {
      const { db } = ctx.deps;
      const mutual = await newMutual(ctx);
      const course = await newCourse(ctx, mutual.id, (await newProvider(ctx, mutual.id)).id);
      const firm = await newMember(ctx, mutual.id);
      const [one, two] = [await newSession(ctx, course), await newSession(ctx, course)];
      const statuses = [
        [one, 'confirmed'],
        [one, 'waitlisted'],
        [two, 'waitlisted'],
        [one, 'withdrawn'],
        [one, 'waitlisted'],
        [two, 'confirmed'],
        [two, 'waitlisted'],
        [one, 'waitlisted'],
      ] as const;
      const made: { id: string; session: string; status: string }[] = [];
      for (const [i, [session, status]] of statuses.entries()) {
        const row = await db
          .insertInto('enrolment')
          .values({
            mutual_id: mutual.id,
            session_id: session.id,
            member_id: firm.id,
            employee_id: (await newEmployee(ctx, firm)).id,
            status,
            created_at: `2026-03-${String(10 + i).padStart(2, '0')}T12:00:00Z`,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        made.push({ id: row.id, session: session.id, status });
      }
      const expected = new Map<string, number | null>();
      for (const [i, e] of made.entries())
        expected.set(
          e.id,
          e.status === 'waitlisted'
            ? made.slice(0, i + 1).filter((o) => o.session === e.session && o.status === 'waitlisted').length
            : null,
        );
      const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
      const body = await (await coordinator.get('/api/enrolments?pageSize=50')).json();
      assert.deepEqual(
        new Map(body.items.map((e: { id: string; waitlistRank: number | null }) => [e.id, e.waitlistRank])),
        expected,
      );
      assert.deepEqual(
        made.filter((e) => e.status === 'waitlisted').map((e) => expected.get(e.id)),
        [1, 1, 2, 2, 3],
      );
    } finally {
      await ctx.close();
    }
  });

  it('given enrolments inserted, moved and deleted by any statement, then pages put together are every enrolment of the scope newest first, and the total is the count of the scope (kept per firm, migration 0101)', async () => {
    ctx = await createTestContext();
    const { db } = ctx.deps;
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    const course = await newCourse(ctx, mutual.id, (await newProvider(ctx, mutual.id)).id);
    const firmA = await newMember(ctx, mutual.id);
    const firmB = await newMember(ctx, mutual.id);
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: firmA.id })).client;
    const sessions = [await newSession(ctx, course), await newSession(ctx, course)];
    const people: { id: string }[] = [];
    for (let i = 0; i < 6; i++) people.push(await newEmployee(ctx, i < 4 ? firmA : firmB));
    // 12 enrolments, several created at the same instant (the order falls back on the id)
    const rows = people.flatMap((p, i) =>
      sessions.map((s, j) => ({
        mutual_id: mutual.id,
        session_id: s.id,
        member_id: i < 4 ? firmA.id : firmB.id,
        employee_id: p.id,
        status: 'confirmed' as const,
        created_at: `2026-0${1 + ((i + j) % 3)}-01T12:00:00Z`,
      })),
    );
    await db.insertInto('enrolment').values(rows).execute();
    // another mutual's enrolment is never listed nor counted
    const elsewhere = await newMember(ctx, other.id);
    const otherCourse = await newCourse(ctx, other.id, (await newProvider(ctx, other.id)).id);
    await db
      .insertInto('enrolment')
      .values({
        mutual_id: other.id,
        session_id: (await newSession(ctx, otherCourse)).id,
        member_id: elsewhere.id,
        employee_id: (await newEmployee(ctx, elsewhere)).id,
        status: 'confirmed',
      })
      .execute();

    const expected = async (memberId: string | null, employeeId?: string) => {
      let q = db.selectFrom('enrolment').select('id').where('mutual_id', '=', mutual.id);
      if (memberId) q = q.where('member_id', '=', memberId);
      if (employeeId) q = q.where('employee_id', '=', employeeId);
      return (await q.orderBy('created_at', 'desc').orderBy('id').execute()).map((r) => r.id);
    };
    const listed = async (client: typeof coordinator, query = '') => {
      const ids: string[] = [];
      let total = -1;
      for (let page = 1; page <= 5; page++) {
        const res = await client.get(`/api/enrolments?pageSize=5&page=${page}${query}`);
        assert.equal(res.status, 200);
        const body = await res.json();
        total = body.total;
        ids.push(...body.items.map((e: { id: string }) => e.id));
      }
      return { ids, total };
    };
    const check = async (step: string) => {
      const all = await expected(null);
      assert.deepEqual(await listed(coordinator), { ids: all, total: all.length }, `${step}: the mutual`);
      const mine = await expected(firmA.id);
      assert.deepEqual(await listed(contactA), { ids: mine, total: mine.length }, `${step}: firm A`);
      const hers = await expected(null, people[0].id);
      assert.deepEqual(
        await listed(coordinator, `&employeeId=${people[0].id}`),
        { ids: hers, total: hers.length },
        `${step}: one employee`,
      );
    };

    assert.equal((await listed(coordinator)).total, 12);
    assert.equal((await listed(contactA)).total, 8);
    await check('inserted');
    // a withdrawal changes no count; an enrolment moved to the other firm, two deleted in one statement
    await db.updateTable('enrolment').set({ status: 'withdrawn' }).where('employee_id', '=', people[1].id).execute();
    await db
      .updateTable('enrolment')
      .set({ member_id: firmB.id })
      .where('employee_id', '=', people[2].id)
      .where('session_id', '=', sessions[0].id)
      .execute();
    await db.deleteFrom('enrolment').where('employee_id', '=', people[5].id).execute();
    assert.equal((await listed(coordinator)).total, 10);
    assert.equal((await listed(contactA)).total, 7);
    await check('withdrawn, moved and deleted');
  });
});
