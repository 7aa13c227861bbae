import type { PasswordResetConfirm } from '@mutualis/contracts';
import { hash } from '@node-rs/argon2';
import { auditRepository } from '../audit/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { sessionRepository } from './login-session-repository.ts';
import { consumeToken, tokenInvalid } from './one-time-tokens.ts';
import { tokenRepository } from './token-repository.ts';
import { userRepository } from './user-repository.ts';

/** Sets a new password from a reset token and ends every session of the account (public: reached by the e-mailed token). */
export async function resetPassword(deps: Deps, input: PasswordResetConfirm): Promise<void> {
  const passwordHash = await hash(input.password);
  const now = deps.now();
  await deps.loginSessions.changing(() =>
    inTransaction(deps, async (tx) => {
      const userId = await consumeToken(tx.db, input.token, 'password_reset', now);
      const users = userRepository(tx.db);
      const user = await users.findById(userId);
      if (!user?.active) throw tokenInvalid();
      await users.update(userId, { password_hash: passwordHash });
      // A reset also answers a pending invitation: its link must not set the password again.
      await tokenRepository(tx.db).revokeAll(userId, 'password_reset', now.toISOString());
      await tokenRepository(tx.db).revokeAll(userId, 'invitation', now.toISOString());
      await sessionRepository(tx.db).deleteAllForUser(userId);
      await auditRepository(tx.db).record({
        at: now,
        mutualId: user.mutual_id,
        memberId: user.member_id,
        actorUserId: userId,
        action: 'reset_password',
        entityType: 'user',
        entityId: userId,
        change: {},
      });
    }),
  );
}
