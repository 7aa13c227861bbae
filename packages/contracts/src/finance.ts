import { ACCOUNT_KINDS, ACCOUNT_ROLES } from '@mutualis/domain/finance/chart-of-accounts';
import { DUES_BASES } from '@mutualis/domain/finance/dues';
import { INVOICE_ITEM_KINDS, INVOICE_STATUSES } from '@mutualis/domain/finance/invoice';
import { VOUCHER_KINDS } from '@mutualis/domain/finance/ledger';
import { AGEING_BUCKETS } from '@mutualis/domain/finance/receivables';
import {
  INVOICE_KINDS,
  INVOICE_TIMINGS,
  PAYMENT_METHODS,
  PROVIDER_BILL_STATUSES,
} from '@mutualis/domain/finance/vocabulary';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';
import { allocationRuleSchema } from './pooling.ts';

// The mutual's money (issue #11): settings, the ledger (chart of accounts, journal, trial balance,
// general ledger, period close, export), dues, member invoices and credit notes, payments,
// receivables, statements of account, the expected cost of a seat, provider bills and margins.
// Every amount is integer cents; rates are integers in millionths (5 % = 50000).

const uuid = z.string().uuid();
/** Cents that may be zero, up to $10,000,000,000. */
export const amountCentsSchema = z.number().int().min(0).max(1_000_000_000_000);
/** Cents that must be more than zero. */
export const positiveCentsSchema = z.number().int().min(1).max(1_000_000_000_000);
/** A rate in millionths: 0 to 1,000,000 (100 %). */
export const ppmSchema = z
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .meta({ description: 'A rate in millionths: 50000 = 5 %' });
const text = (max: number) => z.string().trim().max(max);
const label = (max: number) => z.string().trim().min(1).max(max);
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const accountKindSchema = z.enum(ACCOUNT_KINDS).meta({ id: 'AccountKind' });
export const accountRoleSchema = z
  .enum(ACCOUNT_ROLES)
  .meta({ id: 'AccountRole', description: 'What the posting rules use the account for' });
export const voucherKindSchema = z.enum(VOUCHER_KINDS).meta({ id: 'VoucherKind' });
export const invoiceItemKindSchema = z.enum(INVOICE_ITEM_KINDS).meta({ id: 'InvoiceItemKind' });
export const invoiceStatusSchema = z
  .enum(INVOICE_STATUSES)
  .meta({ id: 'InvoiceStatus', description: 'issued → partly_paid → paid; credited when a credit note cancels it' });
export const invoiceKindSchema = z.enum(INVOICE_KINDS).meta({ id: 'InvoiceKind' });
export const invoiceTimingSchema = z.enum(INVOICE_TIMINGS).meta({ id: 'InvoiceTiming' });
export const paymentMethodSchema = z.enum(PAYMENT_METHODS).meta({ id: 'PaymentMethod' });
export const providerBillStatusSchema = z.enum(PROVIDER_BILL_STATUSES).meta({ id: 'ProviderBillStatus' });
export const duesBasisSchema = z.enum(DUES_BASES).meta({ id: 'DuesBasis' });
export const ageingBucketSchema = z.enum(AGEING_BUCKETS);

// ---------- settings ----------

export const financeSettingsSchema = z
  .object({
    fiscalYearStartMonth: z.number().int().min(1).max(12),
    closedThrough: isoDateSchema
      .nullable()
      .meta({ description: 'Entries on or before this date are refused (period close)' }),
    gstNumber: z.string().nullable(),
    qstNumber: z.string().nullable(),
    gstPpm: ppmSchema,
    qstPpm: ppmSchema,
    taxableKinds: z.array(invoiceItemKindSchema),
    invoiceTiming: invoiceTimingSchema,
    allocationRule: allocationRuleSchema,
    smallFirmDiscountPpm: ppmSchema,
    paymentTermsDays: z.number().int(),
    reminderDays: z
      .array(z.number().int())
      .meta({ description: 'Days after the due date on which a reminder is sent' }),
    freeUntilDaysBefore: z.number().int(),
    lateFeePpm: ppmSchema,
    noShowFeePpm: ppmSchema,
    blockEnrolmentWhenDuesOverdue: z.boolean(),
    providerBillsTaxable: z.boolean(),
    cessationInterestPpm: ppmSchema,
    recognisedSince: isoDateSchema.nullable().meta({
      description:
        'Shown only: the last recognition’s date. Whether payments count for the 1 % law (s.1) comes from the recognition history',
    }),
    currentFiscalYear: z.object({ start: isoDateSchema, end: isoDateSchema, label: z.string() }),
  })
  .meta({ id: 'FinanceSettings' });
