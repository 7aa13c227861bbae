import { dashboardSchema, myFirmSummarySchema } from '@mutualis/contracts';
import { getDashboard, getMyFirmSummary } from './get-dashboard.ts';
import { memberScopeOf, mutualOf } from '../caller.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

/** Dashboards: the mutual's aggregates (coordinator, board viewer) and a member's own summary. */
export function registerDashboardRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/dashboard',
      tags: ['dashboard'],
      summary: "The mutual's figures: members by status, size class and region, employees by TEER and education, recent activity (no names for board viewers)",
      access: ['coordinator', 'board_viewer'],
      responses: { 200: { description: 'Dashboard', content: { 'application/json': { schema: dashboardSchema } } }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await getDashboard(deps, actor, mutualOf(actor)), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/my-firm/summary',
      tags: ['dashboard'],
      summary: "A member contact's own firm: status, headcount, employee counts",
      access: ['member_contact'],
      responses: { 200: { description: 'Summary', content: { 'application/json': { schema: myFirmSummarySchema } } }, ...problemResponses },
    }),
    async (c) => c.json(await getMyFirmSummary(deps, memberScopeOf(callerOf(c))), 200),
  );
}
