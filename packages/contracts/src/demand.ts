import { CELL_STATUSES, UNMET_REASONS } from '@mutualis/domain/demand/demand';
import { z } from 'zod';
import { monthPeriodSchema, quebecRegionCodeSchema, trainingLanguageSchema } from './catalogue.ts';
import { endpoint, fileAnswer } from './endpoint.ts';
import { pageQueryFieldsUpTo } from './paging.ts';
import { topicIdParamSchema } from './topics.ts';

const uuid = z.string().uuid();

export const cellStatusSchema = z.enum(CELL_STATUSES).meta({ id: 'DemandCellStatus' });
export const unmetReasonSchema = z.enum(UNMET_REASONS).meta({ id: 'UnmetReason' });

export const demandQuerySchema = z.object({
  topicId: uuid.optional().meta({ description: 'A topic and all its sub-topics' }),
  regionCode: quebecRegionCodeSchema.optional(),
  period: monthPeriodSchema.optional(),
  language: trainingLanguageSchema.optional(),
  status: cellStatusSchema.optional(),
});
export type DemandQuery = z.infer<typeof demandQuerySchema>;

/** The board's query: filters, plus one page of its cells (ready cells first, then most seats). */
export const demandBoardQuerySchema = demandQuerySchema.extend(pageQueryFieldsUpTo(500));
export type DemandBoardQuery = z.infer<typeof demandBoardQuerySchema>;

export const demandCellSchema = z
  .object({
    topicId: uuid,
    topicCode: z.string(),
    topicNameFr: z.string(),
    topicNameEn: z.string(),
    regionCode: z.string(),
    period: z.string(),
    language: z.string(),
    seats: z.number().int(),
    members: z.number().int().meta({ description: 'Distinct member firms' }),
    needs: z.number().int(),
    inPersonSeats: z.number().int(),
    inPersonMembers: z.number().int(),
    virtualSeats: z.number().int(),
    virtualMembers: z.number().int(),
    status: cellStatusSchema,
    readyCourseIds: z.array(uuid),
    candidateCourseIds: z.array(uuid),
    missingSeats: z.number().int().nullable(),
  })
  .meta({ id: 'DemandCell' });
export type DemandCell = z.infer<typeof demandCellSchema>;

export const demandHeatSchema = z
  .object({
    topicId: uuid,
    key: z.string().meta({ description: 'The period (byPeriod) or the region code (byRegion)' }),
    seats: z.number().int(),
    ready: z.boolean().meta({ description: 'At least one ready cell adds up here' }),
  })
  .meta({ id: 'DemandHeat' });
export type DemandHeat = z.infer<typeof demandHeatSchema>;

export const demandBoardSchema = z
  .object({
    cells: z
      .array(demandCellSchema)
      .meta({ description: 'One page of the cells matching the filters: ready cells first, then most seats' }),
    total: z.number().int().meta({ description: 'Cells matching the filters (all pages)' }),
    page: z.number().int(),
    pageSize: z.number().int(),
    heat: z.object({ byPeriod: z.array(demandHeatSchema), byRegion: z.array(demandHeatSchema) }).meta({
      description: 'Seats of every cell matching the filters, summed per topic × period and per topic × region',
    }),
    totals: z.object({
      openNeeds: z.number().int(),
      seats: z.number().int(),
      members: z.number().int(),
      readyCells: z.number().int(),
    }),
    minMembersPerSession: z.number().int(),
    periods: z.array(z.string()),
    regions: z.array(z.string()),
    generatedAt: z.string(),
  })
  .meta({
    id: 'DemandBoard',
    description:
      'Open needs by topic × region × period × language. A need that accepts several periods or languages counts in each cell it accepts; totals count each need once.',
  });
export type DemandBoard = z.infer<typeof demandBoardSchema>;

export const unmetQuerySchema = demandQuerySchema.omit({ status: true }).extend({
  reason: unmetReasonSchema.optional(),
  ...pageQueryFieldsUpTo(1000),
});
export type UnmetQuery = z.infer<typeof unmetQuerySchema>;

