import { SIZE_CLASS_CODES } from '@mutualis/domain/reference/size-class';
import { z } from 'zod';
import { centsSchema } from './catalogue.ts';
import { endpoint, fileAnswer, fileUpload, noContent } from './endpoint.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// The emulation planner (issue #13, point 6): for a region or sector without a mutual, a funder
// (or a researcher, or the platform) imports firm counts, sets assumptions, and runs the real
// pooling engine on synthetic members and needs. Amounts in cents.

const uuid = z.string().uuid();
const share = z.number().min(0).max(1);

export const firmCountSchema = z
  .object({
    scianCode: z.string().regex(/^[0-9]{2,3}$/, 'a SCIAN sector or subsector (2 or 3 digits)'),
    sizeClass: z.enum(SIZE_CLASS_CODES),
    firms: z.number().int().min(0).max(100_000),
  })
  .meta({ id: 'FirmCount' });
export type FirmCount = z.infer<typeof firmCountSchema>;

export const emulationAssumptionsSchema = z
  .object({
    participationRate: z.number().min(0.001).max(1),
    needsPerFirm: z.object({
      micro: z.number().min(0).max(20),
      small: z.number().min(0).max(20),
      medium: z.number().min(0).max(20),
      large: z.number().min(0).max(20),
    }),
    topics: z.number().int().min(1).max(60),
    periods: z.number().int().min(1).max(12),
    virtualShare: share,
    coursePrice: z
      .object({
        fixedCostCents: centsSchema,
        seatCostCents: centsSchema,
        minSeats: z.number().int().min(1).max(50),
        maxSeats: z.number().int().min(1).max(100),
      })
      .refine((p) => p.maxSeats >= p.minSeats, { message: 'must be at least the minimum', path: ['maxSeats'] }),
    minFirmsPerSession: z.number().int().min(1).max(20),
    operatingCostCents: centsSchema,
    publicFundingShare: share,
    timeLimitSeconds: z.number().int().min(1).max(30),
    seed: z.number().int().min(0).max(2_147_483_647),
  })
  .meta({ id: 'EmulationAssumptions' });
export type EmulationAssumptionsInput = z.infer<typeof emulationAssumptionsSchema>;

export const emulationPointSchema = z
  .object({
    participationRate: z.number(),
    firms: z.number().int(),
    needs: z.number().int(),
    seats: z.number().int(),
    seatsServed: z.number().int(),
    sessions: z.number().int(),
    firmsPerSession: z.number(),
    pooledCostCents: z.number().int(),
    standaloneCostCents: z.number().int(),
    savingsCents: z.number().int(),
    savingsShare: z.number(),
    savingsPerFirmCents: z.number().int(),
    uncoveredCostCents: z.number().int(),
    viable: z.boolean(),
  })
  .meta({ id: 'EmulationPoint' });
export type EmulationPoint = z.infer<typeof emulationPointSchema>;

export const emulationResultSchema = z
  .object({
    firmsInTerritory: z.number().int(),
    chosen: emulationPointSchema,
    points: z
      .array(emulationPointSchema)
      .meta({ description: 'The same scenario at participation levels around the chosen one' }),
    membersNeeded: z.number().int().nullable().meta({
      description:
        'Fewest participating firms whose savings cover the operating cost public funding leaves; null if no level reaches it',
    }),
    solverMilliseconds: z.number().int(),
    ranAt: z.string(),
  })
  .meta({ id: 'EmulationResult' });
export type EmulationResult = z.infer<typeof emulationResultSchema>;

