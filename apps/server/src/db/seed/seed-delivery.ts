import { createHash } from 'node:crypto';
import { addDays } from '@mutualis/domain/dates';
import {
  deliveredFacts,
  type FactMark,
  formatAttestationNumber,
  verificationCode,
} from '@mutualis/domain/delivery/index';
import type { DemoSeedStep } from './context.ts';

// Demo sessions in every state of the delivery lifecycle, for each mutual with courses:
// proposed (one past its go/no-go date below the minimum), confirmed, scheduled with a waitlist,
// in delivery, delivered and evaluated (attendance, results, attestations, register, answers),
// and one cancelled with its reason. Dates are relative to the dataset's as-of date.

type State = 'proposed' | 'confirmed' | 'scheduled' | 'in_delivery' | 'delivered' | 'evaluated' | 'cancelled';

interface Plan {
  state: State;
  /** First meeting day, in days from as-of (null: not scheduled yet). */
  start: number | null;
  days: number;
  firms: number;
  perFirm: number;
  waitlist?: number;
  goNoGo: number;
  alert?: boolean;
  cancelReason?: string;
}

const PLANS: Plan[] = [
  { state: 'proposed', start: null, days: 0, firms: 2, perFirm: 1, goNoGo: 25 },
  { state: 'proposed', start: null, days: 0, firms: 1, perFirm: 1, goNoGo: -2, alert: true },
  { state: 'confirmed', start: null, days: 0, firms: 3, perFirm: 2, goNoGo: -5 },
  { state: 'scheduled', start: 14, days: 2, firms: 3, perFirm: 2, waitlist: 2, goNoGo: -10 },
  { state: 'in_delivery', start: -1, days: 2, firms: 3, perFirm: 2, goNoGo: -30 },
  { state: 'delivered', start: -30, days: 2, firms: 3, perFirm: 2, goNoGo: -60 },
  { state: 'evaluated', start: -80, days: 1, firms: 2, perFirm: 3, goNoGo: -110 },
  {
    state: 'cancelled',
    start: 7,
    days: 1,
    firms: 2,
    perFirm: 1,
    goNoGo: -20,
    cancelReason: 'Formateur indisponible — Trainer unavailable',
  },
];
const ORDER: State[] = ['proposed', 'confirmed', 'scheduled', 'in_delivery', 'delivered', 'evaluated'];

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

