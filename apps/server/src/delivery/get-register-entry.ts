import type { RegisterEntryDto } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentRegisterEntry } from './present.ts';
import { visibleSession } from './visible-session.ts';

/** The register entry of one session (s.15), with what it still lacks. */
export async function getRegisterEntry(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string },
): Promise<RegisterEntryDto> {
  return presentRegisterEntry(deps.db, await visibleSession(deps, caller, input.sessionId), caller.locale);
}
