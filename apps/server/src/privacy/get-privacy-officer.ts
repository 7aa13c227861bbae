import type { PrivacyOfficerAnswer } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { privacyOfficerOf } from './privacy-officer.ts';

/**
 * The privacy officer of the footer: the caller's mutual's (a logged-in person of a mutual), else the
 * platform's default (the login page, the platform's own accounts). Open to anyone: the law wants the
 * contact published.
 */
export async function getPrivacyOfficer(deps: Deps, caller: Caller | null): Promise<PrivacyOfficerAnswer> {
  return privacyOfficerOf(deps, caller?.mutualId ?? null);
}
