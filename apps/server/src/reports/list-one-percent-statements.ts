import { pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { onePercentStatements } from './one-percent-statements.ts';
import { reportRepository } from './repository.ts';

/** Every member's 1 % statement for a year, by name, a page at a time (coordinators). */
export async function listOnePercentStatements(
  deps: Deps,
  caller: Caller,
  query: { year: number; page: number; pageSize: number },
) {
  const mutualId = mutualOf(caller);
  const repo = reportRepository(deps.db);
  const [members, total] = await Promise.all([
    repo.members(mutualId, null, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countMembers(mutualId),
  ]);
  const statements = await onePercentStatements(
    deps.db,
    mutualId,
    members.map((m) => ({ ...m, annual_payroll_cents: Number(m.annual_payroll_cents) })),
    query.year,
  );
  return pageOf(statements, total, query);
}
