import { ACCOUNT_STATUSES } from '@mutualis/domain/accounts/account-status';
import { ACCOUNT_LOCALES } from '@mutualis/domain/accounts/locale';
import { z } from 'zod';
import { meSchema, roleSchema } from './auth.ts';
import { endpoint, noContent } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFields } from './paging.ts';

export const localeSchema = z.enum(ACCOUNT_LOCALES).meta({ id: 'Locale' });
/** Passwords: at least 12 characters (long passphrases welcome), at most 200. */
export const newPasswordSchema = z.string().min(12, checkCode('password_too_short')).max(200);
const email = z.string().trim().email().max(254);
const displayName = z.string().trim().min(1).max(120);

/** invited = no password yet; deactivated = may not log in. */
export const userStatusSchema = z.enum(ACCOUNT_STATUSES).meta({ id: 'UserStatus' });

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

export const userPageSchema = pagedListSchema(userSchema, 'UserPage');
export type UserPage = z.infer<typeof userPageSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Search in name and e-mail' }),
  role: roleSchema.optional(),
  status: userStatusSchema.optional(),
  mutualId: z.string().uuid().optional().meta({ description: 'Platform administrator only: one mutual' }),
  ...pageQueryFields,
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

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

export const userIdParamSchema = z.object({ userId: z.string().uuid() });

const tooMany = 'Too many attempts answer 429 rate_limited, with Retry-After.';

/** Accounts: coordinators manage their mutual's, the platform administrator everyone's. */
export const userEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/users',
    tag: 'users',
    summary: "List and search accounts (a coordinator: its mutual's)",
    query: userListQuerySchema,
    response: userPageSchema,
  }),
  invite: endpoint({
    method: 'post',
    path: '/api/users',
    tag: 'users',
    summary: 'Invite someone: creates the account without password and e-mails a link valid 7 days',
    body: inviteUserRequestSchema,
    response: userSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/users/{userId}',
    tag: 'users',
    summary: 'One account',
    params: userIdParamSchema,
    response: userSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/users/{userId}',
    tag: 'users',
    summary: 'Change an account: name, language, role scope (role, member, provider)',
    params: userIdParamSchema,
    body: updateUserRequestSchema,
    response: userSchema,
  }),
  deactivate: endpoint({
    method: 'post',
    path: '/api/users/{userId}/deactivate',
    tag: 'users',
    summary: 'Deactivate an account: it can no longer log in and its sessions end',
    params: userIdParamSchema,
    response: userSchema,
  }),
  reactivate: endpoint({
    method: 'post',
    path: '/api/users/{userId}/reactivate',
    tag: 'users',
    summary: 'Reactivate an account',
    params: userIdParamSchema,
    response: userSchema,
  }),
  resendInvitation: endpoint({
    method: 'post',
    path: '/api/users/{userId}/resend-invitation',
    tag: 'users',
    summary: 'Send a new invitation link to an account that has no password yet (the old link stops working)',
    params: userIdParamSchema,
    response: userSchema,
  }),
};

/** Invitations, password reset and the caller's own profile and password. */
export const accountEndpoints = {
  acceptInvitation: endpoint({
    method: 'post',
    path: '/api/auth/invitations/accept',
    tag: 'auth',
    summary: 'Accept an invitation: choose a password (12+ characters); logs in (sets the session cookie)',
    description: tooMany,
    otherProblems: [429],
    body: acceptInvitationRequestSchema,
    response: meSchema,
  }),
  requestPasswordReset: endpoint({
    method: 'post',
    path: '/api/auth/password-reset',
    tag: 'auth',
    summary: 'Ask for a password reset link by e-mail; always 202, whether the account exists or not',
    description: `If the account exists, a link valid one hour is on its way. ${tooMany}`,
    otherProblems: [429],
    body: passwordResetRequestSchema,
    response: noContent,
    status: 202,
  }),
  confirmPasswordReset: endpoint({
    method: 'post',
    path: '/api/auth/password-reset/confirm',
    tag: 'auth',
    summary: 'Set a new password with the e-mailed token; ends every session of the account',
    description: tooMany,
    otherProblems: [429],
    body: passwordResetConfirmSchema,
    response: noContent,
    status: 204,
  }),
  updateMe: endpoint({
    method: 'patch',
    path: '/api/auth/me',
    tag: 'auth',
    summary: 'Change my display name and language (fr, en)',
    body: updateMeRequestSchema,
    response: meSchema,
  }),
  changePassword: endpoint({
    method: 'post',
    path: '/api/auth/me/password',
    tag: 'auth',
    summary: 'Change my password (current and new); ends my other sessions and renews this one (new CSRF token)',
    body: changePasswordRequestSchema,
    response: meSchema,
  }),
};
