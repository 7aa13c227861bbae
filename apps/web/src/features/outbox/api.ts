// The outbox page's API: a page of the e-mails, and retrying a failed one.
import { type OutboxMessage, type OutboxQuery, outboxEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import type { MutationCallbacks } from '../auth/api.ts';

export type { OutboxMessage };

export function useOutbox(query: Partial<OutboxQuery>) {
  return useQuery({
    queryKey: ['outbox', query],
    queryFn: () => call(outboxEndpoints.list, { query }),
    placeholderData: (previous) => previous,
  });
}

export function useRetryOutboxMessage(callbacks: MutationCallbacks<OutboxMessage> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: number) => call(outboxEndpoints.retry, { params: { messageId } }),
    ...callbacks,
    onSuccess: (message) => {
      void queryClient.invalidateQueries({ queryKey: ['outbox'] });
      callbacks.onSuccess?.(message);
    },
  });
}
