// The state of an account as its managers see it.

/** invited: no password chosen yet; active: may log in; deactivated: may not log in. */
export const ACCOUNT_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** An account's status from whether it is active and whether it has chosen a password. */
export function accountStatusOf(account: { active: boolean; hasPassword: boolean }): AccountStatus {
  if (!account.active) return 'deactivated';
  return account.hasPassword ? 'active' : 'invited';
}

/** True when an invitation may be sent again: the account is active and has no password yet. */
export const mayResendInvitation = (status: AccountStatus): boolean => status === 'invited';

/** The purposes of the one-time links e-mailed to an account. */
export const TOKEN_PURPOSES = ['invitation', 'password_reset'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];
