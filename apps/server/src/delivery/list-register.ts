import { pageOf, type RegisterEntryDto, type RegisterListQuery } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { dataVersionsOf, versionKeyOf } from '../db/data-versions.ts';
import { presentRegisterEntries } from './present.ts';
import { registerSessions } from './register-entry.ts';
import { registerRepository } from './register-repository.ts';

/**
 * A page of the register of a year: every activity held (in delivery, delivered, evaluated), by first
 * day. A page is kept per version of what it reads (decision 83): sessions, enrolments, firms and
 * employees (evidence); courses, providers, meeting days and attendance (money); the stated values,
 * the mutual's completion threshold and the trainers' names (delivery).
 */
export async function listRegister(deps: Deps, caller: Caller, query: RegisterListQuery) {
  const mutualId = mutualOf(caller);
  // the versions are read before the data: a write committed after them shows as a new version next time
  const v = await dataVersionsOf(deps.db, mutualId);
  const key = versionKeyOf([v.evidence, v.finance, v.delivery]);
  const slot = JSON.stringify(['register', mutualId, caller.locale, query]);
  const { items, total } = await deps.keptPages.answerOf(slot, key, () => registerPage(deps, mutualId, caller, query));
  return pageOf(items, total, query);
}

async function registerPage(
  deps: Deps,
  mutualId: string,
  caller: Caller,
  query: RegisterListQuery,
): Promise<{ items: RegisterEntryDto[]; total: number }> {
  const { year, page, pageSize } = query;
  const register = registerRepository(deps.db);
  const [ids, total] = await Promise.all([
    register.sessionIdsOfYear(mutualId, year, { page, pageSize }),
    register.countOfYear(mutualId, year),
  ]);
  const items = await presentRegisterEntries(deps.db, await registerSessions(deps.db, mutualId, ids), caller.locale);
  return { items, total };
}
