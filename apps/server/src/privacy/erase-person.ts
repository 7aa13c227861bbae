import { PERSON_DATA_ERASED, PERSON_DATA_KEPT, type PersonErasure } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { privacyRepository } from './repository.ts';
import { visiblePerson } from './visible-person.ts';

const EXPLANATION = {
  fr: (n: number) =>
    `Les renseignements personnels de cette personne ont été effacés (identité, courriel, année de naissance, salaires, changements de poste, besoins nommés, adresses des questionnaires, calendriers). ` +
    `Sont conservés, parce que le Règlement sur les mutuelles de formation oblige la mutuelle à les garder : ses inscriptions et présences, qui alimentent le registre de chaque activité (art. 15), ` +
    `et ${n} attestation(s) de participation, qui gardent son nom parce qu'elles doivent pouvoir être réémises en tout temps (art. 14).`,
  en: (n: number) =>
    `This person's personal information was erased (identity, e-mail, birth year, wages, job changes, named needs, questionnaire addresses, calendars). ` +
    `Kept, because the Regulation respecting training mutuals obliges the mutual to keep them: their enrolments and attendance, which make up each activity's register (s.15), ` +
    `and ${n} attestation(s) of participation, which keep their name because they must be reissuable at any time (s.14).`,
};

/**
 * Anonymises an employee of the caller's mutual at their request (Law 25), in one transaction:
 * blanks identity and contact, deletes wages, job class changes and the employee's place in needs, redacts the values
 * in the audit trail of the record, and keeps what the Regulation obliges the mutual to keep
 * (attestations with the participant's name, s.14; enrolments and attendance behind the activity
 * registers, s.15). The erasure itself is audited with its reason.
 */
export async function erasePerson(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string; reason: string },
): Promise<PersonErasure> {
  return inTransaction(deps, async (tx) => {
    const employee = await visiblePerson(tx, caller, input.employeeId, true);
    if (employee.erased_at) throw new AppError('conflict', 'employee_already_anonymised');
    const at = tx.now().toISOString();
    const repo = privacyRepository(tx.db);
    const removed = await repo.anonymise(employee.id, at);
    await repo.redactAuditTrail(employee.id);
    const keptNameOnAttestations = await repo.countAttestations(employee.id);
    await auditRepository(tx.db).record({
      at,
      mutualId: employee.mutual_id,
      memberId: employee.member_id,
      actorUserId: caller.userId,
      action: 'employee.erase',
      entityType: 'employee',
      entityId: employee.id,
      change: { reason: input.reason, ...removed, keptNameOnAttestations },
    });
    return {
      employeeId: employee.id,
      erasedAt: at,
      erased: [...PERSON_DATA_ERASED],
      kept: [...PERSON_DATA_KEPT],
      keptNameOnAttestations,
      explanation: EXPLANATION[caller.locale](keptNameOnAttestations),
    };
  });
}
