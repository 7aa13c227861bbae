import { z } from 'zod';
import { isoDateSchema } from './dates.ts';

export const mutualKindSchema = z
  .enum(['regional', 'sectoral', 'client_subcontractor', 'specific_clientele', 'csmo', 'parity_committee'])
  .meta({ id: 'MutualKind' });

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

export const mutualListSchema = z.object({ items: z.array(mutualSchema) }).meta({ id: 'MutualList' });

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
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes'),
    kind: mutualKindSchema,
    regionCode: z
      .string()
      .regex(/^\d{2}$/, 'a two-digit Quebec region code')
      .nullable()
      .optional(),
    scianCode: z
      .string()
      .regex(/^\d{2,6}$/, 'a SCIAN code of 2 to 6 digits')
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
