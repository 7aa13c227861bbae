import { webPaths } from '@mutualis/contracts/web-paths';
import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { PARTICIPANT_LEVELS, sessionTitleIn } from '@mutualis/domain/delivery/index';
import { formatDateRange } from '@mutualis/domain/format/index';
import { hashToken, newToken } from '../accounts/index.ts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { renderQuestionnaireSheetsPdf } from '../documents/questionnaire-sheets-pdf.ts';
import { AppError } from '../errors.ts';
import { webUrl } from '../links.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { questionnaireRepository } from './questionnaire-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { lockVisibleSession } from './visible-session.ts';

/**
 * The personal questionnaire sheets of a session's participants who have no e-mail address (PDF,
 * one page each, in the participant's language, a QR code per link), for the trainer or a
 * coordinator to hand out at the last meeting day; from then until delivery and after it. Their
 * level-1 and level-2 questionnaires are created if need be and get fresh links: printing again
 * revokes the unanswered links printed before. Answered ones are not issued again.
 */
export async function issueQuestionnaireSheets(deps: Deps, caller: Caller, input: { sessionId: string }) {
  const today = todayInMontreal(deps.now());
  const now = deps.now().toISOString();
  const closesOn = addDays(today, 30);
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, input.sessionId);
    const days = await trainingSessionRepository(tx.db).meetingDays(row.id);
    const lastDay = days[days.length - 1]?.day;
    const handedOutFrom = row.status === 'in_delivery' || row.status === 'delivered';
    if (!handedOutFrom || !lastDay || (row.status === 'in_delivery' && today < lastDay)) {
      throw new AppError('conflict', 'questionnaire_sheets_window');
    }
    const people = (await enrolmentRepository(tx.db).listForSession(row.id, null, ['confirmed'])).filter(
      (p) => !p.employeeEmail,
    );
    const questionnaires = questionnaireRepository(tx.db);
    await questionnaires.insertMany(
      people.flatMap((p) =>
        PARTICIPANT_LEVELS.map((level) => ({
          mutualId: row.mutualId,
          sessionId: row.id,
          level,
          enrolmentId: p.id,
          memberId: p.memberId,
          toAddress: null,
          locale: p.employeeLanguage,
          sendOn: today,
          closesOn,
        })),
      ),
    );
    const existing = await questionnaires.ofEnrolments(
      row.id,
      people.map((p) => p.id),
    );
    const sheets = [];
    for (const p of people) {
      const links = [];
      for (const level of PARTICIPANT_LEVELS) {
        const q = existing.find((x) => x.enrolmentId === p.id && x.level === level)!;
        if (q.answeredAt) {
          links.push({ level, url: null, closesOn: null });
          continue;
        }
        const token = newToken();
        await questionnaires.handOut(q.id, hashToken(token), now, closesOn);
        links.push({ level, url: webUrl(tx.config, webPaths.questionnaire(token, p.employeeLanguage)), closesOn });
      }
      sheets.push({
        participantName: p.employeeName,
        firm: p.memberName,
        locale: p.employeeLanguage,
        sessionTitle: sessionTitleIn(row, p.employeeLanguage),
        dates: formatDateRange(days[0]?.day ?? lastDay, lastDay, p.employeeLanguage),
        links,
      });
    }
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: 'questionnaire.hand_out',
      entityType: 'training_session',
      entityId: row.id,
      change: { participants: people.map((p) => p.id) },
    });
    const mutual = await trainingSessionRepository(tx.db).mutualSettings(row.mutualId);
    const pdf = await renderQuestionnaireSheetsPdf(mutual.name, sheets);
    return {
      filename: `questionnaires-${row.id.slice(0, 8)}.pdf`,
      contentType: 'application/pdf',
      body: new Uint8Array(pdf),
    };
  });
}
