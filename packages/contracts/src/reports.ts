import { ANNUAL_REPORT_STATUSES } from '@mutualis/domain/finance/vocabulary';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer } from './endpoint.ts';
import { amountCentsSchema } from './finance.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// What the mutual reports: each member's 1 % statement (calendar year), the annual report of s.16
// with the financial statements, and what would go back to the provincial fund if it ceased (s.12).

const uuid = z.string().uuid();
const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const onePercentStatementSchema = z
  .object({
    memberId: uuid,
    memberName: z.string(),
    year: z.number().int(),
    declared: z.boolean().meta({
      description: 'Whether the firm declared its payroll for the year (else the registry’s annual payroll is used)',
    }),
    payrollCents: z.number().int(),
    thresholdCents: z.number().int(),
    ratePpm: z.number().int(),
    subject: z.boolean(),
    obligationCents: z.number().int(),
    paidToMutual: z.object({
      sessionSharesCents: z.number().int(),
      duesCents: z.number().int(),
      feesCents: z.number().int(),
      remittancesCents: z.number().int(),
    }),
    throughMutualCents: z.number().int().meta({
      description:
        'Session shares, dues and fees paid (before taxes) on days the mutual was recognised: training spending (s.1)',
    }),
    notCountedCents: z.number().int().meta({
      description:
        'Session shares, dues and fees paid to the mutual (before taxes) on days it was not recognised: not training spending (s.1)',
    }),
    paymentsDidNotCount: z.array(z.object({ from: isoDateSchema, to: isoDateSchema })).meta({
      description:
        'The spans of the year (both ends included) when the mutual was not recognised, from its recognition history: payments received then do not count (s.1)',
    }),
    trainingHours: z.number(),
    trainingWagesCents: z.number().int(),
    otherDeclaredCents: z.number().int(),
    eligibleCents: z.number().int(),
    shortfallCents: z.number().int(),
    mutualRecognised: z
      .boolean()
      .meta({ description: 'Recognised every day of the year (no span in `paymentsDidNotCount`)' }),
    recognisedToday: z
      .boolean()
      .meta({ description: 'Recognised today: a shortfall may be remitted to the mutual only then (s.1)' }),
    remittance: z
      .object({ invoiceId: uuid, number: z.string(), totalCents: z.number().int(), status: z.string() })
      .nullable(),
    ledgerPaidCents: z.number().int().meta({
      description: 'The firm’s payments in the year as the ledger shows them (bank debits on its receivable)',
    }),
  })
  .meta({ id: 'OnePercentStatement' });
export type OnePercentStatement = z.infer<typeof onePercentStatementSchema>;
export const onePercentListSchema = pagedListSchema(onePercentStatementSchema, 'OnePercentStatementList');
export const declareOnePercentSchema = z
  .object({
    payrollCents: amountCentsSchema,
    otherSpendingCents: amountCentsSchema
      .default(0)
      .meta({ description: 'Other eligible training spending the firm declares' }),
  })
  .meta({ id: 'OnePercentDeclaration' });
export const remitShortfallSchema = z.object({}).meta({ id: 'RemitShortfallRequest' });
const memberYear = z.object({ memberId: uuid, year: yearSchema });

export const annualReportSchema = z
  .object({
    fiscalYear: z.object({ start: isoDateSchema, end: isoDateSchema, label: z.string() }),
    dueOn: isoDateSchema,
    daysLeft: z.number().int(),
    status: z.enum(ANNUAL_REPORT_STATUSES),
    submittedOn: isoDateSchema.nullable(),
    employers: z.array(z.object({ memberId: uuid, name: z.string(), paidCents: z.number().int() })),
    money: z.object({
      fromEmployersCents: z.number().int(),
      grantsCents: z.number().int(),
      employersPaying: z.number().int(),
    }),
    activities: z.array(
      z.object({
        sessionId: uuid,
        titleFr: z.string(),
        titleEn: z.string(),
        firstDay: isoDateSchema.nullable(),
        lastDay: isoDateSchema.nullable(),
        hours: z.number(),
        participants: z.number().int(),
        employers: z.number().int(),
        costCents: z.number().int(),
        evaluationResult: z.string().nullable(),
      }),
    ),
    clientele: z.object({
      participants: z.number().int(),
      firms: z.number().int(),
      byTeer: z.array(z.object({ teer: z.number().int(), participants: z.number().int() })),
      byBroadCategory: z.array(z.object({ code: z.string(), participants: z.number().int() })),
      bySizeClass: z.array(
        z.object({ sizeClass: z.string(), firms: z.number().int(), participants: z.number().int() }),
      ),
      byRegion: z.array(z.object({ regionCode: z.string(), firms: z.number().int(), participants: z.number().int() })),
    }),
    attestationsIssued: z.number().int(),
    operations: z.object({
      revenue: z.array(z.object({ code: z.string(), nameFr: z.string(), nameEn: z.string(), cents: z.number().int() })),
      expenses: z.array(
        z.object({ code: z.string(), nameFr: z.string(), nameEn: z.string(), cents: z.number().int() }),
      ),
      revenueCents: z.number().int(),
      expensesCents: z.number().int(),
      surplusCents: z.number().int(),
    }),
    balanceSheet: z.object({
      assets: z.array(z.object({ code: z.string(), nameFr: z.string(), nameEn: z.string(), cents: z.number().int() })),
      liabilities: z.array(
        z.object({ code: z.string(), nameFr: z.string(), nameEn: z.string(), cents: z.number().int() }),
      ),
      equity: z.array(z.object({ code: z.string(), nameFr: z.string(), nameEn: z.string(), cents: z.number().int() })),
      accumulatedSurplusCents: z.number().int(),
      assetsCents: z.number().int(),
      liabilitiesCents: z.number().int(),
      netAssetsCents: z.number().int(),
      differenceCents: z.number().int(),
    }),
    checks: z.array(
      z.object({
        code: z.string(),
        count: z.number().int(),
        items: z
          .array(z.string())
          .meta({ description: 'What is missing, by name (sessions, firms, claims: no person)' }),
      }),
    ),
  })
  .meta({ id: 'AnnualReport' });
