import { ALLOCATION_RULES } from '@mutualis/domain/pooling/problem';
import {
  PLAN_COMPARISON_KEYS,
  PLAN_MEASURE_KINDS,
  PLAN_SOLVER_STEPS,
} from '@mutualis/domain/pooling-runs/plan-measures';
import { POOLING_RUN_STATUSES } from '@mutualis/domain/pooling-runs/run-status';
import { z } from 'zod';
import { endpoint, fileAnswer } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Pooling runs (coordinators) and members' savings (member contacts). Plans follow the pooling
// contract (shared spec pooling.md): amounts in dollars. Everything else here is in cents.

const period = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, checkCode('month'));
const uuid = z.string().uuid();

export const allocationRuleSchema = z.enum(ALLOCATION_RULES).meta({ id: 'AllocationRule' });
export type AllocationRule = z.infer<typeof allocationRuleSchema>;

export const poolingPolicyInputSchema = z
  .object({
    unservedSeatPenaltyCents: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .optional()
      .meta({ description: 'Cost of leaving one seat unserved (default $1,000)' }),
    minMembersPerSession: z
      .number()
      .int()
      .min(1)
      .max(50)
      .optional()
      .meta({ description: "Default: the mutual's minimum firms per session" }),
    timeLimitSeconds: z.number().int().min(1).max(600).optional().meta({ description: 'Default 30 s' }),
    allocationRule: allocationRuleSchema.optional(),
    smallFirmDiscount: z.number().min(0).max(0.9).optional(),
  })
  .strict()
  .meta({ id: 'PoolingPolicyInput' });
export type PoolingPolicyInput = z.infer<typeof poolingPolicyInputSchema>;

