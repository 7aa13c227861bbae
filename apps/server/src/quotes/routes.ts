import {
  acceptQuoteRequestSchema,
  cancelQuoteRequestSchema,
  createQuoteRequestSchema,
  declineQuoteRequestSchema,
  quoteAnswerRequestSchema,
  quoteRequestIdParamSchema,
  quoteRequestListQuerySchema,
  quoteRequestListSchema,
  quoteRequestSchema,
} from '@mutualis/contracts';
import {
  acceptQuoteAnswer,
  answerQuoteRequest,
  cancelQuoteRequest,
  createQuoteRequest,
  declineQuoteRequest,
  getQuoteRequest,
  listQuoteRequests,
} from './manage-quotes.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });

/**
 * Requests for quotes. Coordinators send them to chosen providers, compare answers and accept
 * one (which creates or updates a course); trainers see the requests sent to their provider
 * and answer or decline. Every step is dated in `events`.
 */
export function registerQuoteRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/quotes',
      tags: ['quotes'],
      summary: "Requests for quotes: all (coordinator) or those sent to the trainer's provider",
      access: ['coordinator', 'trainer'],
      request: { query: quoteRequestListQuerySchema },
      responses: { 200: { description: 'Requests', ...json(quoteRequestListSchema) }, ...problemResponses },
    }),
    async (c) => c.json({ items: await listQuoteRequests(deps.db, callerOf(c), c.req.valid('query')) }, 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/quotes',
      tags: ['quotes'],
      summary: 'Send a request for quote for a cell (topic, region, periods, language) or a set of needs to chosen providers',
      access: ['coordinator'],
      request: body(createQuoteRequestSchema),
      responses: { 201: { description: 'Sent', ...json(quoteRequestSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await createQuoteRequest(deps.db, deps.config, callerOf(c), c.req.valid('json'), deps.now()), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/quotes/{quoteRequestId}',
      tags: ['quotes'],
      summary: 'One request: providers, answers side by side (ranked for coordinators), history',
      access: ['coordinator', 'trainer'],
      request: { params: quoteRequestIdParamSchema },
      responses: { 200: { description: 'The request', ...json(quoteRequestSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await getQuoteRequest(deps.db, callerOf(c), c.req.valid('param').quoteRequestId), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/quotes/{quoteRequestId}/answer',
      tags: ['quotes'],
      summary: "Answer for the trainer's provider: fixed price, price per seat, seat limits, periods, conditions",
      access: ['trainer'],
      request: { params: quoteRequestIdParamSchema, ...body(quoteAnswerRequestSchema) },
      responses: { 200: { description: 'Answered', ...json(quoteRequestSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await answerQuoteRequest(deps.db, callerOf(c), c.req.valid('param').quoteRequestId, c.req.valid('json'), deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/quotes/{quoteRequestId}/decline',
      tags: ['quotes'],
      summary: "Decline for the trainer's provider",
      access: ['trainer'],
      request: { params: quoteRequestIdParamSchema, ...body(declineQuoteRequestSchema) },
      responses: { 200: { description: 'Declined', ...json(quoteRequestSchema) }, ...problemResponses },
    }),
    async (c) =>
      c.json(await declineQuoteRequest(deps.db, callerOf(c), c.req.valid('param').quoteRequestId, c.req.valid('json').reason, deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/quotes/{quoteRequestId}/accept',
      tags: ['quotes'],
      summary: 'Accept one answer: creates an approved course from it, or updates the given course of that provider',
      access: ['coordinator'],
      request: { params: quoteRequestIdParamSchema, ...body(acceptQuoteRequestSchema) },
      responses: { 200: { description: 'Accepted', ...json(quoteRequestSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await acceptQuoteAnswer(deps.db, callerOf(c), c.req.valid('param').quoteRequestId, c.req.valid('json'), deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/quotes/{quoteRequestId}/cancel',
      tags: ['quotes'],
      summary: 'Cancel an open request',
      access: ['coordinator'],
      request: { params: quoteRequestIdParamSchema, ...body(cancelQuoteRequestSchema) },
      responses: { 200: { description: 'Cancelled', ...json(quoteRequestSchema) }, ...problemResponses },
    }),
    async (c) =>
      c.json(await cancelQuoteRequest(deps.db, callerOf(c), c.req.valid('param').quoteRequestId, c.req.valid('json').reason, deps.now()), 200),
  );
}
