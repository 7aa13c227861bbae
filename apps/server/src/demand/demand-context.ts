// What the board, the unmet needs and the export read first: the mutual's topics and approved
// courses, and the kept cells split into cells and virtual pools.
import type { DemandQuery as ContractQuery } from '@mutualis/contracts';
import {
  type CatalogueCourse,
  type DemandCell as DomainCell,
  poolKey,
  type VirtualPool,
} from '@mutualis/domain/demand/index';
import { topicWithDescendants } from '@mutualis/domain/topics/index';
import { courseRepository } from '../catalogue/index.ts';
import type { Db } from '../db/client.ts';
import { invalid } from '../errors.ts';
import { topicRepository } from '../topics/index.ts';
import { type CellRow, type DemandFilter, demandRepository } from './repository.ts';

/** The board's filters (a topic means the topic and its sub-topics). */
type DemandQuery = Pick<ContractQuery, 'topicId' | 'regionCode' | 'period' | 'language'>;

/** What every reading of the board needs: the topics, the approved courses by topic, the minimum of firms, the SQL filter. */
export async function demandContext(db: Db, mutualId: string, q: DemandQuery) {
  const [topics, courses, minMembers] = await Promise.all([
    topicRepository(db).list(mutualId, { includeRetired: true }),
    courseRepository(db).approved(mutualId),
    demandRepository(db).minFirmsPerSession(mutualId),
  ]);
  let topicIds: string[] | undefined;
  if (q.topicId) {
    if (!topics.some((t) => t.id === q.topicId)) throw invalid('query.topicId', 'no_such_topic');
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

/** The kept rows split into cells and virtual pools (keyed by topic, period, language). */
export function splitRows(rows: CellRow[]) {
  const cells: DomainCell[] = [];
  const pools = new Map<string, VirtualPool>();
  for (const r of rows) {
    if (r.kind === 'cell') cells.push(toDomainCell(r));
    else
      pools.set(poolKey(r.topic_id, r.period, r.language), {
        topicId: r.topic_id,
        period: r.period,
        language: r.language,
        seats: r.seats,
        members: r.members,
      });
  }
  return { cells, pools };
}
