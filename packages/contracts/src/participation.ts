import { PROSPECT_STAGES } from '@mutualis/domain/participation/prospect-stage';
import { PARTICIPATION_KINDS } from '@mutualis/domain/participation/questionnaires';
import { BARRIER_REASON_CODES } from '@mutualis/domain/participation/reasons';
import { z } from 'zod';
import { quebecRegionCodeSchema } from './catalogue.ts';
import { endpoint, noContent } from './endpoint.ts';
import { observedMutualQuerySchema } from './evidence.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Why firms join, stay, leave or never join (issue #12.5): the prospect list, the participation
// questionnaires (by personal link) and their analysis.

const uuid = z.string().uuid();
const count = z.number().int().nullable().meta({ description: 'null: a small cell (1 or 2 firms), suppressed' });

export const prospectStageSchema = z.enum(PROSPECT_STAGES).meta({
  id: 'ProspectStage',
  description: 'contacted → interested → diagnosis → proposal → member; declined at any open stage',
});
export const barrierReasonSchema = z.enum(BARRIER_REASON_CODES).meta({ id: 'BarrierReason' });
export const participationKindSchema = z.enum(PARTICIPATION_KINDS).meta({ id: 'ParticipationKind' });

export const prospectSchema = z
  .object({
    id: uuid,
    legalName: z.string(),
    neq: z.string().nullable(),
    scianCode: z.string(),
    regionCode: z.string(),
    headcount: z.number().int(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    stage: prospectStageSchema,
    stageChangedOn: z.string(),
    reasons: z.array(barrierReasonSchema),
    notes: z.string(),
    memberId: uuid.nullable(),
    reportsOutcomes: z.boolean(),
    consentGranted: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Prospect' });
export type Prospect = z.infer<typeof prospectSchema>;
export const prospectListSchema = pagedListSchema(prospectSchema, 'ProspectList');
export const prospectListQuerySchema = z.object({
  stage: prospectStageSchema.optional(),
  search: z.string().trim().max(200).optional(),
  ...pageQueryFieldsUpTo(500),
});

const prospectFields = {
  legalName: z.string().trim().min(1).max(300),
  neq: z
    .string()
    .regex(/^[0-9]{10}$/)
    .nullable()
    .optional(),
  scianCode: z.string().regex(/^[0-9]{2,6}$/),
  regionCode: quebecRegionCodeSchema,
  headcount: z.number().int().min(0).max(100_000),
  contactName: z.string().trim().max(200).nullable().optional(),
  contactEmail: z.string().trim().email().max(254).nullable().optional(),
  contactPhone: z.string().trim().max(50).nullable().optional(),
  reasons: z
    .array(barrierReasonSchema)
    .max(BARRIER_REASON_CODES.length)
    .refine((a) => new Set(a).size === a.length, checkCode('no_repeats'))
    .optional(),
  notes: z.string().max(5000).optional(),
  reportsOutcomes: z
    .boolean()
    .optional()
    .meta({ description: 'Agrees to report the yearly outcome form (a comparison firm)' }),
};
export const createProspectRequestSchema = z.object(prospectFields).meta({ id: 'CreateProspectRequest' });
export type CreateProspectRequest = z.input<typeof createProspectRequestSchema>;
export const updateProspectRequestSchema = z
  .object({
    ...prospectFields,
    legalName: prospectFields.legalName.optional(),
    scianCode: prospectFields.scianCode.optional(),
    regionCode: prospectFields.regionCode.optional(),
    headcount: prospectFields.headcount.optional(),
  })
  .meta({ id: 'UpdateProspectRequest' });
export type UpdateProspectRequest = z.input<typeof updateProspectRequestSchema>;
export const prospectStageRequestSchema = z
  .object({
    stage: prospectStageSchema,
    reasons: z
      .array(barrierReasonSchema)
      .max(BARRIER_REASON_CODES.length)
      .optional()
      .meta({ description: 'Why not (declined): required when declining' }),
    memberId: uuid.optional().meta({ description: 'The member record, when it joined' }),
  })
  .meta({ id: 'ProspectStageRequest' });
export const prospectIdParamsSchema = z.object({ prospectId: uuid });

export const participationQuestionnaireSchema = z
  .object({
    id: uuid,
    kind: participationKindSchema,
    firmKind: z.enum(['member', 'prospect']),
    firmId: uuid,
    firmName: z.string(),
    toAddress: z.string(),
    sentAt: z.string(),
    closesOn: z.string(),
    answeredAt: z.string().nullable(),
  })
  .meta({ id: 'ParticipationQuestionnaire' });
export const participationQuestionnaireListSchema = pagedListSchema(
  participationQuestionnaireSchema,
  'ParticipationQuestionnaireList',
);
export const participationQuestionnaireQuerySchema = z.object({
  kind: participationKindSchema.optional(),
  answered: z.enum(['yes', 'no']).optional(),
  ...pageQueryFieldsUpTo(500),
});

export const sendParticipationRequestSchema = z
  .object({
    kind: participationKindSchema,
    memberIds: z.array(uuid).max(5000).optional().meta({ description: 'Members to ask (joining, renewal, exit)' }),
    prospectIds: z.array(uuid).max(5000).optional().meta({ description: 'Prospects to ask (prospect)' }),
  })
  .meta({
    id: 'SendParticipationRequest',
    description:
      'Without ids, the kind’s usual firms not asked that kind in the last 300 days: joining, members who joined in the last year; renewal, active members; exit, members who left in the last year; prospect, prospects that declined or are still open.',
  });
export const sendParticipationResultSchema = z
  .object({ sent: z.number().int(), withoutAddress: z.array(z.string()) })
  .meta({ id: 'SendParticipationResult' });

export const participationQuestionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['scale', 'text', 'single', 'multiple']),
    text: z.string(),
    options: z.array(z.string()).optional(),
    labels: z.enum(['join', 'barrier', 'heardFrom']).optional(),
  })
  .meta({ id: 'ParticipationQuestion' });
