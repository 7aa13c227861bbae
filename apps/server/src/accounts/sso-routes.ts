import { ssoEndpoints as sso } from '@mutualis/contracts';
import { webPaths } from '@mutualis/contracts/web-paths';
import type { Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { assertNotLimited, clientIp, type LoginLimiters } from '../http/rate-limit.ts';
import { webUrl } from '../links.ts';
import { answerLoggedIn } from './auth-routes.ts';
import { finishOidcLogin } from './finish-oidc-login.ts';
import { getSsoOption } from './get-sso-option.ts';
import { getSsoSettings } from './get-sso-settings.ts';
import { setSsoSettings } from './set-sso-settings.ts';
import { startOidcLogin } from './start-oidc-login.ts';

/**
 * Single sign-on with OpenID Connect (optional, per mutual): the coordinator's settings, the login
 * page's offer, and the two redirects of the flow. Failed callbacks count against the address like
 * failed password logins (the same limiter); starts are limited per address.
 */
export function registerSsoRoutes(app: App, deps: Deps, limits: LoginLimiters) {
  serve(app, sso.getSettings, ['coordinator', 'platform_admin'], ({ query }, caller) =>
    getSsoSettings(deps, caller, query),
  );
  serve(app, sso.setSettings, ['coordinator', 'platform_admin'], ({ query, body }, caller) =>
    setSsoSettings(deps, caller, { ...query, body }),
  );
  servePublic(app, sso.option, ({ query }) => getSsoOption(deps, query));
  servePublic(app, sso.start, async ({ params }, _caller, c) => {
    const ip = clientIp(c, deps.config.TRUST_PROXY);
    await assertNotLimited(c, [
      [limits.ssoStartsByIp, ip],
      [limits.byIp, ip],
    ]);
    await limits.ssoStartsByIp.hit(ip);
    const started = await startOidcLogin(deps, params);
    return c.redirect(
      'redirectTo' in started
        ? started.redirectTo
        : webUrl(deps.config, webPaths.loginSsoRefused('sso_failed', started.unreachable)),
      302,
    );
  });
  servePublic(app, sso.callback, async (_input, _caller, c) => {
    const ip = clientIp(c, deps.config.TRUST_PROXY);
    try {
      await assertNotLimited(c, [[limits.byIp, ip]]);
    } catch (error) {
      if (error instanceof AppError)
        return c.redirect(webUrl(deps.config, webPaths.loginSsoRefused('rate_limited')), 302);
      throw error;
    }
    const outcome = await finishOidcLogin(deps, { callbackQuery: new URL(c.req.url).search.slice(1) });
    if ('refused' in outcome) {
      await limits.byIp.hit(ip);
      return c.redirect(
        webUrl(deps.config, webPaths.loginSsoRefused(outcome.refused, outcome.mutualSlug ?? undefined)),
        302,
      );
    }
    answerLoggedIn(c, deps, outcome.session);
    return c.redirect(webUrl(deps.config, webPaths.home()), 302);
  });
}
