import type {
  DuesSchedule,
  InvoiceListQuery,
  ManualEntryRequest,
  RecordPaymentRequest,
  UpdateFinanceSettings,
} from '@mutualis/contracts';
import { financeEndpoints as f } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export type { Invoice, InvoiceSummary, ProviderBill } from '@mutualis/contracts';
export { INVOICE_ITEM_KINDS, INVOICE_STATUSES } from '@mutualis/domain/finance/invoice';
export { AGEING_BUCKETS } from '@mutualis/domain/finance/receivables';
export { INVOICE_TIMINGS, PAYMENT_METHODS, PROVIDER_BILL_STATUSES } from '@mutualis/domain/finance/vocabulary';

const money = ['money'];
const useInvalidatingMutation = <I, O>(fn: (input: I) => Promise<O>) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: money }) });
};

export const useFinanceSettings = () => useQuery({ queryKey: [...money, 'settings'], queryFn: () => call(f.settings) });
export const useUpdateFinanceSettings = () =>
  useInvalidatingMutation((body: UpdateFinanceSettings) => call(f.updateSettings, { body }));
export const useCloseBooks = () => useInvalidatingMutation((through: string) => call(f.close, { body: { through } }));

export const useAccounts = () =>
  useQuery({ queryKey: [...money, 'accounts'], queryFn: () => call(f.accounts, { query: { pageSize: 500 } }) });
export const useCreateAccount = () =>
  useInvalidatingMutation(
    (body: {
      code: string;
      kind: 'asset' | 'liability' | 'equity' | 'revenue' | 'expense';
      nameFr: string;
      nameEn: string;
    }) => call(f.createAccount, { body }),
  );
export const useJournal = (query: { page: number; pageSize: number; accountId?: string }) =>
  useQuery({
    queryKey: [...money, 'journal', query],
    queryFn: () => call(f.journal, { query }),
    placeholderData: (p) => p,
  });
export const usePostEntry = () => useInvalidatingMutation((body: ManualEntryRequest) => call(f.postEntry, { body }));
export const useReverseEntry = () =>
  useInvalidatingMutation(({ entryId, reason }: { entryId: string; reason: string }) =>
    call(f.reverseEntry, { params: { entryId }, body: { reason } }),
  );
export const useTrialBalance = (query: { from?: string; asOf?: string }) =>
  useQuery({ queryKey: [...money, 'trial-balance', query], queryFn: () => call(f.trialBalance, { query }) });
export const useGeneralLedger = (
  accountId: string | null,
  query: { from?: string; to?: string; page: number; pageSize: number },
) =>
  useQuery({
    queryKey: [...money, 'ledger', accountId, query],
    queryFn: () => call(f.generalLedger, { params: { accountId: accountId as string }, query }),
    enabled: Boolean(accountId),
    placeholderData: (p) => p,
  });
export const downloadLedger = (format: 'csv' | 'xlsx', from?: string, to?: string) =>
  downloadFrom(f.exportLedger, { query: { format, from, to } }, `journal.${format}`);

export const useDuesSchedule = () => useQuery({ queryKey: [...money, 'dues'], queryFn: () => call(f.duesSchedule) });
export const useSaveDuesSchedule = () =>
  useInvalidatingMutation((body: DuesSchedule) => call(f.updateDuesSchedule, { body }));
export const useInvoiceDues = () =>
  useInvalidatingMutation((body: { fiscalYearStart?: string }) => call(f.invoiceDues, { body }));

export const useBillableSessions = (query: {
  state: 'to_invoice' | 'invoiced' | 'all';
  page: number;
  pageSize: number;
}) =>
  useQuery({
    queryKey: [...money, 'sessions', query],
    queryFn: () => call(f.billableSessions, { query }),
    placeholderData: (p) => p,
  });
export const useInvoiceSession = () =>
  useInvalidatingMutation((sessionId: string) => call(f.invoiceSession, { params: { sessionId }, body: {} }));
