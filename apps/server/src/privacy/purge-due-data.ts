import { startOfDayInMontreal, todayInMontreal } from '@mutualis/domain/dates';
import { periodsInForce, purgeCutoffs, type RetentionKind } from '@mutualis/domain/privacy/retention';
import { auditRepository } from '../audit/index.ts';
import { type Deps, inTransaction } from '../caller.ts';
import { privacyRepository } from './repository.ts';
import { retentionRepository } from './retention-repository.ts';

export type PurgeCounts = Record<RetentionKind, number>;

/**
 * The daily purge (a job on the queue, once across instances): for each mutual, in a transaction of its
 * own, anonymises or deletes what is older than its retention period, and records the run and an audit
 * entry with the counts by kind. Former employees are anonymised by the erasure's own steps (their
 * attestations, enrolments and attendance stay, s.14–15); nothing the Regulation obliges the mutual to
 * keep (attestations, registers, money vouchers) is touched. Running it twice the same day purges
 * nothing more, so a job delivered twice is harmless. Last, the platform's own data (accounts of no
 * mutual) by the default periods.
 */
export async function purgeDueData(deps: Deps): Promise<{ mutualId: string | null; counts: PurgeCounts }[]> {
  const today = todayInMontreal(deps.now());
  const results: { mutualId: string | null; counts: PurgeCounts }[] = [];
  for (const mutualId of await retentionRepository(deps.db).mutualIds()) {
    results.push({ mutualId, counts: await purgeMutual(deps, mutualId, today) });
  }
  results.push({ mutualId: null, counts: await purgePlatform(deps, today) });
  return results;
}

async function purgeMutual(deps: Deps, mutualId: string, today: string): Promise<PurgeCounts> {
  return inTransaction(deps, async (tx) => {
    const at = tx.now().toISOString();
    const repo = retentionRepository(tx.db);
    const own = Object.fromEntries((await repo.periods(mutualId)).map((p) => [p.kind, p.months]));
    const cut = purgeCutoffs(today, periodsInForce(own));
    const atStart = (day: string) => startOfDayInMontreal(day);

    const people = privacyRepository(tx.db);
    const former = await repo.formerEmployeesDue(mutualId, cut.former_employees);
    for (const employeeId of former) {
      await people.anonymise(employeeId, at);
      await people.redactAuditTrail(employeeId);
    }
    const counts: PurgeCounts = {
      former_employees: former.length,
      superseded_wages: await repo.deleteSupersededWages(mutualId, cut.superseded_wages),
      questionnaire_addresses: await repo.dropQuestionnaireAddresses(mutualId, atStart(cut.questionnaire_addresses)),
      read_log: await repo.deleteReads(mutualId, atStart(cut.read_log)),
      login_sessions: await repo.deleteLoginSessions(mutualId, atStart(cut.login_sessions)),
      outbox_messages: await repo.deleteOutboxMessages(mutualId, atStart(cut.outbox_messages)),
      incidents: await repo.deleteIncidents(mutualId, cut.incidents),
    };
    await repo.recordRun(mutualId, at, counts);
    await auditRepository(tx.db).record({
      at,
      mutualId,
      actorUserId: null,
      action: 'retention.purge',
      entityType: 'mutual',
      entityId: mutualId,
      change: { ...counts, cutoffs: cut },
    });
    return counts;
  });
}

/** The platform's own data: reads, sessions and e-mails of accounts of no mutual, by the default periods. */
async function purgePlatform(deps: Deps, today: string): Promise<PurgeCounts> {
  return inTransaction(deps, async (tx) => {
    const at = tx.now().toISOString();
    const repo = retentionRepository(tx.db);
    const cut = purgeCutoffs(today, periodsInForce({}));
    const atStart = (day: string) => startOfDayInMontreal(day);
    const counts: PurgeCounts = {
      former_employees: 0,
      superseded_wages: 0,
      questionnaire_addresses: 0,
      read_log: await repo.deleteReads(null, atStart(cut.read_log)),
      login_sessions: await repo.deleteLoginSessions(null, atStart(cut.login_sessions)),
      outbox_messages: await repo.deleteOutboxMessages(null, atStart(cut.outbox_messages)),
      incidents: 0,
    };
    await repo.recordRun(null, at, counts);
    return counts;
  });
}
