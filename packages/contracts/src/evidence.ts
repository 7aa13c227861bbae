import { EFFECT_METHODS } from '@mutualis/domain/evidence/input';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer } from './endpoint.ts';

// The evidence dashboard (issue #12.3) and the research export (#12.6): aggregates only, every
// cell of fewer than 5 people or 3 firms suppressed (null), "not enough data" below the minimum
// sample. Funders and researchers see consenting firms only.

const n = z.number();
const nullableCount = z.number().int().nullable().meta({ description: 'null: a small cell, suppressed' });

export const groupSizeSchema = z
  .object({ units: nullableCount, firms: nullableCount })
  .meta({ id: 'EvidenceGroupSize' });
export const balanceRowSchema = z
  .object({ covariate: z.string(), smdBefore: n.nullable(), smdAfter: n.nullable() })
  .meta({ id: 'BalanceRow' });
const method = z.enum(EFFECT_METHODS);

export const estimateAnswerSchema = z
  .discriminatedUnion('status', [
    z.object({
      status: z.literal('estimated'),
      method,
      estimate: n,
      standardError: n,
      ci95: z.tuple([n, n]),
      treated: groupSizeSchema,
      comparison: groupSizeSchema,
      balance: z.array(balanceRowSchema),
      notes: z.array(z.string()),
    }),
    z.object({
      status: z.literal('not_enough_data'),
      method,
      treated: groupSizeSchema,
      comparison: groupSizeSchema,
      minimum: z.number().int(),
    }),
    z.object({
      status: z.literal('not_estimable'),
      method,
      treated: groupSizeSchema,
      comparison: groupSizeSchema,
      reason: z.string(),
    }),
  ])
  .meta({
    id: 'EstimateAnswer',
    description: 'An effect on the treated (ATT) with its 95 % interval, or why there is none',
  });
export type EstimateAnswer = z.infer<typeof estimateAnswerSchema>;

export const outcomeEffectSchema = z
  .object({ primary: estimateAnswerSchema, checks: z.array(estimateAnswerSchema) })
  .meta({ id: 'OutcomeEffect' });

export const curvePointSchema = z.object({ months: n, survival: n, lower: n, upper: n, atRisk: z.number().int() });
export const retentionCurveSchema = z
  .object({
    group: z.enum(['trained', 'comparison']),
    people: nullableCount,
    firms: nullableCount,
    points: z.array(curvePointSchema),
    at: z.array(z.object({ months: z.union([z.literal(12), z.literal(24)]), survival: n, ci95: z.tuple([n, n]) })),
  })
  .meta({ id: 'RetentionCurve' });

export const questionResultSchema = z.object({
  question: z.string(),
  mean: n.nullable(),
  ci95: z.tuple([n, n]).nullable(),
  responses: nullableCount,
});
export const levelResultSchema = z
  .object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    responses: nullableCount,
    firms: nullableCount,
    questions: z.array(questionResultSchema),
  })
  .meta({ id: 'EvaluationLevelResult' });

export const roiAnswerSchema = z
  .object({
    status: z.enum(['estimated', 'not_enough_data']),
    trainees: z.number().int(),
    trainingCostCents: z.number().int(),
    traineeWagesCents: z.number().int(),
    fullCostCents: z.number().int(),
    productivityBenefitCents: z.number().int().nullable(),
    retentionBenefitCents: z.number().int().nullable(),
    roiPct: n.nullable(),
    ci95: z.tuple([n, n]).nullable(),
    replacementCostPct: z.number(),
    notes: z.array(z.string()),
  })
  .meta({ id: 'RoiAnswer' });

export const firmIndicatorsByYearSchema = z
  .object({
    year: z.number().int(),
    group: z.enum(['trained', 'comparison']),
    firms: nullableCount,
    turnoverRate: n.nullable(),
    absenteeismRate: n.nullable(),
    accidentsPer100Fte: n.nullable(),
  })
  .meta({ id: 'FirmIndicatorsByYear' });

export const evidenceDashboardSchema = z
  .object({
    asOf: z.string(),
    windowStart: z.string(),
    audience: z
      .enum(['all_firms', 'consenting_firms'])
      .meta({ description: 'consenting_firms: funders and researchers see only firms that consented to research use' }),
    firmsIncluded: z.number().int(),
    suppression: z.object({ minPeople: z.number().int(), minFirms: z.number().int() }),
    minimumSample: z.object({
      peoplePerGroup: z.number().int(),
      firmsPerGroup: z.number().int(),
      firmUnitsPerGroup: z.number().int(),
    }),
    cohort: z.object({
      trained: nullableCount,
      comparison: nullableCount,
      trainedFirms: nullableCount,
      comparisonFirms: nullableCount,
    }),
    wageGrowth: outcomeEffectSchema.extend({
      meanGrowth: z.object({ trained: n.nullable(), comparison: n.nullable() }),
    }),
    retention: z.object({
      curves: z.array(retentionCurveSchema),
      logRank: z.object({ chiSquare: n, degreesOfFreedom: z.number().int(), pValue: n }).nullable(),
      effect12: outcomeEffectSchema,
      effect24: outcomeEffectSchema,
    }),
    promotion: z
      .object({
        effect12: outcomeEffectSchema,
        effect24: outcomeEffectSchema,
        share12: z.object({ trained: n.nullable(), comparison: n.nullable() }),
        share24: z.object({ trained: n.nullable(), comparison: n.nullable() }),
      })
      .meta({
        description:
          'Promotion: a job class change to a lower TEER (more skilled) than the one held on the index date, within 12 / 24 months, among those still employed then; effects in percentage points, shares in % (null: a small cell)',
      }),
    productivity: z.object({
      estimate: estimateAnswerSchema,
      meanChange: z.object({ trained: n.nullable(), comparison: n.nullable() }),
      comparisonGroup: z.object({ neverTrained: nullableCount, trainedLater: nullableCount, prospects: nullableCount }),
    }),
    firmIndicators: z.array(firmIndicatorsByYearSchema),
    evaluation: z.array(levelResultSchema),
    roi: roiAnswerSchema,
  })
  .meta({ id: 'EvidenceDashboard' });
