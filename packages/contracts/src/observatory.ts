import { FUNDER_KINDS } from '@mutualis/domain/governance/funders';
import { MUTUAL_SIZE_CLASSES, MUTUAL_TYPES } from '@mutualis/domain/governance/observatory';
import { INDICATOR_KEYS, INDICATOR_STATUSES } from '@mutualis/domain/governance/scorecard';
import { z } from 'zod';
import { endpoint, fileAnswer } from './endpoint.ts';
import { indicatorKeySchema, mutualBasisSchema, recognitionStatusSchema, scorecardSchema } from './governance.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// The observatory (issue #13, point 5): the platform administrator, a funder (the mutuals it funds)
// and a researcher (the mutuals that consent) follow many mutuals side by side and year by year,
// compare them by type and size, and download the indicators as anonymised open data. Cells resting
// on fewer than 5 people or 3 firms are suppressed; no answer here carries a personal field.

const uuid = z.string().uuid();
const yearQuery = z.coerce.number().int().min(1990).max(2100);

export const mutualTypeSchema = z.enum(MUTUAL_TYPES).meta({ id: 'MutualType' });
export const mutualSizeClassSchema = z.enum(MUTUAL_SIZE_CLASSES).meta({ id: 'MutualSizeClass' });
export const funderKindSchema = z.enum(FUNDER_KINDS).meta({ id: 'FunderKind' });

export const observedMutualSchema = z
  .object({
    id: uuid,
    name: z.string(),
    basis: mutualBasisSchema,
    type: mutualTypeSchema,
    regionCode: z.string().nullable(),
    scianCode: z.string().nullable(),
    sizeClass: mutualSizeClassSchema,
    activeMembers: z.number().int().nullable().meta({ description: 'null when under 3 firms (suppressed)' }),
    recognition: recognitionStatusSchema,
  })
  .meta({ id: 'ObservedMutual' });
export type ObservedMutual = z.infer<typeof observedMutualSchema>;
export const observedMutualListSchema = pagedListSchema(observedMutualSchema, 'ObservedMutualList');
export const observedMutualListQuerySchema = z.object({ ...pageQueryFieldsUpTo(500) });