export type FinanceSettings = z.infer<typeof financeSettingsSchema>;

const taxNumber = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9A-Za-z ]*$/, 'letters, digits and spaces only')
  .nullable();

export const updateFinanceSettingsSchema = z
  .object({
    fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
    gstNumber: taxNumber.optional(),
    qstNumber: taxNumber.optional(),
    gstPpm: ppmSchema.optional(),
    qstPpm: ppmSchema.optional(),
    taxableKinds: z
      .array(invoiceItemKindSchema)
      .max(INVOICE_ITEM_KINDS.length)
      .refine((a) => new Set(a).size === a.length, checkCode('no_repeats'))
      .optional(),
    invoiceTiming: invoiceTimingSchema.optional(),
    allocationRule: allocationRuleSchema.optional(),
    smallFirmDiscountPpm: z.number().int().min(0).max(900_000).optional(),
    paymentTermsDays: z.number().int().min(0).max(365).optional(),
    reminderDays: z
      .array(z.number().int().min(1).max(365))
      .max(6)
      .refine((a) => new Set(a).size === a.length, checkCode('no_repeats'))
      .optional(),
    freeUntilDaysBefore: z.number().int().min(0).max(365).optional(),
    lateFeePpm: ppmSchema.optional(),
    noShowFeePpm: ppmSchema.optional(),
    blockEnrolmentWhenDuesOverdue: z.boolean().optional(),
    providerBillsTaxable: z.boolean().optional(),
    cessationInterestPpm: z.number().int().min(0).max(500_000).optional(),
  })
  .meta({ id: 'UpdateFinanceSettings' });
export type UpdateFinanceSettings = z.infer<typeof updateFinanceSettingsSchema>;

export const closePeriodSchema = z
  .object({ through: isoDateSchema.meta({ description: 'The last day of a month; only forward' }) })
  .meta({ id: 'ClosePeriodRequest' });

// ---------- ledger ----------

export const ledgerAccountSchema = z
  .object({
    id: uuid,
    code: z.string(),
    role: accountRoleSchema.nullable(),
    kind: accountKindSchema,
    nameFr: z.string(),
    nameEn: z.string(),
    funderId: uuid.nullable(),
    active: z.boolean(),
    balanceCents: z.number().int().meta({ description: 'Debits minus credits to date' }),
  })
  .meta({ id: 'LedgerAccount' });
export type LedgerAccount = z.infer<typeof ledgerAccountSchema>;
export const ledgerAccountListSchema = pagedListSchema(ledgerAccountSchema, 'LedgerAccountList');

export const createAccountSchema = z
  .object({
    code: z.string().regex(/^[1-5][0-9]{3,5}$/, 'must be 4 to 6 digits, starting 1 (assets) to 5 (expenses)'),
    kind: accountKindSchema,
    nameFr: label(200),
    nameEn: label(200),
  })
  .meta({ id: 'CreateAccountRequest' });
export const updateAccountSchema = z
  .object({ nameFr: label(200).optional(), nameEn: label(200).optional(), active: z.boolean().optional() })
  .meta({ id: 'UpdateAccountRequest' });

export const journalLineSchema = z
  .object({
    accountId: uuid,
    accountCode: z.string(),
    accountNameFr: z.string(),
    accountNameEn: z.string(),
    debitCents: z.number().int(),
    creditCents: z.number().int(),
    memberId: uuid.nullable(),
    memberName: z.string().nullable(),
    sessionId: uuid.nullable(),
    funderId: uuid.nullable(),
    memo: z.string(),
  })
  .meta({ id: 'JournalLine' });

export const journalEntrySchema = z
  .object({
    id: uuid,
    number: z.number().int().meta({ description: 'Sequential without gaps in the mutual' }),
    entryDate: isoDateSchema,
    voucherKind: voucherKindSchema,
    voucherId: uuid.nullable(),
    voucherNumber: z.string().nullable(),
    description: z.string(),
    reversesEntryId: uuid.nullable(),
    reversedByEntryId: uuid.nullable(),
    totalCents: z.number().int(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    lines: z.array(journalLineSchema),
  })
  .meta({ id: 'JournalEntry' });
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export const journalEntryListSchema = pagedListSchema(journalEntrySchema, 'JournalEntryList');
export const journalQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  accountId: uuid.optional(),
  voucherKind: voucherKindSchema.optional(),
  memberId: uuid.optional(),
  ...pageQueryFieldsUpTo(200),
});

