import type { EmployeeImportPreview } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { visibleMember } from '../members/index.ts';
import { employeeRepository } from './employee-repository.ts';
import type { ImportRowError, StoredImportRow } from './import-matching.ts';
import { presentImportPreview } from './present.ts';

/** A stored import preview of a member the caller may see, again (e.g. after a page reload). */
export async function getEmployeeImport(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; importId: string },
): Promise<EmployeeImportPreview> {
  const member = await visibleMember(deps, caller, input.memberId);
  const saved = await employeeRepository(deps.db).findImport(input.importId, member.id, member.mutual_id);
  if (!saved) throw notFound('import');
  return presentImportPreview(saved, saved.rows as StoredImportRow[], saved.errors as ImportRowError[], caller.locale);
}
