import type { FundingProgramme, UpdateProgrammeRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { presentProgramme } from './present.ts';
import { programmeColumns } from './programme-values.ts';
import { fundingRepository } from './repository.ts';

/** Changes a programme's terms; invoices already issued keep their subsidies. */
export async function updateProgramme(
  deps: Deps,
  caller: Caller,
  input: { programmeId: string; changes: UpdateProgrammeRequest },
): Promise<FundingProgramme> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = fundingRepository(tx.db);
    const current = await repo.programme(mutualId, input.programmeId);
    if (!current) throw notFound('programme');
    const starts = input.changes.startsOn ?? current.starts_on;
    const ends = input.changes.endsOn ?? current.ends_on;
    if (starts > ends) throw invalid('endsOn', 'ends_before_starts');
    await repo.updateProgramme(mutualId, current.id, {
      ...programmeColumns(input.changes),
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'programme.update',
      entityType: 'funding_programme',
      entityId: current.id,
      change: input.changes,
    });
    return presentProgramme((await repo.programme(mutualId, current.id))!);
  });
}