export const useInvoiceSessions = () => useInvalidatingMutation(() => call(f.invoiceSessions, { body: {} }));
/** What one more seat in a session would cost the caller's firm; no retry: a session without a price simply has none. */
export const useSeatCost = (sessionId: string) =>
  useQuery({
    queryKey: [...money, 'seat-cost', sessionId],
    queryFn: () => call(f.seatCost, { params: { sessionId }, query: {} }),
    retry: false,
  });
export const useSeatCosts = (memberId?: string) =>
  useQuery({
    queryKey: [...money, 'seat-costs', memberId],
    queryFn: () => call(f.seatCosts, { query: { memberId, pageSize: 50 } }),
  });

export const useInvoices = (query: Partial<InvoiceListQuery>) =>
  useQuery({
    queryKey: [...money, 'invoices', query],
    queryFn: () => call(f.invoices, { query }),
    placeholderData: (p) => p,
  });
export const useInvoice = (invoiceId: string | undefined) =>
  useQuery({
    queryKey: [...money, 'invoice', invoiceId],
    queryFn: () => call(f.invoice, { params: { invoiceId: invoiceId as string } }),
    enabled: Boolean(invoiceId),
  });
export const downloadInvoicePdf = (invoiceId: string, lang?: 'fr' | 'en') =>
  downloadFrom(f.invoicePdf, { params: { invoiceId }, query: { lang } }, 'facture.pdf');
export const useRecordPayment = () =>
  useInvalidatingMutation(({ invoiceId, ...body }: RecordPaymentRequest & { invoiceId: string }) =>
    call(f.recordPayment, { params: { invoiceId }, body }),
  );
export const useCreditInvoice = () =>
  useInvalidatingMutation(({ invoiceId, reason }: { invoiceId: string; reason: string }) =>
    call(f.creditInvoice, { params: { invoiceId }, body: { reason } }),
  );
export const useSendInvoice = () =>
  useInvalidatingMutation((invoiceId: string) => call(f.sendInvoice, { params: { invoiceId }, body: {} }));
export const useSendReminders = () => useInvalidatingMutation(() => call(f.sendReminders, { body: {} }));
export const useAgeing = () => useQuery({ queryKey: [...money, 'ageing'], queryFn: () => call(f.ageing) });
export const useStatement = (memberId: string | null | undefined, query: { from?: string; to?: string }) =>
  useQuery({
    queryKey: [...money, 'statement', memberId, query],
    queryFn: () => call(f.statement, { params: { memberId: memberId as string }, query }),
    enabled: Boolean(memberId),
  });
export const downloadStatementPdf = (memberId: string, query: { from?: string; to?: string; lang?: 'fr' | 'en' }) =>
  downloadFrom(f.statementPdf, { params: { memberId }, query }, 'etat-de-compte.pdf');

export const useProviderBills = (query: {
  status?: 'received' | 'approved' | 'paid';
  page: number;
  pageSize: number;
}) =>
  useQuery({
    queryKey: [...money, 'bills', query],
    queryFn: () => call(f.providerBills, { query }),
    placeholderData: (p) => p,
  });
export const useApproveBill = () =>
  useInvalidatingMutation((billId: string) => call(f.approveProviderBill, { params: { billId }, body: {} }));
export const usePayBill = () =>
  useInvalidatingMutation(({ billId, paidOn, reference }: { billId: string; paidOn: string; reference?: string }) =>
    call(f.payProviderBill, { params: { billId }, body: { paidOn, reference } }),
  );
export const useUpdateBill = () =>
  useInvalidatingMutation(
    ({ billId, ...body }: { billId: string; providerReference?: string; costCents?: number; taxable?: boolean }) =>
      call(f.updateProviderBill, { params: { billId }, body }),
  );
export const useMargins = (query: { page: number; pageSize: number }) =>
  useQuery({
    queryKey: [...money, 'margins', query],
    queryFn: () => call(f.margins, { query }),
    placeholderData: (p) => p,
  });
