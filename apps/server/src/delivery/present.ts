// Delivery rows → API answers: sessions, enrolments, attestations, register entries, history,
// calendar feeds and questionnaires.
import type {
  Attestation,
  AttestationVerification,
  CalendarFeedListItem,
  Enrolment,
  RegisterEntryDto,
  SessionDetail,
  SessionEvent,
  SessionSummary,
} from '@mutualis/contracts';
import { webPaths } from '@mutualis/contracts/web-paths';
import {
  ALLOWED_TRANSITIONS,
  type CalendarFeedKind,
  firmSeatsOf,
  type SeatSummary,
  seatSummary,
  seatsAvailableFor,
  withdrawalDeadline,
} from '@mutualis/domain/delivery/index';
import { sessionTitleIn } from '@mutualis/domain/delivery/session-title';
import type { Lang } from '@mutualis/domain/format/index';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { webUrl } from '../links.ts';
import type { AttestationRow } from './attestation-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { registerEntriesOf, registerEntryOf } from './register-entry.ts';
import { sessionFactsOf, sessionFactsOfMany } from './session-facts.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';

/**
 * Who sees a session's virtual class link: its coordinators and trainers, and the contacts of a firm
 * with a participant confirmed in it; not the other firms' contacts browsing open sessions.
 */
function seesVirtualLink(caller: Caller, seats: SeatSummary): boolean {
  if (caller.role === 'coordinator' || caller.role === 'trainer') return true;
  return (
    caller.role === 'member_contact' && seats.byFirm.some((f) => f.memberId === caller.memberId && f.confirmed > 0)
  );
}

/** The API summary of a session; costs and firm counts only for coordinators, the virtual link only for those taking part. */
export async function presentSessionSummary(
  db: Db,
  row: SessionRow,
  caller: Caller,
  today: string,
): Promise<SessionSummary> {
  return summaryOf(row, caller, await sessionFactsOf(db, row, today));
}

function summaryOf(row: SessionRow, caller: Caller, facts: Awaited<ReturnType<typeof sessionFactsOf>>): SessionSummary {
  const coordinator = caller.role === 'coordinator';
  return {
    id: row.id,
    title: sessionTitleIn(row, caller.locale),
    titleFr: sessionTitleIn(row, 'fr'),
    titleEn: sessionTitleIn(row, 'en'),
    courseId: row.courseId,
    courseTitleFr: row.courseTitleFr,
    courseTitleEn: row.courseTitleEn,
    period: row.period,
    regionCode: row.regionCode,
    language: row.language,
    mode: row.mode,
    status: row.status,
    seatsMin: row.seatsMin,
    seatsMax: row.seatsMax,
    seatsConfirmed: facts.seats.confirmed,
    waitlisted: facts.seats.waitlisted,
    seats: {
      reserved: facts.seats.reserved,
      confirmed: facts.seats.confirmed,
      waitlisted: facts.seats.waitlisted,
      unnamed: facts.seats.unnamed,
      held: facts.seats.held,
      free: facts.seats.free,
      minimumMet: facts.seats.minimumMet,
    },
    distinctFirms: coordinator ? facts.distinctFirms : null,
    singleFirm: row.singleFirm,
    goNoGoDate: row.goNoGoDate,
    goNoGo: facts.goNoGo,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    place: row.place,
    virtualLink: seesVirtualLink(caller, facts.seats) ? row.virtualLink : null,
    providerId: row.providerId,
    providerName: row.providerName,
    trainerName: row.trainerName,
    costCents: coordinator ? row.costCents : null,
    cancelReason: row.cancelReason,
    sequence: row.sequence,
  };
}

/** Summaries of sessions, in the order given. */
export async function presentSessionSummaries(
  db: Db,
  rows: SessionRow[],
  caller: Caller,
  today: string,
): Promise<SessionSummary[]> {
  const facts = await sessionFactsOfMany(db, rows, today);
  return rows.map((row) => summaryOf(row, caller, facts.get(row.id) as Awaited<ReturnType<typeof sessionFactsOf>>));
}

/** One session with its days, firms (only the caller's own for a member contact) and allowed actions. */
export async function presentSessionDetail(
  db: Db,
  row: SessionRow,
  caller: Caller,
  today: string,
): Promise<SessionDetail> {
  const summary = await presentSessionSummary(db, row, caller, today);
  const repo = trainingSessionRepository(db);
  const days = await repo.meetingDays(row.id);
  const settings = await repo.mutualSettings(row.mutualId);
  const enrolments = enrolmentRepository(db);
  const picture = await enrolments.seatPicture(row.id);
  // every firm's part of the one seat picture, named; a member contact sees only its own firm's
  const seats = seatSummary({ seatsMin: row.seatsMin, seatsMax: row.seatsMax, firms: firmSeatsOf(picture) });
  const names = new Map((await repo.reservations(row.id)).map((r) => [r.memberId, r.memberName]));
  for (const f of seats.byFirm)
    if (!names.has(f.memberId)) names.set(f.memberId, await enrolments.memberName(f.memberId));
  const reservations = seats.byFirm
    .filter((f) => caller.role === 'coordinator' || f.memberId === caller.memberId)
    .map((f) => ({
      memberId: f.memberId,
      memberName: names.get(f.memberId) as string,
      reserved: f.reserved,
      confirmed: f.confirmed,
      waitlisted: f.waitlisted,
    }))
    .sort((a, b) => a.memberName.localeCompare(b.memberName));
  const released = Boolean(row.goNoGoDate && today > row.goNoGoDate);
  return {
    ...summary,
    meetingDays: days,
    reservations,
    seatsAvailableForMe:
      caller.role === 'member_contact' && caller.memberId
        ? seatsAvailableFor({ seatsMax: row.seatsMax, ...picture, reservationsReleased: released }, caller.memberId)
        : null,
    withdrawalDeadline: days[0] ? withdrawalDeadline(days[0].day, settings.withdrawalDeadlineDays) : null,
    allowedTransitions: caller.role === 'coordinator' ? [...ALLOWED_TRANSITIONS[row.status]] : [],
    trainerUserId: caller.role === 'coordinator' ? row.trainerUserId : null,
    notes: caller.role === 'coordinator' ? row.notes : '',
    overrideReason: row.overrideReason,
  };
}

