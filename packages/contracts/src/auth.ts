import { ROLES } from '@mutualis/domain/accounts/roles';
import { z } from 'zod';

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
    locale: z.enum(['fr', 'en']),
    role: roleSchema,
    mutualId: z.string().nullable(),
    memberId: z.string().nullable(),
    providerId: z.string().nullable(),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;
