import { ssoEndpoints } from '@mutualis/contracts';
import * as oidc from 'openid-client';
import type { Config } from '../config.ts';
import { invalid } from '../errors.ts';
import { apiUrl, type LinkConfig } from '../links.ts';
import { openSecret, secretKey } from './secret-box.ts';
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

/** The key that seals a mutual's client secret in the database (derived from SESSION_SECRET). */
export const clientSecretKey = (config: Pick<Config, 'SESSION_SECRET'>) =>
  secretKey(config.SESSION_SECRET, 'oidc client secret');

/** How long a provider's discovery document is reused before it is read again. */
export const DISCOVERY_TTL_MS = 10 * 60 * 1000;

type ProviderConfiguration = Awaited<ReturnType<typeof oidc.discovery>>;

/**
 * Discovery answers kept per provider setting (issuer, client, stored secret): a log-in's start and
 * callback, and every log-in for ten minutes, reuse one instead of asking the provider twice per log-in.
 * A change of the mutual's settings changes the key (a new secret is sealed anew), so a setting read from
 * the database is never served with an older one's configuration, on any instance. A failed discovery is
 * not kept.
 */
const discovered = new Map<string, { configuration: Promise<ProviderConfiguration>; until: number }>();

/** The provider's configuration, read from its discovery document (or the one read less than ten minutes ago). */
export async function discoverProvider(
  sso: SsoRow,
  config: Pick<Config, 'NODE_ENV' | 'SESSION_SECRET'>,
  now: Date = new Date(),
): Promise<ProviderConfiguration> {
  const key = [sso.issuer, sso.client_id, sso.client_secret ?? ''].join('\n');
  const kept = discovered.get(key);
  if (kept && kept.until > now.getTime()) return kept.configuration;
  for (const [k, entry] of discovered) if (entry.until <= now.getTime()) discovered.delete(k);
  const issuer = new URL(sso.issuer);
  const configuration = oidc.discovery(
    issuer,
    sso.client_id,
    sso.client_secret === null ? undefined : openSecret(sso.client_secret, clientSecretKey(config)),
    undefined,
    insecureIssuerAllowed(issuer, config) ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
  );
  discovered.set(key, { configuration, until: now.getTime() + DISCOVERY_TTL_MS });
  configuration.catch(() => discovered.delete(key));
  return configuration;
}

/** Where the provider sends the browser back. */
export const callbackUrl = (config: LinkConfig) => apiUrl(config, ssoEndpoints.callback, {});

export { oidc };
