import { CALENDAR_FEED_KINDS } from '@mutualis/domain/delivery/ical';
import { z } from 'zod';
import { endpoint, fileAnswer, noContent } from './endpoint.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Delivery, calendar feeds: private iCalendar URLs per trainer, member firm or participant.

const uuid = z.string().uuid();
const calendarFeedKindSchema = z.enum(CALENDAR_FEED_KINDS);

export const calendarFeedRequestSchema = z
  .object({ kind: calendarFeedKindSchema, employeeId: uuid.optional(), memberId: uuid.optional() })
  .meta({ id: 'CalendarFeedRequest' });
export type CalendarFeedRequest = z.infer<typeof calendarFeedRequestSchema>;
export const calendarFeedSchema = z
  .object({ id: z.string(), kind: z.string(), url: z.string() })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
/** An active feed as listed (its URL is shown only once, at creation). */
export const calendarFeedListItemSchema = z
  .object({
    id: z.string(),
    kind: calendarFeedKindSchema,
    memberName: z.string().nullable(),
    employeeName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CalendarFeedListItem' });
export type CalendarFeedListItem = z.infer<typeof calendarFeedListItemSchema>;
export const calendarFeedListSchema = pagedListSchema(calendarFeedListItemSchema, 'CalendarFeedList');
// Up to 500 a page: the active feeds are shown in one page.
export const calendarFeedListQuerySchema = z.object(pageQueryFieldsUpTo(500));

/** The calendar endpoints: anyone working with sessions makes and revokes private URLs; the feed itself is public with its token. */
export const calendarEndpoints = {
  create: endpoint({
    method: 'post',
    path: '/api/calendar-feeds',
    tag: 'calendar',
    summary: 'Create a private iCalendar URL (trainer: own sessions; firm; participant); the URL is shown once',
    body: calendarFeedRequestSchema,
    response: calendarFeedSchema,
    status: 201,
  }),
  list: endpoint({
    method: 'get',
    path: '/api/calendar-feeds',
    tag: 'calendar',
    summary:
      'Active calendar URLs one may revoke (a coordinator: all of the mutual; others: their own), without their token',
    query: calendarFeedListQuerySchema,
    response: calendarFeedListSchema,
  }),
  revoke: endpoint({
    method: 'delete',
    path: '/api/calendar-feeds/{feedId}',
    tag: 'calendar',
    summary: 'Revoke a calendar URL',
    params: z.object({ feedId: uuid }),
    response: noContent,
    status: 204,
  }),
  feed: endpoint({
    method: 'get',
    path: '/api/calendar/{feedToken}',
    tag: 'calendar',
    summary: 'Public with a private token: the iCalendar feed (RFC 5545, America/Montreal)',
    params: z.object({ feedToken: z.string().max(100) }),
    response: fileAnswer('text/calendar'),
  }),
};
