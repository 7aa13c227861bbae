import type { UpdateUserRequest, User } from '@mutualis/contracts';
import { roleBelongsToMutual } from '@mutualis/domain/accounts/roles';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { getUser } from './get-user.ts';
import { resolveAccountScope } from './resolve-account-scope.ts';
import { userRepository } from './user-repository.ts';
import { visibleUser } from './visible-user.ts';

/**
 * Changes an account's name, language or role scope (role, member, provider) inside its mutual.
 * Nobody changes their own role (no accidental lock-out); platform administrators are managed apart.
 */
export async function updateUser(
  deps: Deps,
  caller: Caller,
  input: { userId: string; changes: UpdateUserRequest },
): Promise<User> {
  const { userId, changes } = input;
  const user = await visibleUser(deps, caller, userId);
  const current: Record<string, unknown> = {
    display_name: user.displayName,
    locale: user.locale,
    role: user.role,
    mutual_id: user.mutualId,
    member_id: user.memberId,
    provider_id: user.providerId,
    funder_id: user.funderId,
  };
  const changesScope = changes.role !== undefined || changes.memberId !== undefined || changes.providerId !== undefined;
  const values: Record<string, unknown> = {};
  if (changes.displayName !== undefined) values.display_name = changes.displayName;
  if (changes.locale !== undefined) values.locale = changes.locale;
  if (changesScope) {
    if (userId === caller.userId) throw new AppError('conflict', 'own_role');
    const role = changes.role ?? user.role;
    if (role === 'platform_admin' || user.role === 'platform_admin') throw invalid('role', 'platform_admin_apart');
    if (!roleBelongsToMutual(role) || !roleBelongsToMutual(user.role)) throw invalid('role', 'funder_role_kept');
    const scope = await resolveAccountScope(deps.db, caller, {
      role,
      mutualId: user.mutualId,
      memberId: changes.memberId === undefined ? user.memberId : changes.memberId,
      providerId: changes.providerId === undefined ? user.providerId : changes.providerId,
    });
    Object.assign(values, scope);
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (current[key] !== value) {
      before[key] = current[key];
      after[key] = value;
    }
  }
  if (Object.keys(after).length > 0) {
    await deps.loginSessions.changing(() =>
      inTransaction(deps, async (tx) => {
        await userRepository(tx.db).update(userId, after);
        await auditRepository(tx.db).record({
          at: deps.now(),
          mutualId: user.mutualId,
          actorUserId: caller.userId,
          action: 'update',
          entityType: 'user',
          entityId: userId,
          change: { before, after },
        });
      }),
    );
  }
  return getUser(deps, caller, { userId });
}
