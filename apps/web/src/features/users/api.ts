// The users page's API: the accounts the caller manages, invitations and (de)activation.
import { type InviteUserRequest, type User, type UserListQuery, userEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import type { MutationCallbacks } from '../auth/api.ts';

export type { User };

export function useUsers(query: Partial<UserListQuery>) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: () => call(userEndpoints.list, { query }),
    placeholderData: (previous) => previous,
  });
}

/** The actions on one account of the list. */
export type UserAction = 'resendInvitation' | 'deactivate' | 'reactivate';

export function useUserAction(callbacks: MutationCallbacks<User> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, action }: { user: User; action: UserAction }) =>
      call(userEndpoints[action], { params: { userId: user.id } }),
    ...callbacks,
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      callbacks.onSuccess?.(user);
    },
  });
}

export function useInviteUser(callbacks: MutationCallbacks<User> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteUserRequest) => call(userEndpoints.invite, { body }),
    ...callbacks,
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      callbacks.onSuccess?.(user);
    },
  });
}