/** One event of a session's history. */
export function presentSessionEvent(e: {
  id: string | number;
  at: string;
  actorName: string | null;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  detail: unknown;
}): SessionEvent {
  return { ...e, id: Number(e.id), detail: (e.detail ?? {}) as Record<string, unknown> };
}

export type EnrolmentRow = NonNullable<Awaited<ReturnType<ReturnType<typeof enrolmentRepository>['find']>>>;

/** The API shape of an enrolment; the waitlist rank is computed from arrival order unless known. */
export async function presentEnrolment(db: Db, row: EnrolmentRow, lang: Lang, knownRank?: number): Promise<Enrolment> {
  let waitlistRank: number | null = knownRank ?? null;
  if (row.status === 'waitlisted' && knownRank === undefined) {
    waitlistRank = (await enrolmentRepository(db).waitlistRanks([row])).get(row.id) ?? null;
  }
  return {
    id: row.id,
    sessionId: row.sessionId,
    sessionTitle: sessionTitleIn(
      { ownTitle: row.sessionOwnTitle, courseTitleFr: row.courseTitleFr, courseTitleEn: row.courseTitleEn },
      lang,
    ),
    memberId: row.memberId,
    memberName: row.memberName,
    employeeId: row.employeeId,
    employeeName: row.employeeName,
    jobTitle: row.jobTitle,
    status: row.status,
    waitlistRank,
    outcome: row.outcome,
    score: row.score,
    createdAt: row.createdAt,
    statusChangedAt: row.statusChangedAt,
  };
}

/** The public page that verifies an attestation number. */
export const verifyUrlOf = (deps: Deps, number: string) => webUrl(deps.config, webPaths.verifyAttestation(number));

export function presentAttestation(deps: Deps, a: AttestationRow): Attestation {
  return {
    id: a.id,
    number: a.number,
    sessionId: a.sessionId,
    memberId: a.memberId,
    employeeId: a.employeeId,
    participantName: a.participantName,
    courseTitleFr: a.courseTitleFr,
    courseTitleEn: a.courseTitleEn,
    providerName: a.providerName,
    dateFrom: a.dateFrom,
    dateTo: a.dateTo,
    hours: a.hours,
    issuedAt: a.issuedAt,
    reissuedAt: a.reissuedAt,
    reissueCount: a.reissueCount,
    verifyUrl: verifyUrlOf(deps, a.number),
  };
}

/** What anyone may learn of a genuine attestation: name, course, dates and hours. */
export function presentVerification(a: AttestationRow): AttestationVerification {
  return {
    valid: true,
    number: a.number,
    participantName: a.participantName,
    courseTitleFr: a.courseTitleFr,
    courseTitleEn: a.courseTitleEn,
    dateFrom: a.dateFrom,
    dateTo: a.dateTo,
    hours: a.hours,
  };
}

/** A session's register entry (s.15) with what it still lacks; its title, unless stated, in the reader's language. */
export async function presentRegisterEntry(db: Db, row: SessionRow, lang: Lang = 'fr'): Promise<RegisterEntryDto> {
  return registerDto(row, lang, await registerEntryOf(db, row));
}

function registerDto(
  row: SessionRow,
  lang: Lang,
  { entry, missing, delivered }: Awaited<ReturnType<typeof registerEntryOf>>,
): RegisterEntryDto {
  return {
    sessionId: row.id,
    status: row.status,
    ...entry,
    title: entry.title === row.title ? sessionTitleIn(row, lang) : entry.title,
    employers: [...entry.employers],
    employmentClasses: [...entry.employmentClasses],
    firstDay: delivered.firstDay,
    lastDay: delivered.lastDay,
    meetingDays: delivered.days,
    participantHours: delivered.participantHours,
    completed: delivered.completed,
    missing,
    complete: missing.length === 0,
  };
}

/** Register entries of sessions, in the order given. */
export async function presentRegisterEntries(
  db: Db,
  rows: SessionRow[],
  lang: Lang = 'fr',
): Promise<RegisterEntryDto[]> {
  const entries = await registerEntriesOf(db, rows);
  return rows.map((row) => registerDto(row, lang, entries.get(row.id) as Awaited<ReturnType<typeof registerEntryOf>>));
}

/** An active calendar feed, without its token. */
export function presentCalendarFeed(r: {
  id: string;
  kind: string;
  memberName: string | null;
  employeeName: string | null;
  createdAt: string;
}): CalendarFeedListItem {
  return {
    id: r.id,
    kind: r.kind as CalendarFeedKind,
    memberName: r.memberName,
    employeeName: r.employeeName,
    createdAt: r.createdAt,
  };
}
