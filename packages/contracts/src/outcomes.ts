import { CONSENT_CHANNELS, RESEARCH_CONSENT_STATEMENT } from '@mutualis/domain/outcomes/consent';
import { OUTCOME_SOURCES, PRODUCTIVITY_MEASURE_CODES } from '@mutualis/domain/outcomes/firm-year';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer, fileUpload, noContent } from './endpoint.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Outcome data (issue #12.1): firms' yearly outcomes (the yearly form by personal link or in the
// app, an import), each firm's consent to research use, job class changes of employees.

const uuid = z.string().uuid();
const locale = z.enum(['fr', 'en']);

export const productivityMeasureSchema = z.enum(PRODUCTIVITY_MEASURE_CODES).meta({ id: 'ProductivityMeasure' });
export const outcomeSourceSchema = z.enum(OUTCOME_SOURCES).meta({ id: 'OutcomeSource' });
export const firmKindSchema = z
  .enum(['member', 'prospect'])
  .meta({ id: 'FirmKind', description: 'A member firm, or a prospect that reports the same form (a comparison firm)' });

const count = z.number().int().min(0).max(100_000);

/** The yearly form's fields (money in cents). */
export const firmYearFieldsSchema = z
  .object({
    headcount: count.meta({ description: 'Employees on staff at the end of the year' }),
    separations: count.meta({ description: 'Employees who left during the year (quits, layoffs, retirements)' }),
    payrollCents: z.number().int().min(0).max(1e13),
    hoursWorked: z.number().int().min(0).max(1e9),
    productivityMeasure: productivityMeasureSchema,
    productivityValue: z.number().min(0).max(999_999_999),
    absenteeismDays: z.number().min(0).max(1e8),
    workAccidents: count.meta({ description: 'Work accidents with lost time' }),
  })
  .meta({ id: 'FirmYearFields' });
export type FirmYearFields = z.infer<typeof firmYearFieldsSchema>;

export const firmYearIndicatorsSchema = z
  .object({
    turnoverRate: z.number().nullable(),
    absenteeismRate: z.number().nullable(),
    accidentsPer100Fte: z.number().nullable(),
    payrollPerHourCents: z.number().nullable(),
  })
  .meta({ id: 'FirmYearIndicators' });

export const firmYearSchema = firmYearFieldsSchema
  .extend({
    id: uuid,
    firmKind: firmKindSchema,
    firmId: uuid,
    firmName: z.string(),
    year: z.number().int(),
    indicators: firmYearIndicatorsSchema,
    source: outcomeSourceSchema,
    submittedByName: z.string().nullable(),
    submittedAt: z.string(),
  })
  .meta({ id: 'FirmYear' });
export type FirmYear = z.infer<typeof firmYearSchema>;

export const consentDecisionSchema = z
  .object({
    id: uuid,
    granted: z.boolean(),
    statementVersion: z.string(),
    givenByName: z.string(),
    givenByTitle: z.string().nullable(),
    via: z.enum(CONSENT_CHANNELS),
    recordedByName: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'ConsentDecision' });

export const consentStateSchema = z
  .object({
    granted: z
      .boolean()
      .meta({ description: 'Whether the decision in force grants research use (no decision: false)' }),
    inForce: consentDecisionSchema.nullable(),
    history: z.array(consentDecisionSchema),
    statement: z.object({ version: z.string(), fr: z.string(), en: z.string() }),
  })
  .meta({ id: 'ConsentState' });
export type ConsentState = z.infer<typeof consentStateSchema>;

export const recordConsentRequestSchema = z
  .object({
    granted: z.boolean(),
    givenByName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Who decided for the firm; a member contact decides in their own name' }),
    givenByTitle: z.string().trim().max(200).optional(),
    via: z.enum(['app', 'paper']).optional().meta({ description: 'paper: a signed form the coordinator records' }),
  })
  .meta({ id: 'RecordConsentRequest' });

export const memberYearParamsSchema = z.object({ memberId: uuid, year: z.coerce.number().int().min(1990).max(2100) });
export const prospectYearParamsSchema = z.object({
  prospectId: uuid,
  year: z.coerce.number().int().min(1990).max(2100),
});

export const firmYearViewSchema = z
  .object({
    firmKind: firmKindSchema,
    firmId: uuid,
    firmName: z.string(),
    year: z.number().int(),
    keptMeasure: productivityMeasureSchema
      .nullable()
      .meta({ description: 'The measure of the firm’s latest earlier year: the form keeps it' }),
    outcome: firmYearSchema.nullable(),
    previous: firmYearSchema.nullable().meta({ description: 'The year before, when reported' }),
    consent: consentStateSchema,
  })
  .meta({ id: 'FirmYearView' });
export type FirmYearView = z.infer<typeof firmYearViewSchema>;

export const outcomeFirmSchema = z
  .object({
    firmKind: firmKindSchema,
    firmId: uuid,
    firmName: z.string(),
    status: z.string().meta({ description: 'Member status, or prospect stage' }),
    consentGranted: z.boolean(),
    outcome: firmYearSchema.nullable(),
    request: z.object({ sentAt: z.string(), answeredAt: z.string().nullable(), toAddress: z.string() }).nullable(),
  })
  .meta({ id: 'OutcomeFirm' });
export type OutcomeFirm = z.infer<typeof outcomeFirmSchema>;
export const outcomeFirmListSchema = pagedListSchema(outcomeFirmSchema, 'OutcomeFirmList');
export const outcomeFirmQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
  reported: z.enum(['yes', 'no']).optional(),
  ...pageQueryFieldsUpTo(500),
});

