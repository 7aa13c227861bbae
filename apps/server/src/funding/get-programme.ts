import type { FundingProgramme } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { presentProgramme } from './present.ts';
import { fundingRepository } from './repository.ts';

/** One programme of the mutual. */
export async function getProgramme(
  deps: Deps,
  caller: Caller,
  input: { programmeId: string },
): Promise<FundingProgramme> {
  const row = await fundingRepository(deps.db).programme(mutualOf(caller), input.programmeId);
  if (!row) throw notFound('programme');
  return presentProgramme(row);
}
