import type { DemandBoard, DemandCell, DemandQuery } from '@mutualis/contracts';
import { assessCell, cellIsReady, poolKey } from '@mutualis/domain/demand/index';
import type { Db } from '../db/client.ts';
import type { TopicRow } from '../topics/index.ts';
import { demandContext, splitRows } from './demand-context.ts';
import { presentCell } from './present.ts';
import { demandRepository, forAggregation } from './repository.ts';

/** The whole board (every cell matching the filters), as the XLSX export writes it. */
export type FullDemandBoard = Omit<DemandBoard, 'total' | 'page' | 'pageSize' | 'heat'>;

/**
 * A step of the board and its export: every cell of the mutual's board matching the filters,
 * assessed (ready, or what it lacks), with the totals. Aggregation happens in SQL (the cells are
 * kept by triggers, decision 21); rules run on the aggregated cells.
 */
export async function assessDemandBoard(db: Db, mutualId: string, q: DemandQuery, now: Date): Promise<FullDemandBoard> {
  const ctx = await demandContext(db, mutualId, q);
  // Two connections of the pool (one outside a test's transaction): the totals' scan runs while the cells are aggregated.
  const [rows, totals] = await Promise.all([
    forAggregation(db, (trx) => demandRepository(trx).cells(mutualId, ctx.filter)),
    forAggregation(db, (trx) => demandRepository(trx).totals(mutualId, ctx.filter)),
  ]);
  const { cells, pools } = splitRows(rows);
  const out: DemandCell[] = [];
  const periods = new Set<string>();
  const regions = new Set<string>();
  let readyCells = 0;
  for (const cell of cells) {
    const a = assessCell(
      cell,
      pools.get(poolKey(cell.topicId, cell.period, cell.language)),
      ctx.coursesByTopic.get(cell.topicId) ?? [],
      ctx.minMembers,
    );
    if (q.status && a.status !== q.status) continue;
    if (cellIsReady(a.status)) readyCells++;
    periods.add(cell.period);
    regions.add(cell.regionCode);
    out.push(presentCell(cell, ctx.topics.get(cell.topicId) as TopicRow, a));
  }
  return {
    cells: out,
    totals: { openNeeds: totals.needs, seats: totals.seats, members: totals.members, readyCells },
    minMembersPerSession: ctx.minMembers,
    periods: [...periods].sort(),
    regions: [...regions].sort(),
    generatedAt: now.toISOString(),
  };
}

// Codes, regions, periods and languages are ASCII: plain comparison (localeCompare costs ~10× more on 20,000+ cells).
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
/** The export's order: topic, region, period, language. */
export const byPlace = (a: DemandCell, b: DemandCell) =>
  cmp(a.topicCode, b.topicCode) ||
  cmp(a.regionCode, b.regionCode) ||
  cmp(a.period, b.period) ||
  cmp(a.language, b.language);
/** The board's order within ready and not ready cells: the most seats first, then by place. */
export const bySeats = (a: DemandCell, b: DemandCell) => b.seats - a.seats || byPlace(a, b);