export const sendOutcomeFormsRequestSchema = z
  .object({
    year: z.number().int().min(1990).max(2100),
    memberIds: z
      .array(uuid)
      .max(5000)
      .optional()
      .meta({ description: 'Members to ask; default: every active member that has not reported the year' }),
    includeProspects: z.boolean().optional().meta({ description: 'Also prospects that agreed to report the form' }),
  })
  .meta({ id: 'SendOutcomeFormsRequest' });
export const sendOutcomeFormsResultSchema = z
  .object({
    sent: z.number().int(),
    withoutAddress: z.array(z.string()).meta({ description: 'Firms with no contact e-mail' }),
  })
  .meta({ id: 'SendOutcomeFormsResult' });

export const outcomeFormViewSchema = z
  .object({
    firmName: z.string(),
    year: z.number().int(),
    locale,
    answered: z.boolean(),
    closed: z.boolean(),
    keptMeasure: productivityMeasureSchema.nullable(),
    consentGranted: z.boolean(),
    statement: z.object({ version: z.string(), fr: z.string(), en: z.string() }),
  })
  .meta({ id: 'OutcomeFormView' });
export const outcomeFormAnswerSchema = z
  .object({
    outcome: firmYearFieldsSchema,
    submittedByName: z.string().trim().min(1).max(200),
    consent: z.object({ granted: z.boolean(), givenByTitle: z.string().trim().max(200).optional() }).optional(),
  })
  .meta({ id: 'OutcomeFormAnswer' });
export const outcomeFormTokenParamsSchema = z.object({ formToken: z.string().max(100) });

export const outcomeImportResultSchema = z
  .object({ imported: z.number().int(), replaced: z.number().int() })
  .meta({ id: 'OutcomeImportResult' });

export const jobChangeSchema = z
  .object({
    id: uuid,
    employeeId: uuid,
    effectiveOn: z.string(),
    jobTitle: z.string(),
    nocCode: z.string(),
    teer: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'JobChange' });
export const jobChangeListSchema = pagedListSchema(jobChangeSchema, 'JobChangeList');
export const createJobChangeRequestSchema = z
  .object({
    effectiveOn: isoDateSchema,
    jobTitle: z.string().trim().min(1).max(200),
    nocCode: z.string().regex(/^[0-9]{5}$/),
  })
  .meta({ id: 'CreateJobChangeRequest' });
export type JobChange = z.infer<typeof jobChangeSchema>;
export type CreateJobChangeRequest = z.infer<typeof createJobChangeRequestSchema>;
export const employeeIdParamsSchema = z.object({ employeeId: uuid });

export const consentStatement = {
  version: RESEARCH_CONSENT_STATEMENT.version,
  fr: RESEARCH_CONSENT_STATEMENT.fr,
  en: RESEARCH_CONSENT_STATEMENT.en,
};

