import type { TargetingReport } from '@mutualis/contracts';
import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { targetingReport } from '@mutualis/domain/targeting/reach';
import type { Caller, Deps } from '../caller.ts';
import { invalid } from '../errors.ts';
import { evidenceRepository, evidenceScopeOf, evidenceSettingsOf } from '../evidence/index.ts';

/**
 * Reach of the period's training (participants: attestations whose last day is in the period)
 * against the board's targets. Coordinators see the never-served firms by name; the board, funders
 * and researchers their count. Funders and researchers see consenting firms only.
 */
export async function getTargetingReport(
  deps: Deps,
  caller: Caller,
  query: { mutualId?: string; from?: string; to?: string },
): Promise<TargetingReport> {
  const to = query.to ?? todayInMontreal(deps.now());
  const from = query.from ?? addDays(to, -364);
  if (from > to) throw invalid('from', 'after_end_date');
  const scope = await evidenceScopeOf(deps, caller, query.mutualId);
  const repo = evidenceRepository(deps.db);
  const [members, employees, trainings, settings] = await Promise.all([
    repo.members(scope.mutualId),
    repo.employees(scope.mutualId, scope.filter),
    repo.trainings(scope.mutualId, scope.filter),
    evidenceSettingsOf(deps, scope.mutualId),
  ]);
  const firms = members
    .filter((m) => m.status !== 'prospect' && (!scope.filter || scope.filter.has(m.id)))
    .map((m) => ({
      id: m.id,
      name: m.legal_name,
      headcount: m.headcount,
      regionCode: m.region_code,
      scianCode: m.scian_code,
      active: m.status === 'active',
    }));
  const participants = new Map<
    string,
    { employeeId: string; memberId: string; nocCode: string; teer: number; educationLevel: string }
  >();
  for (const t of trainings) {
    if (t.date_to < from || t.date_to > to) continue;
    participants.set(t.employee_id, {
      employeeId: t.employee_id,
      memberId: t.member_id,
      nocCode: t.noc_code,
      teer: t.teer,
      educationLevel: t.education_level,
    });
  }
  const report = targetingReport(
    firms,
    employees.map((e) => ({
      memberId: e.member_id,
      nocCode: e.noc_code,
      teer: e.teer,
      educationLevel: e.education_level,
      employed: e.hire_date <= to && (e.end_date === null || e.end_date >= from),
    })),
    [...participants.values()],
    {
      microSmallFirmsPct: settings.targetMicroSmallFirmsPct,
      microFirmsPct: settings.targetMicroFirmsPct,
      lowSkilledPct: settings.targetLowSkilledPct,
    },
  );
  return {
    ...report,
    from,
    to,
    audience: scope.audience,
    neverServedCount: report.neverServed.length,
    neverServed: caller.role === 'coordinator' ? report.neverServed : [],
  };
}
