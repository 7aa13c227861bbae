import { DIAGNOSTIC_COORDINATOR_MOVES, DIAGNOSTIC_STATUSES } from '@mutualis/domain/diagnostics/diagnostic-status';
import { z } from 'zod';
import {
  centsSchema,
  monthPeriodSchema,
  nocTagSchema,
  quebecRegionCodeSchema,
  trainingLanguageSchema,
  trainingModeSchema,
} from './catalogue.ts';
import { isoDateSchema } from './dates.ts';
import { endpoint } from './endpoint.ts';
import { needPrioritySchema, needSchema } from './needs.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

const uuid = z.string().uuid();
// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;

export const diagnosticStatusSchema = z.enum(DIAGNOSTIC_STATUSES).meta({
  id: 'DiagnosticStatus',
  description: 'scheduled → in_progress → completed → validated (by the member contact); cancelled',
});

export const skillsGapSchema = z
  .object({
    nocCode: nocTagSchema.meta({ description: 'Job class (NOC 2021)' }),
    jobTitle: z.string().trim().max(200).optional(),
    description: z.string().trim().min(1).max(2000),
    employees: z.number().int().min(0).max(100_000).optional().meta({ description: 'How many employees have the gap' }),
  })
  .meta({ id: 'SkillsGap' });

export const diagnosticConstraintsSchema = z
  .object({
    languages: z.array(trainingLanguageSchema).max(2).default([]),
    modes: z.array(trainingModeSchema).max(2).default([]),
    regionCode: quebecRegionCodeSchema.nullable().default(null),
    periods: z.array(monthPeriodSchema).max(36).default([]),
    maxPricePerSeatCents: centsSchema.nullable().default(null),
    notes: z.string().max(5000).default(''),
  })
  .meta({ id: 'DiagnosticConstraints' });
export type DiagnosticConstraints = z.infer<typeof diagnosticConstraintsSchema>;

