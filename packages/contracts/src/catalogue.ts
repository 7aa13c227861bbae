import {
  COURSE_REVISION_STATUSES,
  COURSE_STATUSES,
  PROVIDER_KINDS,
  TRAINING_LANGUAGES,
  TRAINING_MODES,
} from '@mutualis/domain/catalogue/catalogue-vocabulary';
import { MAX_VALIDITY_MONTHS } from '@mutualis/domain/learning/validity';
import { z } from 'zod';
import { endpoint } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Providers and courses (the "offers" of the pooling contract). Money is integer cents;
// periods are months written 'YYYY-MM'; regions are Quebec administrative region codes '01'–'17'.

const uuid = z.string().uuid();

export const trainingLanguageSchema = z.enum(TRAINING_LANGUAGES).meta({ id: 'TrainingLanguage' });
export const trainingModeSchema = z.enum(TRAINING_MODES).meta({ id: 'TrainingMode' });
export const monthPeriodSchema = z
  .string()
  .regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, checkCode('month'))
  .meta({ id: 'MonthPeriod', example: '2027-02' });
export const quebecRegionCodeSchema = z
  .string()
  .regex(/^(0[1-9]|1[0-7])$/, checkCode('region_code'))
  .meta({ id: 'QuebecRegionCode', example: '14' });
export const nocTagSchema = z.string().regex(/^[0-9]{1,5}$/, checkCode('noc_tag'));
export const centsSchema = z.number().int().min(0).max(100_000_000_00);

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((a) => new Set(a as unknown[]).size === a.length, checkCode('no_repeats'));

// ---------- providers ----------
export const providerKindSchema = z.enum(PROVIDER_KINDS).meta({ id: 'ProviderKind' });

export const providerContactSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: z.string().trim().max(200).nullable().optional(),
    email: z.string().trim().email().max(254).nullable().optional(),
    phone: z.string().trim().max(40).nullable().optional(),
  })
  .meta({ id: 'ProviderContact' });

export const providerSchema = z
  .object({
    id: uuid,
    name: z.string(),
    kind: providerKindSchema,
    accreditationNumber: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    address: z.string().nullable(),
    regions: z.array(z.string()),
    contacts: z.array(providerContactSchema),
    notes: z.string(),
    active: z.boolean(),
    courseCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Provider' });
export type Provider = z.infer<typeof providerSchema>;

export const providerListSchema = pagedListSchema(providerSchema, 'ProviderList');
export const providerListQuerySchema = z.object({
  includeInactive: z.enum(['true', 'false']).optional(),
  region: quebecRegionCodeSchema.optional(),
  // Up to 500 a page: the web app's pickers read every provider in one page.
  ...pageQueryFieldsUpTo(500),
});
export type ProviderListQuery = z.infer<typeof providerListQuerySchema>;

export const createProviderRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: providerKindSchema,
    accreditationNumber: z.string().trim().max(100).nullable().optional(),
    email: z.string().trim().email().max(254).nullable().optional(),
    phone: z.string().trim().max(40).nullable().optional(),
    website: z.string().trim().url().max(500).nullable().optional(),
    address: z.string().trim().max(500).nullable().optional(),
    regions: uniqueList(quebecRegionCodeSchema, 17).optional(),
    contacts: z.array(providerContactSchema).max(20).optional(),
    notes: z.string().max(5000).optional(),
  })
  .meta({ id: 'CreateProviderRequest' });
export type CreateProviderRequest = z.infer<typeof createProviderRequestSchema>;

export const updateProviderRequestSchema = createProviderRequestSchema
  .partial()
  .extend({ active: z.boolean().optional() })
  .meta({ id: 'UpdateProviderRequest' });
export type UpdateProviderRequest = z.infer<typeof updateProviderRequestSchema>;

export const providerIdParamSchema = z.object({ providerId: uuid });

// ---------- courses ----------
export const courseStatusSchema = z.enum(COURSE_STATUSES).meta({ id: 'CourseStatus' });

