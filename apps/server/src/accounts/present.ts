// Account rows and callers → API answers.
import type { Me, User } from '@mutualis/contracts';
import { accountStatusOf } from '@mutualis/domain/accounts/account-status';
import type { Caller, Deps } from '../caller.ts';
import type { AccountRow } from './account-repository.ts';
import { tokenRepository } from './token-repository.ts';

/** The caller as GET /api/auth/me shows it (without the session id). */
export function presentMe(caller: Caller): Me {
  const { sessionId: _sessionId, ...me } = caller;
  return me;
}

/** The user-facing status of an account row. */
export const statusOf = (row: Pick<AccountRow, 'active' | 'passwordHash'>) =>
  accountStatusOf({ active: row.active, hasPassword: row.passwordHash !== null });

export function presentUser(row: AccountRow, invitationExpiresAt: string | undefined): User {
  const status = statusOf(row);
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    role: row.role,
    status,
    mutualId: row.mutualId,
    mutualName: row.mutualName,
    memberId: row.memberId,
    memberName: row.memberName,
    providerId: row.providerId,
    providerName: row.providerName,
    funderId: row.funderId,
    funderName: row.funderName,
    createdAt: row.createdAt,
    lastLoginAt: row.lastLoginAt,
    invitationExpiresAt: status === 'invited' ? (invitationExpiresAt ?? null) : null,
  };
}

/** Accounts with the expiry of their pending invitation, in the order given. */
export async function presentUsers(deps: Deps, rows: AccountRow[]): Promise<User[]> {
  const expiries = await tokenRepository(deps.db).pendingInvitationExpiries(
    rows.map((r) => r.id),
    deps.now().toISOString(),
  );
  return rows.map((r) => presentUser(r, expiries.get(r.id)));
}
