import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sendExpiryReminders } from '../src/learning/index.ts';
import { newCourse, sessionInDelivery } from './delivery-builders.ts';
import {
  type Client,
  createTestContext,
  login,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

// The learner record (#9.14): an employee's sessions, hours, attestations and the status of its own
// questionnaires; courses with a validity, attestation expiries per firm, reminders through the
// outbox (once per attestation and threshold), and the renewal need in one click.

describe('learner record, attestation expiries, reminders and renewal needs', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contactA: Client;
  let contactB: Client;
  let trainer: Client;
  let contactAEmail: string;
  let contactBEmail: string;
  let coordinatorEmail: string;
  let memberA: { id: string; mutual_id: string; region_code: string };
  let memberB: { id: string; mutual_id: string };
  let course: Awaited<ReturnType<typeof newCourse>>;
  let employees: { id: string; first_name: string; last_name: string }[];
  let sessionId: string;
  let attestationOf: Map<string, { id: string; number: string }>;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 2 });
    memberA = await newMember(ctx, mutual.id, { region_code: '14' });
    memberB = await newMember(ctx, mutual.id);
    employees = [
      await newEmployee(ctx, memberA, { first_name: 'Émilie' }),
      await newEmployee(ctx, memberA),
      await newEmployee(ctx, memberB),
    ];
    const c = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    coordinator = c.client;
    coordinatorEmail = c.user.email;
    const a = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id }, { locale: 'en' });
    contactA = a.client;
    contactAEmail = a.user.email;
    const b = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberB.id }, { locale: 'fr' });
    contactB = b.client;
    contactBEmail = b.user.email;
    trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    // 2 days of 7 h (2026-11-19 and 20): all present but the second employee, absent the second day
    const world = await sessionInDelivery(ctx, course, [
      { member: memberA, employee: employees[0] },
      { member: memberA, employee: employees[1] },
      { member: memberB, employee: employees[2] },
    ]);
    sessionId = world.session.id;
    const [e1, e2, e3] = world.enrolments;
    const [d1, d2] = world.days;
    const res = await coordinator.put(`/api/sessions/${sessionId}/attendance`, {
      entries: [
        { enrolmentId: e1, meetingDayId: d1, present: true },
        { enrolmentId: e1, meetingDayId: d2, present: true },
        { enrolmentId: e2, meetingDayId: d1, present: true },
        { enrolmentId: e2, meetingDayId: d2, present: false },
        { enrolmentId: e3, meetingDayId: d1, present: true },
        { enrolmentId: e3, meetingDayId: d2, present: true },
      ],
    });
    assert.equal(res.status, 200, await res.clone().text());
    await coordinator.put(`/api/sessions/${sessionId}/results`, {
      entries: [e1, e2, e3].map((enrolmentId) => ({ enrolmentId, outcome: 'passed' })),
    });
    const delivered = await coordinator.post(`/api/sessions/${sessionId}/transitions`, { to: 'delivered' });
    assert.equal(delivered.status, 200, await delivered.clone().text());
    const list = (await (await coordinator.get(`/api/attestations?sessionId=${sessionId}`)).json()).items as {
      id: string;
      number: string;
      employeeId: string;
    }[];
    attestationOf = new Map(list.map((x) => [x.employeeId, x]));
    assert.equal(attestationOf.size, 2, 'two of the three attended 80 %');
  });
  after(() => ctx.close());

  /** Moves the clock and logs in again (login sessions do not outlive years). */
  const at = async (instant: string) => {
    ctx.setNow(instant);
    coordinator = await login(ctx, coordinatorEmail);
    contactA = await login(ctx, contactAEmail);
    contactB = await login(ctx, contactBEmail);
  };
  const expiries = async (client: Client, query = '') => (await client.get(`/api/attestation-expiries${query}`)).json();
  const reminders = (to: string) =>
    ctx.deps.db
      .selectFrom('outbox')
      .select(['subject', 'text_body', 'locale'])
      .where('kind', '=', 'attestation_expiry')
      .where('to_address', '=', to)
      .orderBy('id')
      .execute();

  it('given a course, then the coordinator sets its validity in months, and a wrong value names the field', async () => {
    const bad = await coordinator.patch(`/api/courses/${course.id}`, { validityMonths: 0 });
    assert.equal(bad.status, 400);
    assert.ok((await bad.json()).errors.some((e: { field: string }) => e.field === 'validityMonths'));
    const res = await coordinator.patch(`/api/courses/${course.id}`, { validityMonths: 36 });
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal((await res.json()).validityMonths, 36);
    assert.equal((await (await coordinator.get(`/api/courses/${course.id}`)).json()).validityMonths, 36);
  });

  it("given a delivered session, then the employee's record shows the session, the hours attended, the attestation with its expiry, and its questionnaires' status without answers", async () => {
    // one of the employee's questionnaires was answered: its status shows, its answers never do
    await ctx.deps.db
      .updateTable('questionnaire')
      .set({
        answered_at: '2026-11-20T16:00:00Z',
        answers: JSON.stringify({ overall: 5, trainer: 5, relevance: 5, logistics: 5, comment: 'SECRET-ANSWER' }),
      })
      .where(
        'enrolment_id',
        'in',
        ctx.deps.db.selectFrom('enrolment').select('id').where('employee_id', '=', employees[0].id),
      )
      .where('level', '=', 1)
      .execute();
    const res = await contactA.get(`/api/employees/${employees[0].id}/learning-record`);
    assert.equal(res.status, 200, await res.clone().text());
    const text = await res.text();
    assert.doesNotMatch(text, /SECRET-ANSWER|"answers"/);
    const record = JSON.parse(text);
    assert.equal(record.employeeName, `Émilie ${employees[0].last_name}`);
    assert.deepEqual(record.totals, { sessions: 1, hoursAttended: 14, attestations: 1 });
    const [session] = record.sessions;
    assert.equal(session.sessionId, sessionId);
    assert.equal(session.titleFr, course.title_fr);
    assert.equal(session.titleEn, 'Forklift operation');
    assert.deepEqual(
      [session.firstDay, session.lastDay, session.sessionStatus, session.enrolmentStatus],
      ['2026-11-19', '2026-11-20', 'delivered', 'confirmed'],
    );
    assert.deepEqual([session.hoursScheduled, session.hoursAttended], [14, 14]);
    const [attestation] = record.attestations;
    assert.equal(attestation.id, attestationOf.get(employees[0].id)?.id);
    assert.deepEqual(
      [attestation.hours, attestation.validityMonths, attestation.expiresOn, attestation.expiryStatus],
      [14, 36, '2029-11-20', 'valid'],
    );
    // level 2 was not sent yet (the sending job does not run in tests): scheduled
    assert.deepEqual(
      record.evaluations.map((e: { level: number; status: string }) => [e.level, e.status]),
      [
        [1, 'answered'],
        [2, 'scheduled'],
      ],
    );
    // the employee who attended 7 h of 14 has no attestation, and its record says so
    const other = await (await contactA.get(`/api/employees/${employees[1].id}/learning-record`)).json();
    assert.deepEqual(other.totals, { sessions: 1, hoursAttended: 7, attestations: 0 });
  });

  it("given another firm's contact, then the record is not found; the coordinator reads it; a trainer may not; each read is in the access log", async () => {
    assert.equal((await contactB.get(`/api/employees/${employees[0].id}/learning-record`)).status, 404);
    assert.equal((await trainer.get(`/api/employees/${employees[0].id}/learning-record`)).status, 403);
    assert.equal((await coordinator.get(`/api/employees/${employees[0].id}/learning-record`)).status, 200);
    const reads = await ctx.deps.db
      .selectFrom('access_log')
      .selectAll()
      .where('purpose', '=', 'employee.learning_record')
      .execute();
    assert.equal(reads.length, 3, 'the contact’s read of two records and the coordinator’s');
    assert.ok(reads.some((r) => (r.entity_ids as string[]).includes(employees[0].id)));
  });

  it('given a horizon, then the expiries list who expires within it, per firm, and who has expired', async () => {
    assert.equal((await expiries(coordinator)).total, 0, 'nothing expires within 60 days of 2026-11-20');
    await at('2029-10-01T15:00:00Z'); // 50 days before 2029-11-20
    const all = await expiries(coordinator);
    assert.deepEqual(
      all.items.map((i: { employeeId: string }) => i.employeeId).sort(),
      [employees[0].id, employees[2].id].sort(),
    );
    const mine = await expiries(contactA, `?memberId=${memberB.id}`);
    assert.deepEqual(
      mine.items.map((i: { employeeId: string; daysLeft: number; status: string; expiresOn: string }) => [
        i.employeeId,
        i.daysLeft,
        i.status,
        i.expiresOn,
      ]),
      [[employees[0].id, 50, 'expiring', '2029-11-20']],
      "a member contact sees its own firm's only, whatever it asks",
    );
    assert.equal((await expiries(coordinator, `?memberId=${memberB.id}`)).items[0].employeeId, employees[2].id);
    assert.equal((await expiries(coordinator, '?withinDays=30')).total, 0);
    assert.equal((await expiries(coordinator, '?status=expired')).total, 0);
    const bad = await coordinator.get('/api/attestation-expiries?withinDays=0');
    assert.equal(bad.status, 400);
    const badBody = await bad.json();
    assert.ok(
      badBody.errors.some((e: { field: string }) => e.field === 'query.withinDays'),
      JSON.stringify(badBody),
    );
    await at('2029-11-20T15:00:00Z');
    const expired = await expiries(coordinator, '?status=expired');
    assert.deepEqual(
      expired.items.map((i: { daysLeft: number; status: string }) => [i.daysLeft, i.status]),
      [
        [0, 'expired'],
        [0, 'expired'],
      ],
    );
    await at('2026-11-20T15:00:00Z');
  });

  it('given expiries 60 and 14 days ahead, then each firm contact gets one reminder per threshold in its language, however often the job runs', async () => {
    await at('2029-09-25T15:00:00Z'); // 56 days before
    assert.equal(await sendExpiryReminders(ctx.deps), 2);
    assert.equal(await sendExpiryReminders(ctx.deps), 0, 'the second run sends nothing');
    const toA = await reminders(contactAEmail);
    assert.equal(toA.length, 1);
    assert.equal(toA[0].locale, 'en');
    assert.match(toA[0].subject, /^Attestation to renew: Émilie/);
    assert.match(toA[0].text_body, /expires on November 20, 2029, in 56 days/);
    assert.match(toA[0].text_body, /http:\/\/localhost:3000\/expiries/);
    const toB = await reminders(contactBEmail);
    assert.equal(toB.length, 1);
    assert.match(toB[0].subject, /^Attestation à renouveler : /);
    assert.match(toB[0].text_body, /expire le 20 novembre 2029, dans 56 jours/);
    assert.deepEqual(
      (await expiries(coordinator)).items.map((i: { remindedDays: number[] }) => i.remindedDays),
      [[60], [60]],
    );

    await at('2029-11-10T15:00:00Z'); // 10 days before: the 14-day reminder, once
    assert.equal(await sendExpiryReminders(ctx.deps), 2);
    assert.equal(await sendExpiryReminders(ctx.deps), 0);
    assert.equal((await reminders(contactAEmail)).length, 2);
    assert.match((await reminders(contactAEmail))[1].text_body, /in 10 days/);

    await at('2029-11-21T15:00:00Z'); // expired: no more reminders
    assert.equal(await sendExpiryReminders(ctx.deps), 0);
    await at('2026-11-20T15:00:00Z');
  });

  it('given an expiring attestation, then one click creates an open need for the same topic naming the employee, in the firm’s region, for the next months; once', async () => {
    await at('2029-10-01T15:00:00Z');
    const attestation = attestationOf.get(employees[0].id) as { id: string; number: string };
    assert.equal(
      (await contactB.post(`/api/attestations/${attestation.id}/renewal-need`)).status,
      404,
      "another firm's attestation",
    );
    const res = await contactA.post(`/api/attestations/${attestation.id}/renewal-need`);
    assert.equal(res.status, 201, await res.clone().text());
    const need = await res.json();
    assert.equal(need.status, 'open');
    assert.equal(need.memberId, memberA.id);
    assert.equal(need.topicId, course.topic_id);
    assert.deepEqual(need.employeeIds, [employees[0].id]);
    assert.equal(need.seats, 1);
    assert.equal(need.regionCode, '14');
    assert.deepEqual(need.periods, ['2029-11', '2029-12', '2030-01']);
    assert.deepEqual(need.modes, ['in_person']);
    assert.equal(need.priority, 'high');
    assert.match(
      need.notes,
      new RegExp(`Renewal of attestation ${attestation.number}, which expires on November 20, 2029`),
    );
    // once: a second click is refused while the need stands; the lists show it
    const twice = await contactA.post(`/api/attestations/${attestation.id}/renewal-need`);
    assert.equal(twice.status, 409);
    assert.equal((await twice.json()).detail, 'This attestation already has a renewal need');
    const line = (await expiries(coordinator)).items.find(
      (i: { attestationId: string }) => i.attestationId === attestation.id,
    );
    assert.equal(line.renewal.needId, need.id);
    const record = await (await contactA.get(`/api/employees/${employees[0].id}/learning-record`)).json();
    assert.equal(record.attestations[0].renewal.needId, need.id);
    // withdrawn, it may be created again (by the coordinator this time)
    assert.equal((await contactA.post(`/api/needs/${need.id}/withdraw`, {})).status, 200);
    const again = await coordinator.post(`/api/attestations/${attestation.id}/renewal-need`);
    assert.equal(again.status, 201, await again.clone().text());
    await at('2026-11-20T15:00:00Z');
  });

  it('given a later attestation of the same topic, then the earlier one no longer expires; and expiries follow PostgreSQL and the domain alike at a month’s end', async () => {
    const db = ctx.deps.db;
    // a 12-month course of the same topic, attended on 2028-02-29 (a leap day) by the third employee
    const yearly = await db
      .insertInto('course')
      .values({
        ...course,
        id: undefined,
        title_fr: 'SIMDUT',
        title_en: 'WHMIS',
        validity_months: 12,
        created_at: undefined,
        updated_at: undefined,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const s = await db
      .insertInto('training_session')
      .values({
        mutual_id: memberB.mutual_id,
        course_id: yearly.id,
        period: '2028-02',
        seats: 1,
        cost_cents: 0,
        status: 'evaluated',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const e = await db
      .insertInto('enrolment')
      .values({
        mutual_id: memberB.mutual_id,
        session_id: s.id,
        member_id: memberB.id,
        employee_id: employees[2].id,
        status: 'confirmed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('attestation')
      .values({
        mutual_id: memberB.mutual_id,
        number: '2028-000099-LEAPDAYS',
        enrolment_id: e.id,
        session_id: s.id,
        member_id: memberB.id,
        employee_id: employees[2].id,
        participant_name: 'x',
        course_title_fr: 'SIMDUT',
        course_title_en: 'WHMIS',
        date_from: '2028-02-29',
        date_to: '2028-02-29',
        hours: 4,
      })
      .execute();
    const record = await (await coordinator.get(`/api/employees/${employees[2].id}/learning-record`)).json();
    const leap = record.attestations.find((a: { number: string }) => a.number === '2028-000099-LEAPDAYS');
    assert.equal(leap.expiresOn, '2029-02-28');
    const older = record.attestations.find((a: { number: string }) => a.number !== '2028-000099-LEAPDAYS');
    assert.equal(older.expiryStatus, 'valid', 'renewed by the later attestation');
    await at('2029-02-01T15:00:00Z');
    const list = await expiries(coordinator, `?memberId=${memberB.id}&status=all&withinDays=365`);
    assert.deepEqual(
      list.items.map((i: { number: string; expiresOn: string }) => [i.number, i.expiresOn]),
      [['2028-000099-LEAPDAYS', '2029-02-28']],
      'the 2026 attestation of the same topic is renewed: not listed',
    );
    await at('2026-11-20T15:00:00Z');
  });
});
