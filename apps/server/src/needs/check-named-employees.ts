import type { Db } from '../db/client.ts';
import { invalid } from '../errors.ts';
import { needRepository } from './repository.ts';

/** Checks that named employees belong to the member and are still employed on `today`; returns them without repeats. */
export async function checkNamedEmployees(
  db: Db,
  memberId: string,
  ids: string[] | undefined,
  today: string,
): Promise<string[] | undefined> {
  if (ids === undefined) return undefined;
  const unique = [...new Set(ids)];
  const found = await needRepository(db).employeesOfMember(memberId, unique);
  const known = new Map(found.map((e) => [e.id, e]));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) throw invalid('employeeIds', 'not_employees_of_member', { ids: missing.join(', ') });
  const ended = found.filter((e) => e.end_date !== null && e.end_date < today);
  if (ended.length) throw invalid('employeeIds', 'no_longer_employed', { ids: ended.map((e) => e.id).join(', ') });
  return unique;
}