export const manualEntrySchema = z
  .object({
    entryDate: isoDateSchema,
    description: label(300),
    lines: z
      .array(
        z.object({
          accountId: uuid,
          debitCents: amountCentsSchema.default(0),
          creditCents: amountCentsSchema.default(0),
          memberId: uuid.nullable().optional(),
          memo: text(300).optional(),
        }),
      )
      .min(2)
      .max(50),
  })
  .meta({
    id: 'ManualEntryRequest',
    description: 'An adjustment (opening balances, bank interest, fees…): debits must equal credits',
  });
export type ManualEntryRequest = z.infer<typeof manualEntrySchema>;

export const reverseEntrySchema = z
  .object({ entryDate: isoDateSchema.optional().meta({ description: 'Defaults to today' }), reason: label(300) })
  .meta({ id: 'ReverseEntryRequest' });

export const trialBalanceRowSchema = z.object({
  accountId: uuid,
  code: z.string(),
  kind: accountKindSchema,
  nameFr: z.string(),
  nameEn: z.string(),
  debitCents: z.number().int(),
  creditCents: z.number().int(),
  balanceCents: z.number().int(),
});
export const trialBalanceSchema = z
  .object({
    from: isoDateSchema.nullable(),
    asOf: isoDateSchema,
    rows: z.array(trialBalanceRowSchema),
    totalDebitCents: z.number().int(),
    totalCreditCents: z.number().int(),
    balanced: z.boolean(),
  })
  .meta({ id: 'TrialBalance' });
export type TrialBalance = z.infer<typeof trialBalanceSchema>;
export const trialBalanceQuerySchema = z.object({ from: isoDateSchema.optional(), asOf: isoDateSchema.optional() });

export const generalLedgerLineSchema = z.object({
  entryId: uuid,
  number: z.number().int(),
  entryDate: isoDateSchema,
  description: z.string(),
  voucherKind: voucherKindSchema,
  voucherNumber: z.string().nullable(),
  debitCents: z.number().int(),
  creditCents: z.number().int(),
  runningBalanceCents: z.number().int(),
  memberName: z.string().nullable(),
  memo: z.string(),
});
export const generalLedgerSchema = z
  .object({
    account: ledgerAccountSchema,
    from: isoDateSchema.nullable(),
    to: isoDateSchema.nullable(),
    openingBalanceCents: z.number().int(),
    closingBalanceCents: z.number().int(),
    items: z.array(generalLedgerLineSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'GeneralLedger' });
export const generalLedgerQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  ...pageQueryFieldsUpTo(500),
});

export const ledgerExportQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

// ---------- dues ----------

export const duesScheduleSchema = z
  .object({
    basis: duesBasisSchema,
    flatCents: amountCentsSchema.nullable(),
    bySizeClass: z.object({
      micro: amountCentsSchema.optional(),
      small: amountCentsSchema.optional(),
      medium: amountCentsSchema.optional(),
      large: amountCentsSchema.optional(),
    }),
    byPayroll: z
      .array(z.object({ upToCents: amountCentsSchema.nullable(), cents: amountCentsSchema }))
      .max(20)
      .meta({ description: 'Ascending payroll bands; the last may be open (upToCents null)' }),
    prorate: z.boolean().meta({ description: 'Pro-rate a firm that joins during the fiscal year, by days left' }),
  })
  .meta({ id: 'DuesSchedule' });
export type DuesSchedule = z.infer<typeof duesScheduleSchema>;

export const invoiceDuesSchema = z
  .object({
    fiscalYearStart: isoDateSchema
      .optional()
      .meta({ description: 'First day of the fiscal year to invoice; defaults to the current one' }),
    issuedOn: isoDateSchema.optional().meta({ description: 'Defaults to today' }),
  })
  .meta({ id: 'InvoiceDuesRequest' });
export const duesRunSchema = z
  .object({
    fiscalYear: z.string(),
    invoiced: z.number().int(),
    totalCents: z.number().int(),
    alreadyInvoiced: z.number().int(),
    withoutTier: z.array(z.object({ memberId: uuid, memberName: z.string() })),
  })
  .meta({ id: 'DuesRun' });

// ---------- invoices ----------

