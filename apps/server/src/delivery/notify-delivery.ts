import { webPaths } from '@mutualis/contracts/web-paths';
import { sessionTitleIn } from '@mutualis/domain/delivery/session-title';
import { userRepository } from '../accounts/index.ts';
import type { Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { webUrl } from '../links.ts';
import { type DeliveryEmailKind, deliveryEmail, type SessionMailFacts } from '../mail/delivery-templates.ts';
import { enqueueEmails } from '../outbox/index.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';

export interface MailPerson {
  memberId: string;
  employeeName: string;
  employeeEmail: string | null;
  employeeLanguage: 'fr' | 'en';
}

/** What an e-mail says of a session: its title in each language, its days, place and link. */
export async function sessionMailFacts(db: Db, row: SessionRow): Promise<SessionMailFacts> {
  const days = await trainingSessionRepository(db).meetingDays(row.id);
  return {
    titles: { fr: sessionTitleIn(row, 'fr'), en: sessionTitleIn(row, 'en') },
    days: days.map((d) => ({ day: d.day, startsAt: d.startsAt, endsAt: d.endsAt })),
    place: row.place,
    virtualLink: row.virtualLink,
  };
}

/**
 * The e-mails that carry the virtual class's link: those to people who hold a seat. A waitlisted
 * person (possibly of a firm without seats) or a cancelled session's gets none.
 */
const CARRIES_VIRTUAL_LINK: readonly DeliveryEmailKind[] = [
  'session_invitation',
  'enrolment_confirmation',
  'session_reminder',
  'session_change',
  'waitlist_promotion',
];

/**
 * Tells participants about their session, each in their language: the participant's own
 * e-mail when known, otherwise the firm's member contacts. Runs in the caller's transaction (`tx`);
 * the messages are written together (multi-row inserts), in the order of `people`.
 */
export async function notifyParticipants(
  tx: Deps,
  row: SessionRow,
  people: readonly MailPerson[],
  kind: Exclude<DeliveryEmailKind, 'questionnaire' | 'level3_questionnaire'>,
  extra: { reason?: string | null; link?: string } = {},
) {
  if (people.length === 0) return;
  const facts = await sessionMailFacts(tx.db, row);
  const session = CARRIES_VIRTUAL_LINK.includes(kind) ? facts : { ...facts, virtualLink: null };
  const contacts = await userRepository(tx.db).contactsOf([
    ...new Set(people.filter((p) => !p.employeeEmail).map((p) => p.memberId)),
  ]);
  const messages = people.flatMap((p) => {
    const recipients = p.employeeEmail
      ? [{ email: p.employeeEmail, name: p.employeeName, locale: p.employeeLanguage }]
      : contacts
          .filter((c) => c.memberId === p.memberId)
          .map((c) => ({ email: c.email, locale: c.locale, name: `${c.name} (${p.employeeName})` }));
    return recipients.map((r) => ({
      mutualId: row.mutualId,
      kind,
      to: r.email,
      locale: r.locale,
      email: deliveryEmail(kind, { locale: r.locale, name: r.name, session, ...extra }),
    }));
  });
  await enqueueEmails(tx.db, messages, tx.now());
}

/** Link to a session page in the web app. */
export const sessionLink = (deps: Deps, sessionId: string) => webUrl(deps.config, webPaths.session(sessionId));
