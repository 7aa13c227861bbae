import { webPaths } from '@mutualis/contracts/web-paths';
import { todayInMontreal } from '@mutualis/domain/dates';
import { amountDue } from '@mutualis/domain/finance/invoice';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { type LinkConfig, webUrl } from '../links.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks } from './books.ts';
import { reminderEmail } from './invoice-emails.ts';

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Sends the reminders due on `today` for the mutual's overdue invoices: an invoice gets one reminder
 * for each reminder day of the settings (days after its due date) it has passed, at most one a run.
 */
export async function sendDueReminders(db: Db, mutualId: string, now: Date, links: LinkConfig): Promise<string[]> {
  const today = todayInMontreal(now);
  const settings = await ensureBooks(db, mutualId);
  const days = [...settings.reminder_days].sort((a, b) => a - b);
  if (days.length === 0) return [];
  const repo = billingRepository(db);
  const overdue = await repo.all(mutualId, { overdueOn: today });
  const recipients = await repo.recipients(mutualId, [...new Set(overdue.map((i) => i.member_id))]);
  const mutualName = await repo.mutualName(mutualId);
  const sent: string[] = [];
  for (const invoice of overdue) {
    const late = daysBetween(invoice.due_on as string, today);
    const owed = days.filter((d) => d <= late).length;
    if (owed <= invoice.reminders_sent) continue;
    const due = amountDue(Number(invoice.total_cents), Number(invoice.paid_cents), Number(invoice.credited_cents));
    if (due <= 0) continue;
    for (const r of recipients.get(invoice.member_id) ?? []) {
      const email = reminderEmail({
        lang: r.locale,
        mutualName,
        memberName: invoice.member_name,
        kind: 'invoice',
        number: invoice.number,
        totalCents: Number(invoice.total_cents),
        dueCents: due,
        dueOn: invoice.due_on,
        daysLate: late,
        link: webUrl(links, webPaths.myInvoice(invoice.id)),
      });
      await enqueueEmail(db, { mutualId, kind: 'invoice_reminder', to: r.email, locale: r.locale, email }, now);
    }
    await repo.update(mutualId, invoice.id, { reminders_sent: owed, last_reminder_on: today });
    sent.push(invoice.number);
  }
  return sent;
}

/** The coordinator sends the reminders due today now (the daily job does it too). */
export async function sendReminders(deps: Deps, caller: Caller) {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const invoices = await sendDueReminders(tx.db, mutualId, deps.now(), deps.config);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'invoices.remind',
      entityType: 'mutual',
      entityId: mutualId,
      change: { invoices },
    });
    return { sent: invoices.length, invoices };
  });
}
