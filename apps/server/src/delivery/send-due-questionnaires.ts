import { webPaths } from '@mutualis/contracts/web-paths';
import { todayInMontreal } from '@mutualis/domain/dates';
import { hashToken, newToken, userRepository } from '../accounts/index.ts';
import type { Deps } from '../caller.ts';
import { webUrl } from '../links.ts';
import { deliveryEmail } from '../mail/delivery-templates.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { sessionMailFacts } from './notify-delivery.ts';
import { questionnaireRepository } from './questionnaire-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';

/** Sends every questionnaire due today (all sessions, or one): a fresh personal link each. Runs in the caller's transaction (`tx`). */
export async function sendDueQuestionnaires(tx: Deps, sessionId?: string) {
  const today = todayInMontreal(tx.now());
  const repo = questionnaireRepository(tx.db);
  const due = await repo.due(today, sessionId);
  const sessions = trainingSessionRepository(tx.db);
  let sent = 0;
  for (const q of due) {
    const row = await sessions.find(q.sessionId, { kind: 'mutual', mutualId: q.mutualId });
    if (!row) continue;
    const token = newToken();
    // `lang`: the page opens in the recipient's language at once (even when the link has expired)
    const link = webUrl(tx.config, webPaths.questionnaire(token, q.locale));
    const name = q.enrolmentId
      ? ((await enrolmentRepository(tx.db).find(q.enrolmentId, { mutualId: q.mutualId, memberId: null }))
          ?.employeeName ?? '')
      : ((await userRepository(tx.db).contactsOf([q.memberId])).find((c) => c.email === q.toAddress)?.name ?? '');
    const kind = q.level === 3 ? 'level3_questionnaire' : 'questionnaire';
    const email = deliveryEmail(kind, {
      locale: q.locale,
      name,
      session: await sessionMailFacts(tx.db, row),
      link,
      detail: { level: q.level },
    });
    await enqueueEmail(
      tx.db,
      {
        mutualId: q.mutualId,
        kind: q.level === 3 ? 'level3_questionnaire_3' : q.level === 2 ? 'questionnaire_2' : 'questionnaire_1',
        to: q.toAddress as string,
        locale: q.locale,
        email,
      },
      tx.now(),
    );
    await repo.markSent(q.id, hashToken(token), tx.now().toISOString());
    sent++;
  }
  return sent;
}
