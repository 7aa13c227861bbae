import { hash } from '@node-rs/argon2';
import type { AcceptInvitationRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { tokenRepository } from './token-repository.ts';
import { userRepository } from './user-repository.ts';
import type { Deps } from '../caller.ts';
import { consumeToken, tokenInvalid } from './one-time-tokens.ts';
import { openSession } from './login-sessions.ts';

/** Sets the invitee's password (argon2id), uses the token and opens a session; returns the cookie token. */
export async function acceptInvitation(deps: Deps, input: AcceptInvitationRequest) {
  const passwordHash = await hash(input.password);
  const now = deps.now();
  const userId = await deps.loginSessions.changing(() =>
    deps.db.transaction().execute(async (trx) => {
      const userId = await consumeToken(trx, input.token, 'invitation', now);
      const users = userRepository(trx);
      const user = await users.findById(userId);
      if (!user?.active) throw tokenInvalid();
      await users.update(userId, {
        password_hash: passwordHash,
        last_login_at: now.toISOString(),
        ...(input.displayName ? { display_name: input.displayName } : {}),
      });
      await tokenRepository(trx).revokeAll(userId, 'invitation', now.toISOString());
      await auditRepository(trx).record({
        at: now,
        mutualId: user.mutual_id,
        memberId: user.member_id,
        actorUserId: userId,
        action: 'accept_invitation',
        entityType: 'user',
        entityId: userId,
        change: input.displayName ? { displayName: input.displayName } : {},
      });
      return userId;
    }),
  );
  return openSession(deps.db, userId, now);
}
