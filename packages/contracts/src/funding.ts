import { COST_CATEGORIES } from '@mutualis/domain/finance/funding';
import { CLAIM_STATUSES, FUNDER_KINDS } from '@mutualis/domain/finance/vocabulary';
import { z } from 'zod';
import { quebecRegionCodeSchema } from './catalogue.ts';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer } from './endpoint.ts';
import { amountCentsSchema, ppmSchema } from './finance.ts';
import { sizeClassSchema } from './members.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Funders, their programmes (coverage, caps, eligible cost categories and eligibility rules, as
// data), claims with their evidence, funders' payments reconciled against claims, budget use.

const uuid = z.string().uuid();
const label = (max: number) => z.string().trim().min(1).max(max);
const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((a) => new Set(a as unknown[]).size === a.length, checkCode('no_repeats'));

export const mutualFunderKindSchema = z.enum(FUNDER_KINDS).meta({ id: 'MutualFunderKind' });
export const costCategorySchema = z.enum(COST_CATEGORIES).meta({ id: 'CostCategory' });
export const claimStatusSchema = z
  .enum(CLAIM_STATUSES)
  .meta({ id: 'ClaimStatus', description: 'draft → submitted → paid or partly_refused' });

export const mutualFunderSchema = z
  .object({
    id: uuid,
    name: z.string(),
    kind: mutualFunderKindSchema,
    contactName: z.string(),
    contactEmail: z.string(),
    accountCode: z.string().nullable(),
    platformFunderId: uuid.nullable().meta({
      description:
        'The platform’s funder organisation this funder is: its accounts then observe the mutual and read its claims',
    }),
    platformFunderName: z.string().nullable(),
  })
  .meta({ id: 'MutualFunder' });
export type MutualFunder = z.infer<typeof mutualFunderSchema>;
export const mutualFunderListSchema = pagedListSchema(mutualFunderSchema, 'MutualFunderList');
export const createMutualFunderSchema = z
  .object({
    name: label(200),
    kind: mutualFunderKindSchema,
    contactName: z.string().trim().max(200).optional(),
    contactEmail: z.union([z.literal(''), z.string().trim().email().max(254)]).optional(),
    platformFunderId: uuid.nullable().optional(),
  })
  .meta({ id: 'CreateMutualFunderRequest' });
export const updateMutualFunderSchema = z
  .object({
    name: label(200).optional(),
    kind: mutualFunderKindSchema.optional(),
    contactName: z.string().trim().max(200).optional(),
    contactEmail: z.union([z.literal(''), z.string().trim().email().max(254)]).optional(),
    platformFunderId: uuid.nullable().optional(),
  })
  .meta({ id: 'UpdateMutualFunderRequest' });

/** A funder organisation of the platform, as a mutual may pick it: its id and name only. */
export const platformFunderOptionSchema = z.object({ id: uuid, name: z.string() }).meta({ id: 'PlatformFunderOption' });
export const platformFunderOptionsSchema = z
  .object({ items: z.array(platformFunderOptionSchema) })
  .meta({ id: 'PlatformFunderOptions' });

/** A claim as the funder organisation it was sent to reads it: no session, participant or invoice. */
export const receivedClaimSchema = z
  .object({
    id: uuid,
    number: z.string(),
    mutualId: uuid,
    mutualName: z.string(),
    programmeName: z.string(),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    status: claimStatusSchema,
    submittedOn: isoDateSchema.nullable(),
    claimedCents: z.number().int(),
    receivedCents: z.number().int(),
    refusedCents: z.number().int(),
    outstandingCents: z.number().int(),
  })
  .meta({ id: 'ReceivedClaim' });
export type ReceivedClaim = z.infer<typeof receivedClaimSchema>;
export const receivedClaimListSchema = pagedListSchema(receivedClaimSchema, 'ReceivedClaimList');

const capsSchema = z.object({
  perParticipantHourCents: amountCentsSchema.nullable(),
  perActivityCents: amountCentsSchema.nullable(),
  perMemberPerYearCents: amountCentsSchema.nullable(),
  perYearCents: amountCentsSchema.nullable(),
});
const eligibilitySchema = z.object({
  sizeClasses: unique(sizeClassSchema, 4),
  teerLevels: unique(z.number().int().min(0).max(5), 6),
  regions: unique(quebecRegionCodeSchema, 17),
});

export const programmeSchema = z
  .object({
    id: uuid,
    funderId: uuid,
    funderName: z.string(),
    name: z.string(),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    coveragePpm: ppmSchema,
    eligibleCategories: z.array(costCategorySchema),
    caps: capsSchema,
    eligibility: eligibilitySchema,
    budgetCents: z.number().int().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'FundingProgramme' });
export type FundingProgramme = z.infer<typeof programmeSchema>;
export const programmeListSchema = pagedListSchema(programmeSchema, 'FundingProgrammeList');

