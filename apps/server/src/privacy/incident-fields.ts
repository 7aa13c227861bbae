import type { CreateIncidentRequest } from '@mutualis/contracts';
import { incidentDateErrors } from '@mutualis/domain/privacy/incidents';
import type { Selectable, Updateable } from 'kysely';
import type { ConfidentialityIncidentTable } from '../db/tables.ts';
import { invalidFields } from '../errors.ts';

/** The incident as the API names it, from its stored row (what create and update compare). */
export interface IncidentValues {
  occurredOn: string;
  occurredUntil: string | null;
  discoveredOn: string;
  description: string;
  informationInvolved: string;
  personsConcerned: number;
  personsConcernedNote: string;
  riskAssessment: string;
  seriousInjuryRisk: boolean;
  commissionNotifiedOn: string | null;
  personsNotifiedOn: string | null;
  publicNotice: string;
  measures: string;
}

export function valuesOfRow(row: Selectable<ConfidentialityIncidentTable>): IncidentValues {
  return {
    occurredOn: row.occurred_on,
    occurredUntil: row.occurred_until,
    discoveredOn: row.discovered_on,
    description: row.description,
    informationInvolved: row.information_involved,
    personsConcerned: Number(row.persons_concerned),
    personsConcernedNote: row.persons_concerned_note,
    riskAssessment: row.risk_assessment,
    seriousInjuryRisk: row.serious_injury_risk,
    commissionNotifiedOn: row.commission_notified_on,
    personsNotifiedOn: row.persons_notified_on,
    publicNotice: row.public_notice,
    measures: row.measures,
  };
}

/** Complete values from a create request (optional fields empty). */
export function valuesOfRequest(body: CreateIncidentRequest): IncidentValues {
  return {
    ...body,
    occurredUntil: body.occurredUntil ?? null,
    personsConcernedNote: body.personsConcernedNote ?? '',
    commissionNotifiedOn: body.commissionNotifiedOn ?? null,
    personsNotifiedOn: body.personsNotifiedOn ?? null,
    publicNotice: body.publicNotice ?? '',
    measures: body.measures ?? '',
  };
}

/** Refuses dates that contradict each other, naming the fields. */
export function checkIncidentDates(v: IncidentValues) {
  const errors = Object.entries(incidentDateErrors(v)).map(([field, code]) => ({ field, code }));
  if (errors.length) throw invalidFields(errors);
}

export function columnsOf(v: IncidentValues): Updateable<ConfidentialityIncidentTable> {
  return {
    occurred_on: v.occurredOn,
    occurred_until: v.occurredUntil,
    discovered_on: v.discoveredOn,
    description: v.description,
    information_involved: v.informationInvolved,
    persons_concerned: v.personsConcerned,
    persons_concerned_note: v.personsConcernedNote,
    risk_assessment: v.riskAssessment,
    serious_injury_risk: v.seriousInjuryRisk,
    commission_notified_on: v.commissionNotifiedOn,
    persons_notified_on: v.personsNotifiedOn,
    public_notice: v.publicNotice,
    measures: v.measures,
  };
}
