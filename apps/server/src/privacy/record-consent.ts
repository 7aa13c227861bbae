import type { PersonConsent, RecordPersonConsentRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { presentConsent } from './present.ts';
import { privacyRepository } from './repository.ts';
import { visiblePerson } from './visible-person.ts';

/**
 * Records a consent the person gave or withdrew (who recorded it, when, how): a new record every
 * time, never an edit, so the history proves what was in force when. Audited.
 */
export async function recordConsent(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string; consent: RecordPersonConsentRequest },
): Promise<PersonConsent> {
  return inTransaction(deps, async (tx) => {
    const employee = await visiblePerson(tx, caller, input.employeeId);
    const at = tx.now().toISOString();
    const repo = privacyRepository(tx.db);
    const { kind, granted, method } = input.consent;
    const { id } = await repo.insertConsent({
      mutual_id: employee.mutual_id,
      employee_id: employee.id,
      kind,
      granted,
      method,
      note: (input.consent.note ?? '').trim(),
      recorded_by: caller.userId,
      recorded_at: at,
    });
    await auditRepository(tx.db).record({
      at,
      mutualId: employee.mutual_id,
      memberId: employee.member_id,
      actorUserId: caller.userId,
      action: granted ? 'consent.grant' : 'consent.withdraw',
      entityType: 'employee',
      entityId: employee.id,
      change: { kind, method },
    });
    const record = (await repo.consents(employee.id)).find((c) => c.id === id);
    if (!record) throw new Error('consent just recorded not found');
    return presentConsent(record);
  });
}
