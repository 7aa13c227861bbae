// Outcome rows → API answers.
import type { ConsentState, FirmYear } from '@mutualis/contracts';
import { consentStatement } from '@mutualis/contracts';
import { consentInForce } from '@mutualis/domain/outcomes/consent';
import { firmYearIndicators } from '@mutualis/domain/outcomes/firm-year';
import type { ConsentRow, FirmYearRow } from './repository.ts';

export function presentFirmYear(row: FirmYearRow, firmName: string): FirmYear {
  const fields = {
    headcount: row.headcount,
    separations: row.separations,
    payrollCents: row.payroll_cents,
    hoursWorked: row.hours_worked,
    productivityMeasure: row.productivity_measure,
    productivityValue: row.productivity_value,
    absenteeismDays: row.absenteeism_days,
    workAccidents: row.work_accidents,
  };
  return {
    id: row.id,
    firmKind: row.member_id ? 'member' : 'prospect',
    firmId: (row.member_id ?? row.prospect_id) as string,
    firmName,
    year: row.year,
    ...fields,
    indicators: firmYearIndicators({ year: row.year, ...fields }),
    source: row.source,
    submittedByName: row.submitted_by_name,
    submittedAt: row.submitted_at,
  };
}

export function presentConsent(rows: ConsentRow[]): ConsentState {
  const history = rows.map((r) => ({
    id: r.id,
    granted: r.granted,
    statementVersion: r.statement_version,
    givenByName: r.given_by_name,
    givenByTitle: r.given_by_title,
    via: r.via,
    recordedByName: r.recorded_by_name,
    at: r.at,
  }));
  const inForce = consentInForce(history);
  return { granted: inForce?.granted === true, inForce, history, statement: consentStatement };
}
