import { auditEndpoints as audit } from '@mutualis/contracts';
import { MUTUAL_ADMIN_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { listAuditLog } from './list-audit-log.ts';

/** Browsing the audit log: who did what, when, to which record. */
export function registerAuditRoutes(app: App, deps: Deps) {
  serve(app, audit.list, MUTUAL_ADMIN_ROLES, ({ query }, caller) => listAuditLog(deps, caller, query));
}
