import { auditRepository } from '../audit/index.ts';
import { sessionRepository } from './login-session-repository.ts';
import { tokenRepository } from './token-repository.ts';
import { userRepository } from './user-repository.ts';
import { AppError } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { managedUser } from './account-scope.ts';

/** Deactivates an account (its sessions and pending links end at once) or reactivates it. */
export async function setUserActive(deps: Deps, actor: Caller, userId: string, active: boolean) {
  const user = await managedUser(deps.db, actor, userId);
  if (userId === actor.userId) throw new AppError('conflict', 'You may not deactivate or reactivate your own account');
  if (user.active === active) return;
  const now = deps.now().toISOString();
  await deps.loginSessions.changing(() =>
    deps.db.transaction().execute(async (trx) => {
      await userRepository(trx).update(userId, { active });
      if (!active) {
        await sessionRepository(trx).deleteAllForUser(userId);
        await tokenRepository(trx).revokeAll(userId, 'password_reset', now);
        await tokenRepository(trx).revokeAll(userId, 'invitation', now);
      }
      await auditRepository(trx).record({
        at: now,
        mutualId: user.mutual_id,
        actorUserId: actor.userId,
        action: active ? 'reactivate' : 'deactivate',
        entityType: 'user',
        entityId: userId,
        change: { active },
      });
    }),
  );
}
