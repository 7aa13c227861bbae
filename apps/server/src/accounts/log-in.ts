import type { LoginRequest } from '@mutualis/contracts';
import { verify } from '@node-rs/argon2';
import { auditRepository } from '../audit/index.ts';
import { userRepository } from './user-repository.ts';
import { AppError } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { openSession, resolveSession } from './login-sessions.ts';

/**
 * How failed logins are counted against the e-mail and the caller (the HTTP layer binds it to
 * its rate limiters, which also say when to come back).
 */
export interface LoginThrottle {
  /** Throws rate_limited when the e-mail or the caller has failed too often lately. */
  assertAllowed(email: string): void;
  failed(email: string): void;
  /** A success forgets the e-mail's failures (not the caller's). */
  succeeded(email: string): void;
}

// A dummy hash so that unknown e-mails cost as much time as wrong passwords.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$6nXu+1LV1EtnY3xgnHHX1A$Y23FgydV7aGImnix4KvKksqYgR5dC+KUpZk1SUitjaE';

/**
 * Logs in with e-mail and password: opens a session (returns its secret cookie token and the
 * caller), records the login. Unknown e-mail, inactive account and wrong password all answer
 * the same invalid_credentials and count as a failure.
 */
export async function logIn(deps: Deps, input: LoginRequest, throttle: LoginThrottle): Promise<{ token: string; caller: Caller }> {
  throttle.assertAllowed(input.email);
  const user = await userRepository(deps.db).findByEmail(input.email);
  const ok = await verify(user?.password_hash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user?.password_hash || !user.active || !ok) {
    throttle.failed(input.email);
    throw new AppError('invalid_credentials', 'Wrong e-mail or password');
  }
  throttle.succeeded(input.email);
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const { token } = await openSession(trx, user.id, now);
    await userRepository(trx).update(user.id, { last_login_at: now.toISOString() });
    await auditRepository(trx).record({
      at: now,
      mutualId: user.mutual_id,
      memberId: user.member_id,
      actorUserId: user.id,
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      change: {},
    });
    const caller = (await resolveSession(trx, token, now)) as Caller;
    return { token, caller };
  });
}
