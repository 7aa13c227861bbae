// The account page's API: the caller's own profile and password.
import { accountEndpoints, type ChangePasswordRequest, type Me, type UpdateMeRequest } from '@mutualis/contracts';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client.ts';
import type { MutationCallbacks } from '../auth/api.ts';

/** Saves my display name and language; answers with the account, updated. */
export function useSaveProfile(callbacks: MutationCallbacks<Me> = {}) {
  return useMutation({
    mutationFn: (body: UpdateMeRequest) => call(accountEndpoints.updateMe, { body }),
    ...callbacks,
  });
}

/** Changes my password; answers with the renewed session (its new CSRF token). */
export function useChangePassword(callbacks: MutationCallbacks<Me> = {}) {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => call(accountEndpoints.changePassword, { body }),
    ...callbacks,
  });
}
