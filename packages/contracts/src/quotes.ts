import {
  QUOTE_PROVIDER_STATUSES,
  QUOTE_REQUEST_STATUSES,
  QUOTE_RESPONSE_STATUSES,
} from '@mutualis/domain/catalogue/catalogue-vocabulary';
import { z } from 'zod';
import {
  centsSchema,
  monthPeriodSchema,
  quebecRegionCodeSchema,
  trainingLanguageSchema,
  trainingModeSchema,
} from './catalogue.ts';
import { isoDateSchema } from './dates.ts';
import { endpoint } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

const uuid = z.string().uuid();
// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;

export const quoteRequestStatusSchema = z.enum(QUOTE_REQUEST_STATUSES).meta({ id: 'QuoteRequestStatus' });
export const quoteProviderStatusSchema = z.enum(QUOTE_PROVIDER_STATUSES).meta({ id: 'QuoteProviderStatus' });

export const createQuoteRequestSchema = z
  .object({
    topicId: uuid,
    title: z.string().trim().min(1).max(300),
    details: z.string().max(10_000).optional(),
    regionCode: quebecRegionCodeSchema.nullable().optional(),
    language: trainingLanguageSchema.nullable().optional(),
    modes: z.array(trainingModeSchema).max(2).optional(),
    periods: z.array(monthPeriodSchema).max(36).optional(),
    needIds: z.array(uuid).max(5000).optional().meta({
      description:
        'The needs asked about; when absent, the open needs of the cell (topic, region, periods, language) are used',
    }),
    providerIds: z.array(uuid).min(1).max(50),
    responseDueOn: isoDate.nullable().optional(),
  })
  .meta({ id: 'CreateQuoteRequest' });
export type CreateQuoteRequest = z.infer<typeof createQuoteRequestSchema>;

export const quoteAnswerRequestSchema = z
  .object({
    fixedCostCents: centsSchema,
    seatCostCents: centsSchema,
    minSeats: z.number().int().min(1).max(1000),
    maxSeats: z.number().int().min(1).max(1000),
    periods: z.array(monthPeriodSchema).min(1).max(36),
    durationHours: z.number().positive().max(2000).nullable().optional(),
    conditions: z.string().max(10_000).optional(),
  })
  .refine((v) => v.maxSeats >= v.minSeats, { message: checkCode('max_below_min'), path: ['maxSeats'] })
  .meta({ id: 'QuoteAnswerRequest' });
export type QuoteAnswerRequest = z.infer<typeof quoteAnswerRequestSchema>;

export const declineQuoteRequestSchema = z
  .object({ reason: z.string().max(2000).optional() })
  .meta({ id: 'DeclineQuoteRequest' });
export type DeclineQuoteRequest = z.infer<typeof declineQuoteRequestSchema>;
export const cancelQuoteRequestSchema = z
  .object({ reason: z.string().max(2000).optional() })
  .meta({ id: 'CancelQuoteRequest' });
export type CancelQuoteRequest = z.infer<typeof cancelQuoteRequestSchema>;

export const acceptQuoteRequestSchema = z
  .object({
    responseId: uuid,
    courseId: uuid.optional().meta({
      description: 'Update this course of the answering provider; when absent a new approved course is created',
    }),
    course: z
      .object({
        titleFr: z.string().trim().min(1).max(300).optional(),
        titleEn: z.string().trim().min(1).max(300).optional(),
        durationHours: z.number().positive().max(2000).optional(),
        language: trainingLanguageSchema.optional(),
        mode: trainingModeSchema.optional(),
        regions: z.array(quebecRegionCodeSchema).max(17).optional(),
        maxSessionsPerPeriod: z.number().int().min(1).max(100).optional(),
      })
      .optional()
      .meta({ description: 'Course details to use instead of those drawn from the request' }),
  })
  .meta({ id: 'AcceptQuoteRequest' });
export type AcceptQuoteRequest = z.infer<typeof acceptQuoteRequestSchema>;

export const quoteResponseSchema = z
  .object({
    id: uuid,
    providerId: uuid,
    providerName: z.string(),
    fixedCostCents: z.number().int(),
    seatCostCents: z.number().int(),
    minSeats: z.number().int(),
    maxSeats: z.number().int(),
    periods: z.array(z.string()),
    durationHours: z.number().nullable(),
    conditions: z.string(),
    status: z.enum(QUOTE_RESPONSE_STATUSES),
    submittedAt: z.string(),
    comparison: z
      .object({
        rank: z.number().int(),
        totalCents: z.number().int(),
        perSeatCents: z.number().int().nullable(),
        meetsMinimum: z.boolean(),
      })
      .nullable()
      .meta({
        description: "Cost of serving the request's seats with this answer (coordinators only; current answers)",
      }),
  })
  .meta({ id: 'QuoteResponse' });

export const quoteEventSchema = z
  .object({
    at: z.string(),
    kind: z.string(),
    providerId: uuid.nullable(),
    actorName: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'QuoteEvent' });