const programmeFields = {
  funderId: uuid,
  name: label(200),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  coveragePpm: ppmSchema,
  eligibleCategories: unique(costCategorySchema, COST_CATEGORIES.length).refine(
    (a) => a.length > 0,
    'name at least one category',
  ),
  caps: capsSchema.partial().optional(),
  eligibility: eligibilitySchema.partial().optional(),
  budgetCents: amountCentsSchema.nullable().optional(),
  active: z.boolean().optional(),
};
export const createProgrammeSchema = z
  .object(programmeFields)
  .refine((p) => p.startsOn <= p.endsOn, { message: checkCode('ends_before_starts'), path: ['endsOn'] })
  .meta({ id: 'CreateProgrammeRequest' });
export type CreateProgrammeRequest = z.infer<typeof createProgrammeSchema>;
export const updateProgrammeSchema = z
  .object({
    name: programmeFields.name.optional(),
    startsOn: isoDateSchema.optional(),
    endsOn: isoDateSchema.optional(),
    coveragePpm: ppmSchema.optional(),
    eligibleCategories: programmeFields.eligibleCategories.optional(),
    caps: programmeFields.caps,
    eligibility: programmeFields.eligibility,
    budgetCents: programmeFields.budgetCents,
    active: z.boolean().optional(),
  })
  .meta({ id: 'UpdateProgrammeRequest' });
export type UpdateProgrammeRequest = z.infer<typeof updateProgrammeSchema>;

export const budgetSchema = z
  .object({
    programmeId: uuid,
    programmeName: z.string(),
    funderName: z.string(),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    budgetCents: z.number().int().nullable(),
    usedCents: z.number().int().meta({ description: 'Subsidies granted on invoices, net of credit notes' }),
    claimedCents: z.number().int(),
    receivedCents: z.number().int(),
    refusedCents: z.number().int(),
    remainingCents: z.number().int().nullable(),
    forecastCents: z.number().int().meta({ description: 'Used at the end of the term at the pace so far' }),
    forecastOverCents: z.number().int().nullable(),
    elapsedDays: z.number().int(),
    termDays: z.number().int(),
    byYear: z.array(z.object({ year: z.number().int(), usedCents: z.number().int() })),
  })
  .meta({ id: 'ProgrammeBudget' });
export type ProgrammeBudget = z.infer<typeof budgetSchema>;
export const budgetListSchema = z
  .object({ asOf: isoDateSchema, items: z.array(budgetSchema) })
  .meta({ id: 'BudgetUse' });

