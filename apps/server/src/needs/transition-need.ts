import type { Need } from '@mutualis/contracts';
import type { NeedStatus } from '@mutualis/domain/needs/index';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { changeNeedStatus } from './change-need-status.ts';
import { getNeed } from './get-need.ts';
import { visibleNeed } from './visible-need.ts';

/** Moves a need to another status, per the transition rules (coordinators). */
export async function transitionNeed(
  deps: Deps,
  caller: Caller,
  input: { needId: string; status: NeedStatus; note?: string },
): Promise<Need> {
  return inTransaction(deps, async (tx) => {
    const row = await visibleNeed(tx, caller, input.needId);
    await changeNeedStatus(
      tx.db,
      { mutualId: row.mutual_id, userId: caller.userId },
      [input.needId],
      input.status,
      deps.now(),
      input.note,
    );
    return getNeed(tx, caller, input);
  });
}
