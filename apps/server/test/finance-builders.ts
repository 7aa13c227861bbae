import assert from 'node:assert/strict';
import { type Client, newEmployee, type TestContext } from './harness.ts';

// Builders for the money tests: a session at a given state with its price, meeting days,
// participants by firm (present, no-show, late-cancelled…) and their attendance.

let n = 0;
const u = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export interface SessionSpec {
  mutualId: string;
  providerId: string;
  fixedCents?: number;
  seatCents?: number;
  status?: string;
  days?: string[];
  /** Participants by firm: each status one enrolment (confirmed ones are marked present every day). */
  participants: {
    member: { id: string; mutual_id: string };
    status: 'confirmed' | 'no_show' | 'late_cancelled' | 'withdrawn' | 'waitlisted';
    teer?: number;
  }[];
}

/** The mutual's recognition as the governance area records it (s.1, s.7), step by step, through the API. */
export async function recognitionSteps(
  coord: Client,
  steps: { kind: string; occurredOn: string; answerDueOn?: string }[],
) {
  for (const step of steps) {
    const res = await coord.post('/api/recognition/events', step);
    assert.equal(res.status, 201, await res.clone().text());
  }
}

/** A course at the given price and a session of it with meeting days and enrolled employees. */
export async function sessionWith(ctx: TestContext, spec: SessionSpec) {
  const db = ctx.deps.db;
  const topic = await db
    .insertInto('topic')
    .values({ mutual_id: spec.mutualId, code: `f-${u()}`, name_fr: 'Sécurité', name_en: 'Safety' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const course = await db
    .insertInto('course')
    .values({
      mutual_id: spec.mutualId,
      provider_id: spec.providerId,
      topic_id: topic.id,
      status: 'approved',
      title_fr: `Chariot élévateur ${u()}`,
      title_en: 'Forklift operation',
      duration_hours: 14,
      language: 'fr',
      mode: 'in_person',
      regions: ['06'],
      periods: ['2026-10'],
      fixed_cost_cents: spec.fixedCents ?? 120_000,
      seat_cost_cents: spec.seatCents ?? 5_000,
      min_seats: 1,
      max_seats: 20,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const session = await db
    .insertInto('training_session')
    .values({
      mutual_id: spec.mutualId,
      course_id: course.id,
      period: '2026-10',
      region_code: '06',
      seats: Math.max(1, spec.participants.length),
      cost_cents: 0,
      status: spec.status ?? 'delivered',
      seats_min: 1,
      seats_max: 20,
      provider_id: spec.providerId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const days = [];
  for (const day of spec.days ?? ['2026-10-13', '2026-10-14']) {
    days.push(
      await db
        .insertInto('session_meeting_day')
        .values({
          mutual_id: spec.mutualId,
          session_id: session.id,
          day,
          starts_at: '08:30',
          ends_at: '16:00',
          hours: 7,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
  }
  const enrolments = [];
  for (const p of spec.participants) {
    const employee = await newEmployee(ctx, p.member);
    if (p.teer !== undefined)
      await db.updateTable('employee').set({ teer: p.teer }).where('id', '=', employee.id).execute();
    await db
      .insertInto('wage')
      .values({
        mutual_id: spec.mutualId,
        member_id: p.member.id,
        employee_id: employee.id,
        effective_on: '2020-01-01',
        hourly_wage_cents: 2_850,
      })
      .execute();
    const e = await db
      .insertInto('enrolment')
      .values({
        mutual_id: spec.mutualId,
        session_id: session.id,
        member_id: p.member.id,
        employee_id: employee.id,
        status: p.status,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    enrolments.push({ ...e, employeeId: employee.id, memberId: p.member.id, status: p.status });
    if (p.status === 'confirmed' || p.status === 'no_show') {
      for (const d of days) {
        await db
          .insertInto('attendance')
          .values({
            enrolment_id: e.id,
            meeting_day_id: d.id,
            mutual_id: spec.mutualId,
            session_id: session.id,
            present: p.status === 'confirmed',
            hours: p.status === 'confirmed' ? 7 : 0,
          })
          .execute();
      }
    }
  }
  return { course, session, enrolments, days };
}

const WIN_ANSI: Record<string, string> = {
  '\x85': '…',
  '\x91': '‘',
  '\x92': '’',
  '\x93': '“',
  '\x94': '”',
  '\x96': '–',
  '\x97': '—',
};

/** The text drawn in an uncompressed pdfkit PDF (hex strings of TJ operators, WinAnsi). */
export function pdfText(pdf: ArrayBuffer | Buffer): string {
  const raw = Buffer.from(pdf as ArrayBuffer).toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hex = [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
    lines.push(
      Buffer.from(hex, 'hex')
        .toString('latin1')
        .replace(/[\x85\x91-\x97]/g, (c) => WIN_ANSI[c] ?? c),
    );
  }
  return lines.join('\n');
}