export const participationFormViewSchema = z
  .object({
    kind: participationKindSchema,
    locale: z.enum(['fr', 'en']),
    firmName: z.string(),
    answered: z.boolean(),
    closed: z.boolean(),
    questions: z.array(participationQuestionSchema),
  })
  .meta({ id: 'ParticipationFormView' });
export const participationAnswersSchema = z
  .object({
    answers: z.record(z.string(), z.union([z.number(), z.string().max(4000), z.array(z.string().max(100)).max(20)])),
  })
  .meta({ id: 'ParticipationAnswers' });
export const participationTokenParamsSchema = z.object({ participationToken: z.string().max(100) });

const reasonGroupSchema = z.object({
  group: z.string(),
  firms: count,
  reasons: z.array(z.object({ reason: z.string(), firms: count, sharePct: z.number().nullable() })),
});
export const participationAnalysisSchema = z
  .object({
    audience: z.enum(['all_firms', 'consenting_firms']),
    kinds: z.array(
      z.object({
        kind: participationKindSchema,
        sent: z.number().int(),
        answered: z.number().int(),
        reasons: z.object({
          all: z.array(reasonGroupSchema),
          sizeClass: z.array(reasonGroupSchema),
          sector: z.array(reasonGroupSchema),
          region: z.array(reasonGroupSchema),
        }),
        concerns: z.array(reasonGroupSchema),
        scales: z.array(z.object({ question: z.string(), mean: z.number().nullable(), firms: count })),
      }),
    ),
    membership: z.array(
      z.object({
        year: z.number().int(),
        atStart: z.number().int(),
        joined: count,
        left: count,
        atEnd: z.number().int(),
        retentionPct: z.number().nullable(),
      }),
    ),
    prospectsByStage: z.array(z.object({ stage: prospectStageSchema, prospects: z.number().int() })),
    prospectReasons: z
      .array(reasonGroupSchema)
      .meta({ description: 'Why-not reasons the coordinator recorded on the prospect list, by size class' }),
  })
  .meta({ id: 'ParticipationAnalysis' });
export type ParticipationAnalysis = z.infer<typeof participationAnalysisSchema>;

/** Prospects, participation questionnaires and their analysis. */
export const participationEndpoints = {
  prospects: endpoint({
    method: 'get',
    path: '/api/prospects',
    tag: 'participation',
    summary: 'The prospect list: firms approached, their stage and reasons',
    query: prospectListQuerySchema,
    response: prospectListSchema,
  }),
  createProspect: endpoint({
    method: 'post',
    path: '/api/prospects',
    tag: 'participation',
    summary: 'Add a prospect (stage: contacted)',
    body: createProspectRequestSchema,
    response: prospectSchema,
    status: 201,
  }),
  prospect: endpoint({
    method: 'get',
    path: '/api/prospects/{prospectId}',
    tag: 'participation',
    summary: 'One prospect',
    params: prospectIdParamsSchema,
    response: prospectSchema,
  }),
  updateProspect: endpoint({
    method: 'patch',
    path: '/api/prospects/{prospectId}',
    tag: 'participation',
    summary: 'Change a prospect’s details, reasons or whether it reports outcomes',
    params: prospectIdParamsSchema,
    body: updateProspectRequestSchema,
    response: prospectSchema,
  }),
  moveProspect: endpoint({
    method: 'post',
    path: '/api/prospects/{prospectId}/stage',
    tag: 'participation',
    summary: 'Move a prospect to another stage (declining needs its reasons; joining may name the member record)',
    params: prospectIdParamsSchema,
    body: prospectStageRequestSchema,
    response: prospectSchema,
  }),
  questionnaires: endpoint({
    method: 'get',
    path: '/api/participation/questionnaires',
    tag: 'participation',
    summary: 'Participation questionnaires sent, newest first',
    query: participationQuestionnaireQuerySchema,
    response: participationQuestionnaireListSchema,
  }),
  sendQuestionnaires: endpoint({
    method: 'post',
    path: '/api/participation/questionnaires',
    tag: 'participation',
    summary:
      'E-mail a participation questionnaire (joining, renewal, exit, prospect) to the firms named: a personal link, open 30 days',
    body: sendParticipationRequestSchema,
    response: sendParticipationResultSchema,
    status: 201,
  }),
  viewForm: endpoint({
    method: 'get',
    path: '/api/participation-forms/{participationToken}',
    tag: 'participation',
    summary: 'Public with a personal token: the questions, in the recipient’s language',
    params: participationTokenParamsSchema,
    response: participationFormViewSchema,
  }),
  answerForm: endpoint({
    method: 'post',
    path: '/api/participation-forms/{participationToken}',
    tag: 'participation',
    summary: 'Public with a personal token: answer once',
    params: participationTokenParamsSchema,
    body: participationAnswersSchema,
    response: noContent,
    status: 204,
  }),
  analysis: endpoint({
    method: 'get',
    path: '/api/participation/analysis',
    tag: 'participation',
    summary:
      'Why firms join, stay, leave or never join: reasons by size class, sector and region, scales, membership year by year',
    query: observedMutualQuerySchema,
    response: participationAnalysisSchema,
  }),
};
