import { MUTUAL_KINDS } from '@mutualis/domain/mutuals/mutual-kind';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

export const mutualKindSchema = z.enum(MUTUAL_KINDS).meta({ id: 'MutualKind' });

export const mutualSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: mutualKindSchema,
    regionCode: z.string().nullable(),
    scianCode: z.string().nullable(),
    recognisedSince: z.string().nullable(),
    minFirmsPerSession: z.number().int(),
    /** Delivery: free withdrawal until this many days before the first meeting day. */
    withdrawalDeadlineDays: z.number().int(),
    /** Delivery: the go/no-go decision this many days before a planned session's period. */
    goNoGoDays: z.number().int(),
    /** Delivery: share of the hours a participant must attend to receive an attestation. */
    completionThresholdPct: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Mutual' });
export type Mutual = z.infer<typeof mutualSchema>;

export const mutualListSchema = pagedListSchema(mutualSchema, 'MutualList');
export type MutualList = z.infer<typeof mutualListSchema>;
// Up to 500 a page: the platform administrator's pickers read every mutual in one page.
export const mutualListQuerySchema = z.object({ ...pageQueryFieldsUpTo(500) });
export type MutualListQuery = z.infer<typeof mutualListQuerySchema>;

// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;

export const createMutualRequestSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    slug: z
      .string()
      .trim()
      .min(2)
      .max(60)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, checkCode('slug')),
    kind: mutualKindSchema,
    regionCode: z
      .string()
      .regex(/^\d{2}$/, checkCode('region_code'))
      .nullable()
      .optional(),
    scianCode: z
      .string()
      .regex(/^\d{2,6}$/, checkCode('scian_code'))
      .nullable()
      .optional(),
    recognisedSince: isoDate.nullable().optional(),
    minFirmsPerSession: z.number().int().min(1).max(100).optional(),
    withdrawalDeadlineDays: z.number().int().min(0).max(120).optional(),
    goNoGoDays: z.number().int().min(0).max(365).optional(),
    completionThresholdPct: z.number().int().min(1).max(100).optional(),
  })
  .meta({ id: 'CreateMutualRequest' });
export type CreateMutualRequest = z.infer<typeof createMutualRequestSchema>;

export const updateMutualRequestSchema = createMutualRequestSchema.partial().meta({ id: 'UpdateMutualRequest' });
export type UpdateMutualRequest = z.infer<typeof updateMutualRequestSchema>;

/** The delivery settings a mutual's coordinators may edit themselves (ranges as the database checks them). */
export const deliverySettingsRequestSchema = z
  .object({
    withdrawalDeadlineDays: z.number().int().min(0).max(120),
    goNoGoDays: z.number().int().min(0).max(365),
    completionThresholdPct: z.number().int().min(1).max(100),
    minFirmsPerSession: z.number().int().min(1).max(100),
  })
  .partial()
  .meta({ id: 'DeliverySettingsRequest' });
export type DeliverySettingsRequest = z.infer<typeof deliverySettingsRequestSchema>;

export const mutualIdParamSchema = z.object({ mutualId: z.string().uuid() });

/** Mutuals: the platform administrator creates and edits them; their staff and board read their own. */
export const mutualEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/mutuals',
    tag: 'mutuals',
    summary: 'Every mutual',
    query: mutualListQuerySchema,
    response: mutualListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/mutuals',
    tag: 'mutuals',
    summary: 'Create a mutual (then invite its first coordinator with POST /api/users)',
    body: createMutualRequestSchema,
    response: mutualSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/mutuals/{mutualId}',
    tag: 'mutuals',
    summary: 'One mutual (coordinators and board viewers: their own)',
    params: mutualIdParamSchema,
    response: mutualSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/mutuals/{mutualId}',
    tag: 'mutuals',
    summary: "Edit a mutual's name, slug, kind, region, sector, recognition date and delivery settings",
    params: mutualIdParamSchema,
    body: updateMutualRequestSchema,
    response: mutualSchema,
  }),
  updateDeliverySettings: endpoint({
    method: 'patch',
    path: '/api/mutuals/{mutualId}/delivery-settings',
    tag: 'mutuals',
    summary:
      "Edit a mutual's delivery settings: withdrawal deadline (days), go/no-go lead time (days), attendance threshold for attestations (%), minimum firms per session",
    description: 'Coordinators edit their own mutual (another answers 404); the platform administrator any.',
    params: mutualIdParamSchema,
    body: deliverySettingsRequestSchema,
    response: mutualSchema,
  }),
};
