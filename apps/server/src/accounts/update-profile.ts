import type { UpdateMeRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/audit-repository.ts';
import { userRepository } from './user-repository.ts';
import type { Deps, Principal } from '../http/context.ts';
import { changingSessions } from './login-session-cache.ts';

/** Changes the caller's own display name and language (the web app keeps its language this way). */
export async function updateProfile(deps: Deps, actor: Principal, input: UpdateMeRequest) {
  const values = {
    ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  if (Object.keys(values).length === 0) return;
  await changingSessions(() =>
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
