import type { DemandBoard, DemandCell, DemandHeat, UnmetNeeds } from '@mutualis/contracts';
import {
  anonymousDemand,
  assessCell,
  buildPoolingProblem,
  type CatalogueCourse,
  type CellStatus,
  cellKey,
  type DemandCell as DomainCell,
  poolKey,
  UNMET_REASONS,
  type UnmetReason,
  unmetReason,
  type VirtualPool,
} from '@mutualis/domain/demand/index';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import { topicWithDescendants } from '@mutualis/domain/topics/index';
import type { Db } from '../db/client.ts';
import { courseRepository } from '../catalogue/index.ts';
import { type CellRow, type DemandFilter, demandRepository, forAggregation } from './repository.ts';
import { type TopicRow, topicRepository } from '../topics/index.ts';
import { invalid, notFound } from '../errors.ts';
import { poolingCourseOf, poolingNeedOf } from '../pooling/index.ts';

export interface DemandQuery {
  topicId?: string;
  regionCode?: string;
  period?: string;
  language?: string;
}

async function context(db: Db, mutualId: string, q: DemandQuery) {
  const [topics, courses, minMembers] = await Promise.all([
    topicRepository(db).list(mutualId, { includeRetired: true }),
    courseRepository(db).approved(mutualId),
    demandRepository(db).minFirmsPerSession(mutualId),
  ]);
  let topicIds: string[] | undefined;
  if (q.topicId) {
    if (!topics.some((t) => t.id === q.topicId)) throw invalid('query.topicId', 'no such topic in this mutual');
    topicIds = topicWithDescendants(
      topics.map((t) => ({ id: t.id, parentId: t.parent_id })),
      q.topicId,
    );
  }
  const catalogue: CatalogueCourse[] = courses.map((c) => ({
    id: c.id,
    topicId: c.topic_id,
    language: c.language,
    mode: c.mode,
    regions: c.regions,
    periods: c.periods,
    minSeats: c.min_seats,
  }));
  const coursesByTopic = new Map<string, CatalogueCourse[]>();
  for (const c of catalogue) coursesByTopic.set(c.topicId, [...(coursesByTopic.get(c.topicId) ?? []), c]);
  const filter: DemandFilter = { topicIds, regionCode: q.regionCode, period: q.period, language: q.language };
  return { topics: new Map(topics.map((t) => [t.id, t])), coursesByTopic, minMembers, filter, courses };
}

const toDomainCell = (r: CellRow): DomainCell => ({
  topicId: r.topic_id,
  regionCode: r.region_code ?? '',
  period: r.period,
  language: r.language,
  seats: r.seats,
  members: r.members,
  needs: r.needs,
  inPersonSeats: r.in_person_seats,
  inPersonMembers: r.in_person_members,
  virtualSeats: r.virtual_seats,
  virtualMembers: r.virtual_members,
});

function splitRows(rows: CellRow[]) {
  const cells: DomainCell[] = [];
  const pools = new Map<string, VirtualPool>();
  for (const r of rows) {
    if (r.kind === 'cell') cells.push(toDomainCell(r));
    else pools.set(poolKey(r.topic_id, r.period, r.language), { topicId: r.topic_id, period: r.period, language: r.language, seats: r.seats, members: r.members });
  }
  return { cells, pools };
}

/** The whole board (every cell matching the filters), as the XLSX export writes it. */
export type FullDemandBoard = Omit<DemandBoard, 'total' | 'page' | 'pageSize' | 'heat'>;

// Codes, regions, periods and languages are ASCII: plain comparison (localeCompare costs ~10× more on 20,000+ cells).
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byPlace = (a: DemandCell, b: DemandCell) =>
  cmp(a.topicCode, b.topicCode) || cmp(a.regionCode, b.regionCode) || cmp(a.period, b.period) || cmp(a.language, b.language);
const bySeats = (a: DemandCell, b: DemandCell) => b.seats - a.seats || byPlace(a, b);