export const emulationScenarioSchema = z
  .object({
    id: uuid,
    name: z.string(),
    territory: z.string(),
    regionCode: z.string().nullable(),
    scianCode: z.string().nullable(),
    firmCounts: z.array(firmCountSchema),
    assumptions: emulationAssumptionsSchema,
    status: z.enum(['draft', 'done', 'failed']),
    result: emulationResultSchema.nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EmulationScenario' });
export type EmulationScenario = z.infer<typeof emulationScenarioSchema>;
export const emulationScenarioListSchema = pagedListSchema(emulationScenarioSchema, 'EmulationScenarioList');
export const emulationScenarioListQuerySchema = z.object({ ...pageQueryFieldsUpTo(100) });

const scenarioFields = {
  name: z.string().trim().min(1).max(200),
  territory: z.string().trim().min(1).max(200).meta({ description: 'The region or sector studied, in words' }),
  regionCode: z
    .string()
    .regex(/^\d{2}$/, 'a two-digit Quebec region code')
    .nullable(),
  scianCode: z
    .string()
    .regex(/^\d{2,3}$/)
    .nullable(),
  firmCounts: z.array(firmCountSchema).min(1).max(500),
  assumptions: emulationAssumptionsSchema,
};
export const createEmulationScenarioSchema = z
  .object({
    ...scenarioFields,
    regionCode: scenarioFields.regionCode.optional(),
    scianCode: scenarioFields.scianCode.optional(),
    assumptions: emulationAssumptionsSchema.optional(),
  })
  .meta({ id: 'CreateEmulationScenario' });
export type CreateEmulationScenario = z.infer<typeof createEmulationScenarioSchema>;
export const updateEmulationScenarioSchema = z.object(scenarioFields).partial().meta({ id: 'UpdateEmulationScenario' });
export type UpdateEmulationScenario = z.infer<typeof updateEmulationScenarioSchema>;

export const firmCountImportSchema = z
  .object({ firmCounts: z.array(firmCountSchema), firms: z.number().int(), ignoredRows: z.number().int() })
  .meta({ id: 'FirmCountImport' });

const scenarioParam = z.object({ scenarioId: uuid });

export const emulationEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/emulation/scenarios',
    tag: 'emulation',
    summary: 'Saved emulation scenarios',
    query: emulationScenarioListQuerySchema,
    response: emulationScenarioListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/emulation/scenarios',
    tag: 'emulation',
    summary: 'Save a scenario (firm counts and assumptions)',
    body: createEmulationScenarioSchema,
    response: emulationScenarioSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/emulation/scenarios/{scenarioId}',
    tag: 'emulation',
    summary: 'A scenario and its result',
    params: scenarioParam,
    response: emulationScenarioSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/emulation/scenarios/{scenarioId}',
    tag: 'emulation',
    summary: 'Change a scenario (its result is cleared until it runs again)',
    params: scenarioParam,
    body: updateEmulationScenarioSchema,
    response: emulationScenarioSchema,
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/emulation/scenarios/{scenarioId}',
    tag: 'emulation',
    summary: 'Delete a scenario',
    params: scenarioParam,
    response: noContent,
    status: 204,
  }),
  run: endpoint({
    method: 'post',
    path: '/api/emulation/scenarios/{scenarioId}/run',
    tag: 'emulation',
    summary:
      'Run the pooling engine on the scenario’s synthetic members and needs, at its participation rate and around it',
    params: scenarioParam,
    response: emulationScenarioSchema,
  }),
  brief: endpoint({
    method: 'get',
    path: '/api/emulation/scenarios/{scenarioId}/brief.pdf',
    tag: 'emulation',
    summary: 'The scenario as a PDF brief: result and assumptions side by side',
    params: scenarioParam,
    query: z.object({ lang: z.enum(['fr', 'en']).optional() }),
    response: fileAnswer('application/pdf'),
  }),
  importFirmCounts: endpoint({
    method: 'post',
    path: '/api/emulation/firm-counts',
    tag: 'emulation',
    summary: 'Read firm counts by sector and size class from a CSV of public business statistics',
    description:
      'Columns (French or English names): scian (or naics, sector), then either size_class (micro|small|medium|large) and firms (or count), ' +
      'or Statistics Canada employment-size columns (1-4, 5-9, 10-19, 20-49, 50-99, 100-199, 200-499, 500+). Rows for the same sector and size class add up. Nothing is saved.',
    body: fileUpload,
    response: firmCountImportSchema,
  }),
};
