import { SESSION_STATES } from '@mutualis/domain/delivery/lifecycle';
import { z } from 'zod';
import { trainingModeSchema } from './catalogue.ts';
import { isoDateSchema } from './dates.ts';
import { endpoint } from './endpoint.ts';

// Delivery, the calendar of sessions: the meeting days between two dates that the caller may see
// (a coordinator all of the mutual's, a member contact the open sessions and its firm's, a trainer
// its own), for the month and week views. The virtual-class link is not in it: the session page
// shows it to those who may see it.

/** The longest range one answer covers: a month view with the days of the weeks around it. */
export const SCHEDULE_MAX_DAYS = 62;

export const scheduleDaySchema = z
  .object({
    meetingDayId: z.string().uuid(),
    sessionId: z.string().uuid(),
    day: isoDateSchema,
    startsAt: z.string().meta({ example: '08:30' }),
    endsAt: z.string().meta({ example: '16:00' }),
    titleFr: z.string(),
    titleEn: z.string(),
    status: z.enum(SESSION_STATES),
    mode: trainingModeSchema,
    place: z.string().nullable(),
    providerName: z.string().nullable(),
    ownFirm: z
      .boolean()
      .nullable()
      .meta({ description: 'For a member contact: whether its firm has seats or people in the session' }),
  })
  .meta({ id: 'ScheduleDay' });
export type ScheduleDay = z.infer<typeof scheduleDaySchema>;

export const scheduleSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema, items: z.array(scheduleDaySchema) })
  .meta({
    id: 'Schedule',
    description: 'Every visible meeting day from `from` to `to` (both included), by day and start time',
  });
export type Schedule = z.infer<typeof scheduleSchema>;

export const scheduleQuerySchema = z
  .object({
    from: isoDateSchema.optional().meta({ description: 'First day; the first of the current month when left out' }),
    to: isoDateSchema.optional().meta({
      description: `Last day, at most ${SCHEDULE_MAX_DAYS} days after from; the last of from's month when left out`,
    }),
  })
  .meta({ id: 'ScheduleQuery' });
export type ScheduleQuery = z.infer<typeof scheduleQuerySchema>;

/** The calendar of sessions. */
export const scheduleEndpoints = {
  days: endpoint({
    method: 'get',
    path: '/api/schedule',
    tag: 'calendar',
    summary:
      'The meeting days between two dates of the sessions the caller may see (date, times, place or virtual, status)',
    query: scheduleQuerySchema,
    response: scheduleSchema,
  }),
};
