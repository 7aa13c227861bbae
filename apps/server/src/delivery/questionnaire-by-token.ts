import { hashToken } from '../accounts/index.ts';
import type { Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { questionnaireRepository } from './questionnaire-repository.ts';

// Tokens are 43 base64url characters; anything else is not looked up.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The questionnaire a personal link opens; the same 404 for a malformed, unknown or revoked token, so nothing leaks. */
export async function questionnaireByToken(deps: Deps, token: string) {
  const q = TOKEN.test(token) ? await questionnaireRepository(deps.db).byTokenHash(hashToken(token)) : undefined;
  if (!q) throw new AppError('not_found', 'questionnaire_not_found');
  return q;
}