export const diagnosticSchema = z
  .object({
    id: uuid,
    memberId: uuid,
    memberName: z.string(),
    status: diagnosticStatusSchema,
    scheduledOn: z.string(),
    conductedBy: uuid.nullable(),
    challenges: z.string(),
    skillsGaps: z.array(skillsGapSchema),
    priorities: z.string(),
    constraints: diagnosticConstraintsSchema,
    notes: z.string(),
    startedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    validatedAt: z.string().nullable(),
    validatedBy: uuid.nullable(),
    needs: z.array(needSchema).meta({ description: 'Need lines the diagnostic produced (proposed until validated)' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const diagnosticSummarySchema = diagnosticSchema.omit({ needs: true }).extend({ needCount: z.number().int() });
export type DiagnosticSummary = z.infer<typeof diagnosticSummarySchema>;
export const diagnosticListSchema = pagedListSchema(diagnosticSummarySchema, 'DiagnosticList');
export const diagnosticListQuerySchema = z.object({
  memberId: uuid.optional(),
  status: diagnosticStatusSchema.optional(),
  // Up to 500 a page: a mutual's diagnostics, or a firm's, are read in one page.
  ...pageQueryFieldsUpTo(500),
});
export type DiagnosticListQuery = z.infer<typeof diagnosticListQuerySchema>;

const contentFields = {
  challenges: z.string().max(20_000).optional(),
  skillsGaps: z.array(skillsGapSchema).max(100).optional(),
  priorities: z.string().max(20_000).optional(),
  constraints: diagnosticConstraintsSchema.optional(),
  notes: z.string().max(20_000).optional(),
};

export const createDiagnosticRequestSchema = z
  .object({ memberId: uuid, scheduledOn: isoDate, ...contentFields })
  .meta({ id: 'CreateDiagnosticRequest' });
export type CreateDiagnosticRequest = z.infer<typeof createDiagnosticRequestSchema>;

export const updateDiagnosticRequestSchema = z
  .object({ scheduledOn: isoDate.optional(), ...contentFields })
  .meta({ id: 'UpdateDiagnosticRequest' });
export type UpdateDiagnosticRequest = z.infer<typeof updateDiagnosticRequestSchema>;

export const diagnosticTransitionRequestSchema = z
  .object({ status: z.enum(DIAGNOSTIC_COORDINATOR_MOVES) })
  .meta({ id: 'DiagnosticTransitionRequest' });

export const proposedNeedLineSchema = z
  .object({
    topicId: uuid,
    seats: z.number().int().min(1).max(500),
    nocCode: nocTagSchema.nullable().optional(),
    languages: z
      .array(trainingLanguageSchema)
      .min(1)
      .max(2)
      .optional()
      .meta({ description: 'Defaults to the constraints' }),
    modes: z.array(trainingModeSchema).min(1).max(2).optional(),
    regionCode: quebecRegionCodeSchema.optional(),
    periods: z.array(monthPeriodSchema).min(1).max(36).optional(),
    priority: needPrioritySchema.optional(),
    maxPricePerSeatCents: centsSchema.nullable().optional(),
    notes: z.string().max(5000).optional(),
  })
  .meta({ id: 'ProposedNeedLine' });
export type ProposedNeedLine = z.infer<typeof proposedNeedLineSchema>;

export const setProposedNeedsRequestSchema = z
  .object({ lines: z.array(proposedNeedLineSchema).max(200) })
  .meta({ id: 'SetProposedNeedsRequest' });

export const validateDiagnosticRequestSchema = z
  .object({
    rejectedNeedIds: z
      .array(uuid)
      .max(200)
      .optional()
      .meta({ description: 'Lines the member does not want; the others become open needs' }),
  })
  .meta({ id: 'ValidateDiagnosticRequest' });

export const diagnosticIdParamSchema = z.object({ diagnosticId: uuid });

/**
 * The diagnostics endpoints: the coordinator schedules, runs and completes one with a member firm
 * and proposes need lines; the member contact validates it (its lines become open needs).
 */
export const diagnosticEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/diagnostics',
    tag: 'needs',
    summary: 'Diagnostics: all (coordinator) or the firm’s own (member contact)',
    query: diagnosticListQuerySchema,
    response: diagnosticListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/diagnostics',
    tag: 'needs',
    summary: 'Schedule a diagnostic with a member',
    body: createDiagnosticRequestSchema,
    response: diagnosticSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/diagnostics/{diagnosticId}',
    tag: 'needs',
    summary: 'One diagnostic with its need lines',
    params: diagnosticIdParamSchema,
    response: diagnosticSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/diagnostics/{diagnosticId}',
    tag: 'needs',
    summary: 'Record the content: challenges, skills gaps by NOC, priorities, constraints, notes (until completed)',
    params: diagnosticIdParamSchema,
    body: updateDiagnosticRequestSchema,
    response: diagnosticSchema,
  }),
  transition: endpoint({
    method: 'post',
    path: '/api/diagnostics/{diagnosticId}/status',
    tag: 'needs',
    summary: 'Start, complete (needs at least one proposed line), reopen (completed → in_progress) or cancel',
    params: diagnosticIdParamSchema,
    body: diagnosticTransitionRequestSchema,
    response: diagnosticSchema,
  }),
  setProposedNeeds: endpoint({
    method: 'put',
    path: '/api/diagnostics/{diagnosticId}/needs',
    tag: 'needs',
    summary: 'Replace the proposed need lines (defaults from the constraints and the member)',
    params: diagnosticIdParamSchema,
    body: setProposedNeedsRequestSchema,
    response: diagnosticSchema,
  }),
  validate: endpoint({
    method: 'post',
    path: '/api/diagnostics/{diagnosticId}/validate',
    tag: 'needs',
    summary: 'The member contact validates a completed diagnostic: its lines become open needs, except those rejected',
    params: diagnosticIdParamSchema,
    body: validateDiagnosticRequestSchema,
    response: diagnosticSchema,
  }),
};
