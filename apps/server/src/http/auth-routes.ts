import { verify } from '@node-rs/argon2';
import { loginRequestSchema, meSchema } from '@mutualis/contracts';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { auditRepository } from '../db/repositories/audit-repository.ts';
import { userRepository } from '../db/repositories/user-repository.ts';
import { AppError } from '../errors.ts';
import { closeSession, openSession, resolveSession, SESSION_COOKIE, SESSION_TTL_MS } from '../services/sessions.ts';
import { principalOf, route } from './access.ts';
import type { App, AppEnv, Deps, Principal } from './context.ts';
import { problemResponses } from './openapi.ts';
import { assertNotLimited, clientIp, type LoginLimiters, loginLimiters } from './rate-limit.ts';

/** The caller as GET /api/auth/me shows it (without the session id). */
export const toMe = (p: Principal) => {
  const { sessionId: _sessionId, ...me } = p;
  return me;
};

// A dummy hash so that unknown e-mails cost as much time as wrong passwords.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$6nXu+1LV1EtnY3xgnHHX1A$Y23FgydV7aGImnix4KvKksqYgR5dC+KUpZk1SUitjaE';

/** Resolves the session cookie of every request into c.var.principal. */
export function sessionMiddleware(deps: Deps) {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('principal', token ? await resolveSession(deps.db, token, deps.now()) : null);
    await next();
  };
  return middleware;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure when served over HTTPS. */
export function setSessionCookie(c: Context, deps: Deps, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.PUBLIC_URL.startsWith('https://'),
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function registerAuthRoutes(app: App, deps: Deps, limits: LoginLimiters = loginLimiters(deps.now)) {
  app.openapi(
    route({
      method: 'post',
      path: '/api/auth/login',
      tags: ['auth'],
      summary: 'Log in with e-mail and password; sets the session cookie',
      access: 'public',
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: loginRequestSchema,
            },
          },
        },
      },
      responses: {
        200: { description: 'Logged in', content: { 'application/json': { schema: meSchema } } },
        ...problemResponses,
        429: { description: 'Too many failed attempts (rate_limited); see Retry-After' },
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const emailKey = email.toLowerCase();
      const ip = clientIp(c, deps.config.TRUST_PROXY);
      assertNotLimited(c, [
        [limits.byEmail, emailKey],
        [limits.byIp, ip],
      ]);
      const users = userRepository(deps.db);
      const user = await users.findByEmail(email);
      const ok = await verify(user?.password_hash ?? DUMMY_HASH, password).catch(() => false);
      if (!user?.password_hash || !user.active || !ok) {
        limits.byEmail.hit(emailKey);
        limits.byIp.hit(ip);
        throw new AppError('invalid_credentials', 'Wrong e-mail or password');
      }
      limits.byEmail.reset(emailKey);
      const now = deps.now();
      const { token } = await openSession(deps.db, user.id, now);
      await users.update(user.id, { last_login_at: now.toISOString() });
      await auditRepository(deps.db).record({
        mutualId: user.mutual_id,
        memberId: user.member_id,
        actorUserId: user.id,
        action: 'login',
        entityType: 'user',
        entityId: user.id,
        change: {},
      });
      setSessionCookie(c, deps, token);
      const principal = await resolveSession(deps.db, token, now);
      return c.json(toMe(principal as Principal), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/auth/logout',
      tags: ['auth'],
      summary: 'Log out: ends the session',
      access: 'authenticated',
      responses: { 204: { description: 'Logged out' }, ...problemResponses },
    }),
    async (c) => {
      await closeSession(deps.db, principalOf(c).sessionId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/auth/me',
      tags: ['auth'],
      summary: 'Who am I: the logged-in account, its role and its CSRF token',
      access: 'authenticated',
      responses: { 200: { description: 'The caller', content: { 'application/json': { schema: meSchema } } }, ...problemResponses },
    }),
    (c) => c.json(toMe(principalOf(c)), 200),
  );
}
