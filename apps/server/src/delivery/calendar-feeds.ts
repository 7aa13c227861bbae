import { type CalendarEvent, writeCalendar } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { calendarFeedRepository } from './calendar-feed-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { AppError, notFound } from '../errors.ts';
import { mutualOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';
import { hashToken, newToken } from '../accounts/index.ts';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Creates a private calendar URL: a trainer's own sessions; a firm's sessions (member contact of
 * that firm, or coordinator); one participant's sessions. The token is shown once.
 */
export async function createCalendarFeed(deps: Deps, caller: Caller, input: { kind: 'trainer' | 'member' | 'participant'; employeeId?: string; memberId?: string }) {
  const mutualId = mutualOf(caller);
  const values = { mutualId, kind: input.kind, userId: null as string | null, providerId: null as string | null, memberId: null as string | null, employeeId: null as string | null };
  if (input.kind === 'trainer') {
    if (caller.role !== 'trainer') throw new AppError('validation_failed', 'Only a trainer has a trainer feed', { fields: [{ field: 'kind', message: 'trainer feeds are for trainer accounts' }] });
    values.userId = caller.userId;
    values.providerId = caller.providerId;
  } else if (caller.role === 'trainer') {
    throw new AppError('validation_failed', 'A trainer has only a trainer feed', { fields: [{ field: 'kind', message: 'must be trainer' }] });
  } else if (input.kind === 'member') {
    const memberId = caller.role === 'member_contact' ? caller.memberId : input.memberId;
    if (!memberId) throw new AppError('validation_failed', 'memberId: required', { fields: [{ field: 'memberId', message: 'required' }] });
    if (!(await calendarFeedRepository(deps.db).memberExists(memberId, mutualId))) throw notFound('Member');
    values.memberId = memberId;
  } else {
    if (!input.employeeId) throw new AppError('validation_failed', 'employeeId: required', { fields: [{ field: 'employeeId', message: 'required' }] });
    const employee = await enrolmentRepository(deps.db).employee(input.employeeId, mutualId);
    if (!employee || (caller.role === 'member_contact' && employee.memberId !== caller.memberId)) {
      throw new AppError('not_found', 'Employee not found', { fields: [{ field: 'employeeId', message: 'no such employee' }] });
    }
    values.employeeId = employee.id;
    values.memberId = employee.memberId;
  }
  const token = newToken();
  const feed = await deps.db.transaction().execute(async (trx) => {
    const row = await calendarFeedRepository(trx).insert({ ...values, tokenHash: hashToken(token), createdBy: caller.userId });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId,
      memberId: values.memberId,
      actorUserId: caller.userId,
      action: 'calendar_feed.create',
      entityType: 'calendar_feed',
      entityId: row.id,
      change: { kind: input.kind, employeeId: values.employeeId, memberId: values.memberId },
    });
    return row;
  });
  return { id: feed.id, kind: feed.kind, url: `${deps.config.PUBLIC_URL}/api/calendar/${token}.ics` };
}

/** Active feeds the caller may revoke: a coordinator every feed of the mutual, others those they created. */
export async function listCalendarFeeds(deps: Deps, caller: Caller) {
  const rows = await calendarFeedRepository(deps.db).listActive(mutualOf(caller), caller.role === 'coordinator' ? null : caller.userId);
  return rows.map((r) => ({ ...r, kind: r.kind as 'trainer' | 'member' | 'participant' }));
}

/** Revokes a feed URL (its creator, or a coordinator of the mutual). */
export async function revokeCalendarFeed(deps: Deps, caller: Caller, feedId: string) {
  const mutualId = mutualOf(caller);
  const repo = calendarFeedRepository(deps.db);
  const feed = await repo.find(feedId, mutualId);
  if (!feed || (caller.role !== 'coordinator' && feed.created_by !== caller.userId)) throw notFound('Calendar feed');
  await deps.db.transaction().execute(async (trx) => {
    await calendarFeedRepository(trx).revoke(feedId, deps.now().toISOString());
    await auditRepository(trx).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: 'calendar_feed.revoke', entityType: 'calendar_feed', entityId: feedId, change: {} });
  });
}

/** The iCalendar document of a feed token; an unknown or revoked token is 404 and reveals nothing. */
export async function renderCalendarFeed(deps: Deps, tokenWithSuffix: string): Promise<string> {
  const token = tokenWithSuffix.replace(/\.ics$/, '');
  const repo = calendarFeedRepository(deps.db);
  const feed = TOKEN.test(token) ? await repo.active(hashToken(token)) : undefined;
  if (!feed) throw notFound('Calendar');
  // which sessions, and for a participant, whether they still take part
  const personalStatus = new Map<string, string>();
  let sessionIds: string[];
  if (feed.kind === 'trainer') {
    sessionIds = await repo.trainerSessionIds(feed.mutual_id, feed.provider_id as string, feed.user_id);
  } else {
    const enrolments = await repo.enrolmentsOf(feed.mutual_id, feed.kind === 'member' ? { memberId: feed.member_id as string } : { employeeId: feed.employee_id as string });
    for (const e of enrolments) {
      const current = personalStatus.get(e.sessionId);
      if (current !== 'confirmed') personalStatus.set(e.sessionId, e.status === 'confirmed' || e.status === 'no_show' ? 'confirmed' : e.status);
    }
    sessionIds = [...personalStatus.keys()];
  }
  const sessions = trainingSessionRepository(deps.db);
  const rows = await sessions.list({ kind: 'mutual', mutualId: feed.mutual_id }, { ids: sessionIds });
  const days = await sessions.meetingDaysOf(rows.map((r) => r.id));
  const events: CalendarEvent[] = [];
  for (const row of rows) {
    const mine = days.filter((d) => d.sessionId === row.id);
    const left = personalStatus.has(row.id) && personalStatus.get(row.id) !== 'confirmed';
    const status: CalendarEvent['status'] =
      row.status === 'cancelled' || left ? 'CANCELLED' : ['proposed', 'confirmed'].includes(row.status) ? 'TENTATIVE' : 'CONFIRMED';
    const perDay = new Map<string, number>();
    for (const d of mine) {
      const n = (perDay.get(d.day) ?? 0) + 1;
      perDay.set(d.day, n);
      events.push({
        uid: `session-${row.id}-${d.day}-${n}@mutualis`,
        date: d.day,
        startTime: d.startsAt,
        endTime: d.endsAt,
        summary: row.title,
        description: [row.courseTitleEn !== row.title ? row.courseTitleEn : null, row.trainerName ? `Formateur / Trainer: ${row.trainerName}` : null, row.virtualLink]
          .filter(Boolean)
          .join('\n'),
        location: row.mode === 'virtual' ? (row.virtualLink ?? null) : row.place,
        url: row.virtualLink,
        // a participant who left sees the cancellation as a newer version of the event
        sequence: row.sequence + (left ? 1 : 0),
        status,
        updatedAt: row.updatedAt,
      });
    }
  }
  return writeCalendar({ name: 'Mutualis', events });
}
