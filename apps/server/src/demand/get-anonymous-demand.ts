import type { AnonymousDemand } from '@mutualis/contracts';
import { anonymousDemand } from '@mutualis/domain/demand/index';
import { topicWithDescendants } from '@mutualis/domain/topics/index';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { AppError, notFound } from '../errors.ts';
import { topicRepository } from '../topics/index.ts';
import { demandRepository } from './repository.ts';

/** Anonymous demand on a topic (with its sub-topics) for a member contact: counts of other firms, never names. */
export async function getAnonymousDemand(
  deps: Deps,
  caller: Caller,
  input: { topicId: string },
): Promise<AnonymousDemand> {
  const { mutualId, memberId } = memberScopeOf(caller);
  if (!memberId) throw new AppError('forbidden', 'member_contacts_only');
  const { topicId } = input;
  const topics = await topicRepository(deps.db).list(mutualId, { includeRetired: true });
  if (!topics.some((t) => t.id === topicId)) throw notFound('topic');
  const ids = topicWithDescendants(
    topics.map((t) => ({ id: t.id, parentId: t.parent_id })),
    topicId,
  );
  const rows = await demandRepository(deps.db).seatsByMember(mutualId, ids);
  return { topicId, ...anonymousDemand(rows, memberId) };
}
