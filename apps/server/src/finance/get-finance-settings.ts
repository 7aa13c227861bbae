import type { FinanceSettings } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { ensureBooks } from './books.ts';
import { presentSettings } from './present.ts';

/** The mutual's money settings (its books are created on first use). */
export async function getFinanceSettings(deps: Deps, caller: Caller): Promise<FinanceSettings> {
  const mutualId = mutualOf(caller);
  return presentSettings(await ensureBooks(deps.db, mutualId), todayInMontreal(deps.now()));
}