/**
 * One page of the board's order: ready cells first, then the most seats, then topic, region,
 * period, language. Only the part the page reaches is sorted (the first page of 23,648 cells
 * needs the 1,520 ready ones sorted, not all of them).
 */
function pageOf(cells: DemandCell[], from: number, size: number): DemandCell[] {
  const ready = cells.filter((c) => c.status === 'ready').sort(bySeats);
  if (from + size <= ready.length) return ready.slice(from, from + size);
  const rest = cells.filter((c) => c.status !== 'ready').sort(bySeats);
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
      if (v) {
        v.seats += c.seats;
        v.ready ||= c.status === 'ready';
      } else {
        const h = { topicId: c.topicId, key, seats: c.seats, ready: c.status === 'ready' };
        sums.set(key, h);
        out.push(h);
      }
    }
    return out;
  };
  return { byPeriod: sum((c) => c.period), byRegion: sum((c) => c.regionCode) };
}

/**
 * The demand board: open needs by topic × region × period × language, each cell marked ready or
 * with what it lacks. Aggregation happens in SQL; rules run on the aggregated cells. The answer
 * holds one page of cells and the heat map's sums (the whole board is 23,648 cells, 9.9 MB of
 * JSON, for 200,000 needs: docs/performance.md).
 */
export async function buildDemandBoard(
  db: Db,
  mutualId: string,
  q: DemandQuery & { status?: CellStatus; page: number; pageSize: number },
  now: Date,
): Promise<DemandBoard> {
  const { cells, ...rest } = await demandBoardOf(db, mutualId, q, now);
  const page = pageOf(cells, (q.page - 1) * q.pageSize, q.pageSize);
  return { ...rest, cells: page, total: cells.length, page: q.page, pageSize: q.pageSize, heat: heatOf(cells) };
}

/** Every cell of the board matching the filters, in topic, region, period, language order. */
export async function buildFullDemandBoard(db: Db, mutualId: string, q: DemandQuery & { status?: CellStatus }, now: Date): Promise<FullDemandBoard> {
  const board = await demandBoardOf(db, mutualId, q, now);
  board.cells.sort(byPlace);
  return board;
}

