import { todayInMontreal } from '@mutualis/domain/dates';
import { userRepository } from '../accounts/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { deliveryEmail } from '../mail/delivery-templates.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { sessionLink, sessionMailFacts } from './notify-delivery.ts';
import { sessionFactsOf } from './session-facts.ts';
import { trainingSessionRepository } from './session-repository.ts';

/** A coordinator runs the go/no-go check of its mutual now; answers the sessions alerted. */
export async function runGoNoGoCheck(deps: Deps, caller: Caller): Promise<{ alerted: string[] }> {
  return { alerted: await checkGoNoGo(deps, { mutualId: mutualOf(caller) }) };
}

/**
 * The go/no-go pass: every proposed session whose decision date has come without its minimum
 * (seats and firms) alerts the mutual's coordinators once, by e-mail through the outbox.
 * Returns the sessions alerted. Safe to run often (jobs, every mutual) or on demand (one mutual).
 */
export async function checkGoNoGo(deps: Deps, options: { mutualId?: string } = {}): Promise<string[]> {
  const today = todayInMontreal(deps.now());
  const due = await trainingSessionRepository(deps.db).dueForGoNoGo(today);
  const alerted: string[] = [];
  for (const { id, mutualId } of due) {
    if (options.mutualId && mutualId !== options.mutualId) continue;
    const done = await inTransaction(deps, (tx) => alertOne(tx, id, mutualId, today));
    if (done) alerted.push(id);
  }
  return alerted;
}

async function alertOne(tx: Deps, sessionId: string, mutualId: string, today: string) {
  const repo = trainingSessionRepository(tx.db);
  await repo.lock(sessionId, mutualId);
  const row = await repo.find(sessionId, { kind: 'mutual', mutualId });
  if (row?.status !== 'proposed' || row.goNoGoAlertedAt) return false;
  const facts = await sessionFactsOf(tx.db, row, today);
  if (facts.goNoGo !== 'alert') return false;
  const now = tx.now().toISOString();
  await repo.update(sessionId, { go_no_go_alerted_at: now }, now);
  const detail = {
    seats: facts.seatsCommitted,
    seatsMin: facts.seatsMin,
    firms: facts.distinctFirms,
    minFirms: facts.minFirms,
  };
  await repo.recordEvent({ mutualId, sessionId, actorUserId: null, kind: 'go_no_go_alert', detail });
  const session = await sessionMailFacts(tx.db, row);
  for (const c of await userRepository(tx.db).coordinatorsOf(mutualId)) {
    const email = deliveryEmail('go_no_go_alert', {
      locale: c.locale,
      name: c.name,
      session,
      detail,
      link: sessionLink(tx, sessionId),
    });
    await enqueueEmail(tx.db, { mutualId, kind: 'go_no_go_alert', to: c.email, locale: c.locale, email }, tx.now());
  }
  return true;
}
