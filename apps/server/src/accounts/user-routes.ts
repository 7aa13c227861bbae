import { userEndpoints as users } from '@mutualis/contracts';
import { MUTUAL_ADMIN_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { getUser } from './get-user.ts';
import { inviteUser } from './invite-user.ts';
import { listUsers } from './list-users.ts';
import { resendInvitation } from './resend-invitation.ts';
import { setUserActive } from './set-user-active.ts';
import { updateUser } from './update-user.ts';

/** Accounts: coordinators manage their mutual's, the platform administrator everyone's. */
export function registerUserRoutes(app: App, deps: Deps) {
  serve(app, users.list, MUTUAL_ADMIN_ROLES, ({ query }, caller) => listUsers(deps, caller, query));
  serve(app, users.invite, MUTUAL_ADMIN_ROLES, ({ body }, caller) => inviteUser(deps, caller, body));
  serve(app, users.get, MUTUAL_ADMIN_ROLES, ({ params }, caller) => getUser(deps, caller, params));
  serve(app, users.update, MUTUAL_ADMIN_ROLES, ({ params, body }, caller) =>
    updateUser(deps, caller, { userId: params.userId, changes: body }),
  );
  serve(app, users.deactivate, MUTUAL_ADMIN_ROLES, ({ params }, caller) =>
    setUserActive(deps, caller, { userId: params.userId, active: false }),
  );
  serve(app, users.reactivate, MUTUAL_ADMIN_ROLES, ({ params }, caller) =>
    setUserActive(deps, caller, { userId: params.userId, active: true }),
  );
  serve(app, users.resendInvitation, MUTUAL_ADMIN_ROLES, ({ params }, caller) =>
    resendInvitation(deps, caller, params),
  );
}
