import { accountEndpoints as accounts } from '@mutualis/contracts';
import type { Context } from 'hono';
import type { Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { assertNotLimited, clientIp, type TokenLimiters, tokenLimiters } from '../http/rate-limit.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { answerLoggedIn } from './auth-routes.ts';
import { changePassword } from './change-password.ts';
import { presentMe } from './present.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { resetPassword } from './reset-password.ts';
import { updateProfile } from './update-profile.ts';

/** Invitations, password reset and the caller's own profile and password. */
export function registerAccountRoutes(
  app: App,
  deps: Deps,
  limits: TokenLimiters = tokenLimiters({ now: deps.now, db: deps.db }),
) {
  /** Runs a token use; an invalid token counts against the caller's address. */
  async function withTokenLimit<T>(c: Context, use: () => Promise<T>): Promise<T> {
    const ip = clientIp(c, deps.config.TRUST_PROXY);
    await assertNotLimited(c, [[limits.badTokenByIp, ip]]);
    try {
      return await use();
    } catch (error) {
      if (error instanceof AppError && error.code === 'token_invalid') await limits.badTokenByIp.hit(ip);
      throw error;
    }
  }

  /** Counts a reset request against the e-mail and the caller's address (each sends a message). */
  async function limitResetRequest(c: Context, email: string) {
    const ip = clientIp(c, deps.config.TRUST_PROXY);
    const emailKey = email.toLowerCase();
    await assertNotLimited(c, [
      [limits.resetByEmail, emailKey],
      [limits.resetByIp, ip],
    ]);
    await limits.resetByEmail.hit(emailKey);
    await limits.resetByIp.hit(ip);
  }

  servePublic(app, accounts.acceptInvitation, async ({ body }, _caller, c) =>
    answerLoggedIn(c, deps, await withTokenLimit(c, () => acceptInvitation(deps, body))),
  );
  servePublic(app, accounts.requestPasswordReset, async ({ body }, _caller, c) => {
    await limitResetRequest(c, body.email);
    await requestPasswordReset(deps, body);
    return c.body(null, 202);
  });
  servePublic(app, accounts.confirmPasswordReset, async ({ body }, _caller, c) => {
    await withTokenLimit(c, () => resetPassword(deps, body));
    return undefined;
  });
  serve(app, accounts.updateMe, 'authenticated', async ({ body }, caller) =>
    presentMe(await updateProfile(deps, caller, body)),
  );
  serve(app, accounts.changePassword, 'authenticated', async ({ body }, caller, c) =>
    answerLoggedIn(c, deps, await changePassword(deps, caller, body)),
  );
}
