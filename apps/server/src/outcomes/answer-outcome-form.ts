import type { FirmYearFields } from '@mutualis/contracts';
import { consentStatement } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { hasResearchConsent } from '@mutualis/domain/outcomes/consent';
import { keptMeasure } from '@mutualis/domain/outcomes/firm-year';
import { hashToken } from '../accounts/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { AppError, notFound } from '../errors.ts';
import { writeConsent } from './record-consent.ts';
import { type FirmRef, outcomeRepository } from './repository.ts';
import { writeFirmYear } from './save-firm-year.ts';
import type { VisibleFirm } from './visible-firm.ts';

// Tokens are 43 base64url characters; anything else is not looked up.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

async function byToken(deps: Deps, token: string) {
  const request = TOKEN.test(token) ? await outcomeRepository(deps.db).requestByTokenHash(hashToken(token)) : undefined;
  // the same answer for a malformed or unknown token: nothing leaks
  if (!request) throw notFound('outcome_form');
  const ref: FirmRef = request.member_id
    ? { kind: 'member', id: request.member_id }
    : { kind: 'prospect', id: request.prospect_id as string };
  const firm: VisibleFirm = { ref, mutualId: request.mutual_id, name: request.firm_name };
  return { request, firm };
}

/** The form of a personal link: the firm, the year, the measure it keeps and its consent; nothing about other firms. */
export async function viewOutcomeForm(deps: Deps, token: string) {
  const { request, firm } = await byToken(deps, token);
  const repo = outcomeRepository(deps.db);
  const [years, consent] = await Promise.all([
    repo.yearsOf(firm.mutualId, firm.ref),
    repo.consentHistory(firm.mutualId, firm.ref),
  ]);
  return {
    firmName: firm.name,
    year: request.year,
    locale: request.locale,
    answered: request.answered_at !== null,
    closed: todayInMontreal(deps.now()) > request.closes_on,
    keptMeasure: keptMeasure(
      years.map((y) => ({ year: y.year, productivityMeasure: y.productivity_measure })),
      request.year,
    ),
    consentGranted: hasResearchConsent(consent),
    statement: consentStatement,
  };
}

/** Records a personal link's form once, while it is open, and the consent decision given with it. */
export async function answerOutcomeForm(
  deps: Deps,
  token: string,
  input: { outcome: FirmYearFields; submittedByName: string; consent?: { granted: boolean; givenByTitle?: string } },
) {
  const { request, firm } = await byToken(deps, token);
  if (request.answered_at) throw new AppError('already_answered', 'form_already_sent');
  if (todayInMontreal(deps.now()) > request.closes_on) throw new AppError('questionnaire_closed', 'form_closed');
  // one transaction: the link is used only if the form and the consent are saved
  await inTransaction(deps, async (tx) => {
    if (!(await outcomeRepository(tx.db).markAnswered(request.id, tx.now().toISOString())))
      throw new AppError('already_answered', 'form_already_sent');
    await writeFirmYear(tx, firm, {
      year: request.year,
      fields: input.outcome,
      source: 'form',
      submittedBy: { userId: null, name: input.submittedByName },
      mayChangeMeasure: false,
    });
    if (input.consent) {
      await writeConsent(tx, firm, {
        granted: input.consent.granted,
        givenByName: input.submittedByName,
        givenByTitle: input.consent.givenByTitle ?? null,
        via: 'form',
        recordedBy: null,
      });
    }
  });
}
