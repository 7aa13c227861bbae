import type { User, UserPage } from '@mutualis/contracts';
import { type AccountRow, accountRepository } from './account-repository.ts';
import { tokenRepository } from './token-repository.ts';
import type { Role } from '../db/tables.ts';
import { notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { accountStatus, managedMutual } from './account-scope.ts';

const toUser = (row: AccountRow, invitationExpiresAt: string | undefined): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  locale: row.locale,
  role: row.role,
  status: accountStatus(row),
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
  invitationExpiresAt: accountStatus(row) === 'invited' ? (invitationExpiresAt ?? null) : null,
});

/** The accounts the caller manages: its mutual's, or all (or one mutual's) for the platform administrator. */
export async function listUsers(
  deps: Deps,
  actor: Caller,
  query: {
    q?: string;
    role?: Role;
    status?: 'invited' | 'active' | 'deactivated';
    mutualId?: string;
    page: number;
    pageSize: number;
  },
): Promise<UserPage> {
  const mutualId = managedMutual(actor, query.mutualId);
  const { rows, total } = await accountRepository(deps.db).list({ ...query, mutualId });
  const expiries = await tokenRepository(deps.db).pendingInvitationExpiries(
    rows.map((r) => r.id),
    deps.now().toISOString(),
  );
  return { items: rows.map((r) => toUser(r, expiries.get(r.id))), total, page: query.page, pageSize: query.pageSize };
}

/** One account the caller manages; another mutual's is not found. */
export async function getUser(deps: Deps, actor: Caller, userId: string): Promise<User> {
  const scope = managedMutual(actor);
  const row = await accountRepository(deps.db).find(userId);
  if (!row || (scope !== undefined && row.mutualId !== scope)) throw notFound('Account');
  const expiries = await tokenRepository(deps.db).pendingInvitationExpiries([row.id], deps.now().toISOString());
  return toUser(row, expiries.get(row.id));
}
