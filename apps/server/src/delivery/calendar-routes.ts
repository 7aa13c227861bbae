import { z } from '@hono/zod-openapi';
import { calendarFeedListItemSchema, calendarFeedRequestSchema, calendarFeedSchema } from '@mutualis/contracts';
import { createCalendarFeed, listCalendarFeeds, renderCalendarFeed, revokeCalendarFeed } from './calendar-feeds.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

/** iCalendar feeds by private URL: per trainer, per member firm, per participant. */
export function registerCalendarRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'post',
      path: '/api/calendar-feeds',
      tags: ['calendar'],
      summary: 'Create a private iCalendar URL (trainer: own sessions; firm; participant); the URL is shown once',
      access: ['coordinator', 'member_contact', 'trainer'],
      request: { body: { required: true, content: { 'application/json': { schema: calendarFeedRequestSchema } } } },
      responses: { 201: { description: 'The feed and its URL', content: { 'application/json': { schema: calendarFeedSchema } } }, ...problemResponses },
    }),
    async (c) => c.json(await createCalendarFeed(deps, callerOf(c), c.req.valid('json')), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/calendar-feeds',
      tags: ['calendar'],
      summary: 'Active calendar URLs one may revoke (a coordinator: all of the mutual; others: their own), without their token',
      access: ['coordinator', 'member_contact', 'trainer'],
      responses: { 200: { description: 'Feeds, newest first', content: { 'application/json': { schema: z.array(calendarFeedListItemSchema) } } }, ...problemResponses },
    }),
    async (c) => c.json(await listCalendarFeeds(deps, callerOf(c)), 200),
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/api/calendar-feeds/{feedId}',
      tags: ['calendar'],
      summary: 'Revoke a calendar URL',
      access: ['coordinator', 'member_contact', 'trainer'],
      request: { params: z.object({ feedId: z.string().uuid() }) },
      responses: { 204: { description: 'Revoked' }, ...problemResponses },
    }),
    async (c) => {
      await revokeCalendarFeed(deps, callerOf(c), c.req.valid('param').feedId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/calendar/{feedToken}',
      tags: ['calendar'],
      summary: 'Public with a private token: the iCalendar feed (RFC 5545, America/Montreal)',
      access: 'public',
      request: { params: z.object({ feedToken: z.string().max(100) }) },
      responses: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, ...problemResponses },
    }),
    async (c) => {
      const ics = await renderCalendarFeed(deps, c.req.valid('param').feedToken);
      return c.body(ics, 200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' });
    },
  );
}
