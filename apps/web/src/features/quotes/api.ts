import type { AcceptQuoteRequest, CreateQuoteRequest, QuoteAnswerRequest, QuoteRequest } from '@mutualis/contracts';
import type { quoteRequestSummarySchema } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch } from '../../api/client.ts';

export type { QuoteRequest };
export type QuoteSummary = z.infer<typeof quoteRequestSummarySchema>;

export function useQuotes(status?: string | null) {
  return useQuery({
    queryKey: ['quotes', status ?? null],
    queryFn: () => apiFetch<{ items: QuoteSummary[] }>('/api/quotes', { query: { status: status ?? undefined } }),
    select: (d) => d.items,
  });
}

export function useQuote(id: string | undefined) {
  return useQuery({ queryKey: ['quotes', 'one', id], queryFn: () => apiFetch<QuoteRequest>(`/api/quotes/${id}`), enabled: Boolean(id) });
}

export function useCreateQuote() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuoteRequest) => apiFetch<QuoteRequest>('/api/quotes', { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['quotes'] }),
  });
}

type Action =
  | { action: 'answer'; body: QuoteAnswerRequest }
  | { action: 'decline'; body: { reason?: string } }
  | { action: 'accept'; body: AcceptQuoteRequest }
  | { action: 'cancel'; body: { reason?: string } };

export function useQuoteAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: Action) => apiFetch<QuoteRequest>(`/api/quotes/${id}/${action}`, { method: 'POST', body }),
    onSuccess: (q) => {
      qc.setQueryData(['quotes', 'one', q.id], q);
      void qc.invalidateQueries({ queryKey: ['quotes'] });
      void qc.invalidateQueries({ queryKey: ['courses'] });
    },
  });
}
