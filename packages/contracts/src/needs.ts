import { NEED_PRIORITIES, NEED_SOURCES, NEED_STATUSES } from '@mutualis/domain/needs/need-status';
import { z } from 'zod';
import {
  centsSchema,
  monthPeriodSchema,
  nocTagSchema,
  quebecRegionCodeSchema,
  trainingLanguageSchema,
  trainingModeSchema,
} from './catalogue.ts';
import { endpoint, fileUpload } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

const uuid = z.string().uuid();
const uniqueList = <T extends z.ZodType>(item: T, min: number, max: number) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .refine((a) => new Set(a as unknown[]).size === a.length, checkCode('no_repeats'));

export const needStatusSchema = z.enum(NEED_STATUSES).meta({
  id: 'NeedStatus',
  description:
    'proposed (from a diagnostic, awaiting the member) → open → planned → scheduled → closed; withdrawn at any step before closed',
});
export const needPrioritySchema = z.enum(NEED_PRIORITIES).meta({ id: 'NeedPriority' });
export const needSourceSchema = z.enum(NEED_SOURCES).meta({ id: 'NeedSource' });

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

export const needListSchema = pagedListSchema(needSchema, 'NeedList');
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
  employeeIds: uniqueList(uuid, 0, 500)
    .optional()
    .meta({ description: "Named employees of the need's member; they fix the seats" }),
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
  .object({
    memberId: uuid
      .optional()
      .meta({ description: 'Required for a coordinator; a member contact declares for its own firm' }),
    ...needFields,
  })
  .refine((v) => v.seats !== undefined || (v.employeeIds?.length ?? 0) > 0, {
    message: checkCode('seats_or_employees'),
    path: ['seats'],
  })
  .meta({ id: 'CreateNeedRequest' });
export type CreateNeedRequest = z.infer<typeof createNeedRequestSchema>;

export const updateNeedRequestSchema = z
  .object({
    ...needFields,
    topicId: uuid.optional(),
    languages: needFields.languages.optional(),
    modes: needFields.modes.optional(),
    periods: needFields.periods.optional(),
  })
  .meta({ id: 'UpdateNeedRequest' });
export type UpdateNeedRequest = z.infer<typeof updateNeedRequestSchema>;

export const needTransitionRequestSchema = z
  .object({ status: needStatusSchema, note: z.string().max(2000).optional() })
  .meta({ id: 'NeedTransitionRequest' });

export const withdrawNeedRequestSchema = z
  .object({ reason: z.string().max(2000).optional() })
  .meta({ id: 'WithdrawNeedRequest' });

export const needIdParamSchema = z.object({ needId: uuid });

export const needImportResultSchema = z
  .object({ imported: z.number().int(), needIds: z.array(uuid) })
  .meta({ id: 'NeedImportResult' });

export type NeedListQuery = z.infer<typeof needListQuerySchema>;

/** The needs endpoints: member contacts declare their firm's needs, coordinators all of the mutual's. */
export const needEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/needs',
    tag: 'needs',
    summary: 'Needs: all of the mutual (coordinator) or the firm’s own (member contact)',
    query: needListQuerySchema,
    response: needListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/needs',
    tag: 'needs',
    summary: 'Declare a need (seats, or named employees that fix the seats)',
    body: createNeedRequestSchema,
    response: needSchema,
    status: 201,
  }),
  import: endpoint({
    method: 'post',
    path: '/api/needs/import',
    tag: 'needs',
    summary: 'Import needs from CSV or XLSX, all or nothing',
    description:
      'Columns (French or English names): member_neq (coordinators only), topic (topic code), seats, languages (fr;en), modes (in_person;virtual), ' +
      'periods (2027-02;2027-03), region (optional, defaults to the member’s), noc_code, priority (high|medium|low), max_price_per_seat (dollars), notes. ' +
      'Send multipart/form-data with a field "file", or JSON { filename, contentBase64 }. One wrong row and nothing is imported: the answer (422 import_failed) lists every row and column.',
    body: fileUpload,
    response: needImportResultSchema,
    status: 201,
    otherProblems: [413, 415, 422],
  }),
  get: endpoint({
    method: 'get',
    path: '/api/needs/{needId}',
    tag: 'needs',
    summary: 'One need',
    params: needIdParamSchema,
    response: needSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/needs/{needId}',
    tag: 'needs',
    summary: 'Change a need (member contacts: only while proposed or open)',
    params: needIdParamSchema,
    body: updateNeedRequestSchema,
    response: needSchema,
  }),
  withdraw: endpoint({
    method: 'post',
    path: '/api/needs/{needId}/withdraw',
    tag: 'needs',
    summary: 'Withdraw a need (member contacts: only while proposed or open)',
    params: needIdParamSchema,
    body: withdrawNeedRequestSchema,
    response: needSchema,
  }),
  transition: endpoint({
    method: 'post',
    path: '/api/needs/{needId}/status',
    tag: 'needs',
    summary: 'Move a need along open → planned → scheduled → closed (or back, or withdrawn), per the transition rules',
    params: needIdParamSchema,
    body: needTransitionRequestSchema,
    response: needSchema,
  }),
};
