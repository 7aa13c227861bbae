import type { Need } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { expiryStatusOf, renewalPeriods } from '@mutualis/domain/learning/validity';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import { AppError, notFound } from '../errors.ts';
import { createNeed } from '../needs/index.ts';
import { learningRepository } from './repository.ts';

const longDate = (locale: 'fr' | 'en', iso: string) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * The renewal need of an attestation, in one click: an open need for the same topic naming the
 * employee, in the firm's region, in the employee's language and the course's mode, for the three
 * months before the expiry (or the next three). Declared through the needs area's own use case,
 * in the same transaction as the link to the attestation; one at a time per attestation (409 while
 * one is not withdrawn).
 */
export async function createRenewalNeed(deps: Deps, caller: Caller, input: { attestationId: string }): Promise<Need> {
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const repo = learningRepository(tx.db);
    const a = await repo.lockAttestationForRenewal(input.attestationId, scope);
    if (!a) throw notFound('attestation');
    if (a.renewal) throw new AppError('conflict', 'renewal_need_exists');
    const urgent = ['expiring', 'expired'].includes(expiryStatusOf(a.expiresOn, today));
    const notes =
      caller.locale === 'en'
        ? `Renewal of attestation ${a.number}${a.expiresOn ? `, which expires on ${longDate('en', a.expiresOn)}` : ''}.`
        : `Renouvellement de l’attestation ${a.number}${a.expiresOn ? `, qui expire le ${longDate('fr', a.expiresOn)}` : ''}.`;
    const need = await createNeed(tx, caller, {
      memberId: a.memberId,
      topicId: a.topicId,
      employeeIds: [a.employeeId],
      languages: [a.language],
      modes: [a.mode],
      periods: renewalPeriods(today, a.expiresOn),
      priority: urgent ? 'high' : 'medium',
      notes,
    });
    await repo.linkRenewal({
      needId: need.id,
      attestationId: a.id,
      mutualId: scope.mutualId,
      createdBy: caller.userId,
    });
    return need;
  });
}
