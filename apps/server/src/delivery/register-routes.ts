import { registerEndpoints as register } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { exportRegister } from './export-register.ts';
import { getRegisterEntry } from './get-register-entry.ts';
import { listRegister } from './list-register.ts';
import { updateRegisterEntry } from './update-register-entry.ts';

/** The activity register (s.15): one entry per session, complete before delivery; yearly exports (coordinators). */
export function registerRegisterRoutes(app: App, deps: Deps) {
  serve(app, register.get, ['coordinator'], ({ params }, caller) => getRegisterEntry(deps, caller, params));
  serve(app, register.update, ['coordinator'], ({ params, body }, caller) =>
    updateRegisterEntry(deps, caller, { sessionId: params.sessionId, changes: body }),
  );
  serve(app, register.list, ['coordinator'], ({ query }, caller) => listRegister(deps, caller, query));
  serve(app, register.exportXlsx, ['coordinator'], ({ query }, caller) =>
    exportRegister(deps, caller, { year: query.year, format: 'xlsx' }),
  );
  serve(app, register.exportPdf, ['coordinator'], ({ query }, caller) =>
    exportRegister(deps, caller, { year: query.year, format: 'pdf' }),
  );
}
