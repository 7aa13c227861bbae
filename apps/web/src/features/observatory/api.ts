import type { ObservatoryQuery } from '@mutualis/contracts';
import { fundingEndpoints, observatoryEndpoints as o } from '@mutualis/contracts';
import type { FunderKind } from '@mutualis/domain/governance/funders';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

type Query = Omit<ObservatoryQuery, 'indicators'> & { indicators?: string };

export const useObservatory = (query: Query) =>
  useQuery({
    queryKey: ['observatory', query],
    queryFn: () => call(o.observatory, { query: query as never }),
    placeholderData: (p) => p,
  });
export const useObservedMutuals = () =>
  useQuery({ queryKey: ['observatory', 'mutuals'], queryFn: () => call(o.mutuals, { query: { pageSize: 500 } }) });
export const useObservedScorecard = (mutualId: string | undefined, year?: number) =>
  useQuery({
    queryKey: ['observatory', 'scorecard', mutualId, year ?? null],
    queryFn: () => call(o.scorecard, { params: { mutualId: mutualId as string }, query: year ? { year } : {} }),
    enabled: Boolean(mutualId),
  });

/** A funder organisation's account: the claims the mutuals it is linked to sent it (amounts only). */
export const useReceivedClaims = () =>
  useQuery({
    queryKey: ['observatory', 'received-claims'],
    queryFn: () => call(fundingEndpoints.receivedClaims, { query: { pageSize: 200 } }),
  });

/** Downloads the anonymised open data (ZIP) in the page's language. */
export const downloadOpenData = (lang: 'fr' | 'en') => downloadFrom(o.openData, { query: { lang } }, 'open-data.zip');

export const useFunders = (enabled = true) =>
  useQuery({ queryKey: ['funders'], queryFn: () => call(o.funders, { query: { pageSize: 200 } }), enabled });

export function useCreateFunder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; kind: FunderKind }) => call(o.createFunder, { body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['funders'] }),
  });
}

export function useSetFundedMutuals() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ funderId, mutualIds }: { funderId: string; mutualIds: string[] }) =>
      call(o.setFundedMutuals, { params: { funderId }, body: { mutualIds } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['funders'] }),
  });
}
