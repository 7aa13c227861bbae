import { outboxEndpoints as outbox } from '@mutualis/contracts';
import { MUTUAL_ADMIN_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { listOutbox } from './list-outbox.ts';
import { retryOutboxMessage } from './retry-outbox-message.ts';

/** The e-mails the platform sent or will send (without their bodies, which may hold links). */
export function registerOutboxRoutes(app: App, deps: Deps) {
  serve(app, outbox.list, MUTUAL_ADMIN_ROLES, ({ query }, caller) => listOutbox(deps, caller, query));
  serve(app, outbox.retry, MUTUAL_ADMIN_ROLES, ({ params }, caller) => retryOutboxMessage(deps, caller, params));
}
