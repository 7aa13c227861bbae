import { type ConsentKind, consentsInForce } from '@mutualis/domain/privacy/consents';
import type { Db } from '../db/client.ts';
import { privacyRepository } from './repository.ts';

/**
 * The employees, among `employeeIds`, whose consent of `kind` in force is a withdrawal or refusal
 * (never asked counts as not refused). Other areas call it before acting on a person, e.g. delivery
 * before e-mailing a questionnaire.
 */
export async function employeesRefusing(db: Db, employeeIds: string[], kind: ConsentKind): Promise<Set<string>> {
  return refusingAmong(await privacyRepository(db).consentsOfKind([...new Set(employeeIds)], kind), kind);
}

/** The employees of a mutual whose consent of `kind` in force is a withdrawal or refusal (e.g. the research export leaves them out). */
export async function employeesRefusingInMutual(db: Db, mutualId: string, kind: ConsentKind): Promise<Set<string>> {
  return refusingAmong(await privacyRepository(db).consentsOfKindInMutual(mutualId, kind), kind);
}

function refusingAmong(
  records: readonly { employee_id: string; granted: boolean; recorded_at: string | Date }[],
  kind: ConsentKind,
): Set<string> {
  const byEmployee = new Map<string, { kind: ConsentKind; granted: boolean; recordedAt: string }[]>();
  for (const r of records) {
    const list = byEmployee.get(r.employee_id) ?? [];
    list.push({ kind, granted: r.granted, recordedAt: new Date(r.recorded_at).toISOString() });
    byEmployee.set(r.employee_id, list);
  }
  const refusing = new Set<string>();
  for (const [employeeId, list] of byEmployee)
    if (consentsInForce(list)[kind]?.granted === false) refusing.add(employeeId);
  return refusing;
}
