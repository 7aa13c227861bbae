import { z } from 'zod';
import { pageQueryFields } from './paging.ts';

export const outboxStatusSchema = z.enum(['pending', 'sent', 'failed']).meta({ id: 'OutboxStatus' });

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

export const outboxPageSchema = z
  .object({
    items: z.array(outboxMessageSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'OutboxPage' });
export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const outboxQuerySchema = z.object({
  status: outboxStatusSchema.optional(),
  mutualId: z.string().uuid().optional().meta({ description: 'Platform administrator only' }),
  ...pageQueryFields,
});