export type EvidenceDashboard = z.infer<typeof evidenceDashboardSchema>;

/** The mutual a funder or researcher looks at (one it observes, decision 34); others read their own mutual and leave it out. */
export const observedMutualQueryFields = {
  mutualId: z.string().uuid().optional().meta({
    description:
      'Funders and researchers: the mutual observed (one they fund, or one that consents); others leave it out',
  }),
};
export const observedMutualQuerySchema = z.object(observedMutualQueryFields);

export const evidenceDashboardQuerySchema = z.object({
  ...observedMutualQueryFields,
  windowStart: isoDateSchema
    .optional()
    .meta({ description: 'First day of the window (default: 1 January five years ago)' }),
});

export const researchExportQuerySchema = z.object({
  ...observedMutualQueryFields,
  format: z.enum(['csv']).default('csv'),
});

export const evidenceSettingsSchema = z
  .object({
    targetMicroSmallFirmsPct: z
      .number()
      .int()
      .min(0)
      .max(100)
      .meta({ description: 'Target share of served firms that are micro or small (< 100 employees), %' }),
    targetMicroFirmsPct: z
      .number()
      .int()
      .min(0)
      .max(100)
      .meta({ description: 'Target share of served firms that are micro (< 10 employees), %' }),
    targetLowSkilledPct: z
      .number()
      .int()
      .min(0)
      .max(100)
      .meta({ description: 'Target share of participants with no diploma or a secondary diploma only, %' }),
    replacementCostPct: z
      .number()
      .int()
      .min(0)
      .max(200)
      .meta({ description: 'Cost of replacing an employee who leaves, as a share of the annual wage (ROI), %' }),
  })
  .meta({ id: 'EvidenceSettings' });
export type EvidenceSettings = z.infer<typeof evidenceSettingsSchema>;
export const evidenceSettingsAnswerSchema = evidenceSettingsSchema
  .extend({ updatedAt: z.string().nullable(), updatedByName: z.string().nullable() })
  .meta({ id: 'EvidenceSettingsAnswer' });

/** The evidence dashboard, its settings (the board's targets) and the research export. */
export const evidenceEndpoints = {
  dashboard: endpoint({
    method: 'get',
    path: '/api/evidence/dashboard',
    tag: 'evidence',
    summary:
      'What training changed: retention, wages, productivity, evaluation levels and ROI, with intervals, methods, sizes, balance',
    description:
      'Aggregates only. Cells of fewer than 5 people or 3 firms are null; below the minimum sample an estimate says not_enough_data. Funders and researchers see consenting firms only.',
    query: evidenceDashboardQuerySchema,
    response: evidenceDashboardSchema,
  }),
  settings: endpoint({
    method: 'get',
    path: '/api/evidence/settings',
    tag: 'evidence',
    summary: 'The board’s targeting targets and the ROI’s replacement cost',
    query: observedMutualQuerySchema,
    response: evidenceSettingsAnswerSchema,
  }),
  saveSettings: endpoint({
    method: 'put',
    path: '/api/evidence/settings',
    tag: 'evidence',
    summary: 'Set the board’s targeting targets and the ROI’s replacement cost (coordinator or board member)',
    body: evidenceSettingsSchema,
    response: evidenceSettingsAnswerSchema,
  }),
  researchExport: endpoint({
    method: 'get',
    path: '/api/evidence/research-export',
    tag: 'evidence',
    summary: 'The pseudonymised research table (CSV) of consenting firms’ employees, checked for small cells',
    description:
      'One row per employee of the comparison cohort of a consenting firm; pseudonyms change with every export; quasi-identifiers are coarsened, then rows of cells under 5 people or 3 firms are left out.',
    query: researchExportQuerySchema,
    response: fileAnswer('text/csv'),
  }),
  researchDictionary: endpoint({
    method: 'get',
    path: '/api/evidence/research-export/dictionary',
    tag: 'evidence',
    summary: 'The data dictionary of the research export (CSV)',
    query: observedMutualQuerySchema,
    response: fileAnswer('text/csv'),
  }),
};
