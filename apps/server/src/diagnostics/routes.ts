import { diagnosticEndpoints as diagnostics } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createDiagnostic } from './create-diagnostic.ts';
import { getDiagnostic } from './get-diagnostic.ts';
import { listDiagnostics } from './list-diagnostics.ts';
import { setProposedNeeds } from './set-proposed-needs.ts';
import { transitionDiagnostic } from './transition-diagnostic.ts';
import { updateDiagnostic } from './update-diagnostic.ts';
import { validateDiagnostic } from './validate-diagnostic.ts';

/**
 * Needs diagnostics: the coordinator schedules, runs and completes one with a member firm and
 * proposes need lines; the member contact validates it (its lines become open needs).
 */
export function registerDiagnosticRoutes(app: App, deps: Deps) {
  serve(app, diagnostics.list, MEMBER_RECORD_ROLES, ({ query }, caller) => listDiagnostics(deps, caller, query));
  serve(app, diagnostics.create, ['coordinator'], ({ body }, caller) => createDiagnostic(deps, caller, body));
  serve(app, diagnostics.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getDiagnostic(deps, caller, params));
  serve(app, diagnostics.update, ['coordinator'], ({ params, body }, caller) =>
    updateDiagnostic(deps, caller, { diagnosticId: params.diagnosticId, changes: body }),
  );
  serve(app, diagnostics.transition, ['coordinator'], ({ params, body }, caller) =>
    transitionDiagnostic(deps, caller, { ...params, ...body }),
  );
  serve(app, diagnostics.setProposedNeeds, ['coordinator'], ({ params, body }, caller) =>
    setProposedNeeds(deps, caller, { ...params, ...body }),
  );
  serve(app, diagnostics.validate, ['member_contact'], ({ params, body }, caller) =>
    validateDiagnostic(deps, caller, { ...params, ...body }),
  );
}
