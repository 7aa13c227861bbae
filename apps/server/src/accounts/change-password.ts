import type { ChangePasswordRequest } from '@mutualis/contracts';
import { hash, verify } from '@node-rs/argon2';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { sessionRepository } from './login-session-repository.ts';
import { type StartedSession, startSession } from './login-sessions.ts';
import { userRepository } from './user-repository.ts';

/**
 * Changes the caller's password after checking the current one. Every session ends, the
 * caller's included; a fresh session is opened for the caller (its cookie token is returned).
 */
export async function changePassword(
  deps: Deps,
  caller: Caller,
  input: ChangePasswordRequest,
): Promise<StartedSession> {
  const user = await userRepository(deps.db).findById(caller.userId);
  const ok = user?.password_hash ? await verify(user.password_hash, input.currentPassword).catch(() => false) : false;
  if (!ok) throw invalid('currentPassword', 'not_current_password');
  const passwordHash = await hash(input.newPassword);
  await deps.loginSessions.changing(() =>
    inTransaction(deps, async (tx) => {
      await userRepository(tx.db).update(caller.userId, { password_hash: passwordHash });
      await sessionRepository(tx.db).deleteAllForUser(caller.userId);
      await auditRepository(tx.db).record({
        at: deps.now(),
        mutualId: caller.mutualId,
        memberId: caller.memberId,
        actorUserId: caller.userId,
        action: 'change_password',
        entityType: 'user',
        entityId: caller.userId,
        change: {},
      });
    }),
  );
  return startSession(deps.db, caller.userId, deps.now());
}
