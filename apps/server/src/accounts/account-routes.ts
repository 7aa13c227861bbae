import {
  acceptInvitationRequestSchema,
  changePasswordRequestSchema,
  meSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  updateMeRequestSchema,
} from '@mutualis/contracts';
import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { changePassword } from './change-password.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { resetPassword } from './reset-password.ts';
import { resolveSession } from './login-sessions.ts';
import { updateProfile } from './update-profile.ts';
import { callerOf, route } from '../http/access.ts';
import { setSessionCookie, toMe } from './auth-routes.ts';
import type { Deps, Caller } from '../caller.ts';
import type { App, AppEnv } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';
import { assertNotLimited, clientIp, type TokenLimiters, tokenLimiters } from '../http/rate-limit.ts';

const json = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const meResponse = (description: string) => ({ description, content: { 'application/json': { schema: meSchema } } });
const tooMany = { 429: { description: 'Too many attempts (rate_limited); see Retry-After' } };

/** Invitations, password reset and the caller's own profile and password. */
export function registerAccountRoutes(app: App, deps: Deps, limits: TokenLimiters = tokenLimiters(deps.now)) {
  /** Runs a token use; an invalid token counts against the caller's address. */
  async function withTokenLimit<T>(c: Context<AppEnv>, use: () => Promise<T>): Promise<T> {
    const ip = clientIp(c, deps.config.TRUST_PROXY);
    assertNotLimited(c, [[limits.badTokenByIp, ip]]);
    try {
      return await use();
    } catch (error) {
      if (error instanceof AppError && error.code === 'token_invalid') limits.badTokenByIp.hit(ip);
      throw error;
    }
  }

  /** Logs in with a fresh session token and answers like POST /api/auth/login. */
  async function answerLoggedIn(c: Context<AppEnv>, token: string) {
    setSessionCookie(c, deps, token);
    const caller = await resolveSession(deps.db, token, deps.now());
    return c.json(toMe(caller as Caller), 200);
  }

  app.openapi(
    route({
      method: 'post',
      path: '/api/auth/invitations/accept',
      tags: ['auth'],
      summary: 'Accept an invitation: choose a password (12+ characters); logs in (sets the session cookie)',
      access: 'public',
      request: json(acceptInvitationRequestSchema),
      responses: { 200: meResponse('Account activated and logged in'), ...problemResponses, ...tooMany },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const { token } = await withTokenLimit(c, () => acceptInvitation(deps, input));
      return answerLoggedIn(c, token);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/auth/password-reset',
      tags: ['auth'],
      summary: 'Ask for a password reset link by e-mail; always 202, whether the account exists or not',
      access: 'public',
      request: json(passwordResetRequestSchema),
      responses: { 202: { description: 'If the account exists, a link valid one hour is on its way' }, ...problemResponses, ...tooMany },
    }),
    async (c) => {
      const { email } = c.req.valid('json');
      const ip = clientIp(c, deps.config.TRUST_PROXY);
      const emailKey = email.toLowerCase();
      assertNotLimited(c, [
        [limits.resetByEmail, emailKey],
        [limits.resetByIp, ip],
      ]);
      limits.resetByEmail.hit(emailKey);
      limits.resetByIp.hit(ip);
      await requestPasswordReset(deps, email);
      return c.body(null, 202);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/auth/password-reset/confirm',
      tags: ['auth'],
      summary: 'Set a new password with the e-mailed token; ends every session of the account',
      access: 'public',
      request: json(passwordResetConfirmSchema),
      responses: { 204: { description: 'Password changed; log in with it' }, ...problemResponses, ...tooMany },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await withTokenLimit(c, () => resetPassword(deps, input));
      return c.body(null, 204);
    },
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/auth/me',
      tags: ['auth'],
      summary: 'Change my display name and language (fr, en)',
      access: 'authenticated',
      request: json(updateMeRequestSchema),
      responses: { 200: meResponse('The caller, updated'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const input = c.req.valid('json');
      await updateProfile(deps, caller, input);
      return c.json(toMe({ ...caller, ...input }), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/auth/me/password',
      tags: ['auth'],
      summary: 'Change my password (current and new); ends my other sessions and renews this one (new CSRF token)',
      access: 'authenticated',
      request: json(changePasswordRequestSchema),
      responses: { 200: meResponse('Password changed; the new session and CSRF token'), ...problemResponses },
    }),
    async (c) => {
      const { token } = await changePassword(deps, callerOf(c), c.req.valid('json'));
      return answerLoggedIn(c, token);
    },
  );
}
