import { z } from '@hono/zod-openapi';
import {
  createSessionRequestSchema,
  goNoGoRunSchema,
  meetingDaysRequestSchema,
  reservationRequestSchema,
  sessionDetailSchema,
  sessionEventSchema,
  sessionListQuerySchema,
  sessionSummarySchema,
  transitionRequestSchema,
  updateSessionRequestSchema,
} from '@mutualis/contracts';
import { checkGoNoGo } from './check-go-no-go.ts';
import { createSession } from './create-session.ts';
import { reserveSeats } from './reserve-seats.ts';
import { transitionSession } from './transition-session.ts';
import { setMeetingDays, updateSession } from './update-session.ts';
import { getSessionDetail, listSessions, sessionHistory } from './view-sessions.ts';
import { mutualOf } from '../caller.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const params = z.object({ sessionId: z.string().uuid() });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const viewers = ['coordinator', 'member_contact', 'trainer'] as const;

/** Training sessions: list, detail, creation by hand, schedule, lifecycle and history. */
export function registerSessionRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/sessions',
      tags: ['sessions'],
      summary: 'Sessions: a coordinator all of the mutual; a trainer those assigned to it; a member contact those open or with its firm',
      access: viewers,
      request: { query: sessionListQuerySchema },
      responses: { 200: json(z.array(sessionSummarySchema), 'Sessions'), ...problemResponses },
    }),
    async (c) => c.json(await listSessions(deps, callerOf(c), c.req.valid('query')), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/sessions',
      tags: ['sessions'],
      summary: 'Create a session by hand from a course (state proposed)',
      access: ['coordinator'],
      request: { body: body(createSessionRequestSchema) },
      responses: { 201: json(sessionDetailSchema, 'Created'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const id = await createSession(deps, caller, c.req.valid('json'));
      return c.json(await getSessionDetail(deps, caller, id), 201);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/sessions/go-no-go',
      tags: ['sessions'],
      summary: 'Run the go/no-go check now: alerts coordinators of sessions below their minimum at their decision date',
      access: ['coordinator'],
      responses: { 200: json(goNoGoRunSchema, 'Sessions alerted'), ...problemResponses },
    }),
    async (c) => c.json({ alerted: await checkGoNoGo(deps, { mutualId: mutualOf(callerOf(c)) }) }, 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/sessions/{sessionId}',
      tags: ['sessions'],
      summary: 'One session with meeting days, seats per firm (a member contact sees only its own) and allowed transitions',
      access: viewers,
      request: { params },
      responses: { 200: json(sessionDetailSchema, 'The session'), ...problemResponses },
    }),
    async (c) => c.json(await getSessionDetail(deps, callerOf(c), c.req.valid('param').sessionId), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/sessions/{sessionId}',
      tags: ['sessions'],
      summary: 'Edit a session: title, seats, cost, go/no-go date, place or virtual link, provider and trainer',
      access: ['coordinator'],
      request: { params, body: body(updateSessionRequestSchema) },
      responses: { 200: json(sessionDetailSchema, 'The session, updated'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const { sessionId } = c.req.valid('param');
      await updateSession(deps, caller, sessionId, c.req.valid('json'));
      return c.json(await getSessionDetail(deps, caller, sessionId), 200);
    },
  );

  app.openapi(
    route({
      method: 'put',
      path: '/api/sessions/{sessionId}/meeting-days',
      tags: ['sessions'],
      summary: 'Replace the meeting days (date, start and end time, hours) of a session not yet in delivery',
      access: ['coordinator'],
      request: { params, body: body(meetingDaysRequestSchema) },
      responses: { 200: json(sessionDetailSchema, 'The session, updated'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const { sessionId } = c.req.valid('param');
      await setMeetingDays(deps, caller, sessionId, c.req.valid('json').days);
      return c.json(await getSessionDetail(deps, caller, sessionId), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/sessions/{sessionId}/transitions',
      tags: ['sessions'],
      summary: 'Move a session along its lifecycle (confirm, schedule, start, deliver, close evaluation, cancel with a reason)',
      description:
        'Refusals are 409 with a code: transition_not_allowed, minimum_not_reached, too_few_firms, not_scheduled, not_started, attendance_incomplete, register_incomplete (fields name what the register lacks).',
      access: ['coordinator'],
      request: { params, body: body(transitionRequestSchema) },
      responses: { 200: json(sessionDetailSchema, 'The session in its new state'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const { sessionId } = c.req.valid('param');
      await transitionSession(deps, caller, sessionId, c.req.valid('json'));
      return c.json(await getSessionDetail(deps, caller, sessionId), 200);
    },
  );

  app.openapi(
    route({
      method: 'put',
      path: '/api/sessions/{sessionId}/reservations',
      tags: ['sessions'],
      summary: "Set a firm's reserved seats in a session (0 removes them); refused with capacity_exceeded past the maximum",
      description:
        'Added seats are reserved by hand (no need, no pooled share); removed seats come off the seats reserved by hand first, then the pooled ones, whose cost shares shrink per seat. Confirmed participants stay; the firm\'s waitlisted people fill new seats.',
      access: ['coordinator'],
      request: { params, body: body(reservationRequestSchema) },
      responses: { 200: json(sessionDetailSchema, 'The session, updated'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const { sessionId } = c.req.valid('param');
      await reserveSeats(deps, caller, sessionId, c.req.valid('json'));
      return c.json(await getSessionDetail(deps, caller, sessionId), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/sessions/{sessionId}/history',
      tags: ['sessions'],
      summary: 'The history of a session: creation, changes, transitions, go/no-go alerts',
      access: ['coordinator'],
      request: { params },
      responses: { 200: json(z.array(sessionEventSchema), 'Events, oldest first'), ...problemResponses },
    }),
    async (c) => c.json(await sessionHistory(deps, callerOf(c), c.req.valid('param').sessionId), 200),
  );
}
