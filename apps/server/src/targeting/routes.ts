import { targetingEndpoints as targeting } from '@mutualis/contracts';
import { EVIDENCE_READER_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { getTargetingReport } from './get-targeting-report.ts';

/** Targeting: the reach report for the coordinator, the board and (consenting firms only) funders and researchers. */
export function registerTargetingRoutes(app: App, deps: Deps) {
  serve(app, targeting.report, EVIDENCE_READER_ROLES, ({ query }, caller) => getTargetingReport(deps, caller, query));
}
