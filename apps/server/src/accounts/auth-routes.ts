import { loginRequestSchema, meSchema } from '@mutualis/contracts';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { logIn } from './log-in.ts';
import { closeSession, resolveSessionCached, SESSION_COOKIE, SESSION_TTL_MS } from './login-sessions.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps, Caller } from '../caller.ts';
import type { App, AppEnv } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';
import { type LoginLimiters, loginLimiters, loginThrottle } from '../http/rate-limit.ts';

/** The caller as GET /api/auth/me shows it (without the session id). */
export const toMe = (p: Caller) => {
  const { sessionId: _sessionId, ...me } = p;
  return me;
};

/** Resolves the session cookie of every request into c.var.caller. */
export function sessionMiddleware(deps: Deps) {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('caller', token ? await resolveSessionCached(deps, token) : null);
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
      const { token, caller } = await logIn(deps, c.req.valid('json'), loginThrottle(c, limits, deps.config.TRUST_PROXY));
      setSessionCookie(c, deps, token);
      return c.json(toMe(caller), 200);
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
      await closeSession(deps, callerOf(c).sessionId);
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
    (c) => c.json(toMe(callerOf(c)), 200),
  );
}
