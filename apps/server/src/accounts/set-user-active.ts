import type { User } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { getUser } from './get-user.ts';
import { sessionRepository } from './login-session-repository.ts';
import { tokenRepository } from './token-repository.ts';
import { userRepository } from './user-repository.ts';
import { visibleUser } from './visible-user.ts';

/** Deactivates an account (its sessions and pending links end at once) or reactivates it. */
export async function setUserActive(
  deps: Deps,
  caller: Caller,
  input: { userId: string; active: boolean },
): Promise<User> {
  const { userId, active } = input;
  const user = await visibleUser(deps, caller, userId);
  if (userId === caller.userId) throw new AppError('conflict', 'own_account_active');
  if (user.active !== active) {
    const now = deps.now().toISOString();
    await deps.loginSessions.changing(() =>
      inTransaction(deps, async (tx) => {
        await userRepository(tx.db).update(userId, { active });
        if (!active) {
          await sessionRepository(tx.db).deleteAllForUser(userId);
          await tokenRepository(tx.db).revokeAll(userId, 'password_reset', now);
          await tokenRepository(tx.db).revokeAll(userId, 'invitation', now);
        }
        await auditRepository(tx.db).record({
          at: now,
          mutualId: user.mutualId,
          actorUserId: caller.userId,
          action: active ? 'reactivate' : 'deactivate',
          entityType: 'user',
          entityId: userId,
          change: { active },
        });
      }),
    );
  }
  return getUser(deps, caller, { userId });
}
