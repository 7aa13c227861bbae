import type { CreateProgrammeRequest, FundingProgramme } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { presentProgramme } from './present.ts';
import { programmeColumns } from './programme-values.ts';
import { fundingRepository } from './repository.ts';

/** Adds a funder's programme: its term, coverage, caps, eligible cost categories and eligibility rules. */
export async function createProgramme(
  deps: Deps,
  caller: Caller,
  input: CreateProgrammeRequest,
): Promise<FundingProgramme> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = fundingRepository(tx.db);
    if (!(await repo.funder(mutualId, input.funderId))) throw invalid('funderId', 'no_such_funder');
    const id = await repo.insertProgramme({
      mutual_id: mutualId,
      funder_id: input.funderId,
      name: input.name,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      coverage_ppm: input.coveragePpm,
      eligible_categories: input.eligibleCategories,
      cap_per_participant_hour_cents: null,
      cap_per_activity_cents: null,
      cap_per_member_per_year_cents: null,
      cap_per_year_cents: null,
      budget_cents: null,
      ...programmeColumns(input),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'programme.create',
      entityType: 'funding_programme',
      entityId: id,
      change: input,
    });
    return presentProgramme((await repo.programme(mutualId, id))!);
  });
}
