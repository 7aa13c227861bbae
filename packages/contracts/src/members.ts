import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { pageQueryFields } from './paging.ts';

// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;

export const memberStatusSchema = z.enum(['prospect', 'active', 'lapsed', 'withdrawn']).meta({ id: 'MemberStatus' });
export const sizeClassSchema = z.enum(['micro', 'small', 'medium', 'large']).meta({ id: 'SizeClass' });

export const memberSchema = z
  .object({
    id: z.string(),
    mutualId: z.string(),
    legalName: z.string(),
    neq: z.string(),
    scianCode: z.string(),
    regionCode: z.string(),
    headcount: z.number().int(),
    annualPayrollCents: z.number().int(),
    sizeClass: sizeClassSchema,
    status: memberStatusSchema,
    statusChangedOn: z.string(),
    statusReason: z.string().nullable(),
    joinedOn: z.string().nullable(),
    leftOn: z.string().nullable(),
    consentOutcomeData: z.boolean(),
    address: z.string().nullable(),
    city: z.string().nullable(),
    postalCode: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof memberSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** The fields a member contact may change on its own firm. */
export const memberContactDetailsSchema = z.object({
  address: optionalText(300),
  city: optionalText(100),
  postalCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/, 'must be a Canadian postal code like H2X 1Y4')
    .nullable()
    .optional(),
  phone: optionalText(40),
  website: optionalText(300),
});
export const MEMBER_CONTACT_DETAIL_FIELDS = ['address', 'city', 'postalCode', 'phone', 'website'] as const;

export const createMemberRequestSchema = z
  .object({
    legalName: z.string().trim().min(2).max(200),
    neq: z.string().trim().min(1).max(20).meta({ description: '10 digits; spaces and dashes are removed' }),
    scianCode: z.string().trim().min(2).max(6).meta({ description: 'A SCIAN 2022 sector or subsector code of GET /api/reference' }),
    regionCode: z.string().trim().meta({ description: 'Quebec administrative region 01–17' }),
    headcount: z.number().int().min(0).max(1_000_000),
    annualPayrollCents: z.number().int().min(0).max(1e15),
    consentOutcomeData: z.boolean().optional(),
    ...memberContactDetailsSchema.shape,
  })
  .meta({ id: 'CreateMemberRequest' });
export type CreateMemberRequest = z.infer<typeof createMemberRequestSchema>;

/** Any subset; a member contact may only send the contact-detail fields (address, city, postalCode, phone, website). */
export const updateMemberRequestSchema = createMemberRequestSchema.partial().meta({ id: 'UpdateMemberRequest' });
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;

export const changeMemberStatusRequestSchema = z
  .object({
    status: memberStatusSchema,
    on: isoDate.optional().meta({ description: 'Effective date; today when omitted' }),
    reason: z.string().trim().max(1000).nullable().optional().meta({ description: 'Required for lapsed and withdrawn' }),
  })
  .meta({ id: 'ChangeMemberStatusRequest' });
export type ChangeMemberStatusRequest = z.infer<typeof changeMemberStatusRequestSchema>;

export const memberSortSchema = z.enum(['name', 'headcount', 'payroll', 'status', 'joinedOn']);

export const memberFilterQuerySchema = z.object({
  search: z.string().trim().max(200).optional().meta({ description: 'Part of the legal name or NEQ; case and accents ignored' }),
  status: memberStatusSchema.optional(),
  region: z.string().regex(/^\d{2}$/, 'must be a region code 01–17').optional(),
  sizeClass: sizeClassSchema.optional(),
  sector: z.string().max(6).optional().meta({ description: "SCIAN sector ('31-33') or subsector ('332')" }),
});

export const memberListQuerySchema = memberFilterQuerySchema.extend({
  sort: memberSortSchema.default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQueryFields,
});
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;

export const memberExportQuerySchema = memberFilterQuerySchema.extend({
  sort: memberSortSchema.default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(['fr', 'en']).default('fr'),
});

export const memberListSchema = z
  .object({ items: z.array(memberSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .meta({ id: 'MemberList' });
export type MemberList = z.infer<typeof memberListSchema>;

export const memberContactSchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    roleTitle: z.string().nullable(),
    isPrimary: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'MemberContact' });
export type MemberContact = z.infer<typeof memberContactSchema>;

export const memberContactRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().email().max(254).nullable().optional(),
    phone: optionalText(40),
    roleTitle: optionalText(200),
    isPrimary: z.boolean().optional(),
  })
  .meta({ id: 'MemberContactRequest' });
export type MemberContactRequest = z.infer<typeof memberContactRequestSchema>;
export const updateMemberContactRequestSchema = memberContactRequestSchema.partial().meta({ id: 'UpdateMemberContactRequest' });

export const memberContactListSchema = z.object({ items: z.array(memberContactSchema) }).meta({ id: 'MemberContactList' });

export const historyEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    change: z.record(z.string(), z.unknown()).meta({ description: 'For updates: { field: { from, to } }' }),
  })
  .meta({ id: 'HistoryEntry' });
export const memberHistorySchema = z.object({ items: z.array(historyEntrySchema) }).meta({ id: 'MemberHistory' });

export const memberIdParamSchema = z.object({ memberId: z.string().uuid() });
export const memberContactParamSchema = z.object({ memberId: z.string().uuid(), contactId: z.string().uuid() });
