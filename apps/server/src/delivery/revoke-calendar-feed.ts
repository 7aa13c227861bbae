import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { calendarFeedRepository } from './calendar-feed-repository.ts';
import { visibleCalendarFeed } from './visible-calendar-feed.ts';

/** Revokes a feed URL (its creator, or a coordinator of the mutual). */
export async function revokeCalendarFeed(deps: Deps, caller: Caller, input: { feedId: string }): Promise<void> {
  const feed = await visibleCalendarFeed(deps, caller, input.feedId);
  await inTransaction(deps, async (tx) => {
    await calendarFeedRepository(tx.db).revoke(feed.id, deps.now().toISOString());
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: feed.mutual_id,
      actorUserId: caller.userId,
      action: 'calendar_feed.revoke',
      entityType: 'calendar_feed',
      entityId: feed.id,
      change: {},
    });
  });
}
