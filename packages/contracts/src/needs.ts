import { z } from 'zod';
import { centsSchema, monthPeriodSchema, nocTagSchema, quebecRegionCodeSchema, trainingLanguageSchema, trainingModeSchema } from './catalogue.ts';
import { pageQueryFieldsUpTo } from './paging.ts';

const uuid = z.string().uuid();
const uniqueList = <T extends z.ZodType>(item: T, min: number, max: number) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .refine((a) => new Set(a as unknown[]).size === a.length, 'must not repeat a value');

export const needStatusSchema = z.enum(['proposed', 'open', 'planned', 'scheduled', 'closed', 'withdrawn']).meta({
  id: 'NeedStatus',
  description: 'proposed (from a diagnostic, awaiting the member) → open → planned → scheduled → closed; withdrawn at any step before closed',
});
export const needPrioritySchema = z.enum(['high', 'medium', 'low']).meta({ id: 'NeedPriority' });
export const needSourceSchema = z.enum(['declared', 'diagnostic', 'import']).meta({ id: 'NeedSource' });

export const needSchema = z
  .object({
    id: uuid,
    memberId: uuid,
    memberName: z.string(),
    topicId: uuid,
    topicCode: z.string(),
    topicNameFr: z.string(),
    topicNameEn: z.string(),
    diagnosticId: uuid.nullable(),
    seats: z.number().int(),
    employeeIds: z.array(uuid).meta({ description: 'Named employees; when present they fix the seats' }),
    nocCode: z.string().nullable(),
    languages: z.array(trainingLanguageSchema),
    modes: z.array(trainingModeSchema),
    regionCode: z.string(),
    periods: z.array(z.string()),
    priority: needPrioritySchema,
    maxPricePerSeatCents: z.number().int().nullable(),
    notes: z.string(),
    status: needStatusSchema,
    statusChangedAt: z.string(),
    source: needSourceSchema,
    memberMayChange: z.boolean().meta({ description: 'Whether the member contact may still edit or withdraw it' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Need' });
export type Need = z.infer<typeof needSchema>;

export const needListSchema = z
  .object({ items: z.array(needSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'NeedList' });
export type NeedList = z.infer<typeof needListSchema>;
export const needListQuerySchema = z.object({
  status: needStatusSchema.optional(),
  topicId: uuid.optional(),
  memberId: uuid.optional(),
  diagnosticId: uuid.optional(),
  // Up to 500 a page: a firm's own needs and a topic's open needs are read in one page.
  ...pageQueryFieldsUpTo(500),
});

const needFields = {
  topicId: uuid,
  seats: z.number().int().min(1).max(500).optional().meta({ description: 'Required unless employeeIds are given' }),
  employeeIds: uniqueList(uuid, 0, 500).optional().meta({ description: "Named employees of the need's member; they fix the seats" }),
  nocCode: nocTagSchema.nullable().optional(),
  languages: uniqueList(trainingLanguageSchema, 1, 2),
  modes: uniqueList(trainingModeSchema, 1, 2),
  regionCode: quebecRegionCodeSchema.optional().meta({ description: "Defaults to the member's region" }),
  periods: uniqueList(monthPeriodSchema, 1, 36),
  priority: needPrioritySchema.optional(),
  maxPricePerSeatCents: centsSchema.nullable().optional(),
  notes: z.string().max(5000).optional(),
};

export const createNeedRequestSchema = z
  .object({ memberId: uuid.optional().meta({ description: 'Required for a coordinator; a member contact declares for its own firm' }), ...needFields })
  .refine((v) => v.seats !== undefined || (v.employeeIds?.length ?? 0) > 0, { message: 'give seats or employeeIds', path: ['seats'] })
  .meta({ id: 'CreateNeedRequest' });
export type CreateNeedRequest = z.infer<typeof createNeedRequestSchema>;

export const updateNeedRequestSchema = z
  .object({ ...needFields, topicId: uuid.optional(), languages: needFields.languages.optional(), modes: needFields.modes.optional(), periods: needFields.periods.optional() })
  .meta({ id: 'UpdateNeedRequest' });
export type UpdateNeedRequest = z.infer<typeof updateNeedRequestSchema>;

export const needTransitionRequestSchema = z
  .object({ status: needStatusSchema, note: z.string().max(2000).optional() })
  .meta({ id: 'NeedTransitionRequest' });

export const withdrawNeedRequestSchema = z.object({ reason: z.string().max(2000).optional() }).meta({ id: 'WithdrawNeedRequest' });

export const needIdParamSchema = z.object({ needId: uuid });

export const needImportResultSchema = z
  .object({ imported: z.number().int(), needIds: z.array(uuid) })
  .meta({ id: 'NeedImportResult' });

export const needImportJsonRequestSchema = z
  .object({
    filename: z.string().trim().min(1).max(255).meta({ description: 'Ends with .csv or .xlsx' }),
    contentBase64: z.string().min(1),
  })
  .meta({ id: 'NeedImportJsonRequest' });
export const needImportFormRequestSchema = z.object({ file: z.any().meta({ type: 'string', format: 'binary' }) });
