import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  anonymous,
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
import { outboxFor } from './mail-helpers.ts';
import { courseBody, needBody, newTopic } from './needs-fixtures.ts';

// The whole path of a training mutual through the HTTP API, as its users walk it: a course,
// needs of two firms, a pooling run and its plan accepted, the session confirmed, employees
// enrolled (with a waitlist promotion), scheduled, delivered (attendance, results, register),
// attestations verified, a questionnaire answered, evaluated; and, beside it, a cancellation with
// a reason and a late cancellation after the deadline. Only the starting world is built directly.

// biome-ignore lint/suspicious/noExplicitAny: the test reads loose JSON answers
type Json = Record<string, any>;

const tokenIn = (text: string) => text.match(/\/questionnaire\/([A-Za-z0-9_-]{43})/)?.[1] as string;

async function json(res: Response, status: number): Promise<Json> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  return text ? JSON.parse(text) : {};
}

describe('end-to-end path of a training mutual', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let trainer: Client;
  let trainerUserId: string;
  let contactA: Client;
  let contactB: Client;
  let mutualId: string;
  let providerId: string;
  let memberA: { id: string; mutual_id: string; legal_name: string };
  let memberB: { id: string; mutual_id: string; legal_name: string };

  /** Employees of a firm, with an e-mail address so they receive their links. */
  const hire = async (member: { id: string; mutual_id: string }, firstName: string, language: 'fr' | 'en' = 'fr') => {
    const e = await newEmployee(ctx, member, { first_name: firstName });
    const email = `${firstName.toLowerCase()}-${e.id.slice(0, 8)}@example.test`;
    await ctx.deps.db.updateTable('employee').set({ email, language }).where('id', '=', e.id).execute();
    return { ...e, email };
  };

  const waitForRun = async (runId: string): Promise<Json> => {
    for (let i = 0; i < 600; i++) {
      const run = await json(await coordinator.get(`/api/pooling/runs/${runId}`), 200);
      if (!['queued', 'running'].includes(run.status)) return run;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`run ${runId} did not end`);
  };

  /** Coordinator pools the open needs of the periods and accepts the plan; returns the sessions created. */
  const poolAndAccept = async (periods: string[]) => {
    const started = await json(
      await coordinator.post('/api/pooling/runs', {
        label: `Plan ${periods.join(', ')}`,
        periods,
        policy: { timeLimitSeconds: 10, minMembersPerSession: 2 },
      }),
      202,
    );
    const run = await waitForRun(started.id);
    assert.equal(run.status, 'succeeded', run.error);
    const accepted = await json(await coordinator.post(`/api/pooling/runs/${run.id}/accept`, {}), 200);
    return { run, accepted };
  };

  const emails: Record<string, string> = {};
  /** Moves the injected clock; login sessions expire with time, so everybody logs in again. */
  const travelTo = async (date: string) => {
    ctx.setNow(date);
    coordinator = await login(ctx, emails.coordinator);
    trainer = await login(ctx, emails.trainer);
    contactA = await login(ctx, emails.contactA);
    contactB = await login(ctx, emails.contactB);
  };

  const move = (sessionId: string, to: string, extra: Json = {}) =>
    coordinator.post(`/api/sessions/${sessionId}/transitions`, { to, ...extra });

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx, { name: 'Mutuelle de formation Laurentides' });
    mutualId = mutual.id;
    memberA = await newMember(ctx, mutual.id, { legal_name: 'Usinage Alpha inc.' });
    memberB = await newMember(ctx, mutual.id, { legal_name: 'Boulangerie Bêta' });
    const provider = await newProvider(ctx, mutual.id);
    providerId = provider.id;
    const c = await loginAs(ctx, 'coordinator', { mutualId });
    const t = await loginAs(ctx, 'trainer', { mutualId, providerId }, { display_name: 'Julie Roy' });
    const a = await loginAs(ctx, 'member_contact', { mutualId, memberId: memberA.id });
    const b = await loginAs(ctx, 'member_contact', { mutualId, memberId: memberB.id }, { locale: 'en' });
    [coordinator, trainer, contactA, contactB] = [c.client, t.client, a.client, b.client];
    Object.assign(emails, {
      coordinator: c.user.email,
      trainer: t.user.email,
      contactA: a.user.email,
      contactB: b.user.email,
    });
    trainerUserId = t.user.id;
  });
  after(async () => {
    await ctx.deps.poolingRuns.stop();
    await ctx.close();
  });

  it('given two firms with a shared need, when the mutual pools, enrols, schedules, delivers and evaluates, then every step shows what its users expect', async () => {
    // --- the coordinator creates an approved course ---
    const topic = await newTopic(ctx, mutualId);
    const course = await json(
      await coordinator.post(
        '/api/courses',
        courseBody(providerId, topic.id, {
          titleFr: 'Conduite de chariot élévateur',
          titleEn: 'Forklift operation',
          objectives: '', // stated later, in the activity register
          content: 'Règles, inspection, manœuvres',
          periods: ['2027-02'],
          minSeats: 4,
          maxSeats: 5,
          maxSessionsPerPeriod: 1,
        }),
      ),
      201,
    );
    assert.equal(course.status, 'approved');

    // --- member contacts of two firms declare their needs ---
    const needA = await json(await contactA.post('/api/needs', needBody(topic.id, { seats: 3 })), 201);
    const needB = await json(await contactB.post('/api/needs', needBody(topic.id, { seats: 2 })), 201);
    assert.equal(needA.status, 'open');
    assert.equal(needB.status, 'open');
    assert.equal(needA.regionCode, '06', "the region defaults to the member's");

    // --- the coordinator pools them and accepts the plan ---
    const { run, accepted } = await poolAndAccept(['2027-02']);
    assert.equal(run.plan.sessions.length, 1, 'both firms are pooled into one session');
    assert.deepEqual(run.plan.sessions[0].allocations.map((a: Json) => a.needId).sort(), [needA.id, needB.id].sort());
    assert.equal(run.names.members[memberA.id], 'Usinage Alpha inc.');
    assert.equal(accepted.sessionIds.length, 1);
    assert.equal(accepted.needsPlanned, 2);
    const sessionId: string = accepted.sessionIds[0];
    assert.equal((await json(await contactA.get(`/api/needs/${needA.id}`), 200)).status, 'planned');

    let detail = await json(await coordinator.get(`/api/sessions/${sessionId}`), 200);
    assert.equal(detail.status, 'proposed');
    assert.equal(detail.courseId, course.id);
    assert.equal(detail.seatsMin, 4);
    assert.equal(detail.seatsMax, 5);
    assert.deepEqual(detail.reservations.map((r: Json) => [r.memberName, r.reserved]).sort(), [
      ['Boulangerie Bêta', 2],
      ['Usinage Alpha inc.', 3],
    ]);
    assert.equal(detail.goNoGo, 'go', 'the minimum is met by two firms');
    assert.deepEqual(detail.allowedTransitions, ['confirmed', 'cancelled']);
    // a member contact sees its own firm's reservation only
    const seenByB = await json(await contactB.get(`/api/sessions/${sessionId}`), 200);
    assert.deepEqual(
      seenByB.reservations.map((r: Json) => r.memberId),
      [memberB.id],
    );
    assert.equal(seenByB.costCents, null);

    // --- confirmed: minimum seats from two firms ---
    detail = await json(await move(sessionId, 'confirmed'), 200);
    assert.equal(detail.status, 'confirmed');
    assert.equal(detail.singleFirm, false);

    // --- member contacts enrol; the sixth person waits; a withdrawal promotes them ---
    const [ana, benoit, chloe, dora] = [
      await hire(memberA, 'Ana'),
      await hire(memberA, 'Benoit'),
      await hire(memberA, 'Chloe'),
      await hire(memberA, 'Dora', 'en'),
    ];
    const [emile, fanny] = [await hire(memberB, 'Emile', 'en'), await hire(memberB, 'Fanny')];
    const enrol = async (client: Client, employeeId: string) =>
      json(await client.post(`/api/sessions/${sessionId}/enrolments`, { employeeId }), 201);
    const enrolled: Record<string, Json> = {};
    for (const e of [ana, benoit, chloe]) enrolled[e.first_name] = await enrol(contactA, e.id);
    for (const e of [emile, fanny]) enrolled[e.first_name] = await enrol(contactB, e.id);
    enrolled.Dora = await enrol(contactA, dora.id);
    assert.deepEqual(
      Object.entries(enrolled).map(([name, e]) => [name, e.status]),
      [
        ['Ana', 'confirmed'],
        ['Benoit', 'confirmed'],
        ['Chloe', 'confirmed'],
        ['Emile', 'confirmed'],
        ['Fanny', 'confirmed'],
        ['Dora', 'waitlisted'],
      ],
    );
    detail = await json(await coordinator.get(`/api/sessions/${sessionId}`), 200);
    assert.equal(detail.seatsConfirmed, 5);
    assert.equal(detail.waitlisted, 1);
    // contact B sees only its own people
    const bList = (await json(await contactB.get(`/api/sessions/${sessionId}/enrolments`), 200)).items;
    assert.deepEqual(bList.map((e: Json) => e.employeeId).sort(), [emile.id, fanny.id].sort());

    const withdrawn = await json(
      await contactA.post(`/api/enrolments/${enrolled.Benoit.id}/withdraw`, { reason: 'Blessé au dos' }),
      200,
    );
    assert.equal(withdrawn.status, 'withdrawn', 'before the deadline, a free withdrawal');
    const list = (await json(await coordinator.get(`/api/sessions/${sessionId}/enrolments`), 200)).items;
    const statusOf = new Map(list.map((e: Json) => [e.employeeId, e.status]));
    assert.equal(statusOf.get(dora.id), 'confirmed', 'the waitlisted person is promoted');
    assert.equal(statusOf.get(benoit.id), 'withdrawn');
    const promotion = (await outboxFor(ctx, dora.email)).find((m) => m.kind === 'waitlist_promotion');
    assert.ok(promotion, 'the promoted person is told');
    assert.equal(promotion.locale, 'en');
    detail = await json(await coordinator.get(`/api/sessions/${sessionId}`), 200);
    assert.equal(detail.seatsConfirmed, 5);
    assert.equal(detail.waitlisted, 0);

    // --- scheduled: meeting days, place, trainer ---
    assert.equal((await json(await move(sessionId, 'scheduled'), 409)).code, 'not_scheduled');
    await json(
      await coordinator.put(`/api/sessions/${sessionId}/meeting-days`, {
        days: [
          { day: '2027-02-10', startsAt: '08:30', endsAt: '16:00', hours: 7 },
          { day: '2027-02-11', startsAt: '08:30', endsAt: '16:00', hours: 7 },
        ],
      }),
      200,
    );
    await json(
      await coordinator.patch(`/api/sessions/${sessionId}`, {
        place: '1200 boul. Industriel, Saint-Jérôme',
        trainerUserId,
        trainerName: 'Julie Roy',
      }),
      200,
    );
    detail = await json(await move(sessionId, 'scheduled'), 200);
    assert.equal(detail.status, 'scheduled');
    assert.equal(detail.firstDay, '2027-02-10');
    assert.equal(detail.lastDay, '2027-02-11');
    assert.equal(detail.trainerName, 'Julie Roy');
    assert.equal((await json(await contactA.get(`/api/needs/${needA.id}`), 200)).status, 'scheduled');
    const invitation = (await outboxFor(ctx, ana.email)).find((m) => m.kind === 'session_invitation');
    assert.ok(invitation, 'confirmed participants are invited once scheduled');
    assert.equal(
      (await outboxFor(ctx, benoit.email)).filter((m) => m.kind === 'session_invitation').length,
      0,
      'not the one who withdrew',
    );

    // --- in delivery, from the first day ---
    assert.equal((await json(await move(sessionId, 'in_delivery'), 409)).code, 'not_started');
    await travelTo('2027-02-11T21:00:00Z');
    assert.equal((await json(await move(sessionId, 'in_delivery'), 200)).status, 'in_delivery');

    // --- the trainer sees the session and its roster, records attendance and results ---
    const mine = (await json(await trainer.get('/api/sessions'), 200)).items;
    assert.deepEqual(
      mine.map((s: Json) => s.id),
      [sessionId],
    );
    const roster = await json(await trainer.get(`/api/sessions/${sessionId}/roster`), 200);
    assert.equal(roster.participants.length, 5);
    assert.deepEqual([...new Set(roster.participants.map((p: Json) => p.firm))].sort(), [
      'Boulangerie Bêta',
      'Usinage Alpha inc.',
    ]);
    assert.doesNotMatch(JSON.stringify(roster), /wage/i);
    const byName = (first: string) => roster.participants.find((p: Json) => p.name.startsWith(first)) as Json;
    assert.equal(byName('Benoit'), undefined, 'the withdrawn person is not on the roster');
    const days = detail.meetingDays.map((d: Json) => d.id);
    const present = ['Ana', 'Chloe', 'Dora', 'Emile'];
    const entries = [
      ...present.flatMap((n) =>
        days.map((meetingDayId: string) => ({ enrolmentId: byName(n).enrolmentId, meetingDayId, present: true })),
      ),
      { enrolmentId: byName('Fanny').enrolmentId, meetingDayId: days[0], present: true },
      { enrolmentId: byName('Fanny').enrolmentId, meetingDayId: days[1], present: false },
    ];
    const afterAttendance = await json(await trainer.put(`/api/sessions/${sessionId}/attendance`, { entries }), 200);
    const hours = Object.fromEntries(
      afterAttendance.participants.map((p: Json) => [p.name.split(' ')[0], p.hoursAttended]),
    );
    assert.deepEqual(hours, { Ana: 14, Chloe: 14, Dora: 14, Emile: 14, Fanny: 7 });
    const results = await json(
      await trainer.put(`/api/sessions/${sessionId}/results`, {
        entries: afterAttendance.participants.map((p: Json) => ({
          enrolmentId: p.enrolmentId,
          outcome: p.name.startsWith('Fanny') ? 'not_passed' : 'passed',
          score: p.name.startsWith('Fanny') ? 55 : 90,
        })),
      }),
      200,
    );
    assert.equal(results.participants.filter((p: Json) => p.outcome === 'passed').length, 4);

    // --- the register entry must be complete before delivery ---
    let entry = await json(await coordinator.get(`/api/sessions/${sessionId}/register`), 200);
    assert.deepEqual(entry.employers, ['Boulangerie Bêta', 'Usinage Alpha inc.']);
    assert.equal(entry.participants, 5);
    assert.equal(
      entry.durationHours,
      14,
      "the two meeting days of 7 h, as on the attestations (not the course's nominal 7 h)",
    );
    assert.deepEqual(
      entry.missing,
      ['objectives'],
      'the results already give the evaluation result; the objectives are missing',
    );
    assert.match(entry.evaluationResult, /4/);
    const refused = await json(await move(sessionId, 'delivered'), 409);
    assert.equal(refused.code, 'register_incomplete');
    assert.deepEqual(
      refused.errors.map((e: Json) => e.field),
      ['objectives'],
    );
    entry = await json(
      await coordinator.put(`/api/sessions/${sessionId}/register`, {
        objectives: 'Conduire un chariot élévateur en sécurité',
      }),
      200,
    );
    assert.equal(entry.complete, true);
    assert.deepEqual(entry.missing, []);

    // --- delivered: needs closed, attestations issued to those who completed ---
    assert.equal((await json(await move(sessionId, 'delivered'), 200)).status, 'delivered');
    assert.equal((await json(await contactA.get(`/api/needs/${needA.id}`), 200)).status, 'closed');
    const attestations = (await json(await coordinator.get(`/api/attestations?sessionId=${sessionId}`), 200)).items;
    assert.deepEqual(
      attestations.map((a: Json) => a.employeeId).sort(),
      [ana.id, chloe.id, dora.id, emile.id].sort(),
      'Fanny attended 50 % of the hours',
    );
    const anaAttestation = attestations.find((a: Json) => a.employeeId === ana.id);
    assert.equal(anaAttestation.hours, 14);
    assert.equal(anaAttestation.verifyUrl, `http://localhost:3000/verify/${anaAttestation.number}`);
    assert.equal(new Set(attestations.map((a: Json) => a.number)).size, 4, 'numbers are unique');
    const firmA = (await json(await contactA.get('/api/attestations'), 200)).items;
    assert.deepEqual(firmA.map((a: Json) => a.employeeId).sort(), [ana.id, chloe.id, dora.id].sort());

    // --- anyone can verify an attestation and sees only name, course, dates and hours ---
    const verified = await json(await anonymous(ctx).get(`/api/attestations/verify/${anaAttestation.number}`), 200);
    assert.deepEqual(Object.keys(verified).sort(), [
      'courseTitleEn',
      'courseTitleFr',
      'dateFrom',
      'dateTo',
      'hours',
      'number',
      'participantName',
      'valid',
    ]);
    assert.equal(verified.valid, true);
    assert.equal(verified.participantName, `Ana ${ana.last_name}`);
    assert.equal(verified.courseTitleFr, 'Conduite de chariot élévateur');
    assert.equal(verified.dateFrom, '2027-02-10');
    assert.equal(verified.dateTo, '2027-02-11');
    assert.equal(verified.hours, 14);
    assert.doesNotMatch(JSON.stringify(verified), /Alpha|@example/);

    // --- a participant answers the level 1 questionnaire through its link ---
    const mail = (await outboxFor(ctx, dora.email)).find((m) => m.kind === 'questionnaire_1');
    assert.ok(mail, 'participants get their questionnaire link at delivery');
    const token = tokenIn(mail.text_body);
    const questionnaire = await json(await anonymous(ctx).get(`/api/questionnaires/${token}`), 200);
    assert.equal(questionnaire.level, 1);
    assert.equal(questionnaire.locale, 'en');
    assert.equal(questionnaire.answered, false);
    assert.equal(
      (
        await anonymous(ctx).post(`/api/questionnaires/${token}`, {
          answers: { overall: 5, trainer: 5, relevance: 4, logistics: 4, comment: 'Great trainer' },
        })
      ).status,
      204,
    );
    assert.equal((await json(await anonymous(ctx).get(`/api/questionnaires/${token}`), 200)).answered, true);
    const evaluation = await json(await trainer.get(`/api/sessions/${sessionId}/evaluation`), 200);
    const level1 = evaluation.levels.find((l: Json) => l.level === 1);
    assert.equal(level1.sent, 5);
    assert.equal(level1.responses, 1);
    assert.equal(level1.means.overall, 5);
    assert.deepEqual(evaluation.outcomes, { passed: 4, notPassed: 1, none: 0 });

    // --- evaluated ---
    detail = await json(await move(sessionId, 'evaluated'), 200);
    assert.equal(detail.status, 'evaluated');
    assert.deepEqual(detail.allowedTransitions, []);
    const history = (await json(await coordinator.get(`/api/sessions/${sessionId}/history`), 200)).items;
    assert.deepEqual(
      history.filter((e: Json) => e.kind === 'transition').map((e: Json) => e.toStatus),
      ['confirmed', 'scheduled', 'in_delivery', 'delivered', 'evaluated'],
    );
    const register = await json(await coordinator.get('/api/register?year=2027'), 200);
    assert.equal(register.total, 1);
    assert.deepEqual(
      register.items.map((e: Json) => e.sessionId),
      [sessionId],
    );
    await travelTo('2026-11-20T15:00:00Z');
  });

  it('given two more pooled sessions, when one is cancelled with a reason and a participant of the other withdraws after the deadline, then the first is kept with its reason and reopened needs, and a late cancellation is recorded', async () => {
    await travelTo('2026-11-20T15:00:00Z');
    const welding = await newTopic(ctx, mutualId);
    const french = await newTopic(ctx, mutualId);
    for (const [topic, title] of [
      [welding, 'Soudage MIG'],
      [french, 'Français au travail'],
    ] as const) {
      await json(
        await coordinator.post(
          '/api/courses',
          courseBody(providerId, topic.id, {
            titleFr: title,
            titleEn: title,
            periods: ['2027-03'],
            minSeats: 4,
            maxSeats: 8,
            maxSessionsPerPeriod: 1,
          }),
        ),
        201,
      );
    }
    const needs = {
      weldA: await json(
        await contactA.post('/api/needs', needBody(welding.id, { seats: 2, periods: ['2027-03'] })),
        201,
      ),
      weldB: await json(
        await contactB.post('/api/needs', needBody(welding.id, { seats: 2, periods: ['2027-03'] })),
        201,
      ),
      frA: await json(await contactA.post('/api/needs', needBody(french.id, { seats: 3, periods: ['2027-03'] })), 201),
      frB: await json(await contactB.post('/api/needs', needBody(french.id, { seats: 2, periods: ['2027-03'] })), 201),
    };
    const { accepted } = await poolAndAccept(['2027-03']);
    assert.equal(accepted.sessionIds.length, 2);
    assert.equal(accepted.needsPlanned, 4);
    const sessions = await Promise.all(
      accepted.sessionIds.map(async (id: string) => json(await coordinator.get(`/api/sessions/${id}`), 200)),
    );
    const weldSession = sessions.find((s) => s.courseTitleFr === 'Soudage MIG')!;
    const frSession = sessions.find((s) => s.courseTitleFr === 'Français au travail')!;

    // --- cancellation with a reason: kept, participants told, needs reopened ---
    const welder = await hire(memberA, 'Gilles');
    await json(await move(weldSession.id, 'confirmed'), 200);
    await json(await contactA.post(`/api/sessions/${weldSession.id}/enrolments`, { employeeId: welder.id }), 201);
    const noReason = await json(await move(weldSession.id, 'cancelled'), 400);
    assert.equal(noReason.errors[0].field, 'reason');
    const cancelled = await json(await move(weldSession.id, 'cancelled', { reason: 'Formateur indisponible' }), 200);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelReason, 'Formateur indisponible');
    assert.deepEqual(cancelled.allowedTransitions, []);
    const kept = (await json(await coordinator.get('/api/sessions?status=cancelled'), 200)).items;
    assert.ok(
      kept.some((s: Json) => s.id === weldSession.id && s.cancelReason === 'Formateur indisponible'),
      'kept, never deleted',
    );
    assert.equal((await json(await contactA.get(`/api/needs/${needs.weldA.id}`), 200)).status, 'open');
    assert.equal((await json(await contactB.get(`/api/needs/${needs.weldB.id}`), 200)).status, 'open');
    assert.equal(
      (await json(await contactA.get(`/api/needs/${needs.frA.id}`), 200)).status,
      'planned',
      'the other session keeps its needs',
    );
    const told = (await outboxFor(ctx, welder.email)).find((m) => m.kind === 'session_cancelled');
    assert.ok(told);
    assert.match(told.text_body, /Formateur indisponible/);
    assert.equal(
      (
        await json(
          await contactA.post(`/api/sessions/${weldSession.id}/enrolments`, {
            employeeId: (await hire(memberA, 'Hugo')).id,
          }),
          409,
        )
      ).code,
      'enrolment_closed',
    );

    // --- late cancellation: a withdrawal after the mutual's deadline is recorded for billing ---
    await json(await move(frSession.id, 'confirmed'), 200);
    const [ines, jules, karim] = [
      await hire(memberA, 'Ines'),
      await hire(memberA, 'Jules'),
      await hire(memberA, 'Karim'),
    ];
    const inesEnrolment = await json(
      await contactA.post(`/api/sessions/${frSession.id}/enrolments`, { employeeId: ines.id }),
      201,
    );
    const julesEnrolment = await json(
      await contactA.post(`/api/sessions/${frSession.id}/enrolments`, { employeeId: jules.id }),
      201,
    );
    await json(
      await coordinator.put(`/api/sessions/${frSession.id}/meeting-days`, {
        days: [{ day: '2027-03-15', startsAt: '09:00', endsAt: '16:00', hours: 6 }],
      }),
      200,
    );
    await json(
      await coordinator.patch(`/api/sessions/${frSession.id}`, {
        virtualLink: 'https://meet.example.test/francais',
        trainerUserId,
      }),
      200,
    );
    const scheduled = await json(await move(frSession.id, 'scheduled'), 200);
    assert.equal(scheduled.status, 'scheduled');
    const deadline: string = scheduled.withdrawalDeadline;
    assert.ok(deadline && deadline < '2027-03-15', 'the session shows its withdrawal deadline');

    await travelTo(`${deadline}T15:00:00Z`); // on the deadline: still free
    const substitute = await json(
      await contactA.post(`/api/enrolments/${julesEnrolment.id}/substitute`, { employeeId: karim.id }),
      200,
    );
    assert.equal(substitute.employeeId, karim.id);

    await travelTo('2027-03-12T15:00:00Z'); // three days before the first day: the deadline has passed
    const late = await json(
      await contactA.post(`/api/enrolments/${inesEnrolment.id}/withdraw`, { reason: 'Surcharge de production' }),
      200,
    );
    assert.equal(late.status, 'late_cancelled');
    assert.equal(
      (await json(await contactA.post(`/api/enrolments/${substitute.id}/substitute`, { employeeId: jules.id }), 409))
        .code,
      'deadline_passed',
    );
    const afterDeadline = (await json(await coordinator.get(`/api/sessions/${frSession.id}/enrolments`), 200)).items;
    const statusOf = new Map(afterDeadline.map((e: Json) => [e.employeeId, e.status]));
    assert.equal(statusOf.get(ines.id), 'late_cancelled');
    assert.equal(statusOf.get(karim.id), 'confirmed');
    assert.equal(statusOf.get(jules.id), 'substituted');
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', inesEnrolment.id)
      .execute();
    assert.ok(
      audit.some((a) => a.action === 'enrolment.late_cancelled'),
      'recorded for billing',
    );
    // a scheduled session cannot be cancelled without a reason, and a cancelled one stays cancelled
    assert.equal((await json(await move(weldSession.id, 'confirmed'), 409)).code, 'transition_not_allowed');
    await travelTo('2026-11-20T15:00:00Z');
  });
});