/** Outcome data: firms' yearly outcomes, the yearly form, imports, consent, job class changes. */
export const outcomeEndpoints = {
  firms: endpoint({
    method: 'get',
    path: '/api/outcomes/firms',
    tag: 'outcomes',
    summary: 'Firms (members and reporting prospects) with their outcomes of a year, consent and form link',
    query: outcomeFirmQuerySchema,
    response: outcomeFirmListSchema,
  }),
  memberYear: endpoint({
    method: 'get',
    path: '/api/outcomes/members/{memberId}/years/{year}',
    tag: 'outcomes',
    summary: 'A member’s outcomes of a year, the measure it keeps, and its consent',
    params: memberYearParamsSchema,
    response: firmYearViewSchema,
  }),
  saveMemberYear: endpoint({
    method: 'put',
    path: '/api/outcomes/members/{memberId}/years/{year}',
    tag: 'outcomes',
    summary: 'Fill in (or correct) a member’s yearly outcome form in the app',
    params: memberYearParamsSchema,
    body: firmYearFieldsSchema,
    response: firmYearSchema,
  }),
  prospectYear: endpoint({
    method: 'get',
    path: '/api/outcomes/prospects/{prospectId}/years/{year}',
    tag: 'outcomes',
    summary: 'A reporting prospect’s outcomes of a year and its consent',
    params: prospectYearParamsSchema,
    response: firmYearViewSchema,
  }),
  saveProspectYear: endpoint({
    method: 'put',
    path: '/api/outcomes/prospects/{prospectId}/years/{year}',
    tag: 'outcomes',
    summary: 'Record a reporting prospect’s yearly outcome form',
    params: prospectYearParamsSchema,
    body: firmYearFieldsSchema,
    response: firmYearSchema,
  }),
  import: endpoint({
    method: 'post',
    path: '/api/outcomes/import',
    tag: 'outcomes',
    summary: 'Import members’ yearly outcomes from XLSX or CSV, all or nothing',
    description:
      'Columns: member_neq, year, headcount, separations, payroll (dollars), hours_worked, productivity_measure (' +
      PRODUCTIVITY_MEASURE_CODES.join(', ') +
      '), productivity_value, absenteeism_days, work_accidents (French names accepted). A year already reported is replaced. ' +
      'One wrong row and nothing is imported: the answer (422 import_failed) lists every row and column.',
    body: fileUpload,
    response: outcomeImportResultSchema,
    status: 201,
  }),
  template: endpoint({
    method: 'get',
    path: '/api/outcomes/import-template',
    tag: 'outcomes',
    summary: 'The import template (XLSX, or CSV with ?format=csv)',
    query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
    response: fileAnswer('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'),
  }),
  sendForms: endpoint({
    method: 'post',
    path: '/api/outcomes/requests',
    tag: 'outcomes',
    summary:
      'E-mail the yearly outcome form (a personal link, open 60 days) to member contacts and reporting prospects',
    body: sendOutcomeFormsRequestSchema,
    response: sendOutcomeFormsResultSchema,
    status: 201,
  }),
  viewForm: endpoint({
    method: 'get',
    path: '/api/outcome-forms/{formToken}',
    tag: 'outcomes',
    summary: 'Public with a personal token: the yearly outcome form of a firm',
    params: outcomeFormTokenParamsSchema,
    response: outcomeFormViewSchema,
  }),
  answerForm: endpoint({
    method: 'post',
    path: '/api/outcome-forms/{formToken}',
    tag: 'outcomes',
    summary: 'Public with a personal token: send the yearly outcome form once (and the consent decision)',
    params: outcomeFormTokenParamsSchema,
    body: outcomeFormAnswerSchema,
    response: noContent,
    status: 204,
  }),
  memberConsent: endpoint({
    method: 'get',
    path: '/api/outcomes/members/{memberId}/consent',
    tag: 'outcomes',
    summary: 'A member’s consent to research use: the decision in force and every decision',
    params: z.object({ memberId: uuid }),
    response: consentStateSchema,
  }),
  recordMemberConsent: endpoint({
    method: 'post',
    path: '/api/outcomes/members/{memberId}/consent',
    tag: 'outcomes',
    summary:
      'Record a member’s decision on research use (a member contact in its own name; a coordinator from a signed form)',
    params: z.object({ memberId: uuid }),
    body: recordConsentRequestSchema,
    response: consentStateSchema,
    status: 201,
  }),
  recordProspectConsent: endpoint({
    method: 'post',
    path: '/api/outcomes/prospects/{prospectId}/consent',
    tag: 'outcomes',
    summary: 'Record a reporting prospect’s decision on research use',
    params: z.object({ prospectId: uuid }),
    body: recordConsentRequestSchema,
    response: consentStateSchema,
    status: 201,
  }),
  jobChanges: endpoint({
    method: 'get',
    path: '/api/outcomes/employees/{employeeId}/job-changes',
    tag: 'outcomes',
    summary: 'An employee’s job class changes, newest first',
    params: employeeIdParamsSchema,
    query: z.object(pageQueryFieldsUpTo(500)),
    response: jobChangeListSchema,
  }),
  addJobChange: endpoint({
    method: 'post',
    path: '/api/outcomes/employees/{employeeId}/job-changes',
    tag: 'outcomes',
    summary: 'Record a job class change of an employee (from that date)',
    params: employeeIdParamsSchema,
    body: createJobChangeRequestSchema,
    response: jobChangeSchema,
    status: 201,
  }),
};
