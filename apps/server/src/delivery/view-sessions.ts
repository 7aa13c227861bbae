import { todayInMontreal } from '@mutualis/domain/dates';
import type { SessionDetail, SessionSummary } from '@mutualis/contracts';
import { ALLOWED_TRANSITIONS, type SessionState, seatsAvailableFor, withdrawalDeadline } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';
import { notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { sessionVisibilityOf } from './delivery-access.ts';
import { sessionFactsOf } from './session-facts.ts';

/** The API summary of a session; costs and firm counts only for coordinators. */
export async function toSummary(db: Db, row: SessionRow, caller: Caller, today: string): Promise<SessionSummary> {
  const facts = await sessionFactsOf(db, row, today);
  const coordinator = caller.role === 'coordinator';
  return {
    id: row.id,
    title: row.title,
    courseId: row.courseId,
    courseTitleFr: row.courseTitleFr,
    courseTitleEn: row.courseTitleEn,
    period: row.period,
    regionCode: row.regionCode,
    language: row.language,
    mode: row.mode,
    status: row.status as SessionState,
    seatsMin: row.seatsMin,
    seatsMax: row.seatsMax,
    seatsConfirmed: row.seatsConfirmed,
    waitlisted: row.waitlisted,
    distinctFirms: coordinator ? facts.distinctFirms : null,
    singleFirm: row.singleFirm,
    goNoGoDate: row.goNoGoDate,
    goNoGo: facts.goNoGo,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    place: row.place,
    virtualLink: row.virtualLink,
    providerId: row.providerId,
    providerName: row.providerName,
    trainerName: row.trainerName,
    costCents: coordinator ? row.costCents : null,
    cancelReason: row.cancelReason,
    sequence: row.sequence,
  };
}

/** Sessions the caller may see. */
export async function listSessions(deps: Deps, caller: Caller, filter: { status?: string; period?: string }) {
  const rows = await trainingSessionRepository(deps.db).list(sessionVisibilityOf(caller), filter);
  const today = todayInMontreal(deps.now());
  const out: SessionSummary[] = [];
  for (const row of rows) out.push(await toSummary(deps.db, row, caller, today));
  return out;
}

/** Loads a session the caller may see, or answers 404. */
export async function loadVisibleSession(db: Db, caller: Caller, sessionId: string) {
  const row = await trainingSessionRepository(db).find(sessionId, sessionVisibilityOf(caller));
  if (!row) throw notFound('Session');
  return row;
}

/** One session with its days, firms (only the caller's own for a member contact) and allowed actions. */
export async function getSessionDetail(deps: Deps, caller: Caller, sessionId: string, db: Db = deps.db): Promise<SessionDetail> {
  const row = await loadVisibleSession(db, caller, sessionId);
  const today = todayInMontreal(deps.now());
  const summary = await toSummary(db, row, caller, today);
  const repo = trainingSessionRepository(db);
  const days = await repo.meetingDays(row.id);
  const settings = await repo.mutualSettings(row.mutualId);
  const enrolments = enrolmentRepository(db);
  const picture = await enrolments.seatPicture(row.id);
  const waiting = await enrolments.waitlist(row.id);
  const reserved = await repo.reservations(row.id);
  const names = new Map(reserved.map((r) => [r.memberId, r.memberName]));
  const counted = await enrolments.listForSession(row.id, null, ['confirmed']);
  for (const e of counted) names.set(e.memberId, e.memberName);
  let reservations = [...names.entries()].map(([memberId, memberName]) => ({
    memberId,
    memberName,
    reserved: picture.reservedByMember[memberId] ?? 0,
    confirmed: picture.confirmedByMember[memberId] ?? 0,
    waitlisted: waiting.filter((w) => w.memberId === memberId).length,
  }));
  if (caller.role !== 'coordinator') reservations = reservations.filter((r) => r.memberId === caller.memberId);
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
    allowedTransitions: caller.role === 'coordinator' ? [...ALLOWED_TRANSITIONS[row.status as SessionState]] : [],
    trainerUserId: caller.role === 'coordinator' ? row.trainerUserId : null,
    notes: caller.role === 'coordinator' ? row.notes : '',
    overrideReason: row.overrideReason,
  };
}

/** The history of a session, oldest first (coordinators). */
export async function sessionHistory(deps: Deps, caller: Caller, sessionId: string) {
  const row = await loadVisibleSession(deps.db, caller, sessionId);
  const events = await trainingSessionRepository(deps.db).history(row.id);
  return events.map((e) => ({ ...e, id: Number(e.id), detail: e.detail ?? {} }));
}
