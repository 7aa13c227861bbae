import type { AcceptedPlan } from '@mutualis/contracts';
import { splitByLargestRemainder } from '@mutualis/domain/pooling/order';
import { type PlanJson, poolingRunHasPlan, standaloneCostByNeedCents } from '@mutualis/domain/pooling-runs/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { trainingSessionRepository } from '../delivery/index.ts';
import { AppError } from '../errors.ts';
import { changeNeedStatus, needRepository } from '../needs/index.ts';
import { needStateOf, poolingRepository } from './repository.ts';
import { visiblePoolingRun } from './visible-pooling-run.ts';

const cents = (dollars: number) => Math.round(dollars * 100);

/**
 * Accepts a run's plan (coordinators): creates its sessions as 'proposed' with each need's
 * reserved seats, share and standalone cost, and moves the needs to planned — all or nothing.
 * 409 when the run has no plan, was accepted already, or a need or course it uses changed since
 * the run was built.
 */
export async function acceptPoolingPlan(deps: Deps, caller: Caller, input: { runId: string }): Promise<AcceptedPlan> {
  const run = await visiblePoolingRun(deps, caller, input.runId);
  const { mutual_id: mutualId, id: runId } = run;
  if (!poolingRunHasPlan(run.status) || !run.plan)
    throw new AppError('conflict', 'run_has_no_plan', { params: { status: run.status } });
  if (run.accepted_at) throw new AppError('conflict', 'plan_already_accepted');
  const plan = run.plan as unknown as PlanJson;
  const now = deps.now();

  // what each need's served seats would cost alone, spread over its sessions by seats
  const servedByNeed = new Map<string, number>();
  for (const s of plan.sessions)
    for (const a of s.allocations) servedByNeed.set(a.needId, (servedByNeed.get(a.needId) ?? 0) + a.seats);
  const standaloneByNeed = standaloneCostByNeedCents(run.problem, servedByNeed);
  const partsByNeed = new Map<string, number[]>();
  for (const [needId] of servedByNeed) {
    const parts = plan.sessions.flatMap((s) =>
      s.allocations.filter((a) => a.needId === needId).map((a) => ({ share: cents(a.share), seats: a.seats })),
    );
    const standalone = standaloneByNeed.get(needId);
    partsByNeed.set(
      needId,
      standalone == null
        ? parts.map((p) => p.share)
        : splitByLargestRemainder(
            standalone,
            parts.map((p) => p.seats),
          ),
    );
  }

  return inTransaction(deps, async (tx) => {
    const repo = poolingRepository(tx.db);
    if (!(await repo.markAccepted(mutualId, runId, caller.userId, now.toISOString())))
      throw new AppError('conflict', 'plan_already_accepted');

    // a stale plan: a need it serves changed (seats, status, any edit) or a course is no longer approved
    const needIds = [...servedByNeed.keys()];
    const current = new Map(
      (await needRepository(tx.db).all({ mutualId, memberId: null }, { ids: needIds })).map((n) => [n.id, n]),
    );
    const changed = needIds.filter((id) => {
      const n = current.get(id);
      return n?.status !== 'open' || needStateOf(n) !== run.needs_snapshot[id];
    });
    if (changed.length > 0)
      throw new AppError('conflict', 'plan_stale_needs', {
        params: { count: changed.length, id: changed[0] },
        fields: changed.slice(0, 20).map((id) => ({ field: `needs.${id}`, code: 'changed_since_run' as const })),
      });
    const courseIds = [...new Set(plan.sessions.map((s) => s.offerId))];
    const courses = new Map((await repo.coursesByIds(mutualId, courseIds)).map((c) => [c.id, c]));
    const retired = courseIds.filter((id) => courses.get(id)?.status !== 'approved');
    if (retired.length > 0) throw new AppError('conflict', 'plan_stale_course', { params: { id: retired[0] } });

    const used = new Map<string, number>();
    const sessionIds: string[] = [];
    let reservations = 0;
    for (const s of plan.sessions) {
      const id = await repo.createSession({
        mutualId,
        courseId: s.offerId,
        poolingRunId: runId,
        planSessionId: s.id,
        period: s.period,
        regionCode: s.region,
        seats: s.seats,
        costCents: cents(s.cost),
        reservations: s.allocations.map((a) => {
          const k = used.get(a.needId) ?? 0;
          used.set(a.needId, k + 1);
          return {
            memberId: a.memberId,
            needId: a.needId,
            seats: a.seats,
            shareCents: cents(a.share),
            standaloneCents: partsByNeed.get(a.needId)?.[k] ?? cents(a.share),
          };
        }),
      });
      // the session's history starts here (the delivery work carries it on)
      await trainingSessionRepository(tx.db).recordEvent({
        mutualId,
        sessionId: id,
        actorUserId: caller.userId,
        kind: 'created',
        toStatus: 'proposed',
        detail: { by: 'pooling', runId, planSessionId: s.id, reservations: s.allocations.length },
      });
      sessionIds.push(id);
      reservations += s.allocations.length;
    }
    // every need served was open (checked above): each one is now planned, through the needs area's transition rules
    await changeNeedStatus(
      tx.db,
      { mutualId, userId: caller.userId },
      needIds,
      'planned',
      now,
      `pooling run ${runId} accepted`,
    );
    const needsPlanned = needIds.length;
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'pooling_run.accept',
      entityType: 'pooling_run',
      entityId: runId,
      change: {
        sessions: sessionIds.length,
        reservations,
        needsPlanned,
        cost: (plan as { totals?: { cost?: number } }).totals?.cost ?? null,
      },
    });
    return { runId, sessionIds, reservations, needsPlanned };
  });
}