export const invoiceSubsidySchema = z.object({
  programmeId: uuid,
  programmeName: z.string(),
  funderName: z.string(),
  cents: z.number().int(),
  eligibleCents: z.number().int(),
  limits: z.array(z.string()).meta({ description: 'Why the subsidy is smaller than coverage × eligible costs' }),
});
export const invoiceLineSchema = z.object({
  id: uuid,
  kind: invoiceItemKindSchema,
  descriptionFr: z.string(),
  descriptionEn: z.string(),
  sessionId: uuid.nullable(),
  quantity: z.number().int().nullable(),
  grossCents: z.number().int(),
  subsidyCents: z.number().int(),
  netCents: z.number().int(),
  taxable: z.boolean(),
  subsidies: z.array(invoiceSubsidySchema),
});

export const invoiceSummarySchema = z
  .object({
    id: uuid,
    kind: invoiceKindSchema,
    number: z.string(),
    memberId: uuid,
    memberName: z.string(),
    issuedOn: isoDateSchema,
    dueOn: isoDateSchema.nullable(),
    status: invoiceStatusSchema,
    creditsInvoiceId: uuid.nullable(),
    grossCents: z.number().int(),
    subsidyCents: z.number().int(),
    netCents: z.number().int(),
    gstCents: z.number().int(),
    qstCents: z.number().int(),
    totalCents: z.number().int(),
    paidCents: z.number().int(),
    creditedCents: z.number().int(),
    dueCents: z.number().int(),
    overdue: z.boolean(),
  })
  .meta({ id: 'InvoiceSummary' });
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

export const paymentSchema = z
  .object({
    id: uuid,
    invoiceId: uuid,
    receivedOn: isoDateSchema,
    amountCents: z.number().int(),
    method: paymentMethodSchema,
    reference: z.string(),
  })
  .meta({ id: 'Payment' });

export const invoiceSchema = invoiceSummarySchema
  .extend({
    creditsInvoiceNumber: z.string().nullable(),
    reason: z.string().nullable(),
    language: z.enum(['fr', 'en']),
    taxableCents: z.number().int(),
    gstNumber: z.string().nullable(),
    qstNumber: z.string().nullable(),
    gstPpm: ppmSchema.meta({ description: 'The GST rate the document was taxed at when issued (millionths)' }),
    qstPpm: ppmSchema.meta({ description: 'The QST rate the document was taxed at when issued (millionths)' }),
    lines: z.array(invoiceLineSchema),
    payments: z.array(paymentSchema),
    creditNotes: z.array(
      z.object({ id: uuid, number: z.string(), issuedOn: isoDateSchema, totalCents: z.number().int() }),
    ),
    remindersSent: z.number().int(),
    lastReminderOn: isoDateSchema.nullable(),
    entryId: uuid,
  })
  .meta({ id: 'Invoice' });
export type Invoice = z.infer<typeof invoiceSchema>;
export const invoiceListSchema = pagedListSchema(invoiceSummarySchema, 'InvoiceList');
export const invoiceListQuerySchema = z.object({
  status: invoiceStatusSchema.optional(),
  kind: invoiceKindSchema.optional(),
  memberId: uuid.optional(),
  sessionId: uuid.optional(),
  overdue: booleanQuery.optional(),
  search: z.string().trim().max(100).optional().meta({ description: 'Part of the number or of the member’s name' }),
  ...pageQueryFieldsUpTo(200),
});
export type InvoiceListQuery = z.input<typeof invoiceListQuerySchema>;

export const recordPaymentSchema = z
  .object({
    receivedOn: isoDateSchema,
    amountCents: positiveCentsSchema,
    method: paymentMethodSchema,
    reference: text(100).optional(),
  })
  .meta({ id: 'RecordPaymentRequest' });
export type RecordPaymentRequest = z.infer<typeof recordPaymentSchema>;
export const creditInvoiceSchema = z.object({ reason: label(500) }).meta({ id: 'CreditInvoiceRequest' });
export const remindersRunSchema = z
  .object({ sent: z.number().int(), invoices: z.array(z.string()) })
  .meta({ id: 'RemindersRun' });

