import type { UpdateMeRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { userRepository } from './user-repository.ts';
import type { Deps, Caller } from '../caller.ts';

/** Changes the caller's own display name and language (the web app keeps its language this way). */
export async function updateProfile(deps: Deps, actor: Caller, input: UpdateMeRequest) {
  const values = {
    ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  if (Object.keys(values).length === 0) return;
  await deps.loginSessions.changing(() =>
    deps.db.transaction().execute(async (trx) => {
      await userRepository(trx).update(actor.userId, values);
      await auditRepository(trx).record({
        at: deps.now(),
        mutualId: actor.mutualId,
        memberId: actor.memberId,
        actorUserId: actor.userId,
        action: 'update_profile',
        entityType: 'user',
        entityId: actor.userId,
        change: input,
      });
    }),
  );
}
