import { OUTBOX_STATUSES } from '@mutualis/domain/outbox/outbox-status';
import { z } from 'zod';
import { endpoint } from './endpoint.ts';
import { pagedListSchema, pageQueryFields } from './paging.ts';

export const outboxStatusSchema = z.enum(OUTBOX_STATUSES).meta({ id: 'OutboxStatus' });

export const outboxMessageSchema = z
  .object({
    id: z.number().int(),
    mutualId: z.string().nullable(),
    kind: z.string(),
    toAddress: z.string(),
    locale: z.string(),
    subject: z.string(),
    status: outboxStatusSchema,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.string(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxPageSchema = pagedListSchema(outboxMessageSchema, 'OutboxPage');
export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const outboxQuerySchema = z.object({
  status: outboxStatusSchema.optional(),
  mutualId: z.string().uuid().optional().meta({ description: 'Platform administrator only' }),
  ...pageQueryFields,
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

export const outboxMessageIdParamSchema = z.object({
  messageId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});

/** The e-mails the platform sent or will send (without their bodies, which may hold links). */
export const outboxEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/outbox',
    tag: 'outbox',
    summary: "The mutual's e-mails, newest first; filter by status",
    query: outboxQuerySchema,
    response: outboxPageSchema,
  }),
  retry: endpoint({
    method: 'post',
    path: '/api/outbox/{messageId}/retry',
    tag: 'outbox',
    summary: 'Send a failed e-mail again (a fresh set of attempts)',
    params: outboxMessageIdParamSchema,
    response: outboxMessageSchema,
  }),
};