export const claimSummarySchema = z
  .object({
    id: uuid,
    number: z.string(),
    funderId: uuid,
    funderName: z.string(),
    programmeId: uuid,
    programmeName: z.string(),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    status: claimStatusSchema,
    claimedCents: z.number().int(),
    receivedCents: z.number().int(),
    refusedCents: z.number().int(),
    outstandingCents: z.number().int(),
    submittedOn: isoDateSchema.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ClaimSummary' });
export const claimListSchema = pagedListSchema(claimSummarySchema, 'ClaimList');

export const claimSchema = claimSummarySchema
  .extend({
    sessions: z.array(
      z.object({
        sessionId: uuid,
        titleFr: z.string(),
        titleEn: z.string(),
        firstDay: isoDateSchema.nullable(),
        lastDay: isoDateSchema.nullable(),
        participants: z.number().int(),
        participantHours: z.number(),
        members: z.number().int(),
        claimedCents: z.number().int(),
        receivedCents: z.number().int(),
        differenceCents: z.number().int(),
      }),
    ),
    payments: z.array(
      z.object({
        id: uuid,
        receivedOn: isoDateSchema,
        amountCents: z.number().int(),
        refusedCents: z.number().int(),
        reference: z.string(),
      }),
    ),
    evidence: z.object({
      invoices: z.number().int(),
      invoicesPaid: z.number().int(),
      attestations: z.number().int(),
      registers: z.number().int(),
      attendanceRecords: z.number().int(),
    }),
  })
  .meta({ id: 'Claim' });
export type Claim = z.infer<typeof claimSchema>;

export const createClaimSchema = z
  .object({ programmeId: uuid, periodFrom: isoDateSchema, periodTo: isoDateSchema })
  .refine((c) => c.periodFrom <= c.periodTo, { message: checkCode('ends_before_starts'), path: ['periodTo'] })
  .meta({ id: 'CreateClaimRequest' });
export const submitClaimSchema = z.object({ submittedOn: isoDateSchema.optional() }).meta({ id: 'SubmitClaimRequest' });
export const claimPaymentSchema = z
  .object({
    receivedOn: isoDateSchema,
    amountCents: amountCentsSchema,
    refusedCents: amountCentsSchema.default(0).meta({ description: 'What the funder states it will not pay' }),
    reference: z.string().trim().max(100).optional(),
  })
  .meta({ id: 'ClaimPaymentRequest' });

const idParam = <K extends string>(key: K) => z.object({ [key]: uuid } as { [P in K]: typeof uuid });
const tag = 'funding';

/** Funding: coordinators manage funders, programmes and claims; board viewers see the budget use. */
export const fundingEndpoints = {
  funders: endpoint({
    method: 'get',
    path: '/api/funding/funders',
    tag,
    summary: 'Funders',
    query: z.object(pageQueryFieldsUpTo(200)),
    response: mutualFunderListSchema,
  }),
  createFunder: endpoint({
    method: 'post',
    path: '/api/funding/funders',
    tag,
    summary: 'Add a funder (and its grant revenue account)',
    body: createMutualFunderSchema,
    response: mutualFunderSchema,
    status: 201,
  }),
  updateFunder: endpoint({
    method: 'patch',
    path: '/api/funding/funders/{mutualFunderId}',
    tag,
    summary: 'Change a funder',
    params: idParam('mutualFunderId'),
    body: updateMutualFunderSchema,
    response: mutualFunderSchema,
  }),
  platformFunders: endpoint({
    method: 'get',
    path: '/api/funding/platform-funders',
    tag,
    summary: 'The platform’s funder organisations a funder may be linked to (ids and names)',
    response: platformFunderOptionsSchema,
  }),
  receivedClaims: endpoint({
    method: 'get',
    path: '/api/funding/received-claims',
    tag,
    summary:
      'For a funder organisation’s account: the claims sent to it by the mutuals that linked one of their funders to it (amounts only)',
    query: z.object({ mutualId: uuid.optional(), ...pageQueryFieldsUpTo(200) }),
    response: receivedClaimListSchema,
  }),
  programmes: endpoint({
    method: 'get',
    path: '/api/funding/programmes',
    tag,
    summary: 'Funding programmes',
    query: z.object(pageQueryFieldsUpTo(200)),
    response: programmeListSchema,
  }),
  createProgramme: endpoint({
    method: 'post',
    path: '/api/funding/programmes',
    tag,
    summary: 'Add a programme',
    body: createProgrammeSchema,
    response: programmeSchema,
    status: 201,
  }),
  programme: endpoint({
    method: 'get',
    path: '/api/funding/programmes/{programmeId}',
    tag,
    summary: 'One programme',
    params: idParam('programmeId'),
    response: programmeSchema,
  }),
  updateProgramme: endpoint({
    method: 'patch',
    path: '/api/funding/programmes/{programmeId}',
    tag,
    summary: 'Change a programme (applies to invoices issued from then on)',
    params: idParam('programmeId'),
    body: updateProgrammeSchema,
    response: programmeSchema,
  }),
  budget: endpoint({
    method: 'get',
    path: '/api/funding/budget',
    tag,
    summary: 'Budget used against agreed, per programme, with a forecast to the end of the term',
    query: z.object({ asOf: isoDateSchema.optional() }),
    response: budgetListSchema,
  }),
  claims: endpoint({
    method: 'get',
    path: '/api/funding/claims',
    tag,
    summary: 'Claims',
    query: z.object({ status: claimStatusSchema.optional(), ...pageQueryFieldsUpTo(200) }),
    response: claimListSchema,
  }),
  createClaim: endpoint({
    method: 'post',
    path: '/api/funding/claims',
    tag,
    summary: 'Gather a period’s unclaimed subsidies of a programme into a draft claim',
    body: createClaimSchema,
    response: claimSchema,
    status: 201,
  }),
  claim: endpoint({
    method: 'get',
    path: '/api/funding/claims/{claimId}',
    tag,
    summary: 'One claim, its sessions, payments and evidence',
    params: idParam('claimId'),
    response: claimSchema,
  }),
  submitClaim: endpoint({
    method: 'post',
    path: '/api/funding/claims/{claimId}/submit',
    tag,
    summary: 'Mark a draft claim as sent to the funder',
    params: idParam('claimId'),
    body: submitClaimSchema,
    response: claimSchema,
  }),
  recordClaimPayment: endpoint({
    method: 'post',
    path: '/api/funding/claims/{claimId}/payments',
    tag,
    summary: 'Record what the funder paid (and refused) on a claim; the ledger and the reconciliation follow',
    params: idParam('claimId'),
    body: claimPaymentSchema,
    response: claimSchema,
    status: 201,
  }),
  claimPdf: endpoint({
    method: 'get',
    path: '/api/funding/claims/{claimId}/pdf',
    tag,
    summary: 'The claim and its evidence as one PDF',
    params: idParam('claimId'),
    response: fileAnswer('application/pdf'),
  }),
  claimZip: endpoint({
    method: 'get',
    path: '/api/funding/claims/{claimId}/zip',
    tag,
    summary:
      'The claim’s evidence as a ZIP: the claim PDF, the invoices, attendance registers, attestations and proofs of payment',
    params: idParam('claimId'),
    response: fileAnswer('application/zip'),
  }),
};
