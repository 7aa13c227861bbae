import type {
  AcceptQuoteRequest,
  CancelQuoteRequest,
  CreateQuoteRequest,
  DeclineQuoteRequest,
  QuoteAnswerRequest,
  QuoteRequest,
  QuoteRequestSummary,
} from '@mutualis/contracts';
import { quoteEndpoints } from '@mutualis/contracts';
import type { QuoteRequestStatus } from '@mutualis/domain/catalogue/catalogue-vocabulary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export type { CreateQuoteRequest, QuoteRequest, QuoteRequestStatus };
export type QuoteSummary = QuoteRequestSummary;
export {
  providerMayAnswerQuote,
  QUOTE_REQUEST_STATUSES,
  quoteRequestIsOpen,
  quoteResponseIsShown,
} from '@mutualis/domain/catalogue/catalogue-vocabulary';

export function useQuotes(status?: QuoteRequestStatus | null) {
  return useQuery({
    queryKey: ['quotes', status ?? null],
    queryFn: () => call(quoteEndpoints.list, { query: { status: status ?? undefined, pageSize: 500 } }),
    select: (d) => d.items,
  });
}

export function useQuote(id: string | undefined) {
  return useQuery({
    queryKey: ['quotes', 'one', id],
    queryFn: () => call(quoteEndpoints.get, { params: { quoteRequestId: id as string } }),
    enabled: Boolean(id),
  });
}

export function useCreateQuote() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuoteRequest) => call(quoteEndpoints.create, { body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['quotes'] }),
  });
}

type Action =
  | { action: 'answer'; body: QuoteAnswerRequest }
  | { action: 'decline'; body: DeclineQuoteRequest }
  | { action: 'accept'; body: AcceptQuoteRequest }
  | { action: 'cancel'; body: CancelQuoteRequest };

function send(id: string, a: Action): Promise<QuoteRequest> {
  const params = { quoteRequestId: id };
  switch (a.action) {
    case 'answer':
      return call(quoteEndpoints.answer, { params, body: a.body });
    case 'decline':
      return call(quoteEndpoints.decline, { params, body: a.body });
    case 'accept':
      return call(quoteEndpoints.accept, { params, body: a.body });
    case 'cancel':
      return call(quoteEndpoints.cancel, { params, body: a.body });
  }
}

export function useQuoteAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: Action) => send(id, a),
    onSuccess: (q) => {
      qc.setQueryData(['quotes', 'one', q.id], q);
      void qc.invalidateQueries({ queryKey: ['quotes'] });
      void qc.invalidateQueries({ queryKey: ['courses'] });
    },
  });
}
