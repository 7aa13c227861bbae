import { ACCOUNT_LOCALES } from '@mutualis/domain/accounts/locale';
import { ROLES } from '@mutualis/domain/accounts/roles';
import { z } from 'zod';
import { endpoint, noContent } from './endpoint.ts';

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const loginRequestSchema = z
  .object({ email: z.string().trim().email().max(254), password: z.string().min(1).max(1000) })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The logged-in account as the web app sees it. */
export const meSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: z.enum(ACCOUNT_LOCALES),
    role: roleSchema,
    mutualId: z.string().nullable(),
    memberId: z.string().nullable(),
    providerId: z.string().nullable(),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

/** Logging in and out, and who the caller is. */
export const authEndpoints = {
  login: endpoint({
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    summary: 'Log in with e-mail and password; sets the session cookie',
    description: 'Too many failed attempts for an e-mail or from an address answer 429 rate_limited, with Retry-After.',
    body: loginRequestSchema,
    response: meSchema,
    otherProblems: [429],
  }),
  logout: endpoint({
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: 'Log out: ends the session',
    response: noContent,
    status: 204,
  }),
  me: endpoint({
    method: 'get',
    path: '/api/auth/me',
    tag: 'auth',
    summary: 'Who am I: the logged-in account, its role and its CSRF token',
    response: meSchema,
  }),
};
