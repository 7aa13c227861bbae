import { auditRepository } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { managedUser } from './account-scope.ts';
import { sendInvitation } from './invite-user.ts';

/** Sends a new invitation link (the previous one stops working) to an account that has no password yet. */
export async function resendInvitation(deps: Deps, actor: Caller, userId: string) {
  const user = await managedUser(deps.db, actor, userId);
  if (!user.active) throw new AppError('conflict', 'This account is deactivated; reactivate it first');
  if (user.password_hash) throw new AppError('conflict', 'This account is already activated');
  await deps.db.transaction().execute(async (trx) => {
    await sendInvitation(trx, deps, user, actor.displayName);
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: user.mutual_id,
      actorUserId: actor.userId,
      action: 'resend_invitation',
      entityType: 'user',
      entityId: user.id,
      change: {},
    });
  });
}
