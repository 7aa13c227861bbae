import type { PoolingPolicyInput, RerunPoolingRun, StartPoolingRun } from '@mutualis/contracts';
import { buildPoolingProblem } from '@mutualis/domain/demand/pooling-problem';
import { InvalidPoolingProblemError, parsePoolingProblem } from '@mutualis/domain/pooling/index';
import { type Adjustments, applyAdjustments, InvalidAdjustmentError, type PinnedSession, type PlanJson, type ProblemJson } from '@mutualis/domain/pooling-runs/index';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import { auditRepository } from '../audit/index.ts';
import { courseRepository } from '../catalogue/index.ts';
import { demandRepository } from '../demand/index.ts';
import { needStateOf, poolingRepository } from './repository.ts';
import { topicRepository } from '../topics/index.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { poolingCourseOf, poolingNeedOf } from './pooling-sources.ts';

const DEFAULT_TIME_LIMIT_SECONDS = 30;
const DEFAULT_PENALTY_CENTS = 100_000;

/** Checks that the solver will accept the problem; a bad one is a 400 naming the field and id. */
function assertSolvable(problem: ProblemJson, adjustments: Adjustments) {
  let adjusted: ProblemJson;
  try {
    adjusted = applyAdjustments(problem, adjustments).problem;
  } catch (error) {
    if (error instanceof InvalidAdjustmentError) throw invalid(error.field, error.message);
    throw error;
  }
  try {
    parsePoolingProblem(adjusted);
  } catch (error) {
    if (error instanceof InvalidPoolingProblemError) {
      const fields = error.issues.slice(0, 20).map((i) => ({ field: `problem.${i.path}`, message: i.message }));
      throw new AppError('validation_failed', `The pooling problem is not valid: ${error.message}`, { fields });
    }
    throw error;
  }
}

async function storeAndQueue(
  deps: Deps,
  caller: Caller,
  mutualId: string,
  run: { label: string | null; sourceRunId: string | null; request: Record<string, unknown>; problem: ProblemJson; adjustments: Adjustments; needsSnapshot: Record<string, string> },
) {
  assertSolvable(run.problem, run.adjustments);
  const created = await deps.db.transaction().execute(async (trx) => {
    const row = await poolingRepository(trx).createRun({ ...run, mutualId, createdBy: caller.userId, adjustments: run.adjustments as Record<string, unknown> });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: run.sourceRunId ? 'pooling_run.rerun' : 'pooling_run.start',
      entityType: 'pooling_run',
      entityId: row.id,
      change: { sourceRunId: run.sourceRunId, needs: run.problem.needs.length, offers: run.problem.offers.length, periods: run.problem.periods, policy: run.problem.policy ?? {} },
    });
    return row;
  });
  deps.poolingRuns.enqueue(created.id, mutualId);
  return created.id;
}

function policyJson(policy: PoolingPolicyInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (policy.unservedSeatPenaltyCents !== undefined) out.unservedSeatPenalty = policy.unservedSeatPenaltyCents / 100;
  if (policy.minMembersPerSession !== undefined) out.minMembersPerSession = policy.minMembersPerSession;
  if (policy.timeLimitSeconds !== undefined) out.timeLimitSeconds = policy.timeLimitSeconds;
  if (policy.allocationRule !== undefined) out.allocationRule = policy.allocationRule;
  if (policy.smallFirmDiscount !== undefined) out.smallFirmDiscount = policy.smallFirmDiscount;
  return out;
}

/** Builds a problem from the mutual's open needs and approved courses for the chosen periods, stores it and queues its run; returns the run id. */
export async function startPoolingRun(deps: Deps, caller: Caller, mutualId: string, input: StartPoolingRun): Promise<string> {
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
  if (problem.needs.length === 0) throw invalid('periods', 'no open need of the selection accepts any of the chosen periods');
  const state = new Map(needs.map((n) => [n.id, needStateOf(n)]));
  const needsSnapshot = Object.fromEntries(problem.needs.map((n) => [n.id, state.get(n.id) ?? '']));
  return storeAndQueue(deps, caller, mutualId, {
    label: input.label ?? null,
    sourceRunId: null,
    request: { ...input, leftOutNeeds: built.leftOutNeeds.length, leftOutCourses: built.leftOutCourses.length },
    problem,
    adjustments: {},
    needsSnapshot,
  });
}

