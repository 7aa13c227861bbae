import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { installStarterTopics } from './install-starter-topics.ts';
import { topicRepository } from './repository.ts';

/** Adds the starter topics the caller's mutual does not have yet; answers how many were added and the total (coordinators). */
export async function addStarterTopics(deps: Deps, caller: Caller): Promise<{ added: number; total: number }> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const added = await installStarterTopics(tx.db, mutualId);
    const total = (await topicRepository(tx.db).codes(mutualId)).length;
    return { added, total };
  });
}