const cellSchema = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  status: z.enum(INDICATOR_STATUSES),
});
export const observatorySchema = z
  .object({
    years: z.array(z.number().int()),
    indicators: z.array(indicatorKeySchema),
    mutuals: z.array(observedMutualSchema),
    series: z.array(z.object({ mutualId: uuid, indicator: indicatorKeySchema, values: z.array(cellSchema) })),
    groups: z.array(
      z.object({
        by: z.enum(['type', 'size']),
        group: z.string(),
        indicator: indicatorKeySchema,
        values: z.array(cellSchema.extend({ mutuals: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'Observatory' });
export type Observatory = z.infer<typeof observatorySchema>;

const indicatorList = z
  .string()
  .max(1000)
  .transform((s, ctx) => {
    const keys = s
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const unknown = keys.filter((k) => !(INDICATOR_KEYS as readonly string[]).includes(k));
    if (unknown.length) ctx.addIssue({ code: 'custom', message: `unknown indicator ${unknown.join(', ')}` });
    return keys as (typeof INDICATOR_KEYS)[number][];
  });

export const observatoryQuerySchema = z.object({
  from: yearQuery.optional().meta({ description: 'First year (default: 9 years before the last)' }),
  to: yearQuery.optional().meta({ description: 'Last year (default: this year)' }),
  indicators: indicatorList.optional().meta({ description: 'Comma-separated indicator keys (default: all)' }),
  type: mutualTypeSchema.optional(),
  sizeClass: mutualSizeClassSchema.optional(),
});
export type ObservatoryQuery = z.infer<typeof observatoryQuerySchema>;
export const openDataQuerySchema = z.object({
  from: yearQuery.optional(),
  to: yearQuery.optional(),
  lang: z.enum(['fr', 'en']).optional(),
});

export const funderSchema = z
  .object({
    id: uuid,
    name: z.string(),
    kind: funderKindSchema,
    mutuals: z.array(z.object({ id: uuid, name: z.string() })),
    accounts: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Funder' });
export type Funder = z.infer<typeof funderSchema>;
export const funderListSchema = pagedListSchema(funderSchema, 'FunderList');
export const funderListQuerySchema = z.object({ ...pageQueryFieldsUpTo(200) });
export const createFunderSchema = z
  .object({ name: z.string().trim().min(2).max(200), kind: funderKindSchema })
  .meta({ id: 'CreateFunder' });
export const updateFunderSchema = createFunderSchema.partial().meta({ id: 'UpdateFunder' });
export const setFundedMutualsSchema = z.object({ mutualIds: z.array(uuid).max(1000) }).meta({ id: 'SetFundedMutuals' });

export const researchConsentSchema = z
  .object({ consented: z.boolean(), decidedOn: z.string().nullable(), note: z.string() })
  .meta({
    id: 'ResearchConsent',
    description: 'Whether the mutual lets researchers see its aggregate indicators in the observatory',
  });
export type ResearchConsent = z.infer<typeof researchConsentSchema>;
export const setResearchConsentSchema = z
  .object({ consented: z.boolean(), note: z.string().trim().max(2000).optional() })
  .meta({ id: 'SetResearchConsent' });

const mutualParam = z.object({ mutualId: uuid });
const funderParam = z.object({ funderId: uuid });

export const observatoryEndpoints = {
  mutuals: endpoint({
    method: 'get',
    path: '/api/observatory/mutuals',
    tag: 'observatory',
    summary:
      'The mutuals the caller observes (all for the platform, funded ones for a funder, consenting ones for a researcher)',
    query: observedMutualListQuerySchema,
    response: observedMutualListSchema,
  }),
  observatory: endpoint({
    method: 'get',
    path: '/api/observatory',
    tag: 'observatory',
    summary: 'Indicators side by side and year by year, with comparisons by type and size (small cells suppressed)',
    query: observatoryQuerySchema,
    response: observatorySchema,
  }),
  scorecard: endpoint({
    method: 'get',
    path: '/api/observatory/mutuals/{mutualId}/scorecard',
    tag: 'observatory',
    summary: 'One observed mutual’s scorecard, as seen from outside (small cells suppressed)',
    params: mutualParam,
    query: z.object({ year: yearQuery.optional(), from: yearQuery.optional() }),
    response: scorecardSchema,
  }),
  openData: endpoint({
    method: 'get',
    path: '/api/observatory/open-data',
    tag: 'observatory',
    summary: 'Anonymised open data: a ZIP of the indicators (CSV), their data dictionary (CSV) and the licence',
    query: openDataQuerySchema,
    response: fileAnswer('application/zip'),
  }),
  consent: endpoint({
    method: 'get',
    path: '/api/observatory/consent',
    tag: 'observatory',
    summary: 'Whether the mutual lets researchers see it',
    response: researchConsentSchema,
  }),
  setConsent: endpoint({
    method: 'put',
    path: '/api/observatory/consent',
    tag: 'observatory',
    summary: 'Record the board’s decision to let researchers see the mutual (or to withdraw it)',
    body: setResearchConsentSchema,
    response: researchConsentSchema,
  }),
  funders: endpoint({
    method: 'get',
    path: '/api/funders',
    tag: 'observatory',
    summary: 'Funders and the mutuals they fund',
    query: funderListQuerySchema,
    response: funderListSchema,
  }),
  createFunder: endpoint({
    method: 'post',
    path: '/api/funders',
    tag: 'observatory',
    summary: 'Add a funder',
    body: createFunderSchema,
    response: funderSchema,
    status: 201,
  }),
  updateFunder: endpoint({
    method: 'patch',
    path: '/api/funders/{funderId}',
    tag: 'observatory',
    summary: 'Rename a funder',
    params: funderParam,
    body: updateFunderSchema,
    response: funderSchema,
  }),
  setFundedMutuals: endpoint({
    method: 'put',
    path: '/api/funders/{funderId}/mutuals',
    tag: 'observatory',
    summary: 'The mutuals the funder funds (its accounts see them in the observatory)',
    params: funderParam,
    body: setFundedMutualsSchema,
    response: funderSchema,
  }),
};
