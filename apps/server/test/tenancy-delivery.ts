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
  const otherProvider = await db.insertInto('provider').values({ mutual_id: world.mutualA.id, name: 'Other provider' }).returning('id').executeTakeFirstOrThrow();
  const courseA2 = await newCourse(ctx, world.mutualA.id, otherProvider.id);
  const sessionA = await newSession(ctx, courseA, {
    status: 'confirmed',
    reservations: [
      { memberId: world.memberA1.id, seats: 2 },
      { memberId: world.memberA2.id, seats: 2 },
    ],
  });
  const sessionAOther = await newSession(ctx, courseA2, { status: 'proposed', reservations: [{ memberId: world.memberA2.id, seats: 2 }] });
  const sessionB = await newSession(ctx, courseB, { status: 'confirmed', reservations: [{ memberId: world.memberB1.id, seats: 2 }] });
  const enrol = async (session: { id: string; mutual_id: string }, member: { id: string }, employee: { id: string }) =>
    db
      .insertInto('enrolment')
      .values({ mutual_id: session.mutual_id, session_id: session.id, member_id: member.id, employee_id: employee.id, status: 'confirmed' })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
  world.extra.sessionA = sessionA;
  world.extra.sessionAOther = sessionAOther;
  world.extra.sessionB = sessionB;
  world.extra.enrolmentA1 = await enrol(sessionA, world.memberA1, world.employeeA1);
  world.extra.enrolmentA2 = await enrol(sessionA, world.memberA2, world.employeeA2);
  world.extra.enrolmentB1 = await enrol(sessionB, world.memberB1, world.employeeB1);
}

export const deliveryParams: Record<string, ParamIds> = {
  sessionId: {
    own: (w) => w.extra.sessionA.id,
    foreign: (w, role: Role) => (role === 'trainer' ? [w.extra.sessionB.id, w.extra.sessionAOther.id] : [w.extra.sessionB.id]),
  },
  enrolmentId: {
    own: (w) => w.extra.enrolmentA1.id,
    foreign: (w, role: Role) => (role === 'member_contact' ? [w.extra.enrolmentA2.id, w.extra.enrolmentB1.id] : [w.extra.enrolmentB1.id]),
  },
};

export const deliveryBodies: Record<string, (world: World) => unknown> = {
  'POST /api/sessions': (w) => ({ courseId: w.extra.sessionA.id, period: '2027-02' }),
  'POST /api/sessions/go-no-go': () => undefined,
  'PATCH /api/sessions/{sessionId}': () => ({ notes: 'tenancy' }),
  'PUT /api/sessions/{sessionId}/meeting-days': () => ({ days: [{ day: '2027-02-10', startsAt: '08:30', endsAt: '16:00' }] }),
  'POST /api/sessions/{sessionId}/transitions': () => ({ to: 'cancelled', reason: 'tenancy test' }),
  'POST /api/sessions/{sessionId}/enrolments': (w) => ({ employeeId: w.employeeA1.id }),
  'POST /api/sessions/{sessionId}/seat-requests': () => ({ seats: 2 }),
  'POST /api/enrolments/{enrolmentId}/withdraw': () => ({}),
  'POST /api/enrolments/{enrolmentId}/substitute': (w) => ({ employeeId: w.employeeA1.id }),
};

/** Delivery ids that must never appear in the role's list answers. */
export function deliveryForeignIds(w: World, role: Role): string[] {
  if (!w.extra.sessionB) return [];
  const ids = [w.extra.sessionB.id, w.extra.enrolmentB1.id];
  if (role === 'member_contact') ids.push(w.extra.enrolmentA2.id);
  if (role === 'trainer') ids.push(w.extra.sessionAOther.id);
  return ids;
}
