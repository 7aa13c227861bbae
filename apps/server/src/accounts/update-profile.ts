import type { UpdateMeRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { userRepository } from './user-repository.ts';

/** Changes the caller's own display name and language (the web app keeps its language this way); returns the caller, updated. */
export async function updateProfile(deps: Deps, caller: Caller, input: UpdateMeRequest): Promise<Caller> {
  const values = {
    ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  if (Object.keys(values).length === 0) return caller;
  await deps.loginSessions.changing(() =>
    inTransaction(deps, async (tx) => {
      await userRepository(tx.db).update(caller.userId, values);
      await auditRepository(tx.db).record({
        at: deps.now(),
        mutualId: caller.mutualId,
        memberId: caller.memberId,
        actorUserId: caller.userId,
        action: 'update_profile',
        entityType: 'user',
        entityId: caller.userId,
        change: input,
      });
    }),
  );
  return { ...caller, ...input };
}
