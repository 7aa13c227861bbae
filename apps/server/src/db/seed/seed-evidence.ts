import { createHash } from 'node:crypto';
import { addDays } from '@mutualis/domain/dates';
import { formatAttestationNumber, verificationCode } from '@mutualis/domain/delivery/index';
import { RESEARCH_CONSENT_STATEMENT } from '@mutualis/domain/outcomes/consent';
import { insertInBatches } from './batch.ts';
import type { DemoSeedStep } from './context.ts';

// The demo's outcome history (domain demo-data/evidence-history.ts): past sessions with their
// participants, attestations and evaluation answers (levels 1–3), firms' yearly outcomes, prospects,
// research consents, job class changes and participation questionnaires.

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
const at = (day: string, hour = 14) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export const seedEvidence: DemoSeedStep = {
  name: 'evidence',
  async run({ db, dataset, rng, log }) {
    const history = dataset.evidence;
    if (!history) return;
    let sessionCount = 0;
    let attestationCount = 0;
    for (const mutual of dataset.mutuals) {
      const sessions = history.sessions.filter((s) => s.mutualId === mutual.id);
      const courses = await db
        .selectFrom('course')
        .selectAll()
        .where('mutual_id', '=', mutual.id)
        .where('status', '=', 'approved')
        .orderBy('title_fr')
        .execute();
      if (courses.length === 0 || sessions.length === 0) continue;
      const employees = new Map(mutual.firms.flatMap((f) => f.employees.map((e) => [e.id, e] as const)));
      const contacts = new Map(mutual.firms.map((f) => [f.id, f.contacts[0]] as const));
      const seqRow = await db
        .selectFrom('mutual')
        .select('attestation_seq')
        .where('id', '=', mutual.id)
        .executeTakeFirstOrThrow();
      let seq = seqRow.attestation_seq;
      const meetingDays = [];
      const enrolments = [];
      const attendance = [];
      const attestations = [];
      const questionnaires = [];
      const registers = [];
      for (const [i, s] of sessions.entries()) {
        const course = courses[i % courses.length];
        const firstDay = addDays(s.lastDay, -(s.days - 1));
        const sessionId = rng.uuid();
        await db
          .insertInto('training_session')
          .values({
            id: sessionId,
            mutual_id: mutual.id,
            course_id: course.id,
            period: firstDay.slice(0, 7),
            region_code: course.mode === 'virtual' ? null : (course.regions[0] ?? mutual.regionCode),
            seats: s.participants.length,
            cost_cents: course.fixed_cost_cents + course.seat_cost_cents * s.participants.length,
            status: 'evaluated',
            seats_min: Math.min(course.min_seats, s.participants.length),
            seats_max: Math.max(course.max_seats, s.participants.length),
            go_no_go_date: addDays(firstDay, -21),
            provider_id: course.provider_id,
            trainer_name: 'Sylvie Riopel',
            single_firm: new Set(s.participants.map((p) => p.memberId)).size === 1,
            sequence: 1,
            created_at: at(addDays(firstDay, -60)),
          })
          .execute();
        sessionCount++;
        const days = Array.from({ length: s.days }, (_, d) => ({ id: rng.uuid(), day: addDays(firstDay, d) }));
        for (const d of days)
          meetingDays.push({
            id: d.id,
            mutual_id: mutual.id,
            session_id: sessionId,
            day: d.day,
            starts_at: '08:30',
            ends_at: '16:00',
            hours: 7,
          });
        for (const p of s.participants) {
          const employee = employees.get(p.employeeId);
          if (!employee) continue;
          const enrolmentId = rng.uuid();
          enrolments.push({
            id: enrolmentId,
            mutual_id: mutual.id,
            session_id: sessionId,
            member_id: p.memberId,
            employee_id: p.employeeId,
            status: 'confirmed' as const,
            outcome: 'passed' as const,
            score: 65 + Math.floor(rng.next() * 35),
            created_at: at(addDays(firstDay, -30)),
          });
          for (const d of days)
            attendance.push({
              enrolment_id: enrolmentId,
              meeting_day_id: d.id,
              mutual_id: mutual.id,
              session_id: sessionId,
              present: true,
              hours: 7,
            });
          seq++;
          attestations.push({
            mutual_id: mutual.id,
            number: formatAttestationNumber(
              Number(s.lastDay.slice(0, 4)),
              seq,
              verificationCode(Uint8Array.from({ length: 8 }, () => Math.floor(rng.next() * 256))),
            ),
            enrolment_id: enrolmentId,
            session_id: sessionId,
            member_id: p.memberId,
            employee_id: p.employeeId,
            participant_name: `${employee.firstName} ${employee.lastName}`,
            course_title_fr: course.title_fr,
            course_title_en: course.title_en,
            provider_name: null,
            date_from: firstDay,
            date_to: s.lastDay,
            hours: 7 * s.days,
            issued_at: at(addDays(s.lastDay, 1)),
          });
          for (const level of [1, 2] as const) {
            const answered = rng.next() < 0.65;
            const scale = (mean: number) => Math.min(5, Math.max(1, Math.round(mean + (rng.next() - 0.5) * 2.4)));
            const before = scale(2.3);
            questionnaires.push({
              mutual_id: mutual.id,
              session_id: sessionId,
              level,
              enrolment_id: enrolmentId,
              member_id: p.memberId,
              to_address: employee.email ?? contacts.get(p.memberId)?.email ?? null,
              locale: employee.language,
              token_hash: hash(`demo-evidence-${enrolmentId}-${level}`),
              send_on: addDays(s.lastDay, 1),
              closes_on: addDays(s.lastDay, 31),
              sent_at: at(addDays(s.lastDay, 1)),
              answered_at: answered ? at(addDays(s.lastDay, 3)) : null,
              answers: answered
                ? JSON.stringify(
                    level === 1
                      ? { overall: scale(4.2), trainer: scale(4.4), relevance: scale(4.0), logistics: scale(3.9) }
                      : {
                          objectives: scale(4.0),
                          before,
                          after: Math.min(5, before + 1 + Math.floor(rng.next() * 2)),
                          confidence: scale(4.1),
                        },
                  )
                : null,
            });
          }
        }
        for (const memberId of new Set(s.participants.map((p) => p.memberId))) {
          const answered = rng.next() < 0.55;
          const scale = (mean: number) => Math.min(5, Math.max(1, Math.round(mean + (rng.next() - 0.5) * 2.4)));
          questionnaires.push({
            mutual_id: mutual.id,
            session_id: sessionId,
            level: 3 as const,
            enrolment_id: null,
            member_id: memberId,
            to_address: contacts.get(memberId)?.email ?? null,
            locale: 'fr' as const,
            token_hash: hash(`demo-evidence-${sessionId}-${memberId}-3`),
            send_on: addDays(s.lastDay, 60),
            closes_on: addDays(s.lastDay, 90),
            sent_at: at(addDays(s.lastDay, 60)),
            answered_at: answered ? at(addDays(s.lastDay, 66)) : null,
            answers: answered ? JSON.stringify({ applied: scale(3.9), improvement: scale(3.7) }) : null,
          });
        }
        registers.push({
          session_id: sessionId,
          mutual_id: mutual.id,
          evaluation_result: `${s.participants.length} réussi(s) sur ${s.participants.length}`,
        });
      }
      await insertInBatches(db, 'session_meeting_day', meetingDays);
      await insertInBatches(db, 'enrolment', enrolments);
      await insertInBatches(db, 'attendance', attendance);
      await insertInBatches(db, 'attestation', attestations);
      await insertInBatches(db, 'questionnaire', questionnaires);
      await insertInBatches(db, 'session_register', registers);
      await db.updateTable('mutual').set({ attestation_seq: seq }).where('id', '=', mutual.id).execute();
      attestationCount += attestations.length;
    }
    await insertInBatches(
      db,
      'prospect',
      history.prospects.map((p) => ({
        id: p.id,
        mutual_id: p.mutualId,
        legal_name: p.legalName,
        neq: p.neq,
        scian_code: p.scianCode,
        region_code: p.regionCode,
        headcount: p.headcount,
        contact_name: p.contactName,
        contact_email: p.contactEmail,
        contact_phone: p.contactPhone,
        stage: p.stage,
        stage_changed_on: p.stageChangedOn,
        reasons: p.reasons,
        notes: p.notes,
        member_id: p.memberId,
        reports_outcomes: p.reportsOutcomes,
      })),
    );
    await insertInBatches(
      db,
      'firm_year_outcome',
      history.firmYears.map((r) => ({
        mutual_id: r.mutualId,
        member_id: r.kind === 'member' ? r.firmId : null,
        prospect_id: r.kind === 'prospect' ? r.firmId : null,
        year: r.year,
        headcount: r.headcount,
        separations: r.separations,
        payroll_cents: r.payrollCents,
        hours_worked: r.hoursWorked,
        productivity_measure: r.productivityMeasure,
        productivity_value: r.productivityValue,
        absenteeism_days: r.absenteeismDays,
        work_accidents: r.workAccidents,
        source: 'seed' as const,
        submitted_at: at(`${r.year + 1}-03-15`),
      })),
    );
    await insertInBatches(
      db,
      'firm_research_consent',
      history.consents.map((c) => ({
        mutual_id: c.mutualId,
        member_id: c.kind === 'member' ? c.firmId : null,
        prospect_id: c.kind === 'prospect' ? c.firmId : null,
        granted: c.granted,
        statement_version: RESEARCH_CONSENT_STATEMENT.version,
        given_by_name: c.givenByName,
        via: 'seed' as const,
        at: c.at,
      })),
    );
    const jobs = history.jobChanges.flatMap((j) => {
      const employee = dataset.mutuals
        .flatMap((m) => m.firms)
        .flatMap((f) => f.employees)
        .find((e) => e.id === j.employeeId);
      return employee
        ? [
            {
              mutual_id: j.mutualId,
              member_id: j.memberId,
              employee_id: j.employeeId,
              effective_on: j.effectiveOn,
              job_title: j.to?.jobTitle ?? employee.jobTitle,
              noc_code: j.to?.nocCode ?? employee.nocCode,
              teer: j.to?.teer ?? employee.teer,
            },
          ]
        : [];
    });
    await insertInBatches(db, 'employee_job_change', jobs);
    await insertInBatches(
      db,
      'participation_questionnaire',
      history.questionnaires.map((q, i) => ({
        mutual_id: q.mutualId,
        kind: q.kind,
        member_id: q.firmKind === 'member' ? q.firmId : null,
        prospect_id: q.firmKind === 'prospect' ? q.firmId : null,
        to_address: q.toAddress,
        locale: 'fr' as const,
        token_hash: hash(`demo-participation-${i}-${q.firmId}`),
        sent_at: at(q.sentOn),
        closes_on: addDays(q.sentOn, 30),
        answered_at: q.answeredOn ? at(q.answeredOn) : null,
        answers: q.answers ? JSON.stringify(q.answers) : null,
      })),
    );
    log(
      `seeded the outcome history: ${sessionCount} past sessions, ${attestationCount} attestations, ${history.firmYears.length} firm-years, ${history.prospects.length} prospects, ${history.questionnaires.length} participation questionnaires`,
    );
  },
};
