import type { Need, UpdateNeedRequest } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { memberMayChangeNeed, needSeats } from '@mutualis/domain/needs/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { requireActiveTopic } from '../topics/index.ts';
import { checkNamedEmployees } from './check-named-employees.ts';
import { getNeed } from './get-need.ts';
import { needRepository } from './repository.ts';
import { visibleNeed } from './visible-need.ts';

/** Changes a need: member contacts only while it is proposed or open, coordinators until it is closed or withdrawn. */
export async function updateNeed(
  deps: Deps,
  caller: Caller,
  input: { needId: string; changes: UpdateNeedRequest },
): Promise<Need> {
  const { needId, changes } = input;
  const scope = memberScopeOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = needRepository(tx.db);
    const row = await visibleNeed(tx, caller, needId);
    if (caller.role === 'member_contact' && !memberMayChangeNeed(row.status)) {
      throw new AppError('conflict', 'need_ask_coordinator_change', { params: { status: row.status } });
    }
    if (row.status === 'closed' || row.status === 'withdrawn')
      throw new AppError('conflict', 'need_closed', { params: { status: row.status } });
    if (changes.topicId && changes.topicId !== row.topic_id)
      await requireActiveTopic(tx.db, scope.mutualId, changes.topicId);
    const employeeIds = await checkNamedEmployees(tx.db, row.member_id, changes.employeeIds, todayInMontreal(now));
    let seats = changes.seats ?? row.seats;
    if (employeeIds !== undefined) {
      await repo.setEmployees(row, employeeIds);
      seats = needSeats(changes.seats ?? row.seats, employeeIds) ?? seats;
    } else {
      const current = (await repo.employeesOf([needId])).get(needId) ?? [];
      if (current.length && changes.seats !== undefined && changes.seats !== current.length) {
        throw invalid('seats', 'seats_fixed_by_employees', { seats: current.length });
      }
    }
    await repo.update(scope.mutualId, needId, {
      topic_id: changes.topicId,
      seats,
      noc_code: changes.nocCode,
      languages: changes.languages,
      modes: changes.modes,
      region_code: changes.regionCode,
      periods: changes.periods ? [...changes.periods].sort() : undefined,
      priority: changes.priority,
      max_price_per_seat_cents: changes.maxPricePerSeatCents,
      notes: changes.notes,
      updated_at: now.toISOString(),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: scope.mutualId,
      memberId: row.member_id,
      actorUserId: caller.userId,
      action: 'need.update',
      entityType: 'need',
      entityId: needId,
      change: changes,
    });
    return getNeed(tx, caller, { needId });
  });
}
