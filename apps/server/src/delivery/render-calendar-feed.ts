import {
  type CalendarEvent,
  enrolmentKeptSeat,
  sessionIsTentative,
  writeCalendar,
} from '@mutualis/domain/delivery/index';
import { sessionTitleIn } from '@mutualis/domain/delivery/session-title';
import { hashToken } from '../accounts/index.ts';
import type { Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { calendarFeedRepository } from './calendar-feed-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The iCalendar document of a feed token (no login); an unknown or revoked token is 404 and reveals nothing. */
export async function renderCalendarFeed(deps: Deps, input: { feedToken: string }): Promise<string> {
  const token = input.feedToken.replace(/\.ics$/, '');
  const repo = calendarFeedRepository(deps.db);
  const feed = TOKEN.test(token) ? await repo.active(hashToken(token)) : undefined;
  if (!feed) throw notFound('calendar_feed');
  // which sessions, and for a participant, whether they still take part
  const personalStatus = new Map<string, string>();
  let sessionIds: string[];
  if (feed.kind === 'trainer') {
    sessionIds = await repo.trainerSessionIds(feed.mutual_id, feed.provider_id as string, feed.user_id);
  } else {
    const enrolments = await repo.enrolmentsOf(
      feed.mutual_id,
      feed.kind === 'member' ? { memberId: feed.member_id as string } : { employeeId: feed.employee_id as string },
    );
    for (const e of enrolments) {
      const current = personalStatus.get(e.sessionId);
      if (current !== 'confirmed')
        personalStatus.set(e.sessionId, enrolmentKeptSeat(e.status) ? 'confirmed' : e.status);
    }
    sessionIds = [...personalStatus.keys()];
  }
  const sessions = trainingSessionRepository(deps.db);
  const rows = await sessions.list({ kind: 'mutual', mutualId: feed.mutual_id }, { ids: sessionIds });
  const days = await sessions.meetingDaysOf(rows.map((r) => r.id));
  // the feed is read by the person who made it: titles in that account's language
  const lang = feed.readerLocale;
  const events: CalendarEvent[] = [];
  for (const row of rows) {
    const mine = days.filter((d) => d.sessionId === row.id);
    const left = personalStatus.has(row.id) && personalStatus.get(row.id) !== 'confirmed';
    // the virtual class link is for those who take part: not after leaving, nor on a cancelled session
    const link = left || row.status === 'cancelled' ? null : row.virtualLink;
    const status: CalendarEvent['status'] =
      row.status === 'cancelled' || left ? 'CANCELLED' : sessionIsTentative(row.status) ? 'TENTATIVE' : 'CONFIRMED';
    const perDay = new Map<string, number>();
    for (const d of mine) {
      const n = (perDay.get(d.day) ?? 0) + 1;
      perDay.set(d.day, n);
      events.push({
        uid: `session-${row.id}-${d.day}-${n}@mutualis`,
        date: d.day,
        startTime: d.startsAt,
        endTime: d.endsAt,
        summary: sessionTitleIn(row, lang),
        description: [
          row.trainerName ? `${lang === 'fr' ? 'Formateur : ' : 'Trainer: '}${row.trainerName}` : null,
          link,
        ]
          .filter(Boolean)
          .join('\n'),
        location: row.mode === 'virtual' ? link : row.place,
        url: link,
        // a participant who left sees the cancellation as a newer version of the event
        sequence: row.sequence + (left ? 1 : 0),
        status,
        updatedAt: row.updatedAt,
      });
    }
  }
  return writeCalendar({ name: 'Mutualis', events });
}
