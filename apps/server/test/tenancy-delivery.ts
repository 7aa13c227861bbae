import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../src/db/tables.ts';
import { newCourse, newSession } from './delivery-builders.ts';
import type { ParamIds, World } from './tenancy-registry.ts';

// The delivery routes' part of the tenancy registry: sessions, enrolments, attestations,
// calendar and questionnaire tokens in mutual A (members A1, A2) and mutual B.

/** Sessions and enrolments: A (provider A, firms A1 and A2), A-other (another provider), B. */
export async function prepareDelivery(world: World) {
  const { ctx } = world;
  const db = ctx.deps.db;
  const courseA = await newCourse(ctx, world.mutualA.id, world.providerA.id);
  const courseB = await newCourse(ctx, world.mutualB.id, world.providerB.id);
  const otherProvider = await db
    .insertInto('provider')
    .values({ mutual_id: world.mutualA.id, name: 'Other provider' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const courseA2 = await newCourse(ctx, world.mutualA.id, otherProvider.id);
  const sessionA = await newSession(ctx, courseA, {
    status: 'confirmed',
    reservations: [
      { memberId: world.memberA1.id, seats: 2 },
      { memberId: world.memberA2.id, seats: 2 },
    ],
  });
  const sessionAOther = await newSession(ctx, courseA2, {
    status: 'proposed',
    reservations: [{ memberId: world.memberA2.id, seats: 2 }],
  });
  const sessionB = await newSession(ctx, courseB, {
    status: 'confirmed',
    reservations: [{ memberId: world.memberB1.id, seats: 2 }],
  });
  const enrol = async (session: { id: string; mutual_id: string }, member: { id: string }, employee: { id: string }) =>
    db
      .insertInto('enrolment')
      .values({
        mutual_id: session.mutual_id,
        session_id: session.id,
        member_id: member.id,
        employee_id: employee.id,
        status: 'confirmed',
      })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
  world.extra.sessionA = sessionA;
  world.extra.sessionAOther = sessionAOther;
  world.extra.sessionB = sessionB;
  world.extra.enrolmentA1 = await enrol(sessionA, world.memberA1, world.employeeA1);
  world.extra.enrolmentA2 = await enrol(sessionA, world.memberA2, world.employeeA2);
  world.extra.enrolmentB1 = await enrol(sessionB, world.memberB1, world.employeeB1);
  const attest = async (
    enrolment: { id: string; mutual_id?: string },
    session: { id: string },
    member: { id: string },
    employee: { id: string },
    n: number,
  ) =>
    db
      .insertInto('attestation')
      .values({
        mutual_id: enrolment.mutual_id as string,
        number: `2027-${String(n).padStart(6, '0')}-ABCDEFGH`,
        enrolment_id: enrolment.id,
        session_id: session.id,
        member_id: member.id,
        employee_id: employee.id,
        participant_name: 'Tenancy Person',
        course_title_fr: 'Cours',
        course_title_en: 'Course',
        date_from: '2027-02-10',
        date_to: '2027-02-10',
        hours: 7,
      })
      .returning(['id', 'mutual_id', 'number'])
      .executeTakeFirstOrThrow();
  world.extra.attestationA1 = await attest(world.extra.enrolmentA1, sessionA, world.memberA1, world.employeeA1, 1);
  world.extra.attestationA2 = await attest(world.extra.enrolmentA2, sessionA, world.memberA2, world.employeeA2, 2);
  world.extra.attestationB1 = await attest(world.extra.enrolmentB1, sessionB, world.memberB1, world.employeeB1, 3);
  const token = randomBytes(32).toString('base64url');
  const q = await db
    .insertInto('questionnaire')
    .values({
      mutual_id: world.mutualA.id,
      session_id: sessionA.id,
      level: 1,
      enrolment_id: world.extra.enrolmentA1.id,
      member_id: world.memberA1.id,
      send_on: '2026-11-20',
      sent_at: '2026-11-20T10:00:00Z',
      token_hash: createHash('sha256').update(token).digest('hex'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  world.extra.questionnaireA1 = { id: token, mutual_id: q.id };
  const feedToken = randomBytes(32).toString('base64url');
  const feed = async (mutualId: string, memberId: string, hash: string) =>
    db
      .insertInto('calendar_feed')
      .values({ mutual_id: mutualId, token_hash: hash, kind: 'member', member_id: memberId })
      .returning('id')
      .executeTakeFirstOrThrow();
  world.extra.feedA1 = {
    id: (await feed(world.mutualA.id, world.memberA1.id, createHash('sha256').update(feedToken).digest('hex'))).id,
  };
  world.extra.feedA1Token = { id: `${feedToken}.ics` };
  world.extra.feedB1 = { id: (await feed(world.mutualB.id, world.memberB1.id, randomBytes(32).toString('hex'))).id };
}

// A well-formed token that was never issued, and malformed ones: public token routes must not answer.
const UNKNOWN_TOKEN = 'A'.repeat(43);

export const deliveryParams: Record<string, ParamIds> = {
  sessionId: {
    own: (w) => w.extra.sessionA.id,
    foreign: (w, role: Role) =>
      role === 'trainer' ? [w.extra.sessionB.id, w.extra.sessionAOther.id] : [w.extra.sessionB.id],
  },
  enrolmentId: {
    own: (w) => w.extra.enrolmentA1.id,
    foreign: (w, role: Role) =>
      role === 'member_contact' ? [w.extra.enrolmentA2.id, w.extra.enrolmentB1.id] : [w.extra.enrolmentB1.id],
  },
};

deliveryParams.attestationId = {
  own: (w) => w.extra.attestationA1.id,
  foreign: (w, role: Role) =>
    role === 'member_contact' ? [w.extra.attestationA2.id, w.extra.attestationB1.id] : [w.extra.attestationB1.id],
};
// Public verification: a number that does not exist (right shape, wrong code) and garbage.
deliveryParams.attestationNumber = {
  own: (w) => (w.extra.attestationA1 as unknown as { number: string }).number,
  foreign: () => ['2027-000001-ZZZZZZZZ', 'not-a-number'],
};
deliveryParams.questionnaireToken = {
  own: (w) => w.extra.questionnaireA1.id,
  foreign: () => [UNKNOWN_TOKEN, 'short', "x'; drop table questionnaire; --"],
};

// Feeds are revoked by their creator or a coordinator: another mutual's is not found.
deliveryParams.feedId = {
  own: (w) => w.extra.feedA1.id,
  foreign: (w) => [w.extra.feedB1.id],
};
deliveryParams.feedToken = {
  own: (w) => w.extra.feedA1Token.id,
  foreign: () => [`${UNKNOWN_TOKEN}.ics`, 'nope.ics'],
};

export const deliveryBodies: Record<string, (world: World) => unknown> = {
  'POST /api/sessions': (w) => ({ courseId: w.extra.sessionA.id, period: '2027-02' }),
  'POST /api/sessions/go-no-go': () => undefined,
  'PATCH /api/sessions/{sessionId}': () => ({ notes: 'tenancy' }),
  'PUT /api/sessions/{sessionId}/meeting-days': () => ({
    days: [{ day: '2027-02-10', startsAt: '08:30', endsAt: '16:00' }],
  }),
  'POST /api/sessions/{sessionId}/transitions': () => ({ to: 'cancelled', reason: 'tenancy test' }),
  'POST /api/sessions/{sessionId}/enrolments': (w) => ({ employeeId: w.employeeA1.id }),
  'POST /api/sessions/{sessionId}/seat-requests': () => ({ seats: 2 }),
  'PUT /api/sessions/{sessionId}/reservations': (w) => ({ memberId: w.memberA1.id, seats: 3 }),
  'PUT /api/sessions/{sessionId}/attendance': (w) => ({
    entries: [{ enrolmentId: w.extra.enrolmentA1.id, meetingDayId: w.extra.enrolmentA1.id, present: true }],
  }),
  'PUT /api/sessions/{sessionId}/results': (w) => ({
    entries: [{ enrolmentId: w.extra.enrolmentA1.id, outcome: 'passed' }],
  }),
  'POST /api/sessions/{sessionId}/attestations': () => undefined,
  'POST /api/sessions/{sessionId}/questionnaire-sheets': () => undefined,
  'POST /api/attestations/{attestationId}/reissue': () => undefined,
  'POST /api/questionnaires/{questionnaireToken}': () => ({
    answers: { overall: 5, trainer: 5, relevance: 5, logistics: 5 },
  }),
  'PUT /api/sessions/{sessionId}/register': () => ({ objectives: 'tenancy' }),
  'POST /api/calendar-feeds': () => ({ kind: 'member' }),
  'POST /api/enrolments/{enrolmentId}/withdraw': () => ({}),
  'POST /api/enrolments/{enrolmentId}/substitute': (w) => ({ employeeId: w.employeeA1.id }),
  'POST /api/sessions/{sessionId}/enrolments/batch': (w) => ({ employeeIds: [w.employeeA1.id] }),
  'PUT /api/sessions/{sessionId}/waitlist': () => ({ enrolmentIds: [] }),
  'POST /api/enrolments/{enrolmentId}/move': (w) => ({ sessionId: w.extra.sessionAOther.id }),
  'POST /api/enrolments/{enrolmentId}/promote': () => undefined,
  'POST /api/sessions/{sessionId}/attendance/all-present': (w) => ({ meetingDayId: w.extra.enrolmentA1.id }),
};

/** Delivery ids that must never appear in the role's list answers. */
export function deliveryForeignIds(w: World, role: Role): string[] {
  if (!w.extra.sessionB) return [];
  const ids = [w.extra.sessionB.id, w.extra.enrolmentB1.id, w.extra.attestationB1.id];
  if (role === 'member_contact') ids.push(w.extra.enrolmentA2.id, w.extra.attestationA2.id);
  if (role === 'trainer') ids.push(w.extra.sessionAOther.id);
  return ids;
}
