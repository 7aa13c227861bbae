import type { Role } from '../src/db/tables.ts';
import { newEmployee } from './harness.ts';
import type { World } from './tenancy-registry.ts';

// The learner record's and the calendar's part of the tenancy registry: attestations that expire
// within the default horizon in firms A1, A2 and B1 (so the expiry list has something to leak), on
// courses with a validity; meeting days this month (the calendar's default range) for session A,
// A-other (another provider's, only firm A2's) and B.

/** An attestation expiring soon per firm, of an employee of its own: a past session's course valid 12 months, last day 2025-12-01 (expires 2026-12-01). */
export async function prepareLearning(world: World) {
  const db = world.ctx.deps.db;
  const e = world.extra;
  if (!e.sessionA || !e.sessionB) throw new Error('prepareLearning runs after prepareDelivery');
  await db
    .updateTable('course')
    .set({ validity_months: 12 })
    .where(
      'id',
      'in',
      db.selectFrom('training_session').select('course_id').where('id', 'in', [e.sessionA.id, e.sessionB.id]),
    )
    .execute();
  const expiring = async (
    session: { id: string; mutual_id?: string },
    member: { id: string },
    employee: { id: string },
    n: number,
  ) => {
    const mutualId = session.mutual_id as string;
    const enrolment = await db
      .insertInto('enrolment')
      .values({
        mutual_id: mutualId,
        session_id: session.id,
        member_id: member.id,
        employee_id: employee.id,
        status: 'no_show',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return db
      .insertInto('attestation')
      .values({
        mutual_id: mutualId,
        number: `2025-${String(n).padStart(6, '0')}-LEARNING`,
        enrolment_id: enrolment.id,
        session_id: session.id,
        member_id: member.id,
        employee_id: employee.id,
        participant_name: 'Tenancy Learner',
        course_title_fr: 'Cours',
        course_title_en: 'Course',
        date_from: '2025-12-01',
        date_to: '2025-12-01',
        hours: 7,
      })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
  };
  // employees of their own: the delivery part's later attestations (2027) of the same course would
  // count as renewals of the world's employees' and hide them from the expiry list
  const learner = (member: { id: string; mutual_id?: string }) =>
    newEmployee(world.ctx, member as { id: string; mutual_id: string });
  e.expiringA1 = await expiring(e.sessionA, world.memberA1, await learner(world.memberA1), 901);
  e.expiringA2 = await expiring(e.sessionA, world.memberA2, await learner(world.memberA2), 902);
  e.expiringB1 = await expiring(e.sessionB, world.memberB1, await learner(world.memberB1), 903);
  // the harness clock is 2026-11-20: the calendar's default range is November 2026
  for (const [session, day] of [
    [e.sessionA, '2026-11-24'],
    [e.sessionAOther, '2026-11-25'],
    [e.sessionB, '2026-11-26'],
  ] as const) {
    await db
      .insertInto('session_meeting_day')
      .values({
        mutual_id: session.mutual_id as string,
        session_id: session.id,
        day,
        starts_at: '08:30',
        ends_at: '16:00',
        hours: 7,
      })
      .execute();
  }
}

export const learningBodies: Record<string, (world: World) => unknown> = {
  'POST /api/attestations/{attestationId}/renewal-need': () => undefined,
};

/** Expiring attestations and sessions (calendar) the role must not see in any list. */
export function learningForeignIds(w: World, role: Role): string[] {
  if (!w.extra.expiringB1) return [];
  const ids = [w.extra.expiringB1.id];
  if (role === 'member_contact') ids.push(w.extra.expiringA2.id, w.extra.sessionAOther.id);
  return ids;
}