const courseFieldsShape = {
  topicId: uuid,
  titleFr: z.string().trim().min(1).max(300),
  titleEn: z.string().trim().min(1).max(300),
  descriptionFr: z.string().max(10_000),
  descriptionEn: z.string().max(10_000),
  objectives: z.string().max(10_000),
  content: z.string().max(20_000),
  durationHours: z.number().positive().max(2000),
  language: trainingLanguageSchema,
  mode: trainingModeSchema,
  regions: uniqueList(quebecRegionCodeSchema, 17).meta({
    description: 'Regions an in-person course can run in (ignored for virtual)',
  }),
  periods: uniqueList(monthPeriodSchema, 60).meta({ description: 'Months the course can run' }),
  fixedCostCents: centsSchema.meta({ description: 'Fixed cost of one session, cents' }),
  seatCostCents: centsSchema.meta({ description: 'Cost per seat, cents' }),
  minSeats: z.number().int().min(1).max(1000),
  maxSeats: z.number().int().min(1).max(1000),
  maxSessionsPerPeriod: z.number().int().min(1).max(100),
  validityMonths: z.number().int().min(1).max(MAX_VALIDITY_MONTHS).nullable().meta({
    description: 'How long its attestations stay valid, in months (first aid 36, WHMIS 12); null: they never expire',
  }),
};

export const courseFieldsSchema = z.object(courseFieldsShape).meta({ id: 'CourseFields' });
export type CourseFields = z.infer<typeof courseFieldsSchema>;

export const createCourseRequestSchema = z
  .object({
    ...courseFieldsShape,
    providerId: uuid
      .optional()
      .meta({ description: 'Required for a coordinator; a trainer creates for its own provider' }),
    descriptionFr: courseFieldsShape.descriptionFr.default(''),
    descriptionEn: courseFieldsShape.descriptionEn.default(''),
    objectives: courseFieldsShape.objectives.default(''),
    content: courseFieldsShape.content.default(''),
    regions: courseFieldsShape.regions.default([]),
    periods: courseFieldsShape.periods.default([]),
    maxSessionsPerPeriod: courseFieldsShape.maxSessionsPerPeriod.default(1),
    validityMonths: courseFieldsShape.validityMonths.default(null),
  })
  .meta({ id: 'CreateCourseRequest' });
export type CreateCourseRequest = z.infer<typeof createCourseRequestSchema>;

export const updateCourseRequestSchema = z.object(courseFieldsShape).partial().meta({ id: 'UpdateCourseRequest' });
export type UpdateCourseRequest = z.infer<typeof updateCourseRequestSchema>;

export const courseRevisionSchema = z
  .object({
    id: uuid,
    courseId: uuid,
    status: z.enum(COURSE_REVISION_STATUSES),
    proposed: courseFieldsSchema.partial(),
    changedFields: z.array(z.string()),
    submittedBy: z.string().nullable(),
    submittedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'CourseRevision' });
export type CourseRevision = z.infer<typeof courseRevisionSchema>;

