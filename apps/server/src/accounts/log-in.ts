import type { LoginRequest } from '@mutualis/contracts';
import { verify } from '@node-rs/argon2';
import { auditRepository } from '../audit/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { type StartedSession, startSession } from './login-sessions.ts';
import { userRepository } from './user-repository.ts';

/**
 * How failed logins are counted against the e-mail and the caller (the HTTP layer binds it to
 * its rate limiters, which also say when to come back).
 */
export interface LoginThrottle {
  /** Throws rate_limited when the e-mail or the caller has failed too often lately. */
  assertAllowed(email: string): Promise<void>;
  failed(email: string): Promise<void>;
  /** A success forgets the e-mail's failures (not the caller's). */
  succeeded(email: string): Promise<void>;
}

// A dummy hash so that unknown e-mails cost as much time as wrong passwords.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$6nXu+1LV1EtnY3xgnHHX1A$Y23FgydV7aGImnix4KvKksqYgR5dC+KUpZk1SUitjaE';

/**
 * Logs in with e-mail and password: opens a session (returns its secret cookie token and the
 * caller), records the login. Unknown e-mail, inactive account and wrong password all answer
 * the same invalid_credentials and count as a failure.
 */
export async function logIn(deps: Deps, input: LoginRequest & { throttle: LoginThrottle }): Promise<StartedSession> {
  const { throttle } = input;
  await throttle.assertAllowed(input.email);
  const user = await userRepository(deps.db).findByEmail(input.email);
  const ok = await verify(user?.password_hash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user?.password_hash || !user.active || !ok) {
    await throttle.failed(input.email);
    throw new AppError('invalid_credentials', 'invalid_credentials');
  }
  await throttle.succeeded(input.email);
  return openLogin(deps, user, 'password');
}

/**
 * Opens the session of an active account that has proven who it is (password or single sign-on),
 * records the login and its method: the one way every login ends.
 */
export async function openLogin(
  deps: Deps,
  user: { id: string; mutual_id: string | null; member_id: string | null },
  method: 'password' | 'oidc',
): Promise<StartedSession> {
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const session = await startSession(tx.db, user.id, now);
    await userRepository(tx.db).update(user.id, { last_login_at: now.toISOString() });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: user.mutual_id,
      memberId: user.member_id,
      actorUserId: user.id,
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      change: { method },
    });
    return session;
  });
}
