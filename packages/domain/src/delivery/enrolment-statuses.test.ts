import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ENROLMENT_STATUSES,
  enrolmentHoldsSeat,
  enrolmentIsActive,
  enrolmentIsOnRoster,
  enrolmentKeptSeat,
} from './enrolment.ts';

const statuses = (predicate: (s: string) => boolean) => ENROLMENT_STATUSES.filter(predicate);

describe('enrolment statuses', () => {
  it('given a confirmed enrolment, then it holds a seat; a waitlisted one does not', () => {
    assert.deepEqual(statuses(enrolmentHoldsSeat), ['confirmed']);
  });
  it('given a confirmed or waitlisted enrolment, then it is active (one per employee, may be withdrawn)', () => {
    assert.deepEqual(statuses(enrolmentIsActive), ['confirmed', 'waitlisted']);
  });
  it('given a late cancellation or a no-show, then it still shows on the roster with the confirmed', () => {
    assert.deepEqual(statuses(enrolmentIsOnRoster), ['confirmed', 'late_cancelled', 'no_show']);
  });
  it('given a no-show, then the session stays in the calendar as for the confirmed', () => {
    assert.deepEqual(statuses(enrolmentKeptSeat), ['confirmed', 'no_show']);
  });
});
