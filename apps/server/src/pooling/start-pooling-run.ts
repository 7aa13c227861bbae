import type { PoolingRunDetail, StartPoolingRun } from '@mutualis/contracts';
import { buildPoolingProblem } from '@mutualis/domain/demand/pooling-problem';
import type { ProblemJson } from '@mutualis/domain/pooling-runs/index';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { courseRepository } from '../catalogue/index.ts';
import { demandRepository } from '../demand/index.ts';
import { invalid } from '../errors.ts';
import { topicRepository } from '../topics/index.ts';
import { getPoolingRun } from './get-pooling-run.ts';
import { poolingCourseOf, poolingNeedOf } from './pooling-sources.ts';
import { queuePoolingRun } from './queue-pooling-run.ts';
import { needStateOf, poolingRepository } from './repository.ts';

const DEFAULT_TIME_LIMIT_SECONDS = 30;
const DEFAULT_PENALTY_CENTS = 100_000;

/**
 * Builds a problem from the mutual's open needs and approved courses for the chosen periods,
 * stores it and queues its run (coordinators); answers the queued run, to be polled.
 */
export async function startPoolingRun(deps: Deps, caller: Caller, input: StartPoolingRun): Promise<PoolingRunDetail> {
  const mutualId = mutualOf(caller);
  // The needs are read with the run's own filter (and updated_at, for the staleness snapshot);
  // courses, topics, member sizes and the minimum of firms as the demand board reads them.
  const demand = demandRepository(deps.db);
  const [needs, courses, topics, members, minFirms] = await Promise.all([
    poolingRepository(deps.db).openNeeds(mutualId, { needIds: input.needIds, ...input.filters }),
    courseRepository(deps.db).approved(mutualId),
    topicRepository(deps.db).codes(mutualId),
    demand.memberSizes(mutualId),
    demand.minFirmsPerSession(mutualId),
  ]);
  const policy = {
    unservedSeatPenaltyCents: input.policy.unservedSeatPenaltyCents ?? DEFAULT_PENALTY_CENTS,
    minMembersPerSession: input.policy.minMembersPerSession ?? minFirms,
    timeLimitSeconds: input.policy.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS,
    allocationRule: input.policy.allocationRule ?? 'per_seat',
    ...(input.policy.smallFirmDiscount !== undefined ? { smallFirmDiscount: input.policy.smallFirmDiscount } : {}),
  };
  const built = buildPoolingProblem({
    needs: needs.map(poolingNeedOf),
    courses: courses.map(poolingCourseOf),
    topicCodeById: new Map(topics.map((t) => [t.id, t.code])),
    periods: input.periods,
    policy,
    members: members.map((m) => ({ id: m.id, sizeClass: sizeClassOf(m.headcount) })),
  });
  const problem = built.problem as unknown as ProblemJson;
  if (problem.needs.length === 0) throw invalid('periods', 'no_need_in_periods');
  const state = new Map(needs.map((n) => [n.id, needStateOf(n)]));
  const needsSnapshot = Object.fromEntries(problem.needs.map((n) => [n.id, state.get(n.id) ?? '']));
  const runId = await queuePoolingRun(deps, caller, {
    label: input.label ?? null,
    sourceRunId: null,
    request: { ...input, leftOutNeeds: built.leftOutNeeds.length, leftOutCourses: built.leftOutCourses.length },
    problem,
    adjustments: {},
    needsSnapshot,
  });
  return getPoolingRun(deps, caller, { runId });
}
