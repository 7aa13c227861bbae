import type { TestContext } from './harness.ts';

// Builders for delivery tests: a topic and course of the catalogue, a session, reservations.

let n = 0;
const u = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export async function newCourse(
  ctx: TestContext,
  mutualId: string,
  providerId: string,
  values: Partial<{
    minSeats: number;
    maxSeats: number;
    objectives: string;
    content: string;
    mode: 'in_person' | 'virtual';
  }> = {},
) {
  const topic = await ctx.deps.db
    .insertInto('topic')
    .values({ mutual_id: mutualId, code: `t-${u()}`, name_fr: 'Sécurité', name_en: 'Safety' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return ctx.deps.db
    .insertInto('course')
    .values({
      mutual_id: mutualId,
      provider_id: providerId,
      topic_id: topic.id,
      status: 'approved',
      title_fr: `Conduite de chariot élévateur ${u()}`,
      title_en: 'Forklift operation',
      objectives: values.objectives ?? 'Conduire un chariot en sécurité',
      content: values.content ?? 'Règles, inspection, manœuvres',
      duration_hours: 7,
      language: 'fr',
      mode: values.mode ?? 'in_person',
      regions: ['06'],
      periods: ['2027-02'],
      fixed_cost_cents: 180_000,
      seat_cost_cents: 9_000,
      min_seats: values.minSeats ?? 4,
      max_seats: values.maxSeats ?? 12,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A session as an accepted pooling plan leaves it: proposed, with reserved seats per member. */
export async function newSession(
  ctx: TestContext,
  course: { id: string; mutual_id: string; topic_id: string },
  values: Partial<{
    status: string;
    goNoGoDate: string | null;
    reservations: { memberId: string; seats: number }[];
    seatsMax: number;
    seatsMin: number;
  }> = {},
) {
  const session = await ctx.deps.db
    .insertInto('training_session')
    .values({
      mutual_id: course.mutual_id,
      course_id: course.id,
      period: '2027-02',
      region_code: '06',
      seats: 8,
      cost_cents: 252_000,
      status: values.status ?? 'proposed',
      go_no_go_date: values.goNoGoDate === undefined ? '2027-01-15' : values.goNoGoDate,
      seats_max: values.seatsMax ?? null,
      seats_min: values.seatsMin ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const r of values.reservations ?? []) {
    const need = await ctx.deps.db
      .insertInto('need')
      .values({
        mutual_id: course.mutual_id,
        member_id: r.memberId,
        topic_id: course.topic_id,
        seats: r.seats,
        languages: ['fr'],
        modes: ['in_person'],
        region_code: '06',
        periods: ['2027-02'],
        status: 'planned',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('session_reservation')
      .values({
        mutual_id: course.mutual_id,
        session_id: session.id,
        member_id: r.memberId,
        need_id: need.id,
        seats: r.seats,
        share_cents: 0,
        standalone_cents: 0,
      })
      .execute();
  }
  return session;
}

export async function setMeetingDays(ctx: TestContext, sessionId: string, mutualId: string, days: string[]) {
  await ctx.deps.db
    .insertInto('session_meeting_day')
    .values(
      days.map((day) => ({
        mutual_id: mutualId,
        session_id: sessionId,
        day,
        starts_at: '08:30',
        ends_at: '16:00',
        hours: 7,
      })),
    )
    .execute();
}

/**
 * A session in delivery today (2026-11-20, the harness clock): two meeting days of 7 h
 * (yesterday and today), a place and a trainer, and confirmed participants.
 */
export async function sessionInDelivery(
  ctx: TestContext,
  course: { id: string; mutual_id: string; topic_id: string },
  participants: { member: { id: string }; employee: { id: string } }[],
) {
  const s = await newSession(ctx, course, { status: 'in_delivery' });
  await ctx.deps.db
    .updateTable('training_session')
    .set({ place: '12 rue du Port, Laval', trainer_name: 'Julie Roy' })
    .where('id', '=', s.id)
    .execute();
  await setMeetingDays(ctx, s.id, course.mutual_id, ['2026-11-19', '2026-11-20']);
  const enrolments = [];
  for (const p of participants) {
    enrolments.push(
      await ctx.deps.db
        .insertInto('enrolment')
        .values({
          mutual_id: course.mutual_id,
          session_id: s.id,
          member_id: p.member.id,
          employee_id: p.employee.id,
          status: 'confirmed',
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
  }
  const days = await ctx.deps.db
    .selectFrom('session_meeting_day')
    .select('id')
    .where('session_id', '=', s.id)
    .orderBy('day')
    .execute();
  return { session: s, enrolments: enrolments.map((e) => e.id), days: days.map((d) => d.id) };
}
