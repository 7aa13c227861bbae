import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@mutualis/domain/audit/index';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint } from './endpoint.ts';
import { pagedListSchema, pageQueryFields } from './paging.ts';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    mutualId: z.string().nullable(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    /** Null when hidden: the platform administrator does not see which member record changed. */
    entityId: z.string().nullable(),
    /** The record's name today (a firm's, a person's, a session's title in the reader's language); null when gone, unnamed or hidden. */
    entityName: z.string().nullable(),
    change: z.record(z.string(), z.unknown()).nullable(),
    /** The change as lines: which field, its value before and after (ids left out). */
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = pagedListSchema(auditEntrySchema, 'AuditPage');
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditQuerySchema = z.object({
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional().meta({ description: 'A kind of record, from the closed list' }),
  entityId: z.string().max(100).optional(),
  actorUserId: z.string().uuid().optional(),
  action: z.enum(AUDIT_ACTIONS).optional().meta({ description: 'An action, from the closed list' }),
  from: isoDateSchema.optional().meta({ description: 'First day included, YYYY-MM-DD (UTC)' }),
  to: isoDateSchema.optional().meta({ description: 'Last day included, YYYY-MM-DD (UTC)' }),
  mutualId: z.string().uuid().optional().meta({ description: 'Platform administrator only' }),
  ...pageQueryFields,
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Browsing the audit log: who did what, when, to which record. */
export const auditEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/audit-log',
    tag: 'audit',
    summary: "The audit log, newest first (a coordinator: its mutual's); filter by entity, actor, action, dates",
    query: auditQuerySchema,
    response: auditPageSchema,
  }),
};