export const courseSchema = z
  .object({
    id: uuid,
    providerId: uuid,
    providerName: z.string(),
    topicCode: z.string(),
    topicNameFr: z.string(),
    topicNameEn: z.string(),
    status: courseStatusSchema,
    ...courseFieldsShape,
    approvedAt: z.string().nullable(),
    pendingRevision: courseRevisionSchema.nullable().meta({ description: 'Changes waiting for a coordinator' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Course' });
export type Course = z.infer<typeof courseSchema>;

export const courseListSchema = pagedListSchema(courseSchema, 'CourseList');
export const courseListQuerySchema = z.object({
  status: courseStatusSchema.optional(),
  topicId: uuid.optional(),
  providerId: uuid.optional(),
  pendingReview: z.enum(['true', 'false']).optional().meta({ description: 'Only courses with changes to approve' }),
  // Up to 500 a page: the catalogue and the session and evaluation pickers read it in one page.
  ...pageQueryFieldsUpTo(500),
});
export type CourseListQuery = z.infer<typeof courseListQuerySchema>;
export const courseRevisionListSchema = pagedListSchema(courseRevisionSchema, 'CourseRevisionList');
export const courseRevisionListQuerySchema = z.object({ ...pageQueryFieldsUpTo(500) });
export const courseIdParamSchema = z.object({ courseId: uuid });
export const reviewCourseRevisionRequestSchema = z
  .object({ revisionId: uuid, note: z.string().trim().max(2000).optional() })
  .meta({ id: 'ReviewCourseRevisionRequest' });

/** The providers endpoints: coordinators manage them; a trainer sees its own provider. */
export const providerEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/providers',
    tag: 'catalogue',
    summary: "The mutual's providers (a trainer: its own)",
    query: providerListQuerySchema,
    response: providerListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/providers',
    tag: 'catalogue',
    summary: 'Add a provider',
    body: createProviderRequestSchema,
    response: providerSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/providers/{providerId}',
    tag: 'catalogue',
    summary: 'One provider',
    params: providerIdParamSchema,
    response: providerSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/providers/{providerId}',
    tag: 'catalogue',
    summary: 'Change a provider (details, regions served, contacts, active)',
    params: providerIdParamSchema,
    body: updateProviderRequestSchema,
    response: providerSchema,
  }),
};

/**
 * The course catalogue endpoints (pooling's offers). Coordinators change courses directly; a
 * trainer's creations and changes wait as revisions until a coordinator approves them. Member
 * contacts see approved courses.
 */
export const courseEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/courses',
    tag: 'catalogue',
    summary: 'Courses: all (coordinator), its provider’s (trainer), approved ones (member contact)',
    query: courseListQuerySchema,
    response: courseListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/courses',
    tag: 'catalogue',
    summary: 'Add a course: approved at once for a coordinator, proposed (pending approval) for a trainer',
    body: createCourseRequestSchema,
    response: courseSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/courses/{courseId}',
    tag: 'catalogue',
    summary: 'One course, with the pending revision if any',
    params: courseIdParamSchema,
    response: courseSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/courses/{courseId}',
    tag: 'catalogue',
    summary: 'Change a course: applied at once for a coordinator, a pending revision for a trainer',
    params: courseIdParamSchema,
    body: updateCourseRequestSchema,
    response: courseSchema,
  }),
  revisions: endpoint({
    method: 'get',
    path: '/api/courses/{courseId}/revisions',
    tag: 'catalogue',
    summary: 'Every revision of a course, newest first, with the fields each changes',
    params: courseIdParamSchema,
    query: courseRevisionListQuerySchema,
    response: courseRevisionListSchema,
  }),
  approve: endpoint({
    method: 'post',
    path: '/api/courses/{courseId}/approve',
    tag: 'catalogue',
    summary: 'Approve a pending revision: it becomes the version pooling uses',
    params: courseIdParamSchema,
    body: reviewCourseRevisionRequestSchema,
    response: courseSchema,
  }),
  reject: endpoint({
    method: 'post',
    path: '/api/courses/{courseId}/reject',
    tag: 'catalogue',
    summary: 'Reject a pending revision',
    params: courseIdParamSchema,
    body: reviewCourseRevisionRequestSchema,
    response: courseSchema,
  }),
  retire: endpoint({
    method: 'post',
    path: '/api/courses/{courseId}/retire',
    tag: 'catalogue',
    summary: 'Retire a course (pooling stops using it)',
    params: courseIdParamSchema,
    response: courseSchema,
  }),
  reinstate: endpoint({
    method: 'post',
    path: '/api/courses/{courseId}/reinstate',
    tag: 'catalogue',
    summary: 'Reinstate a retired course as approved',
    params: courseIdParamSchema,
    response: courseSchema,
  }),
};
