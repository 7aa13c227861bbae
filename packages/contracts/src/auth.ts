import { ACCOUNT_LOCALES } from '@mutualis/domain/accounts/locale';
import { ROLES } from '@mutualis/domain/accounts/roles';
import { z } from 'zod';
import { endpoint, noContent } from './endpoint.ts';
import { checkCode } from './messages.ts';

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

// ---------- single sign-on with OpenID Connect (optional, per mutual, off by default) ----------

/** A mutual's OpenID Connect provider as the coordinator sees it: the client secret is only "set" or not. */
export const ssoSettingsSchema = z
  .object({
    configured: z.boolean().meta({ description: 'Whether the mutual has a provider at all' }),
    providerName: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    clientSecretSet: z.boolean().meta({ description: 'The secret is stored, never returned' }),
    enabled: z.boolean(),
    requireEmailVerified: z.boolean(),
  })
  .meta({ id: 'SsoSettings' });
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;

export const ssoSettingsRequestSchema = z
  .object({
    providerName: z.string().trim().min(2).max(100).meta({ description: 'Shown on the button: “Sign in with …”' }),
    issuer: z.string().trim().url().max(500).meta({
      description: 'The provider’s issuer URL (https; http only for localhost or 127.0.0.1 outside production)',
    }),
    clientId: z.string().trim().min(1).max(500),
    clientSecret: z.string().min(1).max(1000).optional().meta({ description: 'Left out: the stored secret is kept' }),
    enabled: z.boolean(),
    requireEmailVerified: z.boolean().default(true),
  })
  .meta({ id: 'SsoSettingsRequest' });
export type SsoSettingsRequest = z.input<typeof ssoSettingsRequestSchema>;

/** What the login page needs to offer a mutual's single sign-on. */
export const ssoLoginOptionSchema = z
  .object({ providerName: z.string(), startUrl: z.string() })
  .meta({ id: 'SsoLoginOption' });
export type SsoLoginOption = z.infer<typeof ssoLoginOptionSchema>;

/** A mutual named in a login address: its slug (or its id, which has the same shape). */
const mutualSlugOrIdSchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, checkCode('slug'))
  .meta({ description: 'The mutual’s slug or id' });

export const ssoEndpoints = {
  getSettings: endpoint({
    method: 'get',
    path: '/api/auth/sso/settings',
    tag: 'auth',
    summary: 'The mutual’s single sign-on provider (the client secret is never returned)',
    query: z.object({
      mutualId: z
        .string()
        .uuid()
        .optional()
        .meta({ description: 'Platform administrator only: the mutual (required)' }),
    }),
    response: ssoSettingsSchema,
  }),
  setSettings: endpoint({
    method: 'put',
    path: '/api/auth/sso/settings',
    tag: 'auth',
    summary: 'Set the mutual’s OpenID Connect provider (off until enabled); audited',
    query: z.object({
      mutualId: z
        .string()
        .uuid()
        .optional()
        .meta({ description: 'Platform administrator only: the mutual (required)' }),
    }),
    body: ssoSettingsRequestSchema,
    response: ssoSettingsSchema,
  }),
  option: endpoint({
    method: 'get',
    path: '/api/auth/sso',
    tag: 'auth',
    summary: 'The single sign-on a mutual offers on the login page (404 when none is enabled)',
    query: z.object({ mutual: mutualSlugOrIdSchema }),
    response: ssoLoginOptionSchema,
  }),
  start: endpoint({
    method: 'get',
    path: '/api/auth/oidc/{mutualSlugOrId}/start',
    tag: 'auth',
    summary: 'Start a single sign-on: redirects (302) to the mutual’s provider',
    params: z.object({ mutualSlugOrId: mutualSlugOrIdSchema }),
    response: noContent,
    status: 302,
    otherProblems: [429],
  }),
  callback: endpoint({
    method: 'get',
    path: '/api/auth/oidc/callback',
    tag: 'auth',
    summary:
      'The provider’s answer: opens a session for the existing active account of the mutual with the verified e-mail and redirects (302) to the app, or back to the login page with the reason',
    query: z.object({
      state: z
        .string()
        .max(200)
        .regex(/^[A-Za-z0-9_-]*$/)
        .optional()
        .meta({ description: 'The state this server sent (base64url)' }),
      code: z.string().max(2000).optional(),
      error: z.string().max(200).optional(),
      error_description: z.string().max(2000).optional(),
      iss: z.string().max(500).optional(),
      session_state: z.string().max(500).optional(),
    }),
    response: noContent,
    status: 302,
  }),
};
