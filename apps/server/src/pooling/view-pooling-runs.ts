import type { PoolingComparison, PoolingNames, PoolingRunDetail, PoolingRunSummary } from '@mutualis/contracts';
import { comparePlans, type PlanJson, type PlanTotalsJson, type ProblemJson } from '@mutualis/domain/pooling-runs/index';
import { poolingRepository } from './repository.ts';
import { topicRepository } from '../topics/index.ts';
import { AppError, notFound } from '../errors.ts';
import type { Deps } from '../caller.ts';

type RunRow = NonNullable<Awaited<ReturnType<ReturnType<typeof poolingRepository>['findRun']>>>;
type Plan = PlanJson & { totals: PlanTotalsJson };

function summaryOf(row: RunRow): PoolingRunSummary {
  const plan = row.plan as Plan | null;
  const problem = row.problem as unknown as ProblemJson;
  return {
    id: row.id,
    label: row.label,
    status: row.status,
    sourceRunId: row.source_run_id,
    progress: row.progress,
    error: row.error,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    acceptedAt: row.accepted_at,
    createdByName: row.created_by_name,
    periods: problem.periods ?? [],
    needCount: problem.needs?.length ?? 0,
    totals: (plan?.totals as unknown as Record<string, number>) ?? null,
    bound: plan?.bound ?? null,
  };
}

/** The mutual's runs, newest first, without their problems and plans. */
export async function listPoolingRuns(deps: Deps, mutualId: string): Promise<PoolingRunSummary[]> {
  const rows = await poolingRepository(deps.db).listRuns(mutualId);
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    status: r.status,
    sourceRunId: r.source_run_id,
    progress: r.progress,
    error: r.error,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    acceptedAt: r.accepted_at,
    createdByName: r.created_by_name,
    periods: Array.isArray(r.periods) ? (r.periods as string[]) : [],
    needCount: Number(r.need_count ?? 0),
    totals: r.totals,
    bound: (r.bound as PoolingRunSummary['bound']) ?? null,
  }));
}

/** Names for the ids of the plans (firm names: coordinators only — this is only called for them). */
async function namesFor(deps: Deps, mutualId: string, runs: RunRow[]): Promise<PoolingNames> {
  const repo = poolingRepository(deps.db);
  const memberIds = new Set<string>();
  const offerIds = new Set<string>();
  const needIds = new Set<string>();
  for (const run of runs) {
    const plan = run.plan as Plan | null;
    for (const s of plan?.sessions ?? []) {
      offerIds.add(s.offerId);
      for (const a of s.allocations) {
        memberIds.add(a.memberId);
        needIds.add(a.needId);
      }
    }
    for (const u of plan?.unserved ?? []) needIds.add(u.needId);
    for (const m of plan?.members ?? []) memberIds.add(m.memberId);
  }
  const [members, courses, topics] = await Promise.all([repo.members(mutualId, [...memberIds]), repo.coursesByIds(mutualId, [...offerIds]), topicRepository(deps.db).list(mutualId, { includeRetired: true })]);
  const topicByCode = new Map(topics.map((t) => [t.code, t]));
  const needs: PoolingNames['needs'] = {};
  for (const run of runs) {
    for (const n of (run.problem as unknown as ProblemJson).needs ?? []) {
      if (!needIds.has(n.id) || needs[n.id]) continue;
      const t = topicByCode.get(n.topic);
      needs[n.id] = { memberId: n.memberId, topicFr: t?.name_fr ?? n.topic, topicEn: t?.name_en ?? n.topic, seats: n.seats };
      memberIds.add(n.memberId);
    }
  }
  return {
    members: Object.fromEntries(members.map((m) => [m.id, m.legal_name])),
    offers: Object.fromEntries(courses.map((c) => [c.id, { titleFr: c.title_fr, titleEn: c.title_en, providerName: c.provider_name }])),
    needs,
  };
}

/** One run: status, progress, its plan and the names behind its ids. */
export async function getPoolingRun(deps: Deps, mutualId: string, runId: string): Promise<PoolingRunDetail> {
  const repo = poolingRepository(deps.db);
  const row = await repo.findRun(mutualId, runId);
  if (!row) throw notFound('Pooling run');
  const sessions = row.accepted_at ? await repo.sessionsOfRun(mutualId, runId) : [];
  return {
    ...summaryOf(row),
    request: row.request,
    policy: ((row.problem as unknown as ProblemJson).policy ?? {}) as Record<string, unknown>,
    adjustments: row.adjustments,
    plan: row.plan as PoolingRunDetail['plan'],
    names: await namesFor(deps, mutualId, [row]),
    acceptedSessionIds: sessions.map((s) => s.id),
  };
}

/** The stored input of a run, exactly as the solver contract defines it. */
export async function getPoolingProblem(deps: Deps, mutualId: string, runId: string) {
  const row = await poolingRepository(deps.db).findRun(mutualId, runId);
  if (!row) throw notFound('Pooling run');
  return { problem: row.problem, adjustments: row.adjustments };
}

/** Two runs side by side: totals with differences and the sessions each has that the other lacks. */
export async function comparePoolingRuns(deps: Deps, mutualId: string, a: string, b: string): Promise<PoolingComparison> {
  const repo = poolingRepository(deps.db);
  const [ra, rb] = await Promise.all([repo.findRun(mutualId, a), repo.findRun(mutualId, b)]);
  if (!ra || !rb) throw notFound('Pooling run');
  for (const r of [ra, rb]) if (!r.plan) throw new AppError('conflict', `Run ${r.id} has no plan (${r.status})`);
  const cmp = comparePlans(ra.plan as Plan, rb.plan as Plan);
  return { a: summaryOf(ra), b: summaryOf(rb), ...cmp, names: await namesFor(deps, mutualId, [ra, rb]) };
}
