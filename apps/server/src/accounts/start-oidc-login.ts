import type { Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { callbackUrl, discoverProvider, oidc } from './oidc-client.ts';
import { ssoRepository } from './sso-repository.ts';

/**
 * Starts a single sign-on at the mutual's provider (authorization code with PKCE, state and nonce):
 * keeps the state, nonce and verifier in the database (any instance takes the callback) and answers
 * the provider's address to send the browser to, or `unreachable` (with the mutual's slug) when the
 * provider's discovery fails. 404 sso_not_enabled when the mutual has none enabled.
 */
export async function startOidcLogin(
  deps: Deps,
  input: { mutualSlugOrId: string },
): Promise<{ redirectTo: string } | { unreachable: string }> {
  const repo = ssoRepository(deps.db);
  const sso = await repo.findEnabled(input.mutualSlugOrId);
  if (!sso) throw new AppError('not_found', 'sso_not_enabled');
  let provider: Awaited<ReturnType<typeof discoverProvider>>;
  try {
    provider = await discoverProvider(sso, deps.config, deps.now());
  } catch {
    return { unreachable: sso.slug };
  }
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await repo.addAttempt({ state, mutualId: sso.mutual_id, nonce, codeVerifier }, deps.now());
  const url = oidc.buildAuthorizationUrl(provider, {
    redirect_uri: callbackUrl(deps.config),
    scope: 'openid email',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { redirectTo: url.toString() };
}
