import { type CalendarFeed, type CalendarFeedRequest, calendarEndpoints } from '@mutualis/contracts';
import { hashToken, newToken } from '../accounts/index.ts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import { apiUrl } from '../links.ts';
import { calendarFeedRepository } from './calendar-feed-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';

/**
 * Creates a private calendar URL: a trainer's own sessions; a firm's sessions (member contact of
 * that firm, or coordinator); one participant's sessions. The token is shown once.
 */
export async function createCalendarFeed(
  deps: Deps,
  caller: Caller,
  input: CalendarFeedRequest,
): Promise<CalendarFeed> {
  const mutualId = mutualOf(caller);
  const values = {
    mutualId,
    kind: input.kind,
    userId: null as string | null,
    providerId: null as string | null,
    memberId: null as string | null,
    employeeId: null as string | null,
  };
  if (input.kind === 'trainer') {
    if (caller.role !== 'trainer') throw invalid('kind', 'trainer_feed_for_trainers');
    values.userId = caller.userId;
    values.providerId = caller.providerId;
  } else if (caller.role === 'trainer') {
    throw invalid('kind', 'trainer_has_trainer_feed_only');
  } else if (input.kind === 'member') {
    const memberId = caller.role === 'member_contact' ? caller.memberId : input.memberId;
    if (!memberId) throw invalid('memberId', 'required');
    if (!(await calendarFeedRepository(deps.db).memberExists(memberId, mutualId))) throw notFound('member');
    values.memberId = memberId;
  } else {
    if (!input.employeeId) throw invalid('employeeId', 'required');
    const employee = await enrolmentRepository(deps.db).employee(input.employeeId, mutualId);
    if (!employee || (caller.role === 'member_contact' && employee.memberId !== caller.memberId)) {
      throw new AppError('not_found', 'employee_not_found', {
        fields: [{ field: 'employeeId', code: 'employee_not_found' }],
      });
    }
    values.employeeId = employee.id;
    values.memberId = employee.memberId;
  }
  const token = newToken();
  const feed = await inTransaction(deps, async (tx) => {
    const row = await calendarFeedRepository(tx.db).insert({
      ...values,
      tokenHash: hashToken(token),
      createdBy: caller.userId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      memberId: values.memberId,
      actorUserId: caller.userId,
      action: 'calendar_feed.create',
      entityType: 'calendar_feed',
      entityId: row.id,
      change: { kind: input.kind, employeeId: values.employeeId, memberId: values.memberId },
    });
    return row;
  });
  return {
    id: feed.id,
    kind: feed.kind,
    url: apiUrl(deps.config, calendarEndpoints.feed, { feedToken: `${token}.ics` }),
  };
}
