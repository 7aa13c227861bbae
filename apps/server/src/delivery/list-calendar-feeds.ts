import { pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { calendarFeedRepository } from './calendar-feed-repository.ts';
import { presentCalendarFeed } from './present.ts';

/** A page of the active feeds the caller may revoke, newest first: a coordinator every feed of the mutual, others those they created. */
export async function listCalendarFeeds(deps: Deps, caller: Caller, input: { page: number; pageSize: number }) {
  const { page, pageSize } = input;
  const mutualId = mutualOf(caller);
  const createdBy = caller.role === 'coordinator' ? null : caller.userId;
  const repo = calendarFeedRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.listActive(mutualId, createdBy, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.countActive(mutualId, createdBy),
  ]);
  return pageOf(rows.map(presentCalendarFeed), total, { page, pageSize });
}
