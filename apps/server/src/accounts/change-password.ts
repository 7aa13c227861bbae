import { hash, verify } from '@node-rs/argon2';
import type { ChangePasswordRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { sessionRepository } from './login-session-repository.ts';
import { userRepository } from './user-repository.ts';
import { invalid } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { openSession } from './login-sessions.ts';

/**
 * Changes the caller's password after checking the current one. Every session ends, the
 * caller's included; a fresh session is opened for the caller (returned cookie token).
 */
export async function changePassword(deps: Deps, actor: Caller, input: ChangePasswordRequest) {
  const user = await userRepository(deps.db).findById(actor.userId);
  const ok = user?.password_hash ? await verify(user.password_hash, input.currentPassword).catch(() => false) : false;
  if (!ok) throw invalid('currentPassword', 'is not your current password');
  const passwordHash = await hash(input.newPassword);
  await deps.loginSessions.changing(() =>
    deps.db.transaction().execute(async (trx) => {
      await userRepository(trx).update(actor.userId, { password_hash: passwordHash });
      await sessionRepository(trx).deleteAllForUser(actor.userId);
      await auditRepository(trx).record({
        at: deps.now(),
        mutualId: actor.mutualId,
        memberId: actor.memberId,
        actorUserId: actor.userId,
        action: 'change_password',
        entityType: 'user',
        entityId: actor.userId,
        change: {},
      });
    }),
  );
  return openSession(deps.db, actor.userId, deps.now());
}