const slotKey = (s: { offerId: string; period: string; region: string | null }) => `${s.offerId}\u0000${s.period}\u0000${s.region ?? ''}`;

/** Runs a stored problem again with other pins, excludes or policy; returns the new run id. */
export async function rerunPoolingRun(deps: Deps, caller: Caller, mutualId: string, sourceRunId: string, input: RerunPoolingRun): Promise<string> {
  const source = await poolingRepository(deps.db).findRun(mutualId, sourceRunId);
  if (!source) throw notFound('Pooling run');
  const plan = source.plan as unknown as PlanJson | null;
  const sessionById = new Map((plan?.sessions ?? []).map((s) => [s.id, s]));
  const fromPlan = (field: string, ids: string[] | undefined) =>
    (ids ?? []).map((id, i) => {
      if (!plan) throw invalid(field, 'the source run has no plan to take sessions from');
      const s = sessionById.get(id);
      if (!s) throw invalid(`${field}.${i}`, `session "${id}" is not in the source run's plan`);
      return s;
    });

  const carried = (input.resetAdjustments ? {} : source.adjustments) as Adjustments;
  const unpinned = new Set(fromPlan('unpins', input.unpins).map(slotKey));
  const pins: PinnedSession[] = (carried.pins ?? []).filter((p) => !unpinned.has(slotKey(p)));
  for (const s of fromPlan('pins', input.pins)) {
    if (s.pinned && !input.resetAdjustments) continue; // already pinned by the source run
    pins.push({ id: s.id, offerId: s.offerId, period: s.period, region: s.region, seats: s.seats, allocations: s.allocations.map((a) => ({ needId: a.needId, memberId: a.memberId, seats: a.seats })) });
  }
  const excludeSessions = [...(carried.excludeSessions ?? [])];
  for (const s of fromPlan('excludeSessions', input.excludeSessions)) {
    if (!excludeSessions.some((x) => slotKey(x) === slotKey(s))) excludeSessions.push({ offerId: s.offerId, period: s.period, region: s.region });
  }
  const included = new Set(input.includeNeeds ?? []);
  const excludeNeeds = [...new Set([...(carried.excludeNeeds ?? []), ...(input.excludeNeeds ?? [])])].filter((id) => !included.has(id));
  const adjustments: Adjustments = {};
  if (pins.length) adjustments.pins = pins;
  if (excludeSessions.length) adjustments.excludeSessions = excludeSessions;
  if (excludeNeeds.length) adjustments.excludeNeeds = excludeNeeds;

  const problem = source.problem as unknown as ProblemJson;
  const newProblem: ProblemJson = input.policy ? { ...problem, policy: { ...(problem.policy ?? {}), ...policyJson(input.policy) } } : problem;
  return storeAndQueue(deps, caller, mutualId, {
    label: input.label ?? source.label,
    sourceRunId: source.id,
    request: { ...(source.request as Record<string, unknown>), rerun: input },
    problem: newProblem,
    adjustments,
    needsSnapshot: source.needs_snapshot,
  });
}

/** Cancels a queued or running run of the mutual; 409 when it has already ended. */
export async function cancelPoolingRun(deps: Deps, caller: Caller, mutualId: string, runId: string) {
  const run = await poolingRepository(deps.db).findRun(mutualId, runId);
  if (!run) throw notFound('Pooling run');
  const done = await deps.poolingRuns.cancel(mutualId, runId);
  if (!done) throw new AppError('conflict', `The run has already ended (${run.status})`);
  await auditRepository(deps.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: 'pooling_run.cancel', entityType: 'pooling_run', entityId: runId, change: { from: run.status } });
}
