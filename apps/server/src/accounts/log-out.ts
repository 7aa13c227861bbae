import type { Caller, Deps } from '../caller.ts';
import { sessionRepository } from './login-session-repository.ts';

/** Ends the caller's login session (the cookie is cleared by the route). */
export async function logOut(deps: Deps, caller: Caller) {
  await deps.loginSessions.changing(() => sessionRepository(deps.db).delete(caller.sessionId));
}
