import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type PersonEmployeeRow, privacyRepository } from './repository.ts';

/**
 * The employee if it belongs to the caller's mutual (the coordinator acts for the mutual's privacy
 * officer); 404 otherwise, as for any record out of reach.
 */
export async function visiblePerson(
  deps: Deps,
  caller: Caller,
  employeeId: string,
  forUpdate = false,
): Promise<PersonEmployeeRow> {
  const row = await privacyRepository(deps.db).findEmployee(mutualOf(caller), employeeId, forUpdate);
  if (!row) throw notFound('employee');
  return row;
}
