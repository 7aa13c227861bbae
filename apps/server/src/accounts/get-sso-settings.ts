import type { SsoSettings } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { type SsoRow, ssoRepository } from './sso-repository.ts';

/** The answer about a mutual's provider: never the secret, only whether it is set. */
export function presentSso(row: SsoRow | undefined): SsoSettings {
  return {
    configured: row !== undefined,
    providerName: row?.provider_name ?? '',
    issuer: row?.issuer ?? '',
    clientId: row?.client_id ?? '',
    clientSecretSet: Boolean(row?.client_secret),
    enabled: row?.enabled ?? false,
    requireEmailVerified: row?.require_email_verified ?? true,
  };
}

/** The coordinator reads the mutual's single sign-on provider. */
export async function getSsoSettings(deps: Deps, caller: Caller): Promise<SsoSettings> {
  return presentSso(await ssoRepository(deps.db).find(mutualOf(caller)));
}