export const seedDelivery: DemoSeedStep = {
  name: 'delivery',
  async run({ db, dataset, rng, log }) {
    let sessions = 0;
    let attestations = 0;
    const asOf = dataset.asOf;
    for (const mutual of dataset.mutuals) {
      const courses = await db
        .selectFrom('course')
        .selectAll()
        .where('mutual_id', '=', mutual.id)
        .where('status', '=', 'approved')
        .orderBy('title_fr')
        .execute();
      if (courses.length === 0) continue;
      const coordinator = await db
        .selectFrom('app_user')
        .select('id')
        .where('mutual_id', '=', mutual.id)
        .where('role', '=', 'coordinator')
        .limit(1)
        .executeTakeFirst();
      const trainers = await db
        .selectFrom('app_user')
        .select(['id', 'provider_id', 'display_name'])
        .where('mutual_id', '=', mutual.id)
        .where('role', '=', 'trainer')
        .execute();
      const firms = mutual.firms
        .filter((f) => f.status === 'active')
        .map((f) => ({ id: f.id, employees: f.employees.filter((e) => !e.endDate) }))
        .filter((f) => f.employees.length >= 4)
        .sort((a, b) => b.employees.length - a.employees.length)
        .slice(0, 6);
      if (firms.length < 3) continue;
      let seq = 0;
      const used = new Map<string, number>();
      const nextEmployee = (firm: (typeof firms)[number]) => {
        const i = used.get(firm.id) ?? 0;
        used.set(firm.id, i + 1);
        return firm.employees[i % firm.employees.length];
      };
      for (const [i, plan] of PLANS.entries()) {
        const course = courses[i % courses.length];
        const trainer = trainers.find((t) => t.provider_id === course.provider_id);
        const firstDay = plan.start === null ? null : addDays(asOf, plan.start);
        const period = (firstDay ?? addDays(asOf, 45)).slice(0, 7);
        const chosen = [...firms.slice(i % 3), ...firms.slice(0, i % 3)].slice(0, plan.firms);
        const participants = chosen.flatMap((f) =>
          Array.from({ length: plan.perFirm }, () => ({ memberId: f.id, employee: nextEmployee(f) })),
        );
        const waiting = Array.from({ length: plan.waitlist ?? 0 }, (_, k) => ({
          memberId: chosen[k % chosen.length].id,
          employee: nextEmployee(chosen[k % chosen.length]),
        }));
        const seatsMax = plan.waitlist ? participants.length : Math.max(course.max_seats, participants.length);
        const seatsMin = Math.min(course.min_seats, seatsMax);
        const cost = course.fixed_cost_cents + course.seat_cost_cents * Math.max(participants.length, seatsMin);
        const at = (d: number) => `${addDays(asOf, d)}T14:00:00.000Z`;
        const session = await db
          .insertInto('training_session')
          .values({
            mutual_id: mutual.id,
            course_id: course.id,
            period,
            region_code: course.mode === 'virtual' ? null : (course.regions[0] ?? mutual.regionCode),
            seats: participants.length,
            cost_cents: cost,
            status: plan.state,
            seats_min: seatsMin,
            seats_max: seatsMax,
            go_no_go_date: addDays(asOf, plan.goNoGo),
            go_no_go_alerted_at: plan.alert ? at(-2) : null,
            place:
              firstDay && course.mode === 'in_person'
                ? `Salle de formation, ${['Joliette', 'Terrebonne', 'Repentigny', 'Mascouche'][i % 4]}`
                : null,
            virtual_link: firstDay && course.mode === 'virtual' ? 'https://meet.example.org/mutualis-demo' : null,
            provider_id: course.provider_id,
            trainer_user_id: firstDay ? (trainer?.id ?? null) : null,
            trainer_name: firstDay && !trainer ? 'Sylvie Riopel' : null,
            single_firm: plan.firms === 1 && plan.state !== 'proposed',
            cancel_reason: plan.cancelReason ?? null,
            cancelled_at: plan.cancelReason ? at(-1) : null,
            sequence: plan.state === 'cancelled' ? 2 : firstDay ? 1 : 0,
            created_by: coordinator?.id ?? null,
            created_at: at(plan.goNoGo - 30),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        sessions++;
        // history
        const events: { kind: 'created' | 'transition' | 'go_no_go_alert'; to: string; day: number }[] = [
          { kind: 'created', to: 'proposed', day: plan.goNoGo - 30 },
        ];
        if (plan.alert) events.push({ kind: 'go_no_go_alert', to: '', day: plan.goNoGo });
        const reached = plan.state === 'cancelled' ? ORDER.indexOf('scheduled') : ORDER.indexOf(plan.state);
        for (let k = 1; k <= reached; k++) events.push({ kind: 'transition', to: ORDER[k], day: plan.goNoGo + k });
        if (plan.state === 'cancelled') events.push({ kind: 'transition', to: 'cancelled', day: -1 });
        let from: string | null = null;
        for (const e of events) {
          await db
            .insertInto('session_event')
            .values({
              mutual_id: mutual.id,
              session_id: session.id,
              actor_user_id: e.kind === 'go_no_go_alert' ? null : (coordinator?.id ?? null),
              kind: e.kind,
              from_status: e.kind === 'transition' ? from : null,
              to_status: e.to || null,
              reason: e.to === 'cancelled' ? (plan.cancelReason ?? null) : null,
              at: at(Math.min(e.day, 0)),
              detail: '{}',
            })
            .execute();
          if (e.to) from = e.to;
        }
        // meeting days
        const days = [];
        for (let d = 0; d < plan.days && firstDay; d++) {
          days.push(
            await db
              .insertInto('session_meeting_day')
              .values({
                mutual_id: mutual.id,
                session_id: session.id,
                day: addDays(firstDay, d),
                starts_at: '08:30',
                ends_at: '16:00',
                hours: 7,
              })
              .returning(['id', 'day', 'hours'])
              .executeTakeFirstOrThrow(),
          );
        }
        // enrolments
        const delivered = plan.state === 'delivered' || plan.state === 'evaluated';
        const enrolled = [];
        for (const p of participants) {
          const outcome = delivered ? (rng.next() < 0.85 ? 'passed' : 'not_passed') : null;
          enrolled.push({
            ...p,
            row: await db
              .insertInto('enrolment')
              .values({
                mutual_id: mutual.id,
                session_id: session.id,
                member_id: p.memberId,
                employee_id: p.employee.id,
                status: 'confirmed',
                outcome,
                score: outcome ? 60 + Math.floor(rng.next() * 40) : null,
                created_at: at(plan.goNoGo - 20),
              })
              .returning('id')
              .executeTakeFirstOrThrow(),
            outcome,
          });
        }
        for (const w of waiting) {
          await db
            .insertInto('enrolment')
            .values({
              mutual_id: mutual.id,
              session_id: session.id,
              member_id: w.memberId,
              employee_id: w.employee.id,
              status: 'waitlisted',
              created_at: at(plan.goNoGo - 5),
            })
            .execute();
        }
        // attendance: the first day of a session in delivery, every day of a delivered one
        const marks: FactMark[] = [];
        if (plan.state === 'in_delivery' || delivered) {
          for (const e of enrolled) {
            for (const [d, day] of days.entries()) {
              if (plan.state === 'in_delivery' && d > 0) continue;
              const present = !(delivered && e === enrolled[enrolled.length - 1] && d === days.length - 1);
              marks.push({ enrolmentId: e.row.id, meetingDayId: day.id, present, hours: present ? 7 : 0 });
              await db
                .insertInto('attendance')
                .values({
                  enrolment_id: e.row.id,
                  meeting_day_id: day.id,
                  mutual_id: mutual.id,
                  session_id: session.id,
                  present,
                  hours: present ? 7 : 0,
                  recorded_by: trainer?.id ?? coordinator?.id ?? null,
                })
                .execute();
            }
          }
        }
        if (!delivered) continue;
        await db
          .insertInto('session_register')
          .values({
            session_id: session.id,
            mutual_id: mutual.id,
            evaluation_result: `${enrolled.filter((e) => e.outcome === 'passed').length} réussi(s) sur ${enrolled.length}`,
            updated_by: coordinator?.id ?? null,
          })
          .execute();
        // attestations as issueDueAttestations issues them: from the delivered facts (default threshold 80 %)
        const facts = deliveredFacts({
          days,
          participants: enrolled.map((e) => ({ enrolmentId: e.row.id })),
          attendance: marks,
        });
        for (const [k, e] of enrolled.entries()) {
          const { hoursAttended: hours, completed } = facts.participants[k];
          if (!completed) continue;
          seq++;
          const emp = e.employee;
          await db
            .insertInto('attestation')
            .values({
              mutual_id: mutual.id,
              number: formatAttestationNumber(
                Number(days[days.length - 1].day.slice(0, 4)),
                seq,
                verificationCode(Uint8Array.from({ length: 8 }, () => Math.floor(rng.next() * 256))),
              ),
              enrolment_id: e.row.id,
              session_id: session.id,
              member_id: e.memberId,
              employee_id: emp.id,
              participant_name: `${emp.firstName} ${emp.lastName}`,
              course_title_fr: course.title_fr,
              course_title_en: course.title_en,
              provider_name: null,
              date_from: facts.firstDay as string,
              date_to: facts.lastDay as string,
              hours,
              issued_at: at(plan.start! + plan.days),
            })
            .execute();
          attestations++;
          for (const level of [1, 2] as const) {
            const answered = rng.next() < 0.7;
            await db
              .insertInto('questionnaire')
              .values({
                mutual_id: mutual.id,
                session_id: session.id,
                level,
                enrolment_id: e.row.id,
                member_id: e.memberId,
                to_address: emp.email,
                locale: emp.language,
                token_hash: hash(`demo-${e.row.id}-${level}`),
                send_on: addDays(asOf, plan.start! + plan.days),
                closes_on: addDays(asOf, plan.start! + plan.days + 30),
                sent_at: at(plan.start! + plan.days),
                answered_at: answered ? at(plan.start! + plan.days + 2) : null,
                answers: answered
                  ? JSON.stringify(
                      level === 1
                        ? {
                            overall: 3 + Math.floor(rng.next() * 3),
                            trainer: 4 + Math.floor(rng.next() * 2),
                            relevance: 3 + Math.floor(rng.next() * 3),
                            logistics: 3 + Math.floor(rng.next() * 3),
                          }
                        : {
                            objectives: 3 + Math.floor(rng.next() * 3),
                            before: 1 + Math.floor(rng.next() * 3),
                            after: 3 + Math.floor(rng.next() * 3),
                            confidence: 3 + Math.floor(rng.next() * 3),
                          },
                    )
                  : null,
              })
              .execute();
          }
        }
      }
      await db.updateTable('mutual').set({ attestation_seq: seq }).where('id', '=', mutual.id).execute();
    }
    log(`seeded ${sessions} sessions in every delivery state and ${attestations} attestations`);
  },
};
