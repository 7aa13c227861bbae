import type { UnmetNeeds, UnmetQuery } from '@mutualis/contracts';
import { cellKey, UNMET_REASONS, type UnmetReason, unmetReason } from '@mutualis/domain/demand/index';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import type { Db } from '../db/client.ts';
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
  return findUnmetNeeds(deps.db, mutualOf(caller), query);
}

/**
 * A step of the unmet list and of the export: open needs that the approved catalogue and current
 * demand cannot meet, with the reason. Reasons are decided once per group of identical needs
 * (topic, region, languages, modes, periods), against cells of the whole mutual (demand elsewhere
 * can fill a virtual session).
 */
export async function findUnmetNeeds(db: Db, mutualId: string, q: UnmetQuery): Promise<UnmetNeeds> {
  return forAggregation(db, (trx) => unmetNeedsOf(trx, mutualId, q));
}

async function unmetNeedsOf(db: Db, mutualId: string, q: UnmetQuery): Promise<UnmetNeeds> {
  const ctx = await demandContext(db, mutualId, q);
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
    const sum = summary.get(reason)!;
    sum.needs += s.needs;
    sum.seats += s.seats;
  }
  const wanted = (r: UnmetReason | undefined) => r !== undefined && (!q.reason || r === q.reason);
  const total = [...summary.entries()].filter(([r]) => wanted(r)).reduce((n, [, v]) => n + v.needs, 0);
  const offset = (q.page - 1) * q.pageSize;
  const items: UnmetNeeds['items'] = [];
  if (total > offset) {
    const unmetTopics = [...new Set([...reasons.entries()].filter(([, r]) => wanted(r)).map(([k]) => k.split('|')[0]))];
    let skipped = 0;
    let after: { createdAt: string; id: string } | null = null;
    for (;;) {
      const page = await repo.openNeedsPage(mutualId, { ...ctx.filter, topicIds: unmetTopics }, after, 2000);
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
      if (items.length >= q.pageSize || page.length < 2000) break;
      const last = page[page.length - 1];
      after = { createdAt: last.created_at, id: last.id };
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
