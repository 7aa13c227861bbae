import type { LoginRequest, Me } from '@mutualis/contracts';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../api/client.ts';
import i18n, { type Language, rememberLanguage, storedLanguage } from '../../i18n/index.ts';
import { fetchMe as fetchMeFromApi, logIn, logOut, saveLanguage } from './api.ts';

export const ME_KEY = ['auth', 'me'] as const;

/**
 * The account's language applies unless this browser made an explicit choice (the FR | EN switch).
 * That choice is the person's latest, so it becomes the account's too (as the switch does when logged
 * in): the server writes its messages and e-mails in the account's language, which must be the page's.
 * At login, after an invitation and on every page load; answers the account as it now is.
 */
export function applyAccountLanguage<T extends Pick<Me, 'locale'>>(me: T): T {
  const stored = storedLanguage();
  if (!stored) {
    if (me.locale !== i18n.language) void i18n.changeLanguage(me.locale);
    return me;
  }
  if (stored === me.locale) return me;
  saveLanguage(stored).catch(() => {
    // the page keeps the browser's choice; the account keeps its previous language
  });
  return { ...me, locale: stored };
}

/** Takes a logged-in answer (login, invitation, password change): its CSRF token, language and account. */
export function acceptSession(queryClient: QueryClient, me: Me) {
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(ME_KEY, applyAccountLanguage(me));
}

async function fetchMe(): Promise<Me | null> {
  const me = await fetchMeFromApi();
  setCsrfToken(me?.csrfToken ?? null);
  return me ? applyAccountLanguage(me) : me;
}

/** The logged-in account, or null when logged out. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The logged-in account inside the authenticated shell (which renders only once it is known). */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the authenticated shell');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => logIn(body),
    onSuccess: (me) => {
      queryClient.clear();
      acceptSession(queryClient, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logOut(),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}

/** Switches the language, remembers it in this browser and, when logged in, on the account. */
export function useSwitchLanguage() {
  const queryClient = useQueryClient();
  return (lang: Language) => {
    rememberLanguage(lang);
    void i18n.changeLanguage(lang);
    const me = queryClient.getQueryData<Me | null>(ME_KEY);
    if (me && me.locale !== lang) {
      queryClient.setQueryData(ME_KEY, { ...me, locale: lang });
      saveLanguage(lang).catch(() => {
        // the browser remembers it anyway; the account keeps its previous language
      });
    }
  };
}