export const unmetNeedSchema = z
  .object({
    needId: uuid,
    memberId: uuid,
    memberName: z.string(),
    topicId: uuid,
    topicCode: z.string(),
    seats: z.number().int(),
    regionCode: z.string(),
    languages: z.array(z.string()),
    modes: z.array(z.string()),
    periods: z.array(z.string()),
    reason: unmetReasonSchema,
  })
  .meta({ id: 'UnmetNeed' });

export const unmetNeedsSchema = z
  .object({
    summary: z.array(z.object({ reason: unmetReasonSchema, needs: z.number().int(), seats: z.number().int() })),
    items: z.array(unmetNeedSchema).meta({ description: 'One page of the unmet needs, oldest first' }),
    total: z.number().int().meta({ description: 'Unmet needs matching the filters (all pages)' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'UnmetNeeds' });
export type UnmetNeeds = z.infer<typeof unmetNeedsSchema>;

export const anonymousDemandSchema = z
  .object({
    topicId: uuid,
    otherMembers: z
      .number()
      .int()
      .meta({ description: 'Other firms of the mutual with open needs on this topic (never named)' }),
    otherSeats: z.number().int(),
    ownSeats: z.number().int(),
  })
  .meta({ id: 'AnonymousDemand' });
export type AnonymousDemand = z.infer<typeof anonymousDemandSchema>;

export const poolingProblemRequestSchema = z
  .object({
    periods: z.array(monthPeriodSchema).min(1).max(36),
    topicIds: z.array(uuid).max(500).optional().meta({ description: 'Only these topics (default: all)' }),
    policy: z
      .object({
        unservedSeatPenaltyCents: z.number().int().min(0).optional(),
        minMembersPerSession: z.number().int().min(1).max(50).optional(),
        timeLimitSeconds: z.number().positive().max(3600).optional(),
        allocationRule: z.enum(['per_seat', 'fixed_equal_by_firm', 'small_firm_discount']).optional(),
        smallFirmDiscount: z.number().min(0).lt(1).optional(),
      })
      .optional(),
  })
  .meta({ id: 'PoolingProblemRequest' });
export type PoolingProblemRequest = z.infer<typeof poolingProblemRequestSchema>;

const leftOut = z.object({ id: z.string(), reason: z.string() });
export const poolingProblemBuildSchema = z
  .object({
    problem: z
      .record(z.string(), z.unknown())
      .meta({ description: 'The pooling problem, exactly as the shared spec pooling.md defines it' }),
    leftOutNeeds: z.array(leftOut),
    leftOutCourses: z.array(leftOut),
  })
  .meta({ id: 'PoolingProblemBuild' });
export type PoolingProblemBuild = z.infer<typeof poolingProblemBuildSchema>;

/** The XLSX workbook's media type. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The demand endpoints: the board and its export (coordinators), anonymous demand on a topic (member contacts). */
export const demandEndpoints = {
  board: endpoint({
    method: 'get',
    path: '/api/demand',
    tag: 'demand',
    summary:
      'Open needs by topic × region × period × language, each cell marked ready or with what it lacks: one page of cells (ready first, then most seats) and the heat map’s sums',
    query: demandBoardQuerySchema,
    response: demandBoardSchema,
  }),
  unmet: endpoint({
    method: 'get',
    path: '/api/demand/unmet',
    tag: 'demand',
    summary: 'Open needs that cannot be met yet, with the reason, and a count per reason',
    query: unmetQuerySchema,
    response: unmetNeedsSchema,
  }),
  export: endpoint({
    method: 'get',
    path: '/api/demand/export',
    tag: 'demand',
    summary: 'The board and the unmet needs (first 10,000) as an XLSX workbook, in the caller’s language',
    query: demandQuerySchema,
    response: fileAnswer(XLSX),
  }),
  anonymous: endpoint({
    method: 'get',
    path: '/api/demand/topics/{topicId}',
    tag: 'demand',
    summary: 'Anonymous demand on a topic: how many other firms want how many seats (never who)',
    params: topicIdParamSchema,
    response: anonymousDemandSchema,
  }),
  poolingProblem: endpoint({
    method: 'post',
    path: '/api/demand/pooling-problem',
    tag: 'demand',
    summary:
      'Build the pooling problem (shared spec pooling.md) from open needs and approved courses for the chosen periods',
    body: poolingProblemRequestSchema,
    response: poolingProblemBuildSchema,
  }),
};
