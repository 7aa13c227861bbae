import type { FirmYearFields } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { keptMeasure, validateFirmYear } from '@mutualis/domain/outcomes/firm-year';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid, invalidFields } from '../errors.ts';
import { presentFirmYear } from './present.ts';
import { outcomeRepository } from './repository.ts';
import { type VisibleFirm, visibleMember, visibleProspect } from './visible-firm.ts';

/**
 * Saves a firm's year (a new one, or a correction), checked by the form's rules. A member contact
 * keeps the productivity measure its firm chose in an earlier year; a coordinator may change it.
 */
export function saveFirmYear(deps: Deps, firm: VisibleFirm, input: FirmYearWrite) {
  return inTransaction(deps, (tx) => writeFirmYear(tx, firm, input));
}

export interface FirmYearWrite {
  year: number;
  fields: FirmYearFields;
  source: 'app' | 'form';
  submittedBy: { userId: string | null; name: string };
  mayChangeMeasure: boolean;
}

/** saveFirmYear's step, inside the caller's transaction. */
export async function writeFirmYear(tx: Deps, firm: VisibleFirm, input: FirmYearWrite) {
  const today = todayInMontreal(tx.now());
  const errors = validateFirmYear({ year: input.year, ...input.fields }, today);
  if (errors.length) throw invalidFields(errors);
  {
    const repo = outcomeRepository(tx.db);
    const years = await repo.yearsOf(firm.mutualId, firm.ref);
    const kept = keptMeasure(
      years.map((y) => ({ year: y.year, productivityMeasure: y.productivity_measure })),
      input.year,
    );
    if (!input.mayChangeMeasure && kept && kept !== input.fields.productivityMeasure)
      throw invalid('productivityMeasure', 'measure_kept');
    const row = await repo.saveYear({
      mutual_id: firm.mutualId,
      member_id: firm.ref.kind === 'member' ? firm.ref.id : null,
      prospect_id: firm.ref.kind === 'prospect' ? firm.ref.id : null,
      year: input.year,
      headcount: input.fields.headcount,
      separations: input.fields.separations,
      payroll_cents: input.fields.payrollCents,
      hours_worked: input.fields.hoursWorked,
      productivity_measure: input.fields.productivityMeasure,
      productivity_value: input.fields.productivityValue,
      absenteeism_days: input.fields.absenteeismDays,
      work_accidents: input.fields.workAccidents,
      source: input.source,
      submitted_by_user_id: input.submittedBy.userId,
      submitted_by_name: input.submittedBy.name,
      submitted_at: tx.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: tx.now(),
      mutualId: firm.mutualId,
      memberId: firm.ref.kind === 'member' ? firm.ref.id : null,
      actorUserId: input.submittedBy.userId,
      action: 'outcome.save',
      entityType: 'firm_year_outcome',
      entityId: row.id,
      change: { year: input.year, source: input.source },
    });
    return presentFirmYear(row, firm.name);
  }
}

/** Fills in a member's yearly form in the app (its contact, or the mutual's coordinator). */
export async function saveMemberYear(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; year: number; fields: FirmYearFields },
) {
  const firm = await visibleMember(deps, caller, input.memberId);
  return saveFirmYear(deps, firm, {
    year: input.year,
    fields: input.fields,
    source: 'app',
    submittedBy: { userId: caller.userId, name: caller.displayName },
    mayChangeMeasure: caller.role === 'coordinator',
  });
}

/** Records a reporting prospect's yearly form (coordinators). */
export async function saveProspectYear(
  deps: Deps,
  caller: Caller,
  input: { prospectId: string; year: number; fields: FirmYearFields },
) {
  const firm = await visibleProspect(deps, caller, input.prospectId);
  return saveFirmYear(deps, firm, {
    year: input.year,
    fields: input.fields,
    source: 'app',
    submittedBy: { userId: caller.userId, name: caller.displayName },
    mayChangeMeasure: true,
  });
}