export type AnnualReport = z.infer<typeof annualReportSchema>;
export const annualReportQuerySchema = z.object({
  fiscalYearStart: isoDateSchema.optional().meta({ description: 'Defaults to the last fiscal year that has ended' }),
});
export const submitAnnualReportSchema = z
  .object({ fiscalYearStart: isoDateSchema, submittedOn: isoDateSchema.optional() })
  .meta({ id: 'SubmitAnnualReportRequest' });

export const reportDeadlineSchema = z
  .object({
    fiscalYear: z.string(),
    fiscalYearStart: isoDateSchema,
    dueOn: isoDateSchema,
    daysLeft: z.number().int(),
    status: z.enum(ANNUAL_REPORT_STATUSES),
    missing: z.number().int(),
  })
  .meta({ id: 'ReportDeadline' });

export const cessationSchema = z
  .object({
    asOf: isoDateSchema,
    receivedCents: z
      .number()
      .int()
      .meta({ description: 'Payments received from employers (they count as their 1 % spending)' }),
    spentCents: z.number().int().meta({ description: 'Expenses recorded in the ledger (refused subsidies excluded)' }),
    principalCents: z.number().int(),
    interestCents: z.number().int(),
    totalCents: z.number().int(),
    interestRatePpm: z.number().int(),
  })
  .meta({ id: 'Cessation' });

const tag = 'reports';

/** 1 % statements (member contacts: their own firm), the annual report (coordinators, board viewers), cessation. */
export const reportEndpoints = {
  onePercentList: endpoint({
    method: 'get',
    path: '/api/reports/one-percent',
    tag,
    summary: 'Every member’s 1 % statement for a calendar year',
    query: z.object({ year: yearSchema, ...pageQueryFieldsUpTo(200) }),
    response: onePercentListSchema,
  }),
  onePercent: endpoint({
    method: 'get',
    path: '/api/reports/one-percent/{memberId}/{year}',
    tag,
    summary: 'A firm’s 1 % statement for a calendar year',
    params: memberYear,
    response: onePercentStatementSchema,
  }),
  declareOnePercent: endpoint({
    method: 'put',
    path: '/api/reports/one-percent/{memberId}/{year}',
    tag,
    summary: 'Declare the firm’s payroll and other training spending for a year',
    params: memberYear,
    body: declareOnePercentSchema,
    response: onePercentStatementSchema,
  }),
  onePercentPdf: endpoint({
    method: 'get',
    path: '/api/reports/one-percent/{memberId}/{year}/pdf',
    tag,
    summary: 'The 1 % statement as a bilingual PDF for the firm’s filing',
    params: memberYear,
    query: z.object({ lang: z.enum(['fr', 'en']).optional() }),
    response: fileAnswer('application/pdf'),
  }),
  remitShortfall: endpoint({
    method: 'post',
    path: '/api/reports/one-percent/{memberId}/{year}/remit',
    tag,
    summary: 'Remit the shortfall to the mutual (only while it is recognised, s.1): an invoice for it',
    params: memberYear,
    body: remitShortfallSchema,
    response: onePercentStatementSchema,
    status: 201,
  }),
  annualReport: endpoint({
    method: 'get',
    path: '/api/reports/annual',
    tag,
    summary: 'The annual report (s.16) with the financial statements and completeness checks',
    query: annualReportQuerySchema,
    response: annualReportSchema,
  }),
  annualReportPdf: endpoint({
    method: 'get',
    path: '/api/reports/annual/pdf',
    tag,
    summary: 'The annual report as PDF',
    query: annualReportQuerySchema.extend({ lang: z.enum(['fr', 'en']).optional() }),
    response: fileAnswer('application/pdf'),
  }),
  annualReportXlsx: endpoint({
    method: 'get',
    path: '/api/reports/annual/xlsx',
    tag,
    summary: 'The annual report as XLSX (one sheet per section)',
    query: annualReportQuerySchema,
    response: fileAnswer('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  }),
  submitAnnualReport: endpoint({
    method: 'post',
    path: '/api/reports/annual/submit',
    tag,
    summary: 'Record that the annual report was sent',
    body: submitAnnualReportSchema,
    response: annualReportSchema,
  }),
  deadline: endpoint({
    method: 'get',
    path: '/api/reports/deadline',
    tag,
    summary: 'Days left before the annual report is due (31 March)',
    response: reportDeadlineSchema,
  }),
  cessation: endpoint({
    method: 'get',
    path: '/api/reports/cessation',
    tag,
    summary: 'What the mutual would owe the provincial fund if it ceased today (s.12)',
    query: z.object({ asOf: isoDateSchema.optional() }),
    response: cessationSchema,
  }),
};
