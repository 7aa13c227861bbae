import { todayInMontreal } from '@mutualis/domain/dates';
import type { Db } from '../db/client.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { userRepository } from '../accounts/index.ts';
import type { Deps } from '../caller.ts';
import { deliveryEmail } from '../mail/delivery-templates.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { sessionLink, sessionMailFacts } from './notify-delivery.ts';
import { sessionFactsOf } from './session-facts.ts';

/**
 * The go/no-go pass: every proposed session whose decision date has come without its minimum
 * (seats and firms) alerts the mutual's coordinators once, by e-mail through the outbox.
 * Returns the sessions alerted. Safe to run often (jobs) or on demand.
 */
export async function checkGoNoGo(deps: Deps, options: { mutualId?: string } = {}): Promise<string[]> {
  const today = todayInMontreal(deps.now());
  const due = await trainingSessionRepository(deps.db).dueForGoNoGo(today);
  const alerted: string[] = [];
  for (const { id, mutualId } of due) {
    if (options.mutualId && mutualId !== options.mutualId) continue;
    const done = await deps.db.transaction().execute(async (trx) => alertOne(trx, deps, id, mutualId, today));
    if (done) alerted.push(id);
  }
  return alerted;
}

async function alertOne(trx: Db, deps: Deps, sessionId: string, mutualId: string, today: string) {
  const repo = trainingSessionRepository(trx);
  await repo.lock(sessionId, mutualId);
  const row = await repo.find(sessionId, { kind: 'mutual', mutualId });
  if (row?.status !== 'proposed' || row.goNoGoAlertedAt) return false;
  const facts = await sessionFactsOf(trx, row, today);
  if (facts.goNoGo !== 'alert') return false;
  const now = deps.now().toISOString();
  await repo.update(sessionId, { go_no_go_alerted_at: now }, now);
  const detail = { seats: facts.seatsCommitted, seatsMin: facts.seatsMin, firms: facts.distinctFirms, minFirms: facts.minFirms };
  await repo.recordEvent({ mutualId, sessionId, actorUserId: null, kind: 'go_no_go_alert', detail });
  const session = await sessionMailFacts(trx, row);
  for (const c of await userRepository(trx).coordinatorsOf(mutualId)) {
    const email = deliveryEmail('go_no_go_alert', { locale: c.locale, name: c.name, session, detail, link: sessionLink(deps, sessionId) });
    await enqueueEmail(trx, { mutualId, kind: 'go_no_go_alert', to: c.email, locale: c.locale, email }, deps.now());
  }
  return true;
}
