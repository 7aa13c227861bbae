import type { Diagnostic } from '@mutualis/contracts';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { presentDiagnostic } from './present.ts';
import { visibleDiagnostic } from './visible-diagnostic.ts';

/** One diagnostic the caller may see, with its need lines. */
export async function getDiagnostic(deps: Deps, caller: Caller, input: { diagnosticId: string }): Promise<Diagnostic> {
  const row = await visibleDiagnostic(deps, caller, input.diagnosticId);
  return presentDiagnostic(deps.db, memberScopeOf(caller), row);
}
