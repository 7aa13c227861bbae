import type { AcceptInvitationRequest } from '@mutualis/contracts';
import { hash } from '@node-rs/argon2';
import { auditRepository } from '../audit/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { type StartedSession, startSession } from './login-sessions.ts';
import { consumeToken, tokenInvalid } from './one-time-tokens.ts';
import { tokenRepository } from './token-repository.ts';
import { userRepository } from './user-repository.ts';

/** Sets the invitee's password (argon2id), uses the token and opens a session (public: reached by the e-mailed token). */
export async function acceptInvitation(deps: Deps, input: AcceptInvitationRequest): Promise<StartedSession> {
  const passwordHash = await hash(input.password);
  const now = deps.now();
  const userId = await deps.loginSessions.changing(() =>
    inTransaction(deps, async (tx) => {
      const userId = await consumeToken(tx.db, input.token, 'invitation', now);
      const users = userRepository(tx.db);
      const user = await users.findById(userId);
      if (!user?.active) throw tokenInvalid();
      await users.update(userId, {
        password_hash: passwordHash,
        last_login_at: now.toISOString(),
        ...(input.displayName ? { display_name: input.displayName } : {}),
      });
      await tokenRepository(tx.db).revokeAll(userId, 'invitation', now.toISOString());
      await auditRepository(tx.db).record({
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
  return startSession(deps.db, userId, now);
}
