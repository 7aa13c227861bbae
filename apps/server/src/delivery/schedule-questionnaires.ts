import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { level3Window, PARTICIPANT_LEVELS } from '@mutualis/domain/delivery/index';
import { userRepository } from '../accounts/index.ts';
import type { Deps } from '../caller.ts';
import { employeesRefusing } from '../privacy/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { questionnaireRepository } from './questionnaire-repository.ts';
import { sendDueQuestionnaires } from './send-due-questionnaires.ts';
import { trainingSessionRepository } from './session-repository.ts';

/**
 * After delivery: a level-1 (satisfaction) and a level-2 (learning) questionnaire per participant,
 * due now and open 30 days; a level-3 follow-up per firm to its member contact, 60–90 days after
 * the last day. The due ones are sent in the same transaction (`tx`). A participant's questionnaire
 * reaches only the participant: by e-mail when the employee has one, else by the personal sheet
 * (link and QR code) a trainer or coordinator hands out (issueQuestionnaireSheets); never the
 * employer's contact, who could answer in the employee's name. Those already handed out are kept.
 * A participant who withdrew their consent to questionnaires by e-mail (privacy) gets the sheet.
 */
export async function scheduleQuestionnaires(tx: Deps, sessionId: string, mutualId: string) {
  const today = todayInMontreal(tx.now());
  const days = await trainingSessionRepository(tx.db).meetingDays(sessionId);
  const lastDay = days[days.length - 1]?.day ?? today;
  const people = await enrolmentRepository(tx.db).listForSession(sessionId, null, ['confirmed']);
  const contacts = await userRepository(tx.db).contactsOf([...new Set(people.map((p) => p.memberId))]);
  const contactOf = (memberId: string) => contacts.find((c) => c.memberId === memberId);
  // a person who withdrew their consent to questionnaires by e-mail gets the personal sheet instead (Law 25)
  const refusing = await employeesRefusing(
    tx.db,
    people.map((p) => p.employeeId),
    'evaluation_emails',
  );
  const rows = [];
  for (const p of people) {
    for (const level of PARTICIPANT_LEVELS) {
      rows.push({
        mutualId,
        sessionId,
        level,
        enrolmentId: p.id,
        memberId: p.memberId,
        toAddress: refusing.has(p.employeeId) ? null : (p.employeeEmail ?? null),
        locale: p.employeeLanguage,
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
  await questionnaireRepository(tx.db).insertMany(rows);
  await sendDueQuestionnaires(tx, sessionId);
}
