// Who may read and change a mutual's governance. Coordinators keep it; the board reads it; the
// board's chair (a board_viewer account seated as chair) also changes the board and records its
// meetings (decision 33).
import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { forbidden } from '../errors.ts';
import { boardRepository } from './board-repository.ts';

/** The mutual whose governance the caller reads (coordinator or board viewer); others are refused. */
export function governanceMutualOf(caller: Caller): string {
  if (caller.role !== 'coordinator' && caller.role !== 'board_viewer') throw forbidden('role_not_allowed');
  return mutualOf(caller);
}

/** True when the caller may change the board and record its meetings: a coordinator, or the sitting chair. */
export async function mayManageBoard(deps: Deps, caller: Caller): Promise<boolean> {
  const mutualId = governanceMutualOf(caller);
  if (caller.role === 'coordinator') return true;
  return boardRepository(deps.db).isSittingChair(mutualId, caller.userId, todayInMontreal(deps.now()));
}

/** The mutual whose board the caller may change (coordinator or sitting chair); others are refused. */
export async function boardManagerMutualOf(deps: Deps, caller: Caller): Promise<string> {
  const mutualId = governanceMutualOf(caller);
  if (!(await mayManageBoard(deps, caller))) throw forbidden('coordinator_or_chair_only');
  return mutualId;
}

/** The mutual whose governance the caller keeps (coordinators only). */
export function coordinatorMutualOf(caller: Caller): string {
  if (caller.role !== 'coordinator') throw forbidden('coordinator_only');
  return mutualOf(caller);
}