async function demandBoardOf(db: Db, mutualId: string, q: DemandQuery & { status?: CellStatus }, now: Date): Promise<FullDemandBoard> {
  const ctx = await context(db, mutualId, q);
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
    const a = assessCell(cell, pools.get(poolKey(cell.topicId, cell.period, cell.language)), ctx.coursesByTopic.get(cell.topicId) ?? [], ctx.minMembers);
    if (q.status && a.status !== q.status) continue;
    const topic = ctx.topics.get(cell.topicId) as TopicRow;
    if (a.status === 'ready') readyCells++;
    periods.add(cell.period);
    regions.add(cell.regionCode);
    // Written out field by field, without a spread: this loop runs for every cell (23,648 for 200,000 needs).
    out.push({
      topicId: cell.topicId,
      regionCode: cell.regionCode,
      period: cell.period,
      language: cell.language,
      seats: cell.seats,
      members: cell.members,
      needs: cell.needs,
      inPersonSeats: cell.inPersonSeats,
      inPersonMembers: cell.inPersonMembers,
      virtualSeats: cell.virtualSeats,
      virtualMembers: cell.virtualMembers,
      topicCode: topic.code,
      topicNameFr: topic.name_fr,
      topicNameEn: topic.name_en,
      status: a.status,
      readyCourseIds: a.readyCourseIds,
      candidateCourseIds: a.candidateCourseIds,
      missingSeats: a.missingSeats,
    });
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

const sigKey = (s: { topic_id: string; region_code: string; languages: string[]; modes: string[]; periods: string[] }) =>
  `${s.topic_id}|${s.region_code}|${[...s.languages].sort().join(',')}|${[...s.modes].sort().join(',')}|${[...s.periods].sort().join(',')}`;

/**
 * Open needs that the approved catalogue and current demand cannot meet, with the reason.
 * Reasons are decided once per group of identical needs (topic, region, languages, modes,
 * periods), against cells of the whole mutual (demand elsewhere can fill a virtual session).
 */
export async function listUnmetNeeds(
  db: Db,
  mutualId: string,
  q: DemandQuery & { reason?: UnmetReason; page: number; pageSize: number },
): Promise<UnmetNeeds> {
  return forAggregation(db, (trx) => unmetNeedsOf(trx, mutualId, q));
}

async function unmetNeedsOf(db: Db, mutualId: string, q: DemandQuery & { reason?: UnmetReason; page: number; pageSize: number }): Promise<UnmetNeeds> {
  const ctx = await context(db, mutualId, q);
  const repo = demandRepository(db);
  const [rows, signatures] = await Promise.all([repo.cells(mutualId, { topicIds: ctx.filter.topicIds }), repo.signatures(mutualId, ctx.filter)]);
  const { cells, pools } = splitRows(rows);
  const cellIndex = new Map(cells.map((c) => [cellKey(c.topicId, c.regionCode, c.period, c.language), c]));
  const reasons = new Map<string, UnmetReason>();
  const summary = new Map<UnmetReason, { needs: number; seats: number }>(UNMET_REASONS.map((r) => [r, { needs: 0, seats: 0 }]));
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
        items.push({
          needId: n.id,
          memberId: n.member_id,
          memberName: n.member_name,
          topicId: n.topic_id,
          topicCode: n.topic_code,
          seats: n.seats,
          regionCode: n.region_code,
          languages: n.languages,
          modes: n.modes,
          periods: n.periods,
          reason: reason as UnmetReason,
        });
        if (items.length >= q.pageSize) break;
      }
      if (items.length >= q.pageSize || page.length < 2000) break;
      const last = page[page.length - 1];
      after = { createdAt: last.created_at, id: last.id };
    }
  }
  return { summary: [...summary.entries()].map(([reason, v]) => ({ reason, ...v })), items, total, page: q.page, pageSize: q.pageSize };
}

/** Anonymous demand on a topic (with its sub-topics) for a member contact: counts of other firms, never names. */
export async function anonymousTopicDemand(db: Db, mutualId: string, memberId: string, topicId: string) {
  const topics = await topicRepository(db).list(mutualId, { includeRetired: true });
  if (!topics.some((t) => t.id === topicId)) throw notFound('Topic');
  const ids = topicWithDescendants(
    topics.map((t) => ({ id: t.id, parentId: t.parent_id })),
    topicId,
  );
  const rows = await demandRepository(db).seatsByMember(mutualId, ids);
  return { topicId, ...anonymousDemand(rows, memberId) };
}

/** The pooling problem (shared spec shape) from the mutual's open needs and approved courses. */
export async function buildMutualPoolingProblem(
  db: Db,
  mutualId: string,
  input: { periods: string[]; topicIds?: string[]; policy?: Parameters<typeof buildPoolingProblem>[0]['policy'] },
) {
  const repo = demandRepository(db);
  const [topics, courses, needs, members, minMembers] = await Promise.all([
    topicRepository(db).codes(mutualId),
    courseRepository(db).approved(mutualId),
    repo.openNeedsForPooling(mutualId, input.topicIds),
    repo.memberSizes(mutualId),
    repo.minFirmsPerSession(mutualId),
  ]);
  const topicSet = input.topicIds ? new Set(input.topicIds) : null;
  return buildPoolingProblem({
    needs: needs.map(poolingNeedOf),
    courses: courses
      .filter((c) => !topicSet || topicSet.has(c.topic_id))
      .map(poolingCourseOf),
    topicCodeById: new Map(topics.map((t) => [t.id, t.code])),
    periods: input.periods,
    policy: { minMembersPerSession: minMembers, ...input.policy },
    members: members.map((m) => ({ id: m.id, sizeClass: sizeClassOf(m.headcount) })),
  });
}
