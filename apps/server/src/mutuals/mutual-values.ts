import type { UpdateMutualRequest } from '@mutualis/contracts';
import type { Updateable } from 'kysely';
import type { MutualTable } from '../db/tables.ts';
import { AppError } from '../errors.ts';

/** The columns a create or edit request sets (only the fields it gives). */
export function mutualValues(input: UpdateMutualRequest): Updateable<MutualTable> {
  const values: Updateable<MutualTable> = {};
  if (input.name !== undefined) values.name = input.name;
  if (input.slug !== undefined) values.slug = input.slug;
  if (input.kind !== undefined) values.kind = input.kind;
  if (input.regionCode !== undefined) values.region_code = input.regionCode;
  if (input.scianCode !== undefined) values.scian_code = input.scianCode;
  if (input.recognisedSince !== undefined) values.recognised_since = input.recognisedSince;
  if (input.minFirmsPerSession !== undefined) values.min_firms_per_session = input.minFirmsPerSession;
  if (input.withdrawalDeadlineDays !== undefined) values.withdrawal_deadline_days = input.withdrawalDeadlineDays;
  if (input.goNoGoDays !== undefined) values.go_no_go_days = input.goNoGoDays;
  if (input.completionThresholdPct !== undefined) values.completion_threshold_pct = input.completionThresholdPct;
  return values;
}

export const slugTaken = () =>
  new AppError('conflict', 'slug_taken', { fields: [{ field: 'slug', code: 'slug_taken' }] });
