import { needEndpoints as needs } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createNeed } from './create-need.ts';
import { getNeed } from './get-need.ts';
import { importNeeds } from './import-needs.ts';
import { listNeeds } from './list-needs.ts';
import { transitionNeed } from './transition-need.ts';
import { updateNeed } from './update-need.ts';
import { withdrawNeed } from './withdraw-need.ts';

/**
 * Need lines. Member contacts declare, edit and withdraw their own until pooling plans them;
 * coordinators see and manage every member's needs and move their status.
 */
export function registerNeedRoutes(app: App, deps: Deps) {
  serve(app, needs.list, MEMBER_RECORD_ROLES, ({ query }, caller) => listNeeds(deps, caller, query));
  serve(app, needs.create, MEMBER_RECORD_ROLES, ({ body }, caller) => createNeed(deps, caller, body));
  serve(app, needs.import, MEMBER_RECORD_ROLES, ({ body }, caller) => importNeeds(deps, caller, { file: body }));
  serve(app, needs.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getNeed(deps, caller, params));
  serve(app, needs.update, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    updateNeed(deps, caller, { needId: params.needId, changes: body }),
  );
  serve(app, needs.withdraw, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    withdrawNeed(deps, caller, { needId: params.needId, reason: body.reason }),
  );
  serve(app, needs.transition, ['coordinator'], ({ params, body }, caller) =>
    transitionNeed(deps, caller, { needId: params.needId, ...body }),
  );
}
