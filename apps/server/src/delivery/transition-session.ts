import type { SessionDetail, SessionTransitionRequest } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { ACTIVE_ENROLMENT_STATUSES, checkTransition, isSingleFirm } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid, type MessageCode } from '../errors.ts';
import { onSessionDelivered } from './complete-session.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { getSession } from './get-session.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { sessionFactsOf } from './session-facts.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { lockVisibleSession } from './visible-session.ts';

/** Moves a session along its lifecycle, if the guards allow it; keeps the history. */
export async function transitionSession(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string } & SessionTransitionRequest,
): Promise<SessionDetail> {
  const { sessionId, ...request } = input;
  const mutualId = mutualOf(caller);
  const now = deps.now().toISOString();
  const today = todayInMontreal(deps.now());
  await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const row = await lockVisibleSession(tx, caller, sessionId);
    const facts = await sessionFactsOf(tx.db, row, today);
    const refusal = checkTransition(facts, request);
    if (refusal) {
      const required: MessageCode = refusal.code === 'register_incomplete' ? 'required_by_register' : 'required';
      const fields = 'missing' in refusal ? refusal.missing.map((field) => ({ field, code: required })) : [];
      if (refusal.code === 'reason_required') throw invalid('reason', 'reason_required');
      throw new AppError(refusal.code, refusal.code, { params: refusal.params, fields });
    }
    const to = request.to;
    const reason = request.reason?.trim() || null;
    await repo.update(
      sessionId,
      {
        status: to,
        ...(to === 'confirmed'
          ? { single_firm: isSingleFirm(facts.distinctFirms), override_reason: request.override ? reason : null }
          : {}),
        ...(to === 'cancelled' ? { cancel_reason: reason, cancelled_at: now } : {}),
      },
      now,
    );
    if (to === 'cancelled' || to === 'scheduled') await repo.bumpSequence(sessionId, now);
    const needs =
      to === 'scheduled' || to === 'delivered' || to === 'cancelled'
        ? await repo.moveNeeds(
            sessionId,
            to === 'scheduled' ? 'scheduled' : to === 'delivered' ? 'closed' : 'open',
            now,
          )
        : null;
    const needsMoved =
      needs && (needs.opened.length || needs.split.length || needs.closed.length) && to !== 'scheduled'
        ? { needs }
        : {};
    await repo.recordEvent({
      mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: 'transition',
      fromStatus: row.status,
      toStatus: to,
      reason,
      detail: {
        ...(request.override
          ? { override: true, seatsCommitted: facts.seatsCommitted, distinctFirms: facts.distinctFirms }
          : {}),
        ...needsMoved,
      },
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: `session.${to}`,
      entityType: 'training_session',
      entityId: sessionId,
      change: { from: row.status, to, reason, override: request.override ?? false, ...needsMoved },
    });
    if (to === 'scheduled' || to === 'cancelled') {
      const updated = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
      // a cancellation is told to everyone holding or waiting for a seat; an invitation to the confirmed
      const people = await enrolmentRepository(tx.db).listForSession(
        sessionId,
        null,
        to === 'cancelled' ? ACTIVE_ENROLMENT_STATUSES : ['confirmed'],
      );
      await notifyParticipants(tx, updated, people, to === 'cancelled' ? 'session_cancelled' : 'session_invitation', {
        reason,
      });
    }
    if (to === 'delivered') await onSessionDelivered(tx, sessionId, mutualId, caller.userId);
  });
  return getSession(deps, caller, { sessionId });
}
