import { dashboardEndpoints as dashboards } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { getDashboard } from './get-dashboard.ts';
import { getMyFirmSummary } from './get-my-firm-summary.ts';

/** Dashboards: the mutual's aggregates (coordinator, board viewer) and a member contact's own summary. */
export function registerDashboardRoutes(app: App, deps: Deps) {
  serve(app, dashboards.mutual, ['coordinator', 'board_viewer'], (_input, caller) => getDashboard(deps, caller));
  serve(app, dashboards.myFirm, ['member_contact'], (_input, caller) => getMyFirmSummary(deps, caller));
}
