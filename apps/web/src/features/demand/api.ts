import type { ClientInput, DemandBoard, DemandCell, UnmetNeeds } from '@mutualis/contracts';
import { demandEndpoints } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export { CELL_STATUSES, cellIsReady, UNMET_REASONS } from '@mutualis/domain/demand/demand';
export type { DemandBoard, DemandCell, UnmetNeeds };

export type DemandBoardQuery = NonNullable<ClientInput<typeof demandEndpoints.board>['query']>;
export type UnmetQuery = NonNullable<ClientInput<typeof demandEndpoints.unmet>['query']>;
export type DemandExportQuery = NonNullable<ClientInput<typeof demandEndpoints.export>['query']>;

export function useDemandBoard(query: DemandBoardQuery) {
  return useQuery({
    queryKey: ['demand', 'board', query],
    queryFn: () => call(demandEndpoints.board, { query }),
    placeholderData: (p) => p,
  });
}

export function useUnmetNeeds(query: UnmetQuery) {
  return useQuery({
    queryKey: ['demand', 'unmet', query],
    queryFn: () => call(demandEndpoints.unmet, { query }),
    placeholderData: (p) => p,
  });
}

/** Downloads the board and its unmet needs as an XLSX workbook (in the caller's language, named by the server). */
export function downloadDemand(query: DemandExportQuery) {
  return downloadFrom(demandEndpoints.export, { query }, 'demand.xlsx');
}
