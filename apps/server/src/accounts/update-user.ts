import type { UpdateUserRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { userRepository } from './user-repository.ts';
import { AppError, invalid } from '../errors.ts';
import { roleBelongsToMutual } from '@mutualis/domain/accounts/roles';
import type { Deps, Caller } from '../caller.ts';
import { managedUser, resolveAccountScope } from './account-scope.ts';

/**
 * Changes an account's name, language or role scope (role, member, provider) inside its mutual.
 * Nobody changes their own role (no accidental lock-out); platform administrators are managed apart.
 */
export async function updateUser(deps: Deps, actor: Caller, userId: string, input: UpdateUserRequest) {
  const user = await managedUser(deps.db, actor, userId);
  const changesScope = input.role !== undefined || input.memberId !== undefined || input.providerId !== undefined;
  const values: Record<string, unknown> = {};
  if (input.displayName !== undefined) values.display_name = input.displayName;
  if (input.locale !== undefined) values.locale = input.locale;
  if (changesScope) {
    if (userId === actor.userId) throw new AppError('conflict', 'You may not change your own role');
    const role = input.role ?? user.role;
    if (role === 'platform_admin' || user.role === 'platform_admin') {
      throw invalid('role', 'platform administrator accounts are managed apart');
    }
    if (!roleBelongsToMutual(role) || !roleBelongsToMutual(user.role)) {
      throw invalid('role', 'funder and researcher accounts are invited as such and keep their role');
    }
    const scope = await resolveAccountScope(deps.db, actor, {
      role,
      mutualId: user.mutual_id,
      memberId: input.memberId === undefined ? user.member_id : input.memberId,
      providerId: input.providerId === undefined ? user.provider_id : input.providerId,
    });
    Object.assign(values, scope);
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const old = (user as Record<string, unknown>)[key];
    if (old !== value) {
      before[key] = old;
      after[key] = value;
    }
  }
  if (Object.keys(after).length === 0) return;
  await deps.loginSessions.changing(() =>
    deps.db.transaction().execute(async (trx) => {
      await userRepository(trx).update(userId, after);
      await auditRepository(trx).record({
        at: deps.now(),
        mutualId: user.mutual_id,
        actorUserId: actor.userId,
        action: 'update',
        entityType: 'user',
        entityId: userId,
        change: { before, after },
      });
    }),
  );
}
