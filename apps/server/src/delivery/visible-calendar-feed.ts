import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { calendarFeedRepository } from './calendar-feed-repository.ts';

/** An active feed the caller may revoke (its creator, or a coordinator of its mutual); 404 otherwise. */
export async function visibleCalendarFeed(deps: Deps, caller: Caller, feedId: string) {
  const feed = await calendarFeedRepository(deps.db).find(feedId, mutualOf(caller));
  if (!feed || (caller.role !== 'coordinator' && feed.created_by !== caller.userId)) throw notFound('calendar_feed');
  return feed;
}
