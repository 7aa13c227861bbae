import type { Need } from '@mutualis/contracts';
import { memberMayChangeNeed } from '@mutualis/domain/needs/index';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { changeNeedStatus } from './change-need-status.ts';
import { getNeed } from './get-need.ts';
import { visibleNeed } from './visible-need.ts';

/** Withdraws a need: member contacts only while it is proposed or open. */
export async function withdrawNeed(
  deps: Deps,
  caller: Caller,
  input: { needId: string; reason?: string },
): Promise<Need> {
  return inTransaction(deps, async (tx) => {
    const row = await visibleNeed(tx, caller, input.needId);
    if (caller.role === 'member_contact' && !memberMayChangeNeed(row.status)) {
      throw new AppError('conflict', 'need_ask_coordinator_withdraw', { params: { status: row.status } });
    }
    await changeNeedStatus(
      tx.db,
      { mutualId: row.mutual_id, userId: caller.userId },
      [input.needId],
      'withdrawn',
      deps.now(),
      input.reason,
    );
    return getNeed(tx, caller, input);
  });
}
