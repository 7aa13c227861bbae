import { type DiagnosticListQuery, pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { presentDiagnosticSummary } from './present.ts';
import { diagnosticRepository } from './repository.ts';

/** A page of the diagnostics the caller may see: all of the mutual's (coordinator) or its firm's (member contact). */
export async function listDiagnostics(deps: Deps, caller: Caller, query: DiagnosticListQuery) {
  const scope = memberScopeOf(caller);
  const { page, pageSize, ...filter } = query;
  const repo = diagnosticRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(scope, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.count(scope, filter),
  ]);
  return pageOf(rows.map(presentDiagnosticSummary), total, { page, pageSize });
}
