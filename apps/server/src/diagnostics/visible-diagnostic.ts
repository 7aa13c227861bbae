import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type DiagnosticRow, diagnosticRepository } from './repository.ts';

/** The diagnostic if the caller may see it (its mutual's coordinator, its firm's contact); 404 otherwise. */
export async function visibleDiagnostic(deps: Deps, caller: Caller, diagnosticId: string): Promise<DiagnosticRow> {
  const row = await diagnosticRepository(deps.db).find(memberScopeOf(caller), diagnosticId);
  if (!row) throw notFound('diagnostic');
  return row;
}
