// Learning rows → API answers: the learner record and the expiry list.
import type { AttestationExpiry, LearnerRecord } from '@mutualis/contracts';
import type { EnrolmentStatus } from '@mutualis/domain/delivery/enrolment';
import type { SessionState } from '@mutualis/domain/delivery/lifecycle';
import { sessionTitles } from '@mutualis/domain/delivery/session-title';
import { questionnaireStatusOf } from '@mutualis/domain/learning/questionnaire-status';
import { daysBetween, expiryStatusOf } from '@mutualis/domain/learning/validity';
import type { ExpiryRow, learningRepository } from './repository.ts';

type Repo = ReturnType<typeof learningRepository>;
type SessionRow = Awaited<ReturnType<Repo['sessionsOf']>>[number];
type AttestationRow = Awaited<ReturnType<Repo['attestationsOf']>>[number];
type QuestionnaireRow = Awaited<ReturnType<Repo['questionnairesOf']>>[number];

const titlesOf = (r: { sessionTitle: string | null; courseTitleFr: string; courseTitleEn: string }) => {
  const t = sessionTitles({ title: r.sessionTitle, courseTitleFr: r.courseTitleFr, courseTitleEn: r.courseTitleEn });
  return { titleFr: t.fr, titleEn: t.en };
};

/** Hours as the register states them: to the hundredth. */
const hours = (h: number) => Math.round(Number(h) * 100) / 100;

/** An employee's learner record on `today`: what it followed, attended and holds; its questionnaires' status, not their answers. */
export function presentLearnerRecord(
  employee: { id: string; firstName: string; lastName: string; memberId: string; memberName: string },
  rows: { sessions: SessionRow[]; attestations: AttestationRow[]; questionnaires: QuestionnaireRow[] },
  today: string,
): LearnerRecord {
  const sessions = rows.sessions.map((s) => ({
    enrolmentId: s.enrolmentId,
    sessionId: s.sessionId,
    ...titlesOf(s),
    firstDay: s.firstDay,
    lastDay: s.lastDay,
    sessionStatus: s.sessionStatus as SessionState,
    enrolmentStatus: s.enrolmentStatus as EnrolmentStatus,
    hoursScheduled: hours(s.hoursScheduled),
    hoursAttended: hours(s.hoursAttended),
    outcome: s.outcome,
  }));
  const attestations = rows.attestations.map((a) => ({
    id: a.id,
    number: a.number,
    sessionId: a.sessionId,
    titleFr: a.titleFr,
    titleEn: a.titleEn,
    dateFrom: a.dateFrom,
    dateTo: a.dateTo,
    hours: hours(a.hours),
    issuedAt: a.issuedAt,
    validityMonths: a.validityMonths,
    expiresOn: a.expiresOn,
    // one renewed by a later attestation of the same topic no longer needs attention
    expiryStatus: a.renewedSince && a.expiresOn ? ('valid' as const) : expiryStatusOf(a.expiresOn, today),
    renewal: a.renewal,
  }));
  const evaluations = rows.questionnaires.map((q) => ({
    sessionId: q.sessionId,
    ...titlesOf(q),
    level: q.level,
    status: questionnaireStatusOf(q, today),
    sendOn: q.sendOn,
    closesOn: q.closesOn,
    answeredAt: q.answeredAt,
  }));
  return {
    employeeId: employee.id,
    employeeName: `${employee.firstName} ${employee.lastName}`,
    memberId: employee.memberId,
    memberName: employee.memberName,
    totals: {
      sessions: sessions.length,
      hoursAttended: hours(sessions.reduce((sum, s) => sum + s.hoursAttended, 0)),
      attestations: attestations.length,
    },
    sessions,
    attestations,
    evaluations,
  };
}

/** One line of the expiry list on `today`. */
export function presentExpiry(r: ExpiryRow, today: string, horizonDays: number): AttestationExpiry {
  return {
    attestationId: r.attestationId,
    number: r.number,
    employeeId: r.employeeId,
    employeeName: r.employeeName,
    memberId: r.memberId,
    memberName: r.memberName,
    courseId: r.courseId,
    titleFr: r.titleFr,
    titleEn: r.titleEn,
    dateTo: r.dateTo,
    validityMonths: r.validityMonths,
    expiresOn: r.expiresOn,
    daysLeft: daysBetween(today, r.expiresOn),
    status: expiryStatusOf(r.expiresOn, today, horizonDays),
    remindedDays: (r.remindedDays ?? []).map(Number),
    renewal: r.renewal,
  };
}
