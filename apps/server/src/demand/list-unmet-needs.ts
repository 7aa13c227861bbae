import type { UnmetNeeds, UnmetQuery } from '@mutualis/contracts';
import { cellKey, UNMET_REASONS, type UnmetReason, unmetReason } from '@mutualis/domain/demand/index';
import { type Caller, type Deps, type KeptAnswers, mutualOf } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { dataVersionsOf } from '../db/data-versions.ts';
import { demandContext, splitRows } from './demand-context.ts';
import { presentUnmetNeed } from './present.ts';
import { demandRepository, forAggregation } from './repository.ts';

const sigKey = (s: {
  topic_id: string;
  region_code: string;
  languages: string[];
  modes: string[];
  periods: string[];
}) =>
  `${s.topic_id}|${s.region_code}|${[...s.languages].sort().join(',')}|${[...s.modes].sort().join(',')}|${[...s.periods].sort().join(',')}`;

/** A page of the open needs of the caller's mutual that cannot be met yet, with the reason, and a count per reason. */
export async function listUnmetNeeds(deps: Deps, caller: Caller, query: UnmetQuery): Promise<UnmetNeeds> {
  return findUnmetNeeds(deps, mutualOf(caller), query);
}

/**
 * A step of the unmet list and of the export: open needs that the approved catalogue and current
 * demand cannot meet, with the reason. Reasons are decided once per group of identical needs
 * (topic, region, languages, modes, periods), against cells of the whole mutual (demand elsewhere
 * can fill a virtual session), and kept per version of the demand data (below).
 */
export async function findUnmetNeeds(deps: Deps, mutualId: string, q: UnmetQuery): Promise<UnmetNeeds> {
  return unmetNeedsOf(deps.unmetJudgements, deps.db, mutualId, q);
}

/** Each unmet group's reason (by sigKey) and the needs and seats per reason, for a mutual and a filter. */
interface Judgement {
  reasons: Map<string, UnmetReason>;
  summary: Map<UnmetReason, { needs: number; seats: number }>;
  /** The topics of the unmet groups, per reason. */
  topics: Map<UnmetReason, Set<string>>;
}

// The judgements made lately, in deps.unmetJudgements (one per process, kept-answers.ts), a slot per
// mutual and filter, keyed by the demand data version (decision 80). Judging is the list's cost: for
// the 200,000 open needs of the demand board's benchmark mutual, 74,196 groups read, sent and judged,
// 1–2 s; their page is then a walk of the needs in date order. The rule, as for the evidence
// dashboard (decision 70):
// - every statement that writes what a judgement reads (needs and so the board's cells, approved
//   courses, topics, the mutual's minimum of firms) gives the mutual a new version in the same
//   transaction, by triggers (migration 0104), whoever writes;
// - the version is read before the data: a write committed in between gives a newer version at the
//   next request (one judgement more), never an old judgement for new data;
// - at most a few slots (deps.ts; the benchmark mutual's judgement takes about 15 MB), the least
//   recently used forgotten first; requests for the same key share one judgement; a failed one is not kept.

async function judge(db: Db, mutualId: string, ctx: Awaited<ReturnType<typeof demandContext>>): Promise<Judgement> {
  const repo = demandRepository(db);
  const [rows, signatures] = await Promise.all([
    repo.cells(mutualId, { topicIds: ctx.filter.topicIds }),
    repo.signatures(mutualId, ctx.filter),
  ]);
  const { cells, pools } = splitRows(rows);
  const cellIndex = new Map(cells.map((c) => [cellKey(c.topicId, c.regionCode, c.period, c.language), c]));
  const reasons = new Map<string, UnmetReason>();
  const summary = new Map<UnmetReason, { needs: number; seats: number }>(
    UNMET_REASONS.map((r) => [r, { needs: 0, seats: 0 }]),
  );
  const topics = new Map<UnmetReason, Set<string>>();
  for (const s of signatures) {
    const reason = unmetReason(
      { topicId: s.topic_id, regionCode: s.region_code, languages: s.languages, modes: s.modes, periods: s.periods },
      ctx.coursesByTopic.get(s.topic_id) ?? [],
      cellIndex,
      pools,
      ctx.minMembers,
    );
    if (!reason) continue;
    reasons.set(sigKey(s), reason);
    if (!topics.has(reason)) topics.set(reason, new Set());
    topics.get(reason)?.add(s.topic_id);
    const sum = summary.get(reason)!;
    sum.needs += s.needs;
    sum.seats += s.seats;
  }
  return { reasons, summary, topics };
}

async function unmetNeedsOf(kept: KeptAnswers, db: Db, mutualId: string, q: UnmetQuery): Promise<UnmetNeeds> {
  const repo = demandRepository(db);
  const { demand: version } = await dataVersionsOf(db, mutualId);
  // Keyed by the query's own filter: what it becomes (a topic with its sub-topics) and what the
  // judgement reads with it (topics, approved courses, the minimum of firms) are all demand data, so
  // the version covers them. A kept judgement then reads none of them, and only a judgement
  // aggregates (forAggregation's transaction and settings). An unknown topic fails the judgement,
  // which is not kept, so every such request is refused.
  const filter = { topicId: q.topicId, regionCode: q.regionCode, period: q.period, language: q.language };
  const slot = JSON.stringify(['unmet', mutualId, filter]);
  const { reasons, summary, topics } = await kept.answerOf(slot, version, () =>
    forAggregation(db, async (trx) => judge(trx, mutualId, await demandContext(trx, mutualId, q))),
  );
  const wanted = (r: UnmetReason | undefined) => r !== undefined && (!q.reason || r === q.reason);
  const total = [...summary.entries()].filter(([r]) => wanted(r)).reduce((n, [, v]) => n + v.needs, 0);
  const offset = (q.page - 1) * q.pageSize;
  const items: UnmetNeeds['items'] = [];
  if (total > offset) {
    const unmetTopics = [...new Set([...topics.entries()].filter(([r]) => wanted(r)).flatMap(([, ids]) => [...ids]))];
    // the first batch is about what the page needs (most open needs of a big board are unmet), the
    // next ones 2,000 at a time
    let batch = Math.min(2000, Math.max(100, 2 * (offset + q.pageSize)));
    let skipped = 0;
    let after: { createdAt: string; id: string } | null = null;
    for (;;) {
      const page = await repo.openNeedsPage(
        mutualId,
        { regionCode: q.regionCode, period: q.period, language: q.language, topicIds: unmetTopics },
        after,
        batch,
      );
      for (const n of page) {
        const reason = reasons.get(sigKey({ ...n }));
        if (!wanted(reason)) continue;
        if (skipped < offset) {
          skipped++;
          continue;
        }
        items.push(presentUnmetNeed(n, reason as UnmetReason));
        if (items.length >= q.pageSize) break;
      }
      if (items.length >= q.pageSize || page.length < batch) break;
      const last = page[page.length - 1];
      after = { createdAt: last.created_at, id: last.id };
      batch = 2000;
    }
  }
  return {
    summary: [...summary.entries()].map(([reason, v]) => ({ reason, ...v })),
    items,
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
