import { pageOf, type RegisterListQuery } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentRegisterEntries } from './present.ts';
import { registerSessions } from './register-entry.ts';
import { registerRepository } from './register-repository.ts';

/** A page of the register of a year: every activity held (in delivery, delivered, evaluated), by first day. */
export async function listRegister(deps: Deps, caller: Caller, query: RegisterListQuery) {
  const { year, page, pageSize } = query;
  const mutualId = mutualOf(caller);
  const register = registerRepository(deps.db);
  const [ids, total] = await Promise.all([
    register.sessionIdsOfYear(mutualId, year, { limit: pageSize, offset: (page - 1) * pageSize }),
    register.countOfYear(mutualId, year),
  ]);
  return pageOf(
    await presentRegisterEntries(deps.db, await registerSessions(deps.db, mutualId, ids), caller.locale),
    total,
    { page, pageSize },
  );
}
