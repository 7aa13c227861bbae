import type { DuesSchedule } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { duesRepository } from './dues-repository.ts';
import { presentSchedule } from './dues-schedule.ts';

/** Sets the fee schedule: the tiers of its basis must be given (bands ascending, only the last open). */
export async function updateDuesSchedule(deps: Deps, caller: Caller, input: DuesSchedule): Promise<DuesSchedule> {
  const mutualId = mutualOf(caller);
  if (input.basis === 'flat' && input.flatCents === null) throw invalid('flatCents', 'required');
  if (input.basis === 'size_class' && Object.keys(input.bySizeClass).length === 0)
    throw invalid('bySizeClass', 'size_class_amount_required');
  if (input.basis === 'payroll_band') {
    if (input.byPayroll.length === 0) throw invalid('byPayroll', 'band_required');
    input.byPayroll.forEach((b, i) => {
      const last = i === input.byPayroll.length - 1;
      if (b.upToCents === null && !last) throw invalid(`byPayroll.${i}.upToCents`, 'only_last_band_open');
      const prev = input.byPayroll[i - 1]?.upToCents;
      if (i > 0 && b.upToCents !== null && prev !== null && prev !== undefined && b.upToCents <= prev)
        throw invalid(`byPayroll.${i}.upToCents`, 'bands_go_up');
    });
  }
  return inTransaction(deps, async (tx) => {
    await duesRepository(tx.db).save({
      mutual_id: mutualId,
      basis: input.basis,
      flat_cents: input.flatCents,
      by_size_class: JSON.stringify(input.bySizeClass),
      by_payroll: JSON.stringify(input.byPayroll),
      prorate: input.prorate,
      updated_at: deps.now().toISOString(),
      updated_by: caller.userId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'dues_schedule.update',
      entityType: 'dues_schedule',
      entityId: mutualId,
      change: input,
    });
    return presentSchedule(await duesRepository(tx.db).schedule(mutualId));
  });
}
