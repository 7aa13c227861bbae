// The auth feature's API: logging in and out, who the caller is, invitations and password reset.

import type {
  AcceptInvitationRequest,
  LoginRequest,
  PasswordResetConfirm,
  PasswordResetRequest,
  SsoSettingsRequest,
} from '@mutualis/contracts';
import { accountEndpoints, authEndpoints, type Me, ssoEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call } from '../../api/client.ts';
import type { Language } from '../../i18n/index.ts';

/** The logged-in account, or null when logged out (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await call(authEndpoints.me);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const logIn = (body: LoginRequest) => call(authEndpoints.login, { body });
export const logOut = () => call(authEndpoints.logout);

/** Saves the language on the account (the FR | EN switch). */
export const saveLanguage = (locale: Language) => call(accountEndpoints.updateMe, { body: { locale } });

/** What a page does when a mutation ends. */
export interface MutationCallbacks<T> {
  onSuccess?: (data: T) => void;
  onError?: (error: Error) => void;
}

/** Accepts an invitation: the account chooses its password and is logged in. */
export function useAcceptInvitation(callbacks: MutationCallbacks<Me> = {}) {
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) => call(accountEndpoints.acceptInvitation, { body }),
    ...callbacks,
  });
}

/** Asks for a password reset link; the answer never tells whether the account exists. */
export function useRequestPasswordReset(callbacks: MutationCallbacks<undefined> = {}) {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => call(accountEndpoints.requestPasswordReset, { body }),
    ...callbacks,
  });
}

/** Sets the new password with the e-mailed token. */
export function useConfirmPasswordReset(callbacks: MutationCallbacks<undefined> = {}) {
  return useMutation({
    mutationFn: (body: PasswordResetConfirm) => call(accountEndpoints.confirmPasswordReset, { body }),
    ...callbacks,
  });
}

/** The single sign-on a mutual (slug or id) offers on the login page; null when none (404). */
export function useSsoOption(mutual: string | null) {
  return useQuery({
    queryKey: ['auth', 'sso', mutual],
    enabled: Boolean(mutual),
    retry: false,
    queryFn: async () => {
      try {
        return await call(ssoEndpoints.option, { query: { mutual: mutual ?? '' } });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** The coordinator's view of the mutual's OpenID Connect provider (the secret is only "set" or not). */
export function useSsoSettings() {
  return useQuery({ queryKey: ['auth', 'sso-settings'], queryFn: () => call(ssoEndpoints.getSettings, {}) });
}

export function useSetSsoSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SsoSettingsRequest) => call(ssoEndpoints.setSettings, { body }),
    onSuccess: (data) => client.setQueryData(['auth', 'sso-settings'], data),
  });
}
