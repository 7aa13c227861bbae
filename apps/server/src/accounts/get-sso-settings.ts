import type { SsoSettings } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { invalid, notFound } from '../errors.ts';
import { managedMutual } from './managed-mutual.ts';
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

/**
 * The mutual whose provider the caller manages: a coordinator's own, the one the platform
 * administrator names (400 without one, 404 when there is none such).
 */
export async function ssoMutual(db: Db, caller: Caller, requested: string | undefined): Promise<string> {
  const mutualId = managedMutual(caller, requested);
  if (!mutualId) throw invalid('mutualId', 'required');
  if (!(await ssoRepository(db).slugOf(mutualId))) throw notFound('mutual');
  return mutualId;
}

/** The coordinator (or the platform administrator) reads the mutual's single sign-on provider. */
export async function getSsoSettings(deps: Deps, caller: Caller, input: { mutualId?: string }): Promise<SsoSettings> {
  const mutualId = await ssoMutual(deps.db, caller, input.mutualId);
  return presentSso(await ssoRepository(deps.db).find(mutualId));
}
