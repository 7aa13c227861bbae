import type { CreateSessionRequest, SessionDetail } from '@mutualis/contracts';
import { addDays } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { getSession } from './get-session.ts';
import { trainingSessionRepository } from './session-repository.ts';

/** A coordinator creates a session by hand (outside a pooling plan), in the proposed state. */
export async function createSession(deps: Deps, caller: Caller, input: CreateSessionRequest): Promise<SessionDetail> {
  const mutualId = mutualOf(caller);
  const sessionId = await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const course = await repo.course(input.courseId, mutualId);
    if (!course)
      throw new AppError('not_found', 'course_not_found', {
        fields: [{ field: 'courseId', code: 'course_not_found' }],
      });
    if (course.status === 'retired') throw invalid('courseId', 'course_retired');
    const seatsMin = input.seatsMin ?? course.min_seats;
    const seatsMax = input.seatsMax ?? course.max_seats;
    if (seatsMax < seatsMin) throw invalid('seatsMax', 'max_below_min');
    const settings = await repo.mutualSettings(mutualId);
    const periodStart = `${input.period}-01`;
    const { id } = await repo.insert({
      mutual_id: mutualId,
      course_id: course.id,
      period: input.period,
      region_code: course.mode === 'virtual' ? null : (input.regionCode ?? course.regions[0] ?? null),
      seats: seatsMin,
      cost_cents: input.costCents ?? course.fixed_cost_cents + course.seat_cost_cents * seatsMin,
      status: 'proposed',
      title: input.title ?? null,
      seats_min: seatsMin,
      seats_max: seatsMax,
      go_no_go_date: input.goNoGoDate ?? addDays(periodStart, -settings.goNoGoDays),
      created_by: caller.userId,
    });
    await repo.recordEvent({
      mutualId,
      sessionId: id,
      actorUserId: caller.userId,
      kind: 'created',
      toStatus: 'proposed',
      detail: { by: 'hand' },
    });
    await auditRepository(tx.db).record({
      at: tx.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'session.create',
      entityType: 'training_session',
      entityId: id,
      change: { ...input },
    });
    return id;
  });
  return getSession(deps, caller, { sessionId });
}
