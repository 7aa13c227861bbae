import type { InviteUserRequest } from '@mutualis/contracts';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/index.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { userRepository } from './user-repository.ts';
import type { AppUserTable } from '../db/tables.ts';
import type { Deps, Caller } from '../caller.ts';
import { invitationEmail } from '../mail/templates.ts';
import { emailTaken, resolveAccountScope } from './account-scope.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { INVITATION_TTL_MS, issueToken, tokenLink } from './one-time-tokens.ts';

type Invitee = Pick<AppUserTable, 'email' | 'display_name' | 'role' | 'mutual_id'> & {
  id: string;
  locale: 'fr' | 'en';
};

/** Issues an invitation token and queues the e-mail carrying its link (inside the caller's transaction). */
export async function sendInvitation(
  trx: Db,
  deps: Pick<Deps, 'config' | 'now'>,
  invitee: Invitee,
  inviterName: string,
) {
  const now = deps.now();
  const token = await issueToken(trx, invitee.id, 'invitation', INVITATION_TTL_MS, now);
  const mutual = invitee.mutual_id ? await mutualRepository(trx).find(invitee.mutual_id) : undefined;
  const email = invitationEmail({
    locale: invitee.locale,
    inviteeName: invitee.display_name,
    inviterName,
    mutualName: mutual?.name ?? null,
    role: invitee.role,
    link: tokenLink(deps.config.PUBLIC_URL, 'invitation', token, invitee.locale),
    validDays: INVITATION_TTL_MS / 86_400_000,
  });
  await enqueueEmail(
    trx,
    { mutualId: invitee.mutual_id, kind: 'invitation', to: invitee.email, locale: invitee.locale, email },
    now,
  );
}

/**
 * Creates an account without password in the actor's reach and e-mails the invitation.
 * Coordinators invite into their mutual; the platform administrator anywhere. Returns the new id.
 */
export async function inviteUser(deps: Deps, actor: Caller, input: InviteUserRequest): Promise<string> {
  const scope = await resolveAccountScope(deps.db, actor, input);
  return deps.db.transaction().execute(async (trx) => {
    const users = userRepository(trx);
    if (await users.findByEmail(input.email)) throw emailTaken();
    const user = await users.insert({
      email: input.email,
      display_name: input.displayName,
      locale: input.locale,
      password_hash: null,
      ...scope,
    });
    await sendInvitation(trx, deps, { ...user, locale: user.locale }, actor.displayName);
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: user.mutual_id,
      actorUserId: actor.userId,
      action: 'invite',
      entityType: 'user',
      entityId: user.id,
      change: { email: user.email, role: user.role, memberId: user.member_id, providerId: user.provider_id },
    });
    return user.id;
  });
}
