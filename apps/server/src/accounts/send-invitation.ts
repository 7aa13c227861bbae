import { webPaths } from '@mutualis/contracts/web-paths';
import type { AccountLocale } from '@mutualis/domain/accounts/locale';
import type { Role } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { webUrl } from '../links.ts';
import { invitationEmail } from '../mail/templates.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { INVITATION_TTL_MS, issueToken } from './one-time-tokens.ts';

/** The account an invitation goes to. */
export interface Invitee {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  mutualId: string | null;
  locale: AccountLocale;
}

/** Issues an invitation token and queues the e-mail carrying its link (a step inside the caller's transaction). */
export async function sendInvitation(
  trx: Db,
  deps: Pick<Deps, 'config' | 'now'>,
  invitee: Invitee,
  inviterName: string,
) {
  const now = deps.now();
  const token = await issueToken(trx, invitee.id, 'invitation', INVITATION_TTL_MS, now);
  const mutual = invitee.mutualId ? await mutualRepository(trx).find(invitee.mutualId) : undefined;
  const email = invitationEmail({
    locale: invitee.locale,
    inviteeName: invitee.displayName,
    inviterName,
    mutualName: mutual?.name ?? null,
    role: invitee.role,
    // `lang`: the page is read before login, so it cannot ask the account
    link: webUrl(deps.config, webPaths.invitation(token, invitee.locale)),
    validDays: INVITATION_TTL_MS / 86_400_000,
  });
  await enqueueEmail(
    trx,
    { mutualId: invitee.mutualId, kind: 'invitation', to: invitee.email, locale: invitee.locale, email },
    now,
  );
}
