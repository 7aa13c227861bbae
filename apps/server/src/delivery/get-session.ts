import type { SessionDetail } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { presentSessionDetail } from './present.ts';
import { visibleSession } from './visible-session.ts';

/** One session the caller may see, with its days, firms (a member contact: only its own) and allowed transitions. */
export async function getSession(deps: Deps, caller: Caller, input: { sessionId: string }): Promise<SessionDetail> {
  return presentSessionDetail(
    deps.db,
    await visibleSession(deps, caller, input.sessionId),
    caller,
    todayInMontreal(deps.now()),
  );
}
