import { MEMBER_STATUSES } from '@mutualis/domain/members/status';
import { SIZE_CLASS_CODES } from '@mutualis/domain/reference/size-class';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer, noContent } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFields, pageQueryFieldsUpTo } from './paging.ts';

// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;

export const memberStatusSchema = z.enum(MEMBER_STATUSES).meta({ id: 'MemberStatus' });
export const sizeClassSchema = z.enum(SIZE_CLASS_CODES).meta({ id: 'SizeClass' });

/** The file formats of a table export or template (CSV UTF-8 with a byte-order mark, or XLSX). */
export const TABLE_FILE_FORMATS = ['csv', 'xlsx'] as const;
/** The media types a table export answers with, in the order of TABLE_FILE_FORMATS. */
export const TABLE_FILE_MEDIA_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
/** The query fields of a table export: its format and the language of its headers. */
export const tableFileQueryFields = {
  format: z.enum(TABLE_FILE_FORMATS).default('csv'),
  lang: z.enum(['fr', 'en']).default('fr'),
};

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
    .regex(/^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/, checkCode('postal_code'))
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
    scianCode: z
      .string()
      .trim()
      .min(2)
      .max(6)
      .meta({ description: 'A SCIAN 2022 sector or subsector code of GET /api/reference' }),
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
    reason: z
      .string()
      .trim()
      .max(1000)
      .nullable()
      .optional()
      .meta({ description: 'Required for lapsed and withdrawn' }),
  })
  .meta({ id: 'ChangeMemberStatusRequest' });
export type ChangeMemberStatusRequest = z.infer<typeof changeMemberStatusRequestSchema>;

export const memberSortSchema = z.enum(['name', 'headcount', 'payroll', 'status', 'joinedOn']);

export const memberFilterQuerySchema = z.object({
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Part of the legal name or NEQ; case and accents ignored' }),
  status: memberStatusSchema.optional(),
  region: z
    .string()
    .regex(/^\d{2}$/, checkCode('region_code'))
    .optional(),
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
  ...tableFileQueryFields,
});
export type MemberExportQuery = z.infer<typeof memberExportQuerySchema>;

export const memberListSchema = pagedListSchema(memberSchema, 'MemberList');
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
export const updateMemberContactRequestSchema = memberContactRequestSchema
  .partial()
  .meta({ id: 'UpdateMemberContactRequest' });

export type UpdateMemberContactRequest = z.infer<typeof updateMemberContactRequestSchema>;

export const memberContactListSchema = pagedListSchema(memberContactSchema, 'MemberContactList');
export type MemberContactList = z.infer<typeof memberContactListSchema>;

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
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const memberHistorySchema = pagedListSchema(historyEntrySchema, 'MemberHistory');
export type MemberHistory = z.infer<typeof memberHistorySchema>;

const upTo500 = pageQueryFieldsUpTo(500);
/**
 * The paging of a short list of one record (a member's contacts or history, an employee's wages):
 * up to 500 a page, and 500 when not asked, so that one page holds the whole list as before paging.
 */
export const shortListQuerySchema = z.object({ page: upTo500.page, pageSize: upTo500.pageSize.default(500) });

export const memberIdParamSchema = z.object({ memberId: z.string().uuid() });
export const memberContactParamSchema = z.object({ memberId: z.string().uuid(), contactId: z.string().uuid() });

/** Member firms: the mutual's coordinators manage them; a member contact reads and keeps its own firm's details. */
export const memberEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/members',
    tag: 'members',
    summary: 'List, search, filter, sort and page the members of the mutual',
    query: memberListQuerySchema,
    response: memberListSchema,
  }),
  export: endpoint({
    method: 'get',
    path: '/api/members/export',
    tag: 'members',
    summary: 'Export the members that match the filters as CSV or XLSX (headers in French or English)',
    query: memberExportQuerySchema,
    response: fileAnswer(...TABLE_FILE_MEDIA_TYPES),
  }),
  create: endpoint({
    method: 'post',
    path: '/api/members',
    tag: 'members',
    summary: 'Add a member firm (as a prospect)',
    body: createMemberRequestSchema,
    response: memberSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/members/{memberId}',
    tag: 'members',
    summary: 'One member (a member contact: only its own firm)',
    params: memberIdParamSchema,
    response: memberSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/members/{memberId}',
    tag: 'members',
    summary:
      "Change a member's fields (a member contact: only address, city, postalCode, phone, website of its own firm)",
    params: memberIdParamSchema,
    body: updateMemberRequestSchema,
    response: memberSchema,
  }),
  changeStatus: endpoint({
    method: 'post',
    path: '/api/members/{memberId}/status',
    tag: 'members',
    summary:
      'Change the status: prospect → active → lapsed / withdrawn, lapsed → active, withdrawn → prospect (reason required for lapsed and withdrawn)',
    params: memberIdParamSchema,
    body: changeMemberStatusRequestSchema,
    response: memberSchema,
  }),
  history: endpoint({
    method: 'get',
    path: '/api/members/{memberId}/history',
    tag: 'members',
    summary: 'The history of changes to the member and its contacts (from the audit log), newest first',
    params: memberIdParamSchema,
    query: shortListQuerySchema,
    response: memberHistorySchema,
  }),
};

/** A member firm's contact people: its coordinators and the firm's own member contacts keep them. */
export const memberContactEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/members/{memberId}/contacts',
    tag: 'members',
    summary: "The member's contact people",
    params: memberIdParamSchema,
    query: shortListQuerySchema,
    response: memberContactListSchema,
  }),
  add: endpoint({
    method: 'post',
    path: '/api/members/{memberId}/contacts',
    tag: 'members',
    summary: 'Add a contact person to the member',
    params: memberIdParamSchema,
    body: memberContactRequestSchema,
    response: memberContactSchema,
    status: 201,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/members/{memberId}/contacts/{contactId}',
    tag: 'members',
    summary: 'Change a contact person',
    params: memberContactParamSchema,
    body: updateMemberContactRequestSchema,
    response: memberContactSchema,
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/members/{memberId}/contacts/{contactId}',
    tag: 'members',
    summary: 'Remove a contact person',
    params: memberContactParamSchema,
    response: noContent,
    status: 204,
  }),
};
