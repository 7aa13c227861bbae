import { pageOf, type RegisterListQuery } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentRegisterEntries } from './present.ts';
import { registerRepository } from './register-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';

/** A page of the register of a year: every activity held (in delivery, delivered, evaluated), by first day. */
export async function listRegister(deps: Deps, caller: Caller, query: RegisterListQuery) {
  const { year, page, pageSize } = query;
  const mutualId = mutualOf(caller);
  const register = registerRepository(deps.db);
  const [ids, total] = await Promise.all([register.sessionIdsOfYear(mutualId, year, { limit: pageSize, offset: (page - 1) * pageSize }), register.countOfYear(mutualId, year)]);
  return pageOf(await presentRegisterEntries(deps.db, await sessionsInOrder(deps, mutualId, ids)), total, { page, pageSize });
}

/** The sessions of `ids`, in that order. */
export async function sessionsInOrder(deps: Deps, mutualId: string, ids: string[]) {
  const rows = await trainingSessionRepository(deps.db).list({ kind: 'mutual', mutualId }, { ids });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
