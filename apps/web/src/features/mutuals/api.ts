// The mutuals page's API (platform administrator): the mutuals, creating and editing one.
import { type CreateMutualRequest, type Mutual, mutualEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import type { MutationCallbacks } from '../auth/api.ts';

export type { Mutual };

/** Every mutual, by name (one page of up to 500: an installation has a handful). */
export function useMutuals(enabled = true) {
  return useQuery({
    queryKey: ['mutuals'],
    queryFn: () => call(mutualEndpoints.list, { query: { pageSize: 500 } }),
    select: (data) => data.items,
    enabled,
  });
}

/** Creates a mutual, or edits `mutual` when one is given. */
export function useSaveMutual(mutual: Mutual | null, callbacks: MutationCallbacks<Mutual> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMutualRequest) =>
      mutual
        ? call(mutualEndpoints.update, { params: { mutualId: mutual.id }, body })
        : call(mutualEndpoints.create, { body }),
    ...callbacks,
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['mutuals'] });
      callbacks.onSuccess?.(saved);
    },
  });
}
