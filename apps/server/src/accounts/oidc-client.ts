import { ssoEndpoints } from '@mutualis/contracts';
import * as oidc from 'openid-client';
import type { Config } from '../config.ts';
import { invalid } from '../errors.ts';
import { apiUrl, type LinkConfig } from '../links.ts';
import type { SsoRow } from './sso-repository.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether plain http is allowed for this issuer: a loopback host outside production (local providers, tests). */
export const insecureIssuerAllowed = (issuer: URL, config: Pick<Config, 'NODE_ENV'>) =>
  issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname) && config.NODE_ENV !== 'production';

/** Throws 400 naming `issuer` unless it is https (or http on a loopback host outside production). */
export function assertIssuerAllowed(issuer: string, config: Pick<Config, 'NODE_ENV'>) {
  const url = new URL(issuer);
  if (url.protocol !== 'https:' && !insecureIssuerAllowed(url, config)) throw invalid('issuer', 'sso_issuer_not_https');
}

/** The provider's configuration, read from its discovery document. */
export async function discoverProvider(sso: SsoRow, config: Pick<Config, 'NODE_ENV'>) {
  const issuer = new URL(sso.issuer);
  return oidc.discovery(
    issuer,
    sso.client_id,
    sso.client_secret ?? undefined,
    undefined,
    insecureIssuerAllowed(issuer, config) ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
  );
}

/** Where the provider sends the browser back. */
export const callbackUrl = (config: LinkConfig) => apiUrl(config, ssoEndpoints.callback, {});

export { oidc };
