import type { InviteUserRequest, User } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { getUser } from './get-user.ts';
import { resolveAccountScope } from './resolve-account-scope.ts';
import { sendInvitation } from './send-invitation.ts';
import { userRepository } from './user-repository.ts';

const emailTaken = () => new AppError('conflict', 'email_taken', { fields: [{ field: 'email', code: 'email_taken' }] });

/**
 * Creates an account without password in the caller's reach and e-mails the invitation.
 * Coordinators invite into their mutual; the platform administrator anywhere.
 */
export async function inviteUser(deps: Deps, caller: Caller, input: InviteUserRequest): Promise<User> {
  const scope = await resolveAccountScope(deps.db, caller, input);
  const userId = await inTransaction(deps, async (tx) => {
    const users = userRepository(tx.db);
    if (await users.findByEmail(input.email)) throw emailTaken();
    const user = await users.insert({
      email: input.email,
      display_name: input.displayName,
      locale: input.locale,
      password_hash: null,
      ...scope,
    });
    await sendInvitation(
      tx.db,
      deps,
      {
        id: user.id,
        email: user.email,
        displayName: user.display_name,
        role: user.role,
        mutualId: user.mutual_id,
        locale: user.locale,
      },
      caller.displayName,
    );
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: user.mutual_id,
      actorUserId: caller.userId,
      action: 'invite',
      entityType: 'user',
      entityId: user.id,
      change: { email: user.email, role: user.role, memberId: user.member_id, providerId: user.provider_id },
    });
    return user.id;
  });
  return getUser(deps, caller, { userId });
}
