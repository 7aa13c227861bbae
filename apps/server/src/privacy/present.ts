// Rows → the privacy area's answers.
import type { ConfidentialityIncident, PersonConsent, PersonFile, PersonRead } from '@mutualis/contracts';
import { type ConsentKind, consentsInForce } from '@mutualis/domain/privacy/consents';
import { incidentKeptUntil, noticesDue } from '@mutualis/domain/privacy/incidents';
import { valuesOfRow } from './incident-fields.ts';
import type { IncidentRow } from './incident-repository.ts';
import type { PersonEmployeeRow, privacyRepository } from './repository.ts';

type Repo = ReturnType<typeof privacyRepository>;
type Rows<K extends keyof Repo> = Awaited<ReturnType<Repo[K]>>;

export interface PersonRecords {
  employee: PersonEmployeeRow;
  wages: Rows<'wages'>;
  jobChanges: Rows<'jobChanges'>;
  needs: Rows<'needs'>;
  enrolments: Rows<'enrolments'>;
  attendance: Rows<'attendance'>;
  evaluations: Rows<'evaluations'>;
  attestations: Rows<'attestations'>;
  consents: Rows<'consents'>;
  reads: Rows<'reads'>['rows'];
}

const num = (v: number | string | null) => (v === null ? null : Number(v));

export function presentPersonFile(r: PersonRecords, generatedAt: string): PersonFile {
  const e = r.employee;
  return {
    generatedAt,
    erasedAt: e.erased_at,
    employee: {
      id: e.id,
      memberId: e.member_id,
      memberName: e.member_name,
      firstName: e.first_name,
      lastName: e.last_name,
      email: e.email,
      jobTitle: e.job_title,
      nocCode: e.noc_code,
      teer: e.teer,
      educationLevel: e.education_level,
      language: e.language,
      birthYear: e.birth_year,
      hireDate: e.hire_date,
      endDate: e.end_date,
      endReason: e.end_reason,
      createdAt: e.created_at,
      updatedAt: e.updated_at,
    },
    wages: r.wages.map((w) => ({ effectiveOn: w.effective_on, hourlyWageCents: Number(w.hourly_wage_cents) })),
    jobChanges: r.jobChanges.map((j) => ({
      effectiveOn: j.effective_on,
      jobTitle: j.job_title,
      nocCode: j.noc_code,
      teer: j.teer,
      createdAt: j.created_at,
    })),
    needs: r.needs.map((n) => ({
      needId: n.id,
      topicCode: n.code,
      topicNameFr: n.name_fr,
      topicNameEn: n.name_en,
      status: n.status,
      createdAt: n.created_at,
    })),
    enrolments: r.enrolments.map((en) => ({
      enrolmentId: en.id,
      sessionId: en.session_id,
      sessionTitle: en.title,
      status: en.status,
      outcome: en.outcome,
      score: num(en.score),
      resultNote: en.result_note,
      createdAt: en.created_at,
    })),
    attendance: r.attendance.map((a) => ({
      sessionId: a.session_id,
      day: a.day,
      present: a.present,
      hours: Number(a.hours),
    })),
    evaluations: r.evaluations.map((q) => ({
      sessionId: q.session_id,
      level: q.level,
      sentAt: q.sent_at,
      answeredAt: q.answered_at,
      answers: q.answers,
    })),
    attestations: r.attestations.map((a) => ({
      id: a.id,
      number: a.number,
      participantName: a.participant_name,
      courseTitleFr: a.course_title_fr,
      courseTitleEn: a.course_title_en,
      dateFrom: a.date_from,
      dateTo: a.date_to,
      hours: Number(a.hours),
      issuedAt: a.issued_at,
    })),
    consents: r.consents.map(presentConsent),
    consentsInForce: Object.entries(
      consentsInForce(
        r.consents.map((c) => ({ kind: c.kind as ConsentKind, granted: c.granted, recordedAt: iso(c.recorded_at) })),
      ),
    ).map(([kind, c]) => ({ kind: kind as ConsentKind, granted: c?.granted ?? null, since: c?.recordedAt ?? null })),
    reads: r.reads.map(presentRead).map(({ at, actorUserId, actorName, entityType, purpose }) => ({
      at,
      actorUserId,
      actorName,
      entityType,
      purpose,
    })),
  };
}

export function presentRead(row: Rows<'reads'>['rows'][number]): PersonRead {
  return {
    id: Number(row.id),
    at: row.at,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    employeeId: row.employee_id,
    employeeName: `${row.first_name} ${row.last_name}`,
    memberName: row.member_name,
    entityType: row.entity_type,
    purpose: row.purpose,
  };
}

export function presentIncident(row: IncidentRow): ConfidentialityIncident {
  const values = valuesOfRow(row);
  return {
    id: row.id,
    ...values,
    noticesDue: noticesDue(values),
    keptUntil: incidentKeptUntil(values.discoveredOn),
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const iso = (at: string | Date) => new Date(at).toISOString();

export function presentConsent(row: Rows<'consents'>[number]): PersonConsent {
  return {
    id: row.id,
    kind: row.kind as PersonConsent['kind'],
    granted: row.granted,
    method: row.method as PersonConsent['method'],
    note: row.note,
    recordedAt: iso(row.recorded_at),
    recordedByName: row.recorded_by_name,
  };
}
