import type { RecognitionStanding } from '@mutualis/contracts';
import {
  type DaySpan,
  type RecognitionEventKind,
  spansPaymentsDidNotCount,
} from '@mutualis/domain/governance/recognition';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { standingOf } from './get-recognition.ts';
import { recognitionRepository } from './recognition-repository.ts';

/** Whether a mutual is recognised today and payments to it count as training spending (s.1). */
export async function recognitionStandingOf(db: Db, mutualId: string): Promise<RecognitionStanding> {
  const rows = await recognitionRepository(db).events(mutualId);
  return standingOf(
    mutualId,
    rows.map((e) => ({
      kind: e.kind as RecognitionEventKind,
      occurredOn: e.occurred_on,
      answerDueOn: e.answer_due_on,
    })),
  );
}

/** The standing of the caller's mutual: every role of a mutual sees it (members are told when payments do not count). */
export async function getStanding(deps: Deps, caller: Caller): Promise<RecognitionStanding> {
  return recognitionStandingOf(deps.db, mutualOf(caller));
}

/** The recognition status today of several mutuals (the observatory's list). */
export async function recognitionStatusesOf(
  db: Db,
  mutualIds: string[],
): Promise<Map<string, RecognitionStanding['status']>> {
  const rows = await recognitionRepository(db).eventsOf(mutualIds);
  const out = new Map<string, RecognitionStanding['status']>();
  for (const id of mutualIds) {
    const events = rows
      .filter((r) => r.mutual_id === id)
      .map((e) => ({ kind: e.kind as RecognitionEventKind, occurredOn: e.occurred_on, answerDueOn: e.answer_due_on }));
    out.set(id, standingOf(id, events).status);
  }
  return out;
}

/**
 * The spans of days within [from, to] when payments to the mutual did not count as training spending
 * (s.1): what a member's statements of that period must say (the savings statement; the money
 * module's 1 % statement passes them to `onePercentStatement`).
 */
export async function spansPaymentsDidNotCountOf(
  db: Db,
  mutualId: string,
  from: string,
  to: string,
): Promise<DaySpan[]> {
  const rows = await recognitionRepository(db).events(mutualId);
  return spansPaymentsDidNotCount(
    rows.map((e) => ({
      kind: e.kind as RecognitionEventKind,
      occurredOn: e.occurred_on,
      answerDueOn: e.answer_due_on,
    })),
    from,
    to,
  );
}
