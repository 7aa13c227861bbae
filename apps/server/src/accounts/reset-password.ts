import { hash } from '@node-rs/argon2';
import type { PasswordResetConfirm } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { sessionRepository } from './login-session-repository.ts';
import { tokenRepository } from './token-repository.ts';
import { userRepository } from './user-repository.ts';
import type { Deps } from '../caller.ts';
import { consumeToken, tokenInvalid } from './one-time-tokens.ts';

/** Sets a new password from a reset token and ends every session of the account. */
export async function resetPassword(deps: Deps, input: PasswordResetConfirm) {
  const passwordHash = await hash(input.password);
  const now = deps.now();
  await deps.loginSessions.changing(() =>
    deps.db.transaction().execute(async (trx) => {
      const userId = await consumeToken(trx, input.token, 'password_reset', now);
      const users = userRepository(trx);
      const user = await users.findById(userId);
      if (!user?.active) throw tokenInvalid();
      await users.update(userId, { password_hash: passwordHash });
      // A reset also answers a pending invitation: its link must not set the password again.
      await tokenRepository(trx).revokeAll(userId, 'password_reset', now.toISOString());
      await tokenRepository(trx).revokeAll(userId, 'invitation', now.toISOString());
      await sessionRepository(trx).deleteAllForUser(userId);
      await auditRepository(trx).record({
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
