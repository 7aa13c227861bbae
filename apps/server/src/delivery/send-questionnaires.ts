import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { level3Window } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { questionnaireRepository } from './questionnaire-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { userRepository } from '../accounts/index.ts';
import type { Deps } from '../caller.ts';
import { deliveryEmail } from '../mail/delivery-templates.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { sessionMailFacts } from './notify-delivery.ts';
import { hashToken, newToken } from '../accounts/index.ts';

/**
 * After delivery: a level-1 (satisfaction) and a level-2 (learning) questionnaire per participant,
 * due now and open 30 days; a level-3 follow-up per firm to its member contact, 60–90 days after
 * the last day. The due ones are sent in the same transaction.
 */
export async function scheduleQuestionnaires(trx: Db, deps: Deps, sessionId: string, mutualId: string) {
  const today = todayInMontreal(deps.now());
  const days = await trainingSessionRepository(trx).meetingDays(sessionId);
  const lastDay = days[days.length - 1]?.day ?? today;
  const people = await enrolmentRepository(trx).listForSession(sessionId, null, ['confirmed']);
  const contacts = await userRepository(trx).contactsOf([...new Set(people.map((p) => p.memberId))]);
  const contactOf = (memberId: string) => contacts.find((c) => c.memberId === memberId);
  const rows = [];
  for (const p of people) {
    const contact = p.employeeEmail ? null : contactOf(p.memberId);
    for (const level of [1, 2] as const) {
      rows.push({
        mutualId,
        sessionId,
        level,
        enrolmentId: p.id,
        memberId: p.memberId,
        toAddress: p.employeeEmail ?? contact?.email ?? null,
        locale: p.employeeEmail ? p.employeeLanguage : (contact?.locale ?? p.employeeLanguage),
        sendOn: today,
        closesOn: addDays(today, 30),
      });
    }
  }
  const window = level3Window(lastDay);
  for (const memberId of new Set(people.map((p) => p.memberId))) {
    const contact = contactOf(memberId);
    rows.push({
      mutualId,
      sessionId,
      level: 3 as const,
      enrolmentId: null,
      memberId,
      toAddress: contact?.email ?? null,
      locale: contact?.locale ?? 'fr',
      sendOn: window.sendOn,
      closesOn: window.closesOn,
    });
  }
  await questionnaireRepository(trx).insertMany(rows);
  await sendDueQuestionnaires(trx, deps, sessionId);
}

/**
 * The public page a questionnaire e-mail opens, e.g. `${PUBLIC_URL}/questionnaire/…?lang=en`. `lang` is
 * the recipient's language, so the page opens in it at once (even when the link has expired).
 */
const questionnaireLink = (publicUrl: string, token: string, locale: 'fr' | 'en') =>
  `${publicUrl.replace(/\/+$/, '')}/questionnaire/${encodeURIComponent(token)}?lang=${locale}`;

/** Sends every questionnaire due today (all sessions, or one): a fresh personal link each. */
export async function sendDueQuestionnaires(db: Db, deps: Deps, sessionId?: string) {
  const today = todayInMontreal(deps.now());
  const repo = questionnaireRepository(db);
  const due = await repo.due(today, sessionId);
  const sessions = trainingSessionRepository(db);
  let sent = 0;
  for (const q of due) {
    const row = await sessions.find(q.sessionId, { kind: 'mutual', mutualId: q.mutualId });
    if (!row) continue;
    const token = newToken();
    const link = questionnaireLink(deps.config.PUBLIC_URL, token, q.locale);
    const name = q.enrolmentId
      ? ((await enrolmentRepository(db).find(q.enrolmentId, { mutualId: q.mutualId, memberId: null }))?.employeeName ?? '')
      : (await userRepository(db).contactsOf([q.memberId])).find((c) => c.email === q.toAddress)?.name ?? '';
    const kind = q.level === 3 ? 'level3_questionnaire' : 'questionnaire';
    const email = deliveryEmail(kind, { locale: q.locale, name, session: await sessionMailFacts(db, row), link, detail: { level: q.level } });
    await enqueueEmail(db, { mutualId: q.mutualId, kind: `${kind}_${q.level}`, to: q.toAddress as string, locale: q.locale, email }, deps.now());
    await repo.markSent(q.id, hashToken(token), deps.now().toISOString());
    sent++;
  }
  return sent;
}
