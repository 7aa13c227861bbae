import { webPaths } from '@mutualis/contracts/web-paths';
import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { daysBetween, dueReminderThreshold, EXPIRY_REMINDER_DAYS } from '@mutualis/domain/learning/validity';
import { userRepository } from '../accounts/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { webUrl } from '../links.ts';
import { expiryReminderEmail } from '../mail/learning-templates.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { type ExpiryRow, learningRepository } from './repository.ts';

/** The web page a reminder links to: the firm's expiries, where the renewal need is one click. */
export const expiriesLink = (deps: Deps) => webUrl(deps.config, webPaths.expiries());

/**
 * Reminds each firm's contacts, in their language, of its employees' attestations that expire
 * within a threshold (60 and 14 days before): once per attestation, expiry and threshold, however
 * often it runs (the reminder row and the e-mails are written in one transaction, and a row
 * another pass wrote first stops this one). One e-mail per contact lists the firm's due
 * attestations. A firm without a contact account still has its reminders marked (recipients 0).
 * Returns the number of attestations reminded.
 */
export async function sendExpiryReminders(
  deps: Deps,
  thresholds: readonly number[] = EXPIRY_REMINDER_DAYS,
): Promise<number> {
  const today = todayInMontreal(deps.now());
  const until = addDays(today, Math.max(...thresholds));
  const due = new Map<string, { row: ExpiryRow; threshold: number }[]>();
  for (const row of await learningRepository(deps.db).dueForReminder(today, until)) {
    const threshold = dueReminderThreshold(row.expiresOn, today, thresholds);
    if (threshold === null || row.remindedDays.map(Number).includes(threshold)) continue;
    due.set(row.memberId, [...(due.get(row.memberId) ?? []), { row, threshold }]);
  }
  let reminded = 0;
  for (const [memberId, items] of due) {
    reminded += await inTransaction(deps, async (tx) => {
      const repo = learningRepository(tx.db);
      const now = tx.now().toISOString();
      const fresh: typeof items = [];
      for (const item of items) {
        const key = {
          attestationId: item.row.attestationId,
          expiresOn: item.row.expiresOn,
          thresholdDays: item.threshold,
        };
        if (await repo.markReminded({ ...key, mutualId: item.row.mutualId, memberId }, now)) fresh.push(item);
      }
      if (fresh.length === 0) return 0;
      const contacts = await userRepository(tx.db).contactsOf([memberId]);
      const list = fresh.map(({ row }) => ({
        employeeName: row.employeeName,
        titleFr: row.titleFr,
        titleEn: row.titleEn,
        number: row.number,
        expiresOn: row.expiresOn,
        daysLeft: daysBetween(today, row.expiresOn),
      }));
      for (const c of contacts) {
        const email = expiryReminderEmail({
          locale: c.locale,
          name: c.name,
          firmName: fresh[0].row.memberName,
          items: list,
          link: expiriesLink(tx),
        });
        await enqueueEmail(
          tx.db,
          { mutualId: fresh[0].row.mutualId, kind: 'attestation_expiry', to: c.email, locale: c.locale, email },
          tx.now(),
        );
      }
      for (const { row, threshold } of fresh) {
        await repo.setRecipients(
          { attestationId: row.attestationId, expiresOn: row.expiresOn, thresholdDays: threshold },
          contacts.length,
        );
      }
      return fresh.length;
    });
  }
  return reminded;
}
