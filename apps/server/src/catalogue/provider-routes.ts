import { providerEndpoints as providers } from '@mutualis/contracts';
import { PROVIDER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createProvider } from './create-provider.ts';
import { getProvider } from './get-provider.ts';
import { listProviders } from './list-providers.ts';
import { updateProvider } from './update-provider.ts';

/** Training providers: coordinators manage them; a trainer sees its own provider. */
export function registerProviderRoutes(app: App, deps: Deps) {
  serve(app, providers.list, PROVIDER_RECORD_ROLES, ({ query }, caller) => listProviders(deps, caller, query));
  serve(app, providers.create, ['coordinator'], ({ body }, caller) => createProvider(deps, caller, body));
  serve(app, providers.get, PROVIDER_RECORD_ROLES, ({ params }, caller) => getProvider(deps, caller, params));
  serve(app, providers.update, ['coordinator'], ({ params, body }, caller) =>
    updateProvider(deps, caller, { providerId: params.providerId, changes: body }),
  );
}
