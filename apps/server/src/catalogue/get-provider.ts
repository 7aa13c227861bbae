import type { Provider } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentProvider } from './present.ts';
import { visibleProvider } from './visible-provider.ts';

/** One provider the caller may see. */
export async function getProvider(deps: Deps, caller: Caller, input: { providerId: string }): Promise<Provider> {
  return presentProvider(await visibleProvider(deps, caller, input.providerId));
}
