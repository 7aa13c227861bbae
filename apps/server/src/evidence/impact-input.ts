import type { EmployeeHistory, JobClassChange, WageRecord } from '@mutualis/domain/impact/cohort';
import type { ImpactInput, TrainingWithCost } from '@mutualis/domain/impact/dashboard';
import type { AnsweredQuestionnaire } from '@mutualis/domain/impact/evaluation-levels';
import type { FirmYearRecord } from '@mutualis/domain/impact/firm-effects';
import type { Deps } from '../caller.ts';
import type { EvidenceScope } from './evidence-scope.ts';
import { evidenceRepository } from './repository.ts';

/** The replacement cost of a departure (share of the annual wage) when the board has not set it. */
export const DEFAULT_REPLACEMENT_COST_PCT = 20;

/** Everything the evidence engine needs of a mutual, in the scope's firms, as of `asOf`. */
export async function loadImpactInput(deps: Deps, scope: EvidenceScope, asOf: string, windowStart?: string) {
  const repo = evidenceRepository(deps.db);
  const [members, employees, wages, jobChanges, trainings, firmYears, questionnaires, settings] = await Promise.all([
    repo.members(scope.mutualId),
    repo.employees(scope.mutualId, scope.filter),
    repo.wagesByEmployee(scope.mutualId, scope.filter),
    repo.jobChanges(scope.mutualId, scope.filter),
    repo.trainings(scope.mutualId, scope.filter),
    repo.firmYears(scope.mutualId, scope.filter),
    repo.answeredQuestionnaires(scope.mutualId, scope.filter),
    repo.settings(scope.mutualId),
  ]);
  const wagesOf = new Map<string, WageRecord[]>();
  for (const w of wages) {
    const list: WageRecord[] = [];
    for (const record of w.wages.split(',')) {
      const colon = record.indexOf(':');
      list.push({ effectiveOn: record.slice(0, colon), hourlyWageCents: Number(record.slice(colon + 1)) });
    }
    wagesOf.set(w.employee_id, list);
  }
  const changesOf = new Map<string, JobClassChange[]>();
  for (const c of jobChanges) {
    const list = changesOf.get(c.employee_id);
    const change = { effectiveOn: c.effective_on, teer: c.teer };
    if (list) list.push(change);
    else changesOf.set(c.employee_id, [change]);
  }
  const histories: EmployeeHistory[] = employees.map((e) => ({
    id: e.id,
    memberId: e.member_id,
    birthYear: e.birth_year,
    hireDate: e.hire_date,
    endDate: e.end_date,
    endReason: e.end_reason,
    teer: e.teer,
    educationLevel: e.education_level,
    wages: wagesOf.get(e.id) ?? [],
    jobChanges: changesOf.get(e.id) ?? [],
  }));
  const trainingRecords: TrainingWithCost[] = trainings.map((t) => ({
    employeeId: t.employee_id,
    completedOn: t.date_to,
    hours: t.hours,
    costCents: t.share_cents,
  }));
  const firmYearRecords: FirmYearRecord[] = firmYears.map((r) => ({
    firmId: (r.member_id ?? r.prospect_id) as string,
    kind: r.member_id ? 'member' : 'prospect',
    year: r.year,
    headcount: r.headcount,
    separations: r.separations,
    payrollCents: r.payroll_cents,
    hoursWorked: r.hours_worked,
    productivityMeasure: r.productivity_measure,
    productivityValue: r.productivity_value,
    absenteeismDays: r.absenteeism_days,
    workAccidents: r.work_accidents,
  }));
  const answered: AnsweredQuestionnaire[] = questionnaires.map((q) => ({
    level: q.level,
    memberId: q.member_id,
    answers: (q.answers ?? {}) as Record<string, unknown>,
  }));
  const input: ImpactInput = {
    asOf,
    windowStart,
    employees: histories,
    trainings: trainingRecords,
    headcounts: new Map(members.map((m) => [m.id, m.headcount])),
    firmYears: firmYearRecords,
    questionnaires: answered,
    replacementCostPct: settings?.replacement_cost_pct ?? DEFAULT_REPLACEMENT_COST_PCT,
  };
  const firmsIncluded = scope.filter ? scope.filter.size : members.filter((m) => m.status !== 'prospect').length;
  return { input, members, trainings, firmsIncluded };
}
