import type { DemandBoard, DemandBoardQuery, DemandCell, DemandHeat } from '@mutualis/contracts';
import { cellIsReady } from '@mutualis/domain/demand/index';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { assessDemandBoard, bySeats } from './assess-demand-board.ts';

/**
 * One page of the board's order: ready cells first, then the most seats, then topic, region,
 * period, language. Only the part the page reaches is sorted (the first page of 23,648 cells
 * needs the 1,520 ready ones sorted, not all of them).
 */
function pageOfCells(cells: DemandCell[], from: number, size: number): DemandCell[] {
  const ready = cells.filter((c) => cellIsReady(c.status)).sort(bySeats);
  if (from + size <= ready.length) return ready.slice(from, from + size);
  const rest = cells.filter((c) => !cellIsReady(c.status)).sort(bySeats);
  return ready.concat(rest).slice(from, from + size);
}

/** Seats summed per topic × period and per topic × region: what the heat map draws. */
function heatOf(cells: DemandCell[]): DemandBoard['heat'] {
  const sum = (keyOf: (c: DemandCell) => string) => {
    const byTopic = new Map<string, Map<string, DemandHeat>>();
    const out: DemandHeat[] = [];
    for (const c of cells) {
      const key = keyOf(c);
      let sums = byTopic.get(c.topicId);
      if (!sums) {
        sums = new Map();
        byTopic.set(c.topicId, sums);
      }
      const v = sums.get(key);
      const ready = cellIsReady(c.status);
      if (v) {
        v.seats += c.seats;
        v.ready ||= ready;
      } else {
        const h = { topicId: c.topicId, key, seats: c.seats, ready };
        sums.set(key, h);
        out.push(h);
      }
    }
    return out;
  };
  return { byPeriod: sum((c) => c.period), byRegion: sum((c) => c.regionCode) };
}

/**
 * The demand board of the caller's mutual: open needs by topic × region × period × language, each
 * cell marked ready or with what it lacks. The answer holds one page of cells and the heat map's
 * sums (the whole board is 23,648 cells, 9.9 MB of JSON, for 200,000 needs: docs/performance.md).
 */
export async function getDemandBoard(deps: Deps, caller: Caller, query: DemandBoardQuery): Promise<DemandBoard> {
  const { page, pageSize, ...filter } = query;
  const { cells, ...rest } = await assessDemandBoard(deps.db, mutualOf(caller), filter, deps.now());
  return {
    ...rest,
    cells: pageOfCells(cells, (page - 1) * pageSize, pageSize),
    total: cells.length,
    page,
    pageSize,
    heat: heatOf(cells),
  };
}
