import type { CreateNeedRequest, Need } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { needSeats } from '@mutualis/domain/needs/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import { forbidden, invalid } from '../errors.ts';
import { requireActiveTopic } from '../topics/index.ts';
import { checkNamedEmployees } from './check-named-employees.ts';
import { getNeed } from './get-need.ts';
import { needRepository } from './repository.ts';

/** Declares an open need: a member contact for its own firm, a coordinator for any member it names. */
export async function createNeed(deps: Deps, caller: Caller, input: CreateNeedRequest): Promise<Need> {
  const scope = memberScopeOf(caller);
  if (scope.memberId && input.memberId && input.memberId !== scope.memberId) throw forbidden('own_firm_needs_only');
  const memberId = scope.memberId ?? input.memberId;
  if (!memberId) throw invalid('memberId', 'required');
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = needRepository(tx.db);
    const member = await repo.member(scope.mutualId, memberId);
    if (!member) throw invalid('memberId', 'no_such_member');
    await requireActiveTopic(tx.db, scope.mutualId, input.topicId);
    const employeeIds = (await checkNamedEmployees(tx.db, memberId, input.employeeIds, todayInMontreal(now))) ?? [];
    const seats = needSeats(input.seats, employeeIds);
    if (seats === null) throw invalid('seats', 'seats_or_employees');
    const id = await repo.insert({
      mutual_id: scope.mutualId,
      member_id: memberId,
      topic_id: input.topicId,
      seats,
      noc_code: input.nocCode ?? null,
      languages: input.languages,
      modes: input.modes,
      region_code: input.regionCode ?? member.region_code,
      periods: [...input.periods].sort(),
      priority: input.priority ?? 'medium',
      max_price_per_seat_cents: input.maxPricePerSeatCents ?? null,
      notes: input.notes ?? '',
      status: 'open',
      status_changed_at: now.toISOString(),
      source: 'declared',
      created_by: caller.userId,
    });
    await repo.setEmployees({ id, mutual_id: scope.mutualId, member_id: memberId }, employeeIds);
    await auditRepository(tx.db).record({
      at: now,
      mutualId: scope.mutualId,
      memberId,
      actorUserId: caller.userId,
      action: 'need.create',
      entityType: 'need',
      entityId: id,
      change: input,
    });
    return getNeed(tx, caller, { needId: id });
  });
}
