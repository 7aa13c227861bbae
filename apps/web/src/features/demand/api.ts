import type { DemandBoard, DemandCell, UnmetNeeds } from '@mutualis/contracts';
import { cellStatusSchema, unmetReasonSchema } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch, type Query } from '../../api/client.ts';

export type { DemandBoard, DemandCell, UnmetNeeds };
export const CELL_STATUSES = cellStatusSchema.options;
export const UNMET_REASONS = unmetReasonSchema.options;

export function useDemandBoard(query: Query) {
  return useQuery({ queryKey: ['demand', 'board', query], queryFn: () => apiFetch<DemandBoard>('/api/demand', { query }), placeholderData: (p) => p });
}

export function useUnmetNeeds(query: Query) {
  return useQuery({ queryKey: ['demand', 'unmet', query], queryFn: () => apiFetch<UnmetNeeds>('/api/demand/unmet', { query }), placeholderData: (p) => p });
}