export const quoteRequestSchema = z
  .object({
    id: uuid,
    topicId: uuid,
    topicCode: z.string(),
    topicNameFr: z.string(),
    topicNameEn: z.string(),
    title: z.string(),
    details: z.string(),
    regionCode: z.string().nullable(),
    language: z.string().nullable(),
    modes: z.array(z.string()),
    periods: z.array(z.string()),
    seats: z.number().int(),
    membersCount: z
      .number()
      .int()
      .meta({ description: 'Distinct firms behind the request (never named to providers)' }),
    needIds: z.array(uuid).meta({ description: 'Coordinators only; empty for trainers' }),
    responseDueOn: z.string().nullable(),
    status: quoteRequestStatusSchema,
    acceptedResponseId: uuid.nullable(),
    courseId: uuid.nullable(),
    providers: z.array(
      z.object({
        providerId: uuid,
        providerName: z.string(),
        status: quoteProviderStatusSchema,
        sentAt: z.string(),
        answeredAt: z.string().nullable(),
      }),
    ),
    responses: z.array(quoteResponseSchema),
    events: z.array(quoteEventSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'QuoteRequest' });
export type QuoteRequest = z.infer<typeof quoteRequestSchema>;

export const quoteRequestSummarySchema = z
  .object({
    id: uuid,
    topicId: uuid,
    topicCode: z.string(),
    title: z.string(),
    regionCode: z.string().nullable(),
    language: z.string().nullable(),
    periods: z.array(z.string()),
    seats: z.number().int(),
    membersCount: z.number().int(),
    responseDueOn: z.string().nullable(),
    status: quoteRequestStatusSchema,
    providerCount: z.number().int(),
    answerCount: z.number().int(),
    myStatus: quoteProviderStatusSchema.nullable().meta({ description: "Trainers: their provider's status" }),
    createdAt: z.string(),
  })
  .meta({ id: 'QuoteRequestSummary' });
export type QuoteRequestSummary = z.infer<typeof quoteRequestSummarySchema>;

export const quoteRequestListSchema = pagedListSchema(quoteRequestSummarySchema, 'QuoteRequestList');
export const quoteRequestListQuerySchema = z.object({
  status: quoteRequestStatusSchema.optional(),
  topicId: uuid.optional(),
  // Up to 500 a page: the web app's list and the trainer portal read them in one page.
  ...pageQueryFieldsUpTo(500),
});
export type QuoteRequestListQuery = z.infer<typeof quoteRequestListQuerySchema>;
export const quoteRequestIdParamSchema = z.object({ quoteRequestId: uuid });

/**
 * The requests-for-quotes endpoints. Coordinators send them to chosen providers, compare answers
 * and accept one (which creates or updates a course); trainers see the requests sent to their
 * provider and answer or decline. Every step is dated in `events`.
 */
export const quoteEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/quotes',
    tag: 'quotes',
    summary: "Requests for quotes: all (coordinator) or those sent to the trainer's provider",
    query: quoteRequestListQuerySchema,
    response: quoteRequestListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/quotes',
    tag: 'quotes',
    summary:
      'Send a request for quote for a cell (topic, region, periods, language) or a set of needs to chosen providers',
    body: createQuoteRequestSchema,
    response: quoteRequestSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/quotes/{quoteRequestId}',
    tag: 'quotes',
    summary: 'One request: providers, answers side by side (ranked for coordinators), history',
    params: quoteRequestIdParamSchema,
    response: quoteRequestSchema,
  }),
  answer: endpoint({
    method: 'post',
    path: '/api/quotes/{quoteRequestId}/answer',
    tag: 'quotes',
    summary: "Answer for the trainer's provider: fixed price, price per seat, seat limits, periods, conditions",
    params: quoteRequestIdParamSchema,
    body: quoteAnswerRequestSchema,
    response: quoteRequestSchema,
  }),
  decline: endpoint({
    method: 'post',
    path: '/api/quotes/{quoteRequestId}/decline',
    tag: 'quotes',
    summary: "Decline for the trainer's provider",
    params: quoteRequestIdParamSchema,
    body: declineQuoteRequestSchema,
    response: quoteRequestSchema,
  }),
  accept: endpoint({
    method: 'post',
    path: '/api/quotes/{quoteRequestId}/accept',
    tag: 'quotes',
    summary: 'Accept one answer: creates an approved course from it, or updates the given course of that provider',
    params: quoteRequestIdParamSchema,
    body: acceptQuoteRequestSchema,
    response: quoteRequestSchema,
  }),
  cancel: endpoint({
    method: 'post',
    path: '/api/quotes/{quoteRequestId}/cancel',
    tag: 'quotes',
    summary: 'Cancel an open request',
    params: quoteRequestIdParamSchema,
    body: cancelQuoteRequestSchema,
    response: quoteRequestSchema,
  }),
};
