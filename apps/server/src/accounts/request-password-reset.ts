import type { PasswordResetRequest } from '@mutualis/contracts';
import { webPaths } from '@mutualis/contracts/web-paths';
import { auditRepository } from '../audit/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { webUrl } from '../links.ts';
import { passwordResetEmail } from '../mail/templates.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { issueToken, PASSWORD_RESET_TTL_MS } from './one-time-tokens.ts';
import { userRepository } from './user-repository.ts';

/**
 * E-mails a one-hour reset link when an active account has this e-mail; does nothing otherwise.
 * The caller answers the same either way, so nobody learns which e-mails have accounts.
 */
export async function requestPasswordReset(deps: Deps, input: PasswordResetRequest): Promise<void> {
  const user = await userRepository(deps.db).findByEmail(input.email);
  if (!user?.active) return;
  const now = deps.now();
  await inTransaction(deps, async (tx) => {
    const token = await issueToken(tx.db, user.id, 'password_reset', PASSWORD_RESET_TTL_MS, now);
    const message = passwordResetEmail({
      locale: user.locale,
      name: user.display_name,
      link: webUrl(deps.config, webPaths.resetPassword(token, user.locale)),
      validMinutes: PASSWORD_RESET_TTL_MS / 60_000,
    });
    await enqueueEmail(
      tx.db,
      { mutualId: user.mutual_id, kind: 'password_reset', to: user.email, locale: user.locale, email: message },
      now,
    );
    await auditRepository(tx.db).record({
      at: now,
      mutualId: user.mutual_id,
      actorUserId: null,
      action: 'request_password_reset',
      entityType: 'user',
      entityId: user.id,
      change: {},
    });
  });
}
