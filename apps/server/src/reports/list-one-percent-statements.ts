import { type OnePercentStatement, pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { dataVersionsOf, versionKeyOf } from '../db/data-versions.ts';
import { onePercentStatements } from './one-percent-statements.ts';
import { reportRepository } from './repository.ts';

/**
 * Every member's 1 % statement for a year, by name, a page at a time (coordinators). A page is kept
 * per version of the mutual's evidence and money data and per day (decision 82): the members, their
 * payrolls, payments, invoice lines, ledger credits, attendance and wages it is computed from are all
 * written under one of the two versions.
 */
export async function listOnePercentStatements(
  deps: Deps,
  caller: Caller,
  query: { year: number; page: number; pageSize: number },
) {
  const mutualId = mutualOf(caller);
  // the versions are read before the data: a write committed after them shows as a new version next time
  const v = await dataVersionsOf(deps.db, mutualId);
  const key = versionKeyOf([v.evidence, v.finance], todayInMontreal(deps.now()));
  const slot = JSON.stringify(['one-percent', mutualId, query.year, query.page, query.pageSize]);
  const { statements, total } = await deps.keptPages.answerOf(slot, key, async () => {
    const repo = reportRepository(deps.db);
    const [members, total] = await Promise.all([
      repo.members(mutualId, null, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
      repo.countMembers(mutualId),
    ]);
    const statements: OnePercentStatement[] = await onePercentStatements(
      deps.db,
      mutualId,
      members.map((m) => ({ ...m, annual_payroll_cents: Number(m.annual_payroll_cents) })),
      query.year,
    );
    return { statements, total };
  });
  return pageOf(statements, total, query);
}
