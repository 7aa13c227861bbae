import type { Deps } from '../caller.ts';
import { openLogin } from './log-in.ts';
import type { StartedSession } from './login-sessions.ts';
import { callbackUrl, discoverProvider, oidc } from './oidc-client.ts';
import { ssoRepository } from './sso-repository.ts';
import { userRepository } from './user-repository.ts';

/** Why a single sign-on opened no session (the login page says it in the reader's language). */
export type SsoRefusal = 'sso_failed' | 'sso_email_not_verified' | 'sso_unknown_account' | 'sso_account_inactive';

export type SsoOutcome = { session: StartedSession } | { refused: SsoRefusal; mutualSlug: string | null };

/**
 * The provider's answer: takes the log-in of this state (once: a replay finds nothing), exchanges the
 * code (PKCE verifier, nonce and ID token checked by openid-client), takes the e-mail (ID token, else userinfo) (verified unless
 * the mutual says its provider does not send it) and opens a session for the existing active account
 * of that mutual with that e-mail. No account is created.
 */
export async function finishOidcLogin(deps: Deps, input: { callbackQuery: string }): Promise<SsoOutcome> {
  const query = new URLSearchParams(input.callbackQuery);
  const repo = ssoRepository(deps.db);
  const state = query.get('state');
  const attempt = state ? await repo.takeAttempt(state, deps.now()) : undefined;
  if (!attempt) return { refused: 'sso_failed', mutualSlug: null };
  const mutualSlug = (await repo.slugOf(attempt.mutual_id)) ?? null;
  const sso = await repo.find(attempt.mutual_id);
  if (!sso?.enabled) return { refused: 'sso_failed', mutualSlug };
  let claims: { email?: unknown; email_verified?: unknown };
  try {
    const provider = await discoverProvider(sso, deps.config, deps.now());
    const tokens = await oidc.authorizationCodeGrant(provider, new URL(`${callbackUrl(deps.config)}?${query}`), {
      pkceCodeVerifier: attempt.code_verifier,
      expectedState: state ?? undefined,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) return { refused: 'sso_failed', mutualSlug };
    // Many providers put the e-mail in the ID token; others (as the standard has it for the code flow)
    // only at the userinfo endpoint, whose subject must be the ID token's.
    claims =
      typeof idToken.email === 'string'
        ? (idToken as { email?: unknown; email_verified?: unknown })
        : await oidc.fetchUserInfo(provider, tokens.access_token, idToken.sub);
  } catch {
    return { refused: 'sso_failed', mutualSlug };
  }
  const email = typeof claims.email === 'string' ? claims.email : null;
  if (!email || (sso.require_email_verified && claims.email_verified !== true)) {
    return { refused: 'sso_email_not_verified', mutualSlug };
  }
  const user = await userRepository(deps.db).findByEmail(email);
  if (!user || user.mutual_id !== attempt.mutual_id) return { refused: 'sso_unknown_account', mutualSlug };
  if (!user.active) return { refused: 'sso_account_inactive', mutualSlug };
  return { session: await openLogin(deps, user, 'oidc') };
}
