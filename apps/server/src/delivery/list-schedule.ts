import { SCHEDULE_MAX_DAYS, type Schedule, type ScheduleQuery } from '@mutualis/contracts';
import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { sessionTitles } from '@mutualis/domain/delivery/session-title';
import { addMonths, daysBetween } from '@mutualis/domain/learning/validity';
import type { Caller, Deps } from '../caller.ts';
import { invalid } from '../errors.ts';
import { scheduleRepository } from './schedule-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { sessionVisibilityOf } from './visible-session.ts';

/**
 * The meeting days from `from` to `to` of the sessions the caller may see (a coordinator all of
 * the mutual's, a member contact the open ones and its firm's, a trainer its own): the calendar's
 * month and week views. Without dates, the current month in Montreal.
 */
export async function listSchedule(deps: Deps, caller: Caller, query: ScheduleQuery): Promise<Schedule> {
  const visibility = sessionVisibilityOf(caller);
  const from = query.from ?? `${todayInMontreal(deps.now()).slice(0, 7)}-01`;
  const to = query.to ?? addDays(addMonths(`${from.slice(0, 7)}-01`, 1), -1);
  if (to < from) throw invalid('query.to', 'before_start_date');
  if (daysBetween(from, to) >= SCHEDULE_MAX_DAYS)
    throw invalid('query.to', 'schedule_too_long', { days: SCHEDULE_MAX_DAYS });
  const days = await scheduleRepository(deps.db).meetingDaysBetween(visibility.mutualId, from, to);
  const sessions = await trainingSessionRepository(deps.db).list(visibility, {
    ids: [...new Set(days.map((d) => d.sessionId))],
  });
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const ownFirm =
    visibility.kind === 'member'
      ? await scheduleRepository(deps.db).sessionsOfMember(visibility.memberId, [...byId.keys()])
      : null;
  const items = [];
  for (const d of days) {
    const s = byId.get(d.sessionId);
    if (!s) continue;
    const titles = sessionTitles(s);
    items.push({
      meetingDayId: d.id,
      sessionId: s.id,
      day: d.day,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      titleFr: titles.fr,
      titleEn: titles.en,
      status: s.status,
      mode: s.mode,
      place: s.place,
      providerName: s.providerName,
      ownFirm: ownFirm ? ownFirm.has(s.id) : null,
    });
  }
  return { from, to, items };
}
