import { attendanceEndpoints as attendance } from '@mutualis/contracts';
import { SESSION_ROLES, SESSION_WORKER_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { getRoster } from './get-roster.ts';
import { getSignInSheet } from './get-sign-in-sheet.ts';
import { markAllPresent } from './mark-all-present.ts';
import { recordAttendance } from './record-attendance.ts';
import { recordResults } from './record-results.ts';

/** The trainer portal: roster, sign-in sheet, attendance per meeting day, each participant's result. */
export function registerAttendanceRoutes(app: App, deps: Deps) {
  serve(app, attendance.roster, SESSION_ROLES, ({ params }, caller) => getRoster(deps, caller, params));
  serve(app, attendance.signInSheet, SESSION_WORKER_ROLES, ({ params, query }, caller) =>
    getSignInSheet(deps, caller, { ...params, ...query }),
  );
  serve(app, attendance.recordAttendance, SESSION_WORKER_ROLES, ({ params, body }, caller) =>
    recordAttendance(deps, caller, { ...params, ...body }),
  );
  serve(app, attendance.allPresent, SESSION_WORKER_ROLES, ({ params, body }, caller) =>
    markAllPresent(deps, caller, { ...params, ...body }),
  );
  serve(app, attendance.recordResults, SESSION_WORKER_ROLES, ({ params, body }, caller) =>
    recordResults(deps, caller, { ...params, ...body }),
  );
}
