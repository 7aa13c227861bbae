import { z } from 'zod';
import { endpoint } from './endpoint.ts';
import { memberStatusSchema, sizeClassSchema } from './members.ts';

const countBy = z.array(z.object({ key: z.string(), count: z.number().int() }));

/** Aggregates for a coordinator or a board viewer: no personal data. */
export const dashboardSchema = z
  .object({
    activeMembers: z.number().int(),
    currentEmployees: z.number().int(),
    membersByStatus: countBy,
    membersBySizeClass: countBy.meta({ description: 'Active members only' }),
    membersByRegion: countBy.meta({ description: 'Active members only' }),
    employeesByTeer: countBy.meta({ description: 'Current employees of active members' }),
    employeesByEducation: countBy.meta({ description: 'Current employees of active members' }),
    recentActivity: z.array(
      z.object({
        at: z.string(),
        action: z.string(),
        entityType: z.string(),
        entityId: z.string().nullable(),
        actorName: z.string().nullable().meta({ description: 'null for board viewers' }),
        memberName: z.string().nullable().meta({ description: 'null for board viewers' }),
      }),
    ),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;

export const myFirmSummarySchema = z
  .object({
    memberId: z.string(),
    legalName: z.string(),
    status: memberStatusSchema,
    headcount: z.number().int(),
    sizeClass: sizeClassSchema,
    currentEmployees: z.number().int(),
    endedEmployees: z.number().int(),
    employeesByTeer: countBy,
  })
  .meta({ id: 'MyFirmSummary' });
export type MyFirmSummary = z.infer<typeof myFirmSummarySchema>;

/** Dashboards: the mutual's figures (coordinator, board viewer) and a member contact's own firm at a glance. */
export const dashboardEndpoints = {
  mutual: endpoint({
    method: 'get',
    path: '/api/dashboard',
    tag: 'dashboard',
    summary:
      "The mutual's figures: members by status, size class and region, employees by TEER and education, recent activity (no names for board viewers)",
    response: dashboardSchema,
  }),
  myFirm: endpoint({
    method: 'get',
    path: '/api/my-firm/summary',
    tag: 'dashboard',
    summary: "A member contact's own firm: status, headcount, employee counts",
    response: myFirmSummarySchema,
  }),
};
