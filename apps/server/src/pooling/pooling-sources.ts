// Need and course rows as the pooling problem builder reads them (shared by the demand board's
// problem preview and the pooling runs, so both always feed the optimizer the same fields).
import type { PoolingCourseSource, PoolingNeedSource } from '@mutualis/domain/demand/pooling-problem';
import type { Selectable } from 'kysely';
import type { CourseTable, NeedTable } from '../db/tables.ts';

type NeedRow = Pick<
  Selectable<NeedTable>,
  'id' | 'member_id' | 'topic_id' | 'seats' | 'region_code' | 'languages' | 'modes' | 'periods' | 'status'
>;
type CourseRow = Pick<
  Selectable<CourseTable>,
  | 'id'
  | 'provider_id'
  | 'topic_id'
  | 'language'
  | 'mode'
  | 'regions'
  | 'periods'
  | 'fixed_cost_cents'
  | 'seat_cost_cents'
  | 'min_seats'
  | 'max_seats'
  | 'max_sessions_per_period'
  | 'status'
>;

export const poolingNeedOf = (n: NeedRow): PoolingNeedSource => ({
  id: n.id,
  memberId: n.member_id,
  topicId: n.topic_id,
  seats: n.seats,
  regionCode: n.region_code,
  languages: n.languages,
  modes: n.modes,
  periods: n.periods,
  status: n.status,
});

export const poolingCourseOf = (c: CourseRow): PoolingCourseSource => ({
  id: c.id,
  providerId: c.provider_id,
  topicId: c.topic_id,
  language: c.language,
  mode: c.mode,
  regions: c.regions,
  periods: c.periods,
  fixedCostCents: c.fixed_cost_cents,
  seatCostCents: c.seat_cost_cents,
  minSeats: c.min_seats,
  maxSeats: c.max_seats,
  maxSessionsPerPeriod: c.max_sessions_per_period,
  status: c.status,
});
