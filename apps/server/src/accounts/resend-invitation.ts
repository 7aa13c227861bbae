import type { User } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { getUser } from './get-user.ts';
import { sendInvitation } from './send-invitation.ts';
import { visibleUser } from './visible-user.ts';

/** Sends a new invitation link (the previous one stops working) to an account that has no password yet. */
export async function resendInvitation(deps: Deps, caller: Caller, input: { userId: string }): Promise<User> {
  const user = await visibleUser(deps, caller, input.userId);
  if (!user.active) throw new AppError('conflict', 'account_deactivated');
  if (user.passwordHash) throw new AppError('conflict', 'account_already_active');
  await inTransaction(deps, async (tx) => {
    await sendInvitation(tx.db, deps, user, caller.displayName);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: user.mutualId,
      actorUserId: caller.userId,
      action: 'resend_invitation',
      entityType: 'user',
      entityId: user.id,
      change: {},
    });
  });
  return getUser(deps, caller, input);
}
