import { sessionTitleIn } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { renderSignInSheetPdf } from '../documents/sign-in-sheet-pdf.ts';
import { AppError } from '../errors.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { visibleSession } from './visible-session.ts';

/**
 * The roster and sign-in sheet of a session (PDF) for its trainer or a coordinator: the confirmed
 * participants, their firm and job title, one signature column per meeting day. Once the session is
 * confirmed (a proposed one may not run; a cancelled one will not). In `lang`, else the caller's
 * language. Access to names is logged.
 */
export async function getSignInSheet(deps: Deps, caller: Caller, input: { sessionId: string; lang?: 'fr' | 'en' }) {
  const row = await visibleSession(deps, caller, input.sessionId);
  if (row.status === 'proposed' || row.status === 'cancelled') {
    throw new AppError('conflict', 'no_sign_in_sheet');
  }
  const lang = input.lang ?? caller.locale;
  const repo = trainingSessionRepository(deps.db);
  const [people, days, mutual] = await Promise.all([
    enrolmentRepository(deps.db).listForSession(row.id, null, ['confirmed']),
    repo.meetingDays(row.id),
    repo.mutualSettings(row.mutualId),
  ]);
  await auditRepository(deps.db).recordAccess({
    mutualId: row.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: people.map((p) => p.employeeId),
    purpose: 'sign-in sheet',
  });
  const sorted = [...people].sort(
    (a, b) => a.lastName.localeCompare(b.lastName, lang) || a.firstName.localeCompare(b.firstName, lang),
  );
  const pdf = await renderSignInSheetPdf(
    {
      mutualName: mutual.name,
      title: sessionTitleIn(row, lang),
      trainer: [row.providerName, row.trainerName].filter(Boolean).join(' — ') || null,
      place: row.place,
      virtual: row.mode === 'virtual',
      days,
      participants: sorted.map((p) => ({
        name: `${p.firstName} ${p.lastName}`,
        firm: p.memberName,
        jobTitle: p.jobTitle,
      })),
    },
    lang,
  );
  return {
    filename: `${lang === 'fr' ? 'feuille-presence' : 'sign-in-sheet'}-${row.id.slice(0, 8)}.pdf`,
    contentType: 'application/pdf',
    body: new Uint8Array(pdf),
  };
}
