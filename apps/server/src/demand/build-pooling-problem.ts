import type { PoolingProblemBuild } from '@mutualis/contracts';
import { buildPoolingProblem } from '@mutualis/domain/demand/index';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { courseRepository } from '../catalogue/index.ts';
import { poolingCourseOf, poolingNeedOf } from '../pooling/index.ts';
import { topicRepository } from '../topics/index.ts';
import { demandRepository } from './repository.ts';

/** The pooling problem (shared spec pooling.md) from the caller's mutual's open needs and approved courses, for the chosen periods. */
export async function buildMutualPoolingProblem(
  deps: Deps,
  caller: Caller,
  input: { periods: string[]; topicIds?: string[]; policy?: Parameters<typeof buildPoolingProblem>[0]['policy'] },
): Promise<PoolingProblemBuild> {
  const mutualId = mutualOf(caller);
  const repo = demandRepository(deps.db);
  const [topics, courses, needs, members, minMembers] = await Promise.all([
    topicRepository(deps.db).codes(mutualId),
    courseRepository(deps.db).approved(mutualId),
    repo.openNeedsForPooling(mutualId, input.topicIds),
    repo.memberSizes(mutualId),
    repo.minFirmsPerSession(mutualId),
  ]);
  const topicSet = input.topicIds ? new Set(input.topicIds) : null;
  const built = buildPoolingProblem({
    needs: needs.map(poolingNeedOf),
    courses: courses.filter((c) => !topicSet || topicSet.has(c.topic_id)).map(poolingCourseOf),
    topicCodeById: new Map(topics.map((t) => [t.id, t.code])),
    periods: input.periods,
    policy: { minMembersPerSession: minMembers, ...input.policy },
    members: members.map((m) => ({ id: m.id, sizeClass: sizeClassOf(m.headcount) })),
  });
  return built as unknown as PoolingProblemBuild;
}
