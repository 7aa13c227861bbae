import type { PoolingPolicyInput, PoolingRunDetail, RerunPoolingRun } from '@mutualis/contracts';
import type { Adjustments, PinnedSession, PlanJson, ProblemJson } from '@mutualis/domain/pooling-runs/index';
import type { Caller, Deps } from '../caller.ts';
import { invalid } from '../errors.ts';
import { getPoolingRun } from './get-pooling-run.ts';
import { queuePoolingRun } from './queue-pooling-run.ts';
import { visiblePoolingRun } from './visible-pooling-run.ts';

/** Policy changes in the problem's terms (the contract's JSON: dollars). */
function policyJson(policy: PoolingPolicyInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (policy.unservedSeatPenaltyCents !== undefined) out.unservedSeatPenalty = policy.unservedSeatPenaltyCents / 100;
  if (policy.minMembersPerSession !== undefined) out.minMembersPerSession = policy.minMembersPerSession;
  if (policy.timeLimitSeconds !== undefined) out.timeLimitSeconds = policy.timeLimitSeconds;
  if (policy.allocationRule !== undefined) out.allocationRule = policy.allocationRule;
  if (policy.smallFirmDiscount !== undefined) out.smallFirmDiscount = policy.smallFirmDiscount;
  return out;
}

const slotKey = (s: { offerId: string; period: string; region: string | null }) =>
  `${s.offerId}\u0000${s.period}\u0000${s.region ?? ''}`;

/**
 * Runs a stored problem again with other pins, excludes or policy (coordinators); the source
 * run's pins and excludes carry over unless reset. Answers the queued run, to be polled.
 */
export async function rerunPoolingRun(
  deps: Deps,
  caller: Caller,
  input: { runId: string; changes: RerunPoolingRun },
): Promise<PoolingRunDetail> {
  const { changes } = input;
  const source = await visiblePoolingRun(deps, caller, input.runId);
  const plan = source.plan as unknown as PlanJson | null;
  const sessionById = new Map((plan?.sessions ?? []).map((s) => [s.id, s]));
  const fromPlan = (field: string, ids: string[] | undefined) =>
    (ids ?? []).map((id, i) => {
      if (!plan) throw invalid(field, 'source_run_has_no_plan');
      const s = sessionById.get(id);
      if (!s) throw invalid(`${field}.${i}`, 'session_not_in_source_plan', { id });
      return s;
    });

  const carried = (changes.resetAdjustments ? {} : source.adjustments) as Adjustments;
  const unpinned = new Set(fromPlan('unpins', changes.unpins).map(slotKey));
  const pins: PinnedSession[] = (carried.pins ?? []).filter((p) => !unpinned.has(slotKey(p)));
  for (const s of fromPlan('pins', changes.pins)) {
    if (s.pinned && !changes.resetAdjustments) continue; // already pinned by the source run
    pins.push({
      id: s.id,
      offerId: s.offerId,
      period: s.period,
      region: s.region,
      seats: s.seats,
      allocations: s.allocations.map((a) => ({ needId: a.needId, memberId: a.memberId, seats: a.seats })),
    });
  }
  const excludeSessions = [...(carried.excludeSessions ?? [])];
  for (const s of fromPlan('excludeSessions', changes.excludeSessions)) {
    if (!excludeSessions.some((x) => slotKey(x) === slotKey(s)))
      excludeSessions.push({ offerId: s.offerId, period: s.period, region: s.region });
  }
  const included = new Set(changes.includeNeeds ?? []);
  const excludeNeeds = [...new Set([...(carried.excludeNeeds ?? []), ...(changes.excludeNeeds ?? [])])].filter(
    (id) => !included.has(id),
  );
  const adjustments: Adjustments = {};
  if (pins.length) adjustments.pins = pins;
  if (excludeSessions.length) adjustments.excludeSessions = excludeSessions;
  if (excludeNeeds.length) adjustments.excludeNeeds = excludeNeeds;

  const problem = source.problem as unknown as ProblemJson;
  const newProblem: ProblemJson = changes.policy
    ? { ...problem, policy: { ...(problem.policy ?? {}), ...policyJson(changes.policy) } }
    : problem;
  const runId = await queuePoolingRun(deps, caller, {
    label: changes.label ?? source.label,
    sourceRunId: source.id,
    request: { ...(source.request as Record<string, unknown>), rerun: changes },
    problem: newProblem,
    adjustments,
    needsSnapshot: source.needs_snapshot,
  });
  return getPoolingRun(deps, caller, { runId });
}
