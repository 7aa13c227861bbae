import { authEndpoints as auth, type Me } from '@mutualis/contracts';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../caller.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App, AppEnv } from '../http/context.ts';
import { type LoginLimiters, loginLimiters, loginThrottle } from '../http/rate-limit.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';
import { resolveSessionCached, SESSION_COOKIE, SESSION_TTL_MS, type StartedSession } from './login-sessions.ts';
import { presentMe } from './present.ts';
import { registerSsoRoutes } from './sso-routes.ts';

/** Resolves the session cookie of every request into c.var.caller. */
export function sessionMiddleware(deps: Deps) {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('caller', token ? await resolveSessionCached(deps, token) : null);
    await next();
  };
  return middleware;
}

/** Sets the session cookie (HttpOnly, SameSite=Lax, Secure when served over HTTPS) and answers with the caller. */
export function answerLoggedIn(c: Context, deps: Deps, session: StartedSession): Me {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.PUBLIC_URL.startsWith('https://'),
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
  return presentMe(session.caller);
}

/** Logging in and out, and who the caller is. */
export function registerAuthRoutes(
  app: App,
  deps: Deps,
  limits: LoginLimiters = loginLimiters({ now: deps.now, db: deps.db }),
) {
  servePublic(app, auth.login, async ({ body }, _caller, c) =>
    answerLoggedIn(
      c,
      deps,
      await logIn(deps, { ...body, throttle: loginThrottle(c, limits, deps.config.TRUST_PROXY) }),
    ),
  );
  serve(app, auth.logout, 'authenticated', async (_input, caller, c) => {
    await logOut(deps, caller);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return undefined;
  });
  serve(app, auth.me, 'authenticated', (_input, caller) => presentMe(caller));
  registerSsoRoutes(app, deps, limits);
}
