import { mutualEndpoints as mutuals } from '@mutualis/contracts';
import { MUTUAL_ADMIN_ROLES, MUTUAL_READER_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createMutual } from './create-mutual.ts';
import { getMutual } from './get-mutual.ts';
import { listMutuals } from './list-mutuals.ts';
import { updateDeliverySettings } from './update-delivery-settings.ts';
import { updateMutual } from './update-mutual.ts';

/** Mutuals: the platform administrator creates and edits them; their staff and board read their own. */
export function registerMutualRoutes(app: App, deps: Deps) {
  serve(app, mutuals.list, ['platform_admin'], ({ query }, caller) => listMutuals(deps, caller, query));
  serve(app, mutuals.create, ['platform_admin'], ({ body }, caller) => createMutual(deps, caller, body));
  serve(app, mutuals.get, MUTUAL_READER_ROLES, ({ params }, caller) => getMutual(deps, caller, params));
  serve(app, mutuals.update, ['platform_admin'], ({ params, body }, caller) =>
    updateMutual(deps, caller, { mutualId: params.mutualId, changes: body }),
  );
  serve(app, mutuals.updateDeliverySettings, MUTUAL_ADMIN_ROLES, ({ params, body }, caller) =>
    updateDeliverySettings(deps, caller, { mutualId: params.mutualId, changes: body }),
  );
}
