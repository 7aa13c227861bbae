import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DELIVERED_STATES,
  FINISHED_STATES,
  HELD_STATES,
  OPEN_FOR_ENROLMENT,
  SESSION_STATES,
  STILL_TO_DELIVER,
  sessionIsAnnounced,
  sessionIsDelivered,
  sessionIsFinished,
  sessionIsOpenForEnrolment,
  sessionIsOpenToEveryMember,
  sessionIsStillToDeliver,
  sessionIsTentative,
  sessionTakesAttendance,
  sessionTakesResults,
  sessionWasHeld,
} from './lifecycle.ts';

// The named groups of session states and their predicates.
const states = (predicate: (s: string) => boolean) => SESSION_STATES.filter(predicate);

describe('session states', () => {
  it('given a session before delivery, then it is open for enrolment; from delivery on or cancelled, it is not', () => {
    assert.deepEqual(states(sessionIsOpenForEnrolment), ['proposed', 'confirmed', 'scheduled']);
    assert.deepEqual([...OPEN_FOR_ENROLMENT], states(sessionIsOpenForEnrolment));
  });
  it('given a confirmed or scheduled session, then every member contact sees it; a proposed one only the firms with seats', () => {
    assert.deepEqual(states(sessionIsOpenToEveryMember), ['confirmed', 'scheduled']);
  });
  it('given a proposed or confirmed session, then calendars show it as tentative', () => {
    assert.deepEqual(states(sessionIsTentative), ['proposed', 'confirmed']);
  });
  it('given a scheduled or running session, then participants hear of visible changes', () => {
    assert.deepEqual(states(sessionIsAnnounced), ['scheduled', 'in_delivery']);
  });
  it('given a live session not delivered yet, then its needs still wait for it', () => {
    assert.deepEqual(states(sessionIsStillToDeliver), ['proposed', 'confirmed', 'scheduled', 'in_delivery']);
    assert.deepEqual([...STILL_TO_DELIVER], states(sessionIsStillToDeliver));
  });
  it('given a session in delivery or after, then it was held (roster, register); a cancelled one was not', () => {
    assert.deepEqual(states(sessionWasHeld), ['in_delivery', 'delivered', 'evaluated']);
    assert.deepEqual([...HELD_STATES], states(sessionWasHeld));
  });
  it('given a delivered or evaluated session, then it is delivered (attestations, evaluation)', () => {
    assert.deepEqual(states(sessionIsDelivered), ['delivered', 'evaluated']);
    assert.deepEqual([...DELIVERED_STATES], states(sessionIsDelivered));
  });
  it('given a delivered, evaluated or cancelled session, then it is finished and no longer edited', () => {
    assert.deepEqual(states(sessionIsFinished), ['delivered', 'evaluated', 'cancelled']);
    assert.deepEqual([...FINISHED_STATES], states(sessionIsFinished));
  });
  it('given a session in delivery, then it takes attendance and results; once delivered, results only', () => {
    assert.deepEqual(states(sessionTakesAttendance), ['in_delivery']);
    assert.deepEqual(states(sessionTakesResults), ['in_delivery', 'delivered']);
  });
  it('given a state that is not one, then no predicate holds', () => {
    for (const p of [
      sessionIsOpenForEnrolment,
      sessionIsDelivered,
      sessionIsFinished,
      sessionWasHeld,
      sessionIsTentative,
    ])
      assert.equal(p('nonsense'), false);
  });
});