export const startPoolingRunSchema = z
  .object({
    label: z.string().trim().max(200).optional(),
    periods: z.array(period).min(1).max(36),
    policy: poolingPolicyInputSchema.default({}),
    /** Only these needs (else every open need matching the filters). */
    needIds: z.array(uuid).max(50_000).optional(),
    filters: z
      .object({
        topicIds: z.array(uuid).max(1000).optional(),
        regionCodes: z
          .array(z.string().regex(/^[0-9]{2}$/, checkCode('region_code')))
          .max(17)
          .optional(),
        memberIds: z.array(uuid).max(10_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'StartPoolingRun' });
export type StartPoolingRun = z.infer<typeof startPoolingRunSchema>;

export const rerunPoolingRunSchema = z
  .object({
    label: z.string().trim().max(200).optional(),
    /** Policy fields to change (the others stay as in the source run). */
    policy: poolingPolicyInputSchema.optional(),
    /** Session ids of the source run's plan to force into the new plan. */
    pins: z.array(z.string().min(1).max(40)).max(500).optional(),
    /** Pinned sessions of the source run's plan to release. */
    unpins: z.array(z.string().min(1).max(40)).max(500).optional(),
    /** Session ids of the source run's plan whose offer, period and region may not be used. */
    excludeSessions: z.array(z.string().min(1).max(40)).max(500).optional(),
    /** Needs to leave out. */
    excludeNeeds: z.array(uuid).max(50_000).optional(),
    /** Needs excluded by the source run to bring back. */
    includeNeeds: z.array(uuid).max(50_000).optional(),
    /** Start from the problem without any of the source run's pins and excludes. */
    resetAdjustments: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'RerunPoolingRun' });
export type RerunPoolingRun = z.infer<typeof rerunPoolingRunSchema>;

export const poolingRunStatusSchema = z.enum(POOLING_RUN_STATUSES).meta({ id: 'PoolingRunStatus' });
export type PoolingRunStatus = z.infer<typeof poolingRunStatusSchema>;

export const poolingProgressSchema = z
  .object({
    phase: z.string().optional(),
    percent: z.number().optional(),
    objective: z.number().optional().meta({ description: 'Current best objective (dollars)' }),
    lowerBound: z.number().optional().meta({ description: 'Proven lower bound so far (dollars)' }),
    componentsDone: z.number().optional(),
    componentsTotal: z.number().optional(),
    elapsedMs: z.number().optional(),
  })
  .loose()
  .meta({ id: 'PoolingProgress' });
export type PoolingProgress = z.infer<typeof poolingProgressSchema>;

export const poolingRunSummarySchema = z
  .object({
    id: z.string(),
    label: z.string().nullable(),
    status: poolingRunStatusSchema,
    sourceRunId: z.string().nullable(),
    progress: poolingProgressSchema,
    error: z.string().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    createdByName: z.string().nullable(),
    periods: z.array(z.string()),
    needCount: z.number(),
    totals: z.record(z.string(), z.number()).nullable(),
    bound: z.object({ lowerBound: z.number(), gap: z.number(), optimal: z.boolean() }).nullable(),
  })
  .meta({ id: 'PoolingRunSummary' });
export type PoolingRunSummary = z.infer<typeof poolingRunSummarySchema>;

export const poolingRunListSchema = pagedListSchema(poolingRunSummarySchema, 'PoolingRunList');
export type PoolingRunList = z.infer<typeof poolingRunListSchema>;
// Up to 200 a page: the runs page shows a mutual's runs in one table, as it always did.
export const poolingRunListQuerySchema = z.object(pageQueryFieldsUpTo(200));
export type PoolingRunListQuery = z.infer<typeof poolingRunListQuerySchema>;

const planAllocationSchema = z.object({
  needId: z.string(),
  memberId: z.string(),
  seats: z.number(),
  share: z.number(),
});
export const planSessionSchema = z
  .object({
    id: z.string(),
    offerId: z.string(),
    period: z.string(),
    region: z.string().nullable(),
    seats: z.number(),
    cost: z.number(),
    allocations: z.array(planAllocationSchema),
    pinned: z.boolean().optional(),
  })
  .meta({ id: 'PlanSession' });
export type PlanSession = z.infer<typeof planSessionSchema>;

/** A plan exactly as the pooling contract defines it, plus the engine's extra fields. */
export const poolingPlanSchema = z
  .object({
    sessions: z.array(planSessionSchema),
    unserved: z.array(z.object({ needId: z.string(), seats: z.number(), reason: z.string() })),
    members: z.array(
      z.object({
        memberId: z.string(),
        seats: z.number(),
        pooledCost: z.number(),
        standaloneCost: z.number(),
        savings: z.number(),
      }),
    ),
    totals: z.object({
      cost: z.number(),
      penalty: z.number(),
      objective: z.number(),
      seatsServed: z.number(),
      seatsUnserved: z.number(),
      standaloneCost: z.number(),
      savings: z.number(),
    }),
    bound: z.object({ lowerBound: z.number(), gap: z.number(), optimal: z.boolean() }),
    baseline: z
      .object({ objective: z.number(), cost: z.number(), seatsUnserved: z.number(), improvement: z.number() })
      .optional(),
    warnings: z.array(z.object({ memberId: z.string(), message: z.string() })).optional(),
    pinsNotKept: z.array(z.string()).optional(),
  })
  .loose()
  .meta({ id: 'PoolingPlan' });
export type PoolingPlan = z.infer<typeof poolingPlanSchema>;

/**
 * A plan's figures in real money (cents): what its sessions cost, the seats served and not, and the
 * saving against each firm buying alone and against grouping by hand. The optimiser's objective adds
 * a weight for each unserved seat that nobody pays: it is only in `technical`, as a score.
 */
export const planFiguresSchema = z
  .object({
    realCostCents: z.number().int().meta({ description: "The plan's sessions' cost, without any penalty" }),
    sessions: z.number().int(),
    seatsRequested: z.number().int(),
    seatsServed: z.number().int(),
    seatsUnserved: z.number().int(),
    costPerSeatServedCents: z.number().int().nullable(),
    aloneCostCents: z
      .number()
      .int()
      .meta({ description: 'What the same served seats would cost if each firm bought private sessions alone' }),
    savingVsAloneCents: z.number().int(),
    savingVsAloneRate: z.number(),
    baseline: z
      .object({
        realCostCents: z.number().int(),
        seatsServed: z.number().int(),
        seatsUnserved: z.number().int(),
        costPerSeatServedCents: z.number().int().nullable(),
        savingCents: z.number().int().meta({ description: 'Baseline real cost − plan real cost' }),
        extraSeatsServed: z.number().int(),
        costPerSeatSavingRate: z.number().nullable(),
      })
      .nullable()
      .meta({
        description:
          'Grouping by hand (first come, first served) on the same problem; null for plans stored without it',
      }),
    technical: z.object({
      objective: z.number().meta({
        description: "The optimiser's score: real cost + a weight per unserved seat (dollars-like, not money)",
      }),
      penaltyPerUnservedSeat: z.number().nullable(),
      lowerBound: z.number(),
      gap: z.number(),
      optimal: z.boolean(),
      baselineObjective: z.number().nullable(),
      improvementOnObjective: z.number().nullable(),
      method: z.object({
        byComponent: z.boolean(),
        steps: z.array(z.enum(PLAN_SOLVER_STEPS)),
        other: z.array(z.string()),
      }),
      milliseconds: z.number().nullable(),
      components: z.number().nullable(),
      componentsOptimal: z.number().nullable(),
    }),
  })
  .meta({ id: 'PlanFigures' });
export type PlanFigures = z.infer<typeof planFiguresSchema>;

export const poolingAdjustmentsSchema = z
  .object({
    pins: z
      .array(
        z.object({
          id: z.string(),
          offerId: z.string(),
          period: z.string(),
          region: z.string().nullable(),
          seats: z.number(),
          allocations: z.array(z.object({ needId: z.string(), memberId: z.string(), seats: z.number() })),
        }),
      )
      .optional(),
    excludeSessions: z
      .array(z.object({ offerId: z.string(), period: z.string(), region: z.string().nullable() }))
      .optional(),
    excludeNeeds: z.array(z.string()).optional(),
  })
  .meta({ id: 'PoolingAdjustments' });
export type PoolingAdjustments = z.infer<typeof poolingAdjustmentsSchema>;

/** Names for the ids of a plan: firm names (coordinators only), courses, needs' topics. */
export const poolingNamesSchema = z
  .object({
    members: z.record(z.string(), z.string()),
    offers: z.record(z.string(), z.object({ titleFr: z.string(), titleEn: z.string(), providerName: z.string() })),
    needs: z.record(
      z.string(),
      z.object({ memberId: z.string(), topicFr: z.string(), topicEn: z.string(), seats: z.number() }),
    ),
  })
  .meta({ id: 'PoolingNames' });
export type PoolingNames = z.infer<typeof poolingNamesSchema>;

export const poolingRunDetailSchema = poolingRunSummarySchema
  .extend({
    request: z.record(z.string(), z.unknown()),
    policy: z.record(z.string(), z.unknown()),
    adjustments: poolingAdjustmentsSchema,
    plan: poolingPlanSchema.nullable(),
    /** the plan's real figures (null without a plan) */
    figures: planFiguresSchema.nullable(),
    names: poolingNamesSchema,
    acceptedSessionIds: z.array(z.string()),
  })
  .meta({ id: 'PoolingRunDetail' });
export type PoolingRunDetail = z.infer<typeof poolingRunDetailSchema>;

const planComparisonRowSchema = z
  .object({
    key: z.enum(PLAN_COMPARISON_KEYS),
    kind: z.enum(PLAN_MEASURE_KINDS),
    a: z.number().nullable(),
    b: z.number().nullable(),
    difference: z.number().nullable(),
  })
  .meta({ id: 'PlanComparisonRow' });

export const poolingComparisonSchema = z
  .object({
    a: poolingRunSummarySchema,
    b: poolingRunSummarySchema,
    /** real figures (money in cents, seats): never the optimiser's penalty */
    figures: z.array(planComparisonRowSchema),
    /** the optimiser's objective (a score), for the technical details */
    technical: z.array(planComparisonRowSchema),
    sessions: z.object({
      both: z.array(z.object({ a: planSessionSchema, b: planSessionSchema })),
      onlyA: z.array(planSessionSchema),
      onlyB: z.array(planSessionSchema),
    }),
    names: poolingNamesSchema,
  })
  .meta({ id: 'PoolingComparison' });
export type PoolingComparison = z.infer<typeof poolingComparisonSchema>;

export const acceptPoolingRunSchema = z.object({}).strict().meta({ id: 'AcceptPoolingRun' });

export const acceptedPlanSchema = z
  .object({ runId: z.string(), sessionIds: z.array(z.string()), reservations: z.number(), needsPlanned: z.number() })
  .meta({ id: 'AcceptedPlan' });
export type AcceptedPlan = z.infer<typeof acceptedPlanSchema>;

// ---------- members' savings ----------
export const savingsLineSchema = z
  .object({
    needId: z.string(),
    sessionId: z.string(),
    topicFr: z.string(),
    topicEn: z.string(),
    courseFr: z.string(),
    courseEn: z.string(),
    period: z.string(),
    regionCode: z.string().nullable(),
    sessionStatus: z.string(),
    seats: z.number(),
    pooledCents: z.number(),
    standaloneCents: z.number(),
    savingsCents: z.number(),
  })
  .meta({ id: 'SavingsLine' });
export type SavingsLine = z.infer<typeof savingsLineSchema>;

const savingsTotalsSchema = z.object({
  seats: z.number(),
  pooledCents: z.number(),
  standaloneCents: z.number(),
  savingsCents: z.number(),
});

/**
 * The firm's savings: a page of its lines (every reservation of the firm in accepted plans, all
 * years, by period) in the one paged envelope, with the firm, the year and the totals beside it.
 */
export const myFirmSavingsSchema = pagedListSchema(savingsLineSchema, 'SavingsLineList')
  .extend({
    memberId: z.string(),
    memberName: z.string(),
    year: z.number(),
    /** over every line, all years */
    totals: savingsTotalsSchema,
    /** sessions of `year` only (periods YYYY-MM of that year) */
    yearToDate: savingsTotalsSchema,
  })
  .meta({ id: 'MyFirmSavings' });
export type MyFirmSavings = z.infer<typeof myFirmSavingsSchema>;

export const savingsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  lang: z.enum(['fr', 'en']).optional(),
});
// Up to 500 lines a page: the savings page reads a firm's lines of every year in one page.
export const savingsListQuerySchema = savingsQuerySchema.extend(pageQueryFieldsUpTo(500));
export type SavingsListQuery = z.infer<typeof savingsListQuerySchema>;
export type SavingsStatementQuery = z.infer<typeof savingsQuerySchema>;

// ---------- endpoints ----------
const runIdParamSchema = z.object({ runId: uuid });
const compareQuerySchema = z.object({ a: uuid, b: uuid });

/** A run's full input: the problem (pooling contract JSON) and the pins and excludes applied to it. */
export const poolingRunInputSchema = z.object({
  problem: z.record(z.string(), z.unknown()),
  adjustments: poolingAdjustmentsSchema,
});
export type PoolingRunInput = z.infer<typeof poolingRunInputSchema>;

/** Pooling runs (coordinators): build, run in the background, review, re-run, compare, accept. */
export const poolingRunEndpoints = {
  start: endpoint({
    method: 'post',
    path: '/api/pooling/runs',
    tag: 'pooling',
    summary:
      "Build a pooling problem from the mutual's open needs and approved courses for the chosen periods and policy, and run it in the background",
    description: 'Queued; poll GET /api/pooling/runs/{runId}',
    body: startPoolingRunSchema,
    response: poolingRunDetailSchema,
    status: 202,
  }),
  list: endpoint({
    method: 'get',
    path: '/api/pooling/runs',
    tag: 'pooling',
    summary: "The mutual's pooling runs, newest first (without problems and plans)",
    query: poolingRunListQuerySchema,
    response: poolingRunListSchema,
  }),
  // served before get, so that "compare" is not read as a run id
  compare: endpoint({
    method: 'get',
    path: '/api/pooling/runs/compare',
    tag: 'pooling',
    summary: 'Two runs side by side: totals, differences, and the sessions only one of them has',
    query: compareQuerySchema,
    response: poolingComparisonSchema,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/pooling/runs/{runId}',
    tag: 'pooling',
    summary: 'A run: status, progress (poll it), its plan with firm and course names',
    params: runIdParamSchema,
    response: poolingRunDetailSchema,
  }),
  problem: endpoint({
    method: 'get',
    path: '/api/pooling/runs/{runId}/problem',
    tag: 'pooling',
    summary: "A run's full input: the problem (pooling contract JSON) and the pins and excludes applied to it",
    params: runIdParamSchema,
    response: poolingRunInputSchema,
  }),
  cancel: endpoint({
    method: 'post',
    path: '/api/pooling/runs/{runId}/cancel',
    tag: 'pooling',
    summary: 'Cancel a queued or running run (its worker is stopped)',
    params: runIdParamSchema,
    response: poolingRunDetailSchema,
  }),
  rerun: endpoint({
    method: 'post',
    path: '/api/pooling/runs/{runId}/rerun',
    tag: 'pooling',
    summary:
      'Run a stored problem again, with sessions of its plan pinned or excluded, needs excluded, or policy changes',
    params: runIdParamSchema,
    body: rerunPoolingRunSchema,
    response: poolingRunDetailSchema,
    status: 202,
  }),
  accept: endpoint({
    method: 'post',
    path: '/api/pooling/runs/{runId}/accept',
    tag: 'pooling',
    summary:
      "Accept a run's plan: its sessions are created as proposed with seats reserved per member and need, and the needs become planned",
    params: runIdParamSchema,
    body: acceptPoolingRunSchema,
    bodyOptional: true,
    response: acceptedPlanSchema,
  }),
};

/** Members' savings from pooling (member contacts: their own firm only). */
export const savingsEndpoints = {
  mine: endpoint({
    method: 'get',
    path: '/api/my-firm/savings',
    tag: 'pooling',
    summary: "The firm's savings from pooling: each need's pooled share against its cost alone, and the year's totals",
    query: savingsListQuerySchema,
    response: myFirmSavingsSchema,
  }),
  statement: endpoint({
    method: 'get',
    path: '/api/my-firm/savings/statement.pdf',
    tag: 'pooling',
    summary: "The firm's savings statement for a year, as a bilingual PDF (lang = the language shown first)",
    query: savingsQuerySchema,
    response: fileAnswer('application/pdf'),
  }),
};
