// Confidentiality incidents (Law 25; Regulation respecting confidentiality incidents). A mutual keeps
// a register of every incident; when it presents a risk of serious injury, the Commission d'accès à
// l'information and the persons concerned must be notified promptly. The register is kept five
// years after the mutual learned of the incident (Regulation, s.11).

import { addDays } from '../dates.ts';

/** How long an incident stays in the register after the day the mutual learned of it. */
export const INCIDENT_REGISTER_YEARS = 5;

/** The notifications an incident still needs. */
export type IncidentNotice = 'commission' | 'persons';

export interface IncidentNotices {
  seriousInjuryRisk: boolean;
  commissionNotifiedOn: string | null;
  personsNotifiedOn: string | null;
}

/** Which notices are still due: none without a risk of serious injury, else those not yet given. */
export function noticesDue(incident: IncidentNotices): IncidentNotice[] {
  if (!incident.seriousInjuryRisk) return [];
  const due: IncidentNotice[] = [];
  if (!incident.commissionNotifiedOn) due.push('commission');
  if (!incident.personsNotifiedOn) due.push('persons');
  return due;
}

/** The last day an incident must stay in the register: five years after the day the mutual learned of it. */
export function incidentKeptUntil(discoveredOn: string): string {
  const [y, m, d] = discoveredOn.split('-').map(Number);
  const year = String(y + INCIDENT_REGISTER_YEARS).padStart(4, '0');
  // 29 February five years on is 1 March (the year may not be a leap year)
  const candidate = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const valid =
    !(m === 2 && d === 29) || (Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0));
  return valid ? candidate : addDays(`${year}-02-28`, 1);
}

/** Dates that contradict each other, by field with its message code: the incident ends before it starts, or is learned of before it starts. */
export function incidentDateErrors(i: {
  occurredOn: string;
  occurredUntil: string | null;
  discoveredOn: string;
}): Record<string, 'before_incident_start'> {
  const errors: Record<string, 'before_incident_start'> = {};
  if (i.occurredUntil && i.occurredUntil < i.occurredOn) errors.occurredUntil = 'before_incident_start';
  if (i.discoveredOn < i.occurredOn) errors.discoveredOn = 'before_incident_start';
  return errors;
}
