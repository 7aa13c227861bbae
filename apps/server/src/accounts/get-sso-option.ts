import { type SsoLoginOption, ssoEndpoints } from '@mutualis/contracts';
import { pathOf } from '@mutualis/contracts/endpoint';
import type { Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { ssoRepository } from './sso-repository.ts';

/** What the login page offers for a mutual (its slug or id): the provider's name and where to start (a path of this server). */
export async function getSsoOption(deps: Deps, input: { mutual: string }): Promise<SsoLoginOption> {
  const sso = await ssoRepository(deps.db).findEnabled(input.mutual);
  if (!sso) throw new AppError('not_found', 'sso_not_enabled');
  return {
    providerName: sso.provider_name,
    startUrl: pathOf(ssoEndpoints.start, { mutualSlugOrId: sso.slug }),
  };
}
