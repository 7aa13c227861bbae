import { z } from 'zod';
import { roleSchema } from './auth.ts';
import { pageQueryFields } from './paging.ts';

export const localeSchema = z.enum(['fr', 'en']).meta({ id: 'Locale' });
/** Passwords: at least 12 characters (long passphrases welcome), at most 200. */
export const newPasswordSchema = z.string().min(12, 'must be at least 12 characters').max(200);
const email = z.string().trim().email().max(254);
const displayName = z.string().trim().min(1).max(120);

/** invited = no password yet; deactivated = may not log in. */
export const userStatusSchema = z.enum(['invited', 'active', 'deactivated']).meta({ id: 'UserStatus' });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: localeSchema,
    role: roleSchema,
    status: userStatusSchema,
    mutualId: z.string().nullable(),
    mutualName: z.string().nullable(),
    memberId: z.string().nullable(),
    memberName: z.string().nullable(),
    providerId: z.string().nullable(),
    providerName: z.string().nullable(),
    funderId: z.string().nullable(),
    funderName: z.string().nullable(),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
    /** Expiry of the pending invitation link, when the account is still invited. */
    invitationExpiresAt: z.string().nullable(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userPageSchema = z
  .object({ items: z.array(userSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'UserPage' });
export type UserPage = z.infer<typeof userPageSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Search in name and e-mail' }),
  role: roleSchema.optional(),
  status: userStatusSchema.optional(),
  mutualId: z.string().uuid().optional().meta({ description: 'Platform administrator only: one mutual' }),
  ...pageQueryFields,
});

/**
 * Invite someone. Coordinators invite into their own mutual; the platform administrator names
 * the mutual (required for every role but platform_admin, funder and researcher). member_contact needs
 * memberId, trainer needs providerId, funder needs funderId.
 */
export const inviteUserRequestSchema = z
  .object({
    email,
    displayName,
    role: roleSchema,
    locale: localeSchema.default('fr'),
    mutualId: z.string().uuid().optional(),
    memberId: z.string().uuid().optional(),
    providerId: z.string().uuid().optional(),
    funderId: z.string().uuid().optional().meta({ description: 'Required for a funder (platform administrator only)' }),
  })
  .meta({ id: 'InviteUserRequest' });
export type InviteUserRequest = z.infer<typeof inviteUserRequestSchema>;

/** Change an account's name or role scope. */
export const updateUserRequestSchema = z
  .object({
    displayName: displayName.optional(),
    role: roleSchema.optional(),
    memberId: z.string().uuid().nullable().optional(),
    providerId: z.string().uuid().nullable().optional(),
    locale: localeSchema.optional(),
  })
  .meta({ id: 'UpdateUserRequest' });
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const acceptInvitationRequestSchema = z
  .object({ token: z.string().min(10).max(200), password: newPasswordSchema, displayName: displayName.optional() })
  .meta({ id: 'AcceptInvitationRequest' });
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;

export const passwordResetRequestSchema = z.object({ email }).meta({ id: 'PasswordResetRequest' });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = z
  .object({ token: z.string().min(10).max(200), password: newPasswordSchema })
  .meta({ id: 'PasswordResetConfirm' });
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

export const updateMeRequestSchema = z
  .object({ displayName: displayName.optional(), locale: localeSchema.optional() })
  .meta({ id: 'UpdateMeRequest' });
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;

export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(1000), newPassword: newPasswordSchema })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
