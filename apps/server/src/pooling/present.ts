// Pooling run and savings rows → API answers.
import type { PoolingNames, PoolingRunDetail, PoolingRunSummary, SavingsLine } from '@mutualis/contracts';
import { type PlanJson, type PlanTotalsJson, type ProblemJson, planFigures } from '@mutualis/domain/pooling-runs/index';
import type { Db } from '../db/client.ts';
import { topicRepository } from '../topics/index.ts';
import { type PoolingRunListRow, type PoolingRunRow, poolingRepository } from './repository.ts';

type Plan = PlanJson & { totals: PlanTotalsJson };

/** A run of the list (its totals, bound, periods and need count are read from the JSON by the query). */
export function presentRunListItem(r: PoolingRunListRow): PoolingRunSummary {
  return {
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
  };
}

/** A whole run, without its problem and plan. */
export function presentRunSummary(row: PoolingRunRow): PoolingRunSummary {
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

/** One run: status, progress, its plan and its figures in real money, the names behind its ids and the sessions its acceptance created. */
export async function presentRunDetail(db: Db, row: PoolingRunRow): Promise<PoolingRunDetail> {
  const sessions = row.accepted_at ? await poolingRepository(db).sessionsOfRun(row.mutual_id, row.id) : [];
  return {
    ...presentRunSummary(row),
    request: row.request,
    policy: ((row.problem as unknown as ProblemJson).policy ?? {}) as Record<string, unknown>,
    adjustments: row.adjustments,
    plan: row.plan as PoolingRunDetail['plan'],
    figures: row.plan ? planFigures(row.plan as Plan) : null,
    names: await presentPlanNames(db, row.mutual_id, [row]),
    acceptedSessionIds: sessions.map((s) => s.id),
  };
}

/** Names for the ids of the runs' plans: firm names (runs are read by coordinators only), courses, needs' topics. */
export async function presentPlanNames(db: Db, mutualId: string, runs: PoolingRunRow[]): Promise<PoolingNames> {
  const repo = poolingRepository(db);
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
  const [members, courses, topics] = await Promise.all([
    repo.members(mutualId, [...memberIds]),
    repo.coursesByIds(mutualId, [...offerIds]),
    topicRepository(db).list(mutualId, { includeRetired: true }),
  ]);
  const topicByCode = new Map(topics.map((t) => [t.code, t]));
  const needs: PoolingNames['needs'] = {};
  for (const run of runs) {
    for (const n of (run.problem as unknown as ProblemJson).needs ?? []) {
      if (!needIds.has(n.id) || needs[n.id]) continue;
      const t = topicByCode.get(n.topic);
      needs[n.id] = {
        memberId: n.memberId,
        topicFr: t?.name_fr ?? n.topic,
        topicEn: t?.name_en ?? n.topic,
        seats: n.seats,
      };
      memberIds.add(n.memberId);
    }
  }
  return {
    members: Object.fromEntries(members.map((m) => [m.id, m.legal_name])),
    offers: Object.fromEntries(
      courses.map((c) => [c.id, { titleFr: c.title_fr, titleEn: c.title_en, providerName: c.provider_name }]),
    ),
    needs,
  };
}

type ReservationRow = Awaited<ReturnType<ReturnType<typeof poolingRepository>['reservationsOfMember']>>[number];

/** One of a firm's reservations as a savings line: its pooled share against the same seats alone. */
export function presentSavingsLine(r: ReservationRow): SavingsLine {
  return {
    // the inner join on need keeps out seats reserved by hand (no need behind them)
    needId: r.need_id as string,
    sessionId: r.session_id,
    topicFr: r.topic_fr,
    topicEn: r.topic_en,
    courseFr: r.course_fr,
    courseEn: r.course_en,
    period: r.period,
    regionCode: r.region_code,
    sessionStatus: r.session_status,
    seats: r.seats,
    pooledCents: r.share_cents,
    standaloneCents: r.standalone_cents,
    savingsCents: r.standalone_cents - r.share_cents,
  };
}

/** The sums of savings lines. */
export const savingsTotalsOf = (lines: SavingsLine[]) => ({
  seats: lines.reduce((t, l) => t + l.seats, 0),
  pooledCents: lines.reduce((t, l) => t + l.pooledCents, 0),
  standaloneCents: lines.reduce((t, l) => t + l.standaloneCents, 0),
  savingsCents: lines.reduce((t, l) => t + l.savingsCents, 0),
});
