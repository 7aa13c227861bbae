import type { EmailKind } from '@mutualis/domain/outbox/index';
import type { Db } from '../db/client.ts';
import type { RenderedEmail } from '../mail/templates.ts';
import { outboxRepository } from './repository.ts';

/**
 * Puts an e-mail in the outbox. Call it with the transaction of the business write, so that
 * the message exists if and only if the write happened; jobs/outbox-sender.ts delivers it.
 */
export async function enqueueEmail(
  trx: Db,
  message: { mutualId: string | null; kind: EmailKind; to: string; locale: 'fr' | 'en'; email: RenderedEmail },
  now: Date,
) {
  return outboxRepository(trx).enqueue(
    {
      mutualId: message.mutualId,
      kind: message.kind,
      to: message.to,
      locale: message.locale,
      subject: message.email.subject,
      text: message.email.text,
      html: message.email.html,
    },
    now.toISOString(),
  );
}

/** Puts several e-mails in the outbox at once (multi-row inserts), in the business write's transaction. */
export async function enqueueEmails(
  trx: Db,
  messages: readonly {
    mutualId: string | null;
    kind: EmailKind;
    to: string;
    locale: 'fr' | 'en';
    email: RenderedEmail;
  }[],
  now: Date,
) {
  await outboxRepository(trx).enqueueMany(
    messages.map((m) => ({
      mutualId: m.mutualId,
      kind: m.kind,
      to: m.to,
      locale: m.locale,
      subject: m.email.subject,
      text: m.email.text,
      html: m.email.html,
    })),
    now.toISOString(),
  );
}