export const ageingSchema = z
  .object({
    asOf: isoDateSchema,
    buckets: z.record(ageingBucketSchema, z.number().int()),
    totalCents: z.number().int(),
    members: z.array(
      z.object({
        memberId: uuid,
        memberName: z.string(),
        buckets: z.record(ageingBucketSchema, z.number().int()),
        totalCents: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Ageing' });
export const asOfQuerySchema = z.object({ asOf: isoDateSchema.optional() });

export const statementOfAccountSchema = z
  .object({
    memberId: uuid,
    memberName: z.string(),
    from: isoDateSchema,
    to: isoDateSchema,
    openingBalanceCents: z.number().int(),
    lines: z.array(
      z.object({
        date: isoDateSchema,
        kind: z.enum(['invoice', 'credit_note', 'payment']),
        number: z.string(),
        invoiceId: uuid,
        description: z.string(),
        debitCents: z.number().int(),
        creditCents: z.number().int(),
        balanceCents: z.number().int(),
      }),
    ),
    closingBalanceCents: z.number().int(),
    ageing: z.record(ageingBucketSchema, z.number().int()),
  })
  .meta({ id: 'StatementOfAccount' });
export type StatementOfAccount = z.infer<typeof statementOfAccountSchema>;
export const statementQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  lang: z.enum(['fr', 'en']).optional(),
});

// ---------- invoicing sessions ----------

export const billableSessionSchema = z
  .object({
    sessionId: uuid,
    titleFr: z.string(),
    titleEn: z.string(),
    status: z.string(),
    firstDay: isoDateSchema.nullable(),
    lastDay: isoDateSchema.nullable(),
    providerName: z.string().nullable(),
    seats: z.number().int(),
    costCents: z.number().int().meta({ description: 'The real cost now: fixed + per seat × seats held' }),
    invoicedCents: z
      .number()
      .int()
      .meta({ description: 'Members’ shares and fees invoiced so far, net of credit notes, before subsidies' }),
    invoiced: z.boolean(),
    upToDate: z
      .boolean()
      .meta({ description: 'False when the invoiced amounts differ from what the session’s enrolments now give' }),
    providerBillId: uuid.nullable(),
    providerBillStatus: providerBillStatusSchema.nullable(),
  })
  .meta({ id: 'BillableSession' });
export type BillableSession = z.infer<typeof billableSessionSchema>;
export const billableSessionListSchema = pagedListSchema(billableSessionSchema, 'BillableSessionList');
export const billableSessionQuerySchema = z.object({
  state: z.enum(['to_invoice', 'invoiced', 'all']).default('to_invoice'),
  ...pageQueryFieldsUpTo(200),
});

export const sessionInvoicingSchema = z
  .object({
    sessionId: uuid,
    invoices: z.array(invoiceSummarySchema),
    creditNotes: z.array(invoiceSummarySchema),
    providerBillId: uuid.nullable(),
    unchanged: z.number().int().meta({ description: 'Members whose invoiced amounts were already right' }),
  })
  .meta({ id: 'SessionInvoicing' });
export const invoiceSessionSchema = z
  .object({ issuedOn: isoDateSchema.optional().meta({ description: 'Defaults to today' }) })
  .meta({ id: 'InvoiceSessionRequest' });
export const invoiceSessionsSchema = z
  .object({
    through: isoDateSchema
      .optional()
      .meta({ description: 'Sessions whose last day is on or before this date; defaults to today' }),
    issuedOn: isoDateSchema.optional(),
  })
  .meta({ id: 'InvoiceSessionsRequest' });
export const invoicingRunSchema = z
  .object({
    sessions: z.number().int(),
    invoices: z.number().int(),
    creditNotes: z.number().int(),
    providerBills: z.number().int(),
    totalCents: z.number().int(),
  })
  .meta({ id: 'InvoicingRun' });

export const seatCostSchema = z
  .object({
    sessionId: uuid,
    memberId: uuid,
    seatShareCents: z
      .number()
      .int()
      .meta({ description: 'What one more seat adds to the firm’s share, before subsidies and taxes' }),
    subsidyCents: z.number().int(),
    netCents: z.number().int(),
    gstCents: z.number().int(),
    qstCents: z.number().int(),
    totalCents: z.number().int(),
    rule: allocationRuleSchema,
    invoicedAt: invoiceTimingSchema,
  })
  .meta({ id: 'SeatCost' });
export const seatCostQuerySchema = z.object({
  memberId: uuid.optional().meta({ description: 'Coordinators: the firm; member contacts: their own' }),
});
export const openSessionCostSchema = seatCostSchema
  .extend({
    titleFr: z.string(),
    titleEn: z.string(),
    status: z.string(),
    firstDay: isoDateSchema.nullable(),
    lastDay: isoDateSchema.nullable(),
  })
  .meta({ id: 'OpenSessionCost' });
export const openSessionCostListSchema = pagedListSchema(openSessionCostSchema, 'OpenSessionCostList');

// ---------- provider bills and margins ----------

export const providerBillSchema = z
  .object({
    id: uuid,
    number: z.string(),
    sessionId: uuid,
    sessionTitleFr: z.string(),
    sessionTitleEn: z.string(),
    providerId: uuid,
    providerName: z.string(),
    providerReference: z.string(),
    billedOn: isoDateSchema,
    fixedCents: z.number().int(),
    seatCents: z.number().int(),
    seats: z.number().int(),
    costCents: z.number().int(),
    gstCents: z.number().int(),
    qstCents: z.number().int(),
    totalCents: z.number().int(),
    taxable: z.boolean(),
    status: providerBillStatusSchema,
    approvedOn: isoDateSchema.nullable(),
    paidOn: isoDateSchema.nullable(),
    paymentReference: z.string(),
  })
  .meta({ id: 'ProviderBill' });
export type ProviderBill = z.infer<typeof providerBillSchema>;
export const providerBillListSchema = pagedListSchema(providerBillSchema, 'ProviderBillList');
export const providerBillQuerySchema = z.object({
  status: providerBillStatusSchema.optional(),
  ...pageQueryFieldsUpTo(200),
});
export const updateProviderBillSchema = z
  .object({
    providerReference: text(100).optional(),
    costCents: amountCentsSchema.optional(),
    taxable: z.boolean().optional(),
  })
  .meta({
    id: 'UpdateProviderBillRequest',
    description: 'Corrections before approval: the provider’s own invoice number, its amount, its taxes',
  });
export const approveProviderBillSchema = z
  .object({ approvedOn: isoDateSchema.optional() })
  .meta({ id: 'ApproveProviderBillRequest' });
export const payProviderBillSchema = z
  .object({ paidOn: isoDateSchema, reference: text(100).optional() })
  .meta({ id: 'PayProviderBillRequest' });

export const sessionMarginSchema = z.object({
  sessionId: uuid,
  titleFr: z.string(),
  titleEn: z.string(),
  lastDay: isoDateSchema.nullable(),
  recoveredCents: z
    .number()
    .int()
    .meta({ description: 'Members’ shares and fees before subsidies (members and funders together)' }),
  subsidyCents: z.number().int(),
  providerCostCents: z.number().int(),
  marginCents: z.number().int(),
});
export const marginListSchema = pagedListSchema(sessionMarginSchema, 'SessionMarginList');

const idParam = <K extends string>(key: K) => z.object({ [key]: uuid } as { [P in K]: typeof uuid });
const tag = 'finance';
const pdf = fileAnswer('application/pdf');

/** The ledger, settings and billing: coordinators; invoices and statements also to member contacts (their own firm). */
export const financeEndpoints = {
  settings: endpoint({
    method: 'get',
    path: '/api/finance/settings',
    tag,
    summary: 'The mutual’s money settings',
    response: financeSettingsSchema,
  }),
  updateSettings: endpoint({
    method: 'patch',
    path: '/api/finance/settings',
    tag,
    summary: 'Change the money settings (taxes, invoicing timing, cost sharing, fees, reminders, fiscal year)',
    body: updateFinanceSettingsSchema,
    response: financeSettingsSchema,
  }),
  close: endpoint({
    method: 'post',
    path: '/api/finance/close',
    tag,
    summary: 'Close the books through a month end: entries dated on or before it are refused from then on',
    body: closePeriodSchema,
    response: financeSettingsSchema,
  }),
  accounts: endpoint({
    method: 'get',
    path: '/api/finance/accounts',
    tag,
    summary: 'The chart of accounts with balances',
    query: z.object(pageQueryFieldsUpTo(500)),
    response: ledgerAccountListSchema,
  }),
  createAccount: endpoint({
    method: 'post',
    path: '/api/finance/accounts',
    tag,
    summary: 'Add an account',
    body: createAccountSchema,
    response: ledgerAccountSchema,
    status: 201,
  }),
  updateAccount: endpoint({
    method: 'patch',
    path: '/api/finance/accounts/{accountId}',
    tag,
    summary: 'Rename or deactivate an account (accounts the posting rules use stay active)',
    params: idParam('accountId'),
    body: updateAccountSchema,
    response: ledgerAccountSchema,
  }),
  journal: endpoint({
    method: 'get',
    path: '/api/finance/journal',
    tag,
    summary: 'Journal entries, newest first',
    query: journalQuerySchema,
    response: journalEntryListSchema,
  }),
  entry: endpoint({
    method: 'get',
    path: '/api/finance/journal/{entryId}',
    tag,
    summary: 'One journal entry',
    params: idParam('entryId'),
    response: journalEntrySchema,
  }),
  postEntry: endpoint({
    method: 'post',
    path: '/api/finance/journal',
    tag,
    summary: 'Post an adjustment entry',
    body: manualEntrySchema,
    response: journalEntrySchema,
    status: 201,
  }),
  reverseEntry: endpoint({
    method: 'post',
    path: '/api/finance/journal/{entryId}/reverse',
    tag,
    summary: 'Reverse an entry (entries are never changed: a correction is a reversing entry)',
    params: idParam('entryId'),
    body: reverseEntrySchema,
    response: journalEntrySchema,
    status: 201,
  }),
  trialBalance: endpoint({
    method: 'get',
    path: '/api/finance/trial-balance',
    tag,
    summary: 'Trial balance',
    query: trialBalanceQuerySchema,
    response: trialBalanceSchema,
  }),
  generalLedger: endpoint({
    method: 'get',
    path: '/api/finance/accounts/{accountId}/ledger',
    tag,
    summary: 'General ledger of one account with running balance',
    params: idParam('accountId'),
    query: generalLedgerQuerySchema,
    response: generalLedgerSchema,
  }),
  exportLedger: endpoint({
    method: 'get',
    path: '/api/finance/export',
    tag,
    summary: 'The journal for accounting software: CSV in the documented layout (docs/finance-export.md) or XLSX',
    query: ledgerExportQuerySchema,
    response: fileAnswer('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  }),
  duesSchedule: endpoint({
    method: 'get',
    path: '/api/finance/dues-schedule',
    tag,
    summary: 'The membership fee schedule',
    response: duesScheduleSchema,
  }),
  updateDuesSchedule: endpoint({
    method: 'put',
    path: '/api/finance/dues-schedule',
    tag,
    summary: 'Set the membership fee schedule',
    body: duesScheduleSchema,
    response: duesScheduleSchema,
  }),
  invoiceDues: endpoint({
    method: 'post',
    path: '/api/finance/dues/invoice',
    tag,
    summary: 'Invoice the fiscal year’s dues to every active member not yet invoiced for it',
    body: invoiceDuesSchema,
    response: duesRunSchema,
  }),
  billableSessions: endpoint({
    method: 'get',
    path: '/api/finance/sessions',
    tag,
    summary: 'Sessions to invoice (by the invoicing timing) and invoiced ones',
    query: billableSessionQuerySchema,
    response: billableSessionListSchema,
  }),
  invoiceSession: endpoint({
    method: 'post',
    path: '/api/finance/sessions/{sessionId}/invoice',
    tag,
    summary:
      'Invoice a session’s members (or bring their invoices up to date), and create its provider bill once delivered',
    params: idParam('sessionId'),
    body: invoiceSessionSchema,
    response: sessionInvoicingSchema,
  }),
  invoiceSessions: endpoint({
    method: 'post',
    path: '/api/finance/sessions/invoice',
    tag,
    summary: 'Invoice every session ready to invoice, one invoice per member',
    body: invoiceSessionsSchema,
    response: invoicingRunSchema,
  }),
  seatCost: endpoint({
    method: 'get',
    path: '/api/finance/sessions/{sessionId}/seat-cost',
    tag,
    summary: 'The expected cost of one more seat for a firm, after subsidies and with taxes',
    params: idParam('sessionId'),
    query: seatCostQuerySchema,
    response: seatCostSchema,
  }),
  seatCosts: endpoint({
    method: 'get',
    path: '/api/finance/seat-costs',
    tag,
    summary: 'Sessions open for enrolment with what one more seat would cost the firm',
    query: z.object({ memberId: uuid.optional(), ...pageQueryFieldsUpTo(100) }),
    response: openSessionCostListSchema,
  }),
  invoices: endpoint({
    method: 'get',
    path: '/api/invoices',
    tag,
    summary: 'Invoices and credit notes: all (coordinator) or the firm’s own (member contact)',
    query: invoiceListQuerySchema,
    response: invoiceListSchema,
  }),
  invoice: endpoint({
    method: 'get',
    path: '/api/invoices/{invoiceId}',
    tag,
    summary: 'One invoice or credit note',
    params: idParam('invoiceId'),
    response: invoiceSchema,
  }),
  invoicePdf: endpoint({
    method: 'get',
    path: '/api/invoices/{invoiceId}/pdf',
    tag,
    summary: 'The invoice as a bilingual PDF (the member’s language first)',
    params: idParam('invoiceId'),
    query: z.object({ lang: z.enum(['fr', 'en']).optional() }),
    response: pdf,
  }),
  creditInvoice: endpoint({
    method: 'post',
    path: '/api/invoices/{invoiceId}/credit',
    tag,
    summary: 'Cancel an invoice by a credit note that reverses it exactly',
    params: idParam('invoiceId'),
    body: creditInvoiceSchema,
    response: invoiceSchema,
    status: 201,
  }),
  recordPayment: endpoint({
    method: 'post',
    path: '/api/invoices/{invoiceId}/payments',
    tag,
    summary: 'Record a payment (cheque, transfer, card taken elsewhere); partial payments allowed',
    params: idParam('invoiceId'),
    body: recordPaymentSchema,
    response: invoiceSchema,
    status: 201,
  }),
  sendInvoice: endpoint({
    method: 'post',
    path: '/api/invoices/{invoiceId}/send',
    tag,
    summary: 'E-mail the invoice to the firm’s contacts again (through the outbox)',
    params: idParam('invoiceId'),
    body: z.object({}).meta({ id: 'SendInvoiceRequest' }),
    bodyOptional: true,
    response: invoiceSchema,
  }),
  sendReminders: endpoint({
    method: 'post',
    path: '/api/finance/reminders',
    tag,
    summary: 'Send the reminders due today for overdue invoices (by the reminder days of the settings)',
    body: z.object({}).meta({ id: 'SendRemindersRequest' }),
    bodyOptional: true,
    response: remindersRunSchema,
  }),
  ageing: endpoint({
    method: 'get',
    path: '/api/finance/ageing',
    tag,
    summary: 'Receivables by age: 0–30, 31–60, 61–90, 90+ days',
    query: asOfQuerySchema,
    response: ageingSchema,
  }),
  statement: endpoint({
    method: 'get',
    path: '/api/finance/members/{memberId}/statement',
    tag,
    summary: 'A firm’s statement of account',
    params: idParam('memberId'),
    query: statementQuerySchema,
    response: statementOfAccountSchema,
  }),
  statementPdf: endpoint({
    method: 'get',
    path: '/api/finance/members/{memberId}/statement/pdf',
    tag,
    summary: 'A firm’s statement of account as a bilingual PDF',
    params: idParam('memberId'),
    query: statementQuerySchema,
    response: pdf,
  }),
  providerBills: endpoint({
    method: 'get',
    path: '/api/finance/provider-bills',
    tag,
    summary: 'Providers’ bills',
    query: providerBillQuerySchema,
    response: providerBillListSchema,
  }),
  providerBill: endpoint({
    method: 'get',
    path: '/api/finance/provider-bills/{billId}',
    tag,
    summary: 'One provider bill',
    params: idParam('billId'),
    response: providerBillSchema,
  }),
  updateProviderBill: endpoint({
    method: 'patch',
    path: '/api/finance/provider-bills/{billId}',
    tag,
    summary: 'Correct a bill before approval',
    params: idParam('billId'),
    body: updateProviderBillSchema,
    response: providerBillSchema,
  }),
  approveProviderBill: endpoint({
    method: 'post',
    path: '/api/finance/provider-bills/{billId}/approve',
    tag,
    summary: 'Approve a bill: it is posted to the ledger (trainer costs owed to the provider)',
    params: idParam('billId'),
    body: approveProviderBillSchema,
    response: providerBillSchema,
  }),
  payProviderBill: endpoint({
    method: 'post',
    path: '/api/finance/provider-bills/{billId}/pay',
    tag,
    summary: 'Record the payment of an approved bill',
    params: idParam('billId'),
    body: payProviderBillSchema,
    response: providerBillSchema,
  }),
  margins: endpoint({
    method: 'get',
    path: '/api/finance/margins',
    tag,
    summary: 'Each invoiced session’s margin: recovered from members and funders against the provider’s cost',
    query: z.object(pageQueryFieldsUpTo(200)),
    response: marginListSchema,
  }),
};
