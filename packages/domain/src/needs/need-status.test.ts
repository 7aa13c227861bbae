import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canTransitionDiagnostic,
  canTransitionNeed,
  diagnosticIsEditable,
  memberMayChangeNeed,
  NEED_STATUSES,
  needSeats,
} from './need-status.ts';

describe('need status', () => {
  it('given an open need, when pooling plans it, then the transition is allowed', () => {
    assert.equal(canTransitionNeed('open', 'planned'), true);
  });
  it('given an open need, when someone tries to schedule it directly, then it is refused', () => {
    assert.equal(canTransitionNeed('open', 'scheduled'), false);
  });
  it('given a planned need, then it can be scheduled, returned to open or withdrawn', () => {
    assert.equal(canTransitionNeed('planned', 'scheduled'), true);
    assert.equal(canTransitionNeed('planned', 'open'), true);
    assert.equal(canTransitionNeed('planned', 'withdrawn'), true);
  });
  it('given a closed or withdrawn need, then nothing follows', () => {
    for (const to of NEED_STATUSES) {
      assert.equal(canTransitionNeed('closed', to), false);
      assert.equal(canTransitionNeed('withdrawn', to), false);
    }
  });
  it('given a scheduled need, when the session ends, then it closes', () => {
    assert.equal(canTransitionNeed('scheduled', 'closed'), true);
  });
  it('given a proposed line, when the member validates it, then it opens', () => {
    assert.equal(canTransitionNeed('proposed', 'open'), true);
    assert.equal(canTransitionNeed('proposed', 'planned'), false);
  });
  it('given a need status, then a member contact may change it only while proposed or open', () => {
    assert.deepEqual(NEED_STATUSES.filter(memberMayChangeNeed), ['proposed', 'open']);
  });
  it('given named employees, then they fix the seats (duplicates counted once)', () => {
    assert.equal(needSeats(10, ['e1', 'e2', 'e2']), 2);
  });
  it('given no employees, then the declared seats are used, and none is null', () => {
    assert.equal(needSeats(4, []), 4);
    assert.equal(needSeats(null, []), null);
  });
});

describe('diagnostic status', () => {
  it('given a scheduled diagnostic, when it is completed without starting, then it is refused', () => {
    assert.equal(canTransitionDiagnostic('scheduled', 'completed'), false);
  });
  it('given the normal path, then scheduled → in progress → completed → validated is allowed', () => {
    assert.equal(canTransitionDiagnostic('scheduled', 'in_progress'), true);
    assert.equal(canTransitionDiagnostic('in_progress', 'completed'), true);
    assert.equal(canTransitionDiagnostic('completed', 'validated'), true);
  });
  it('given a validated diagnostic, then it can no longer change nor be edited', () => {
    assert.equal(canTransitionDiagnostic('validated', 'in_progress'), false);
    assert.equal(diagnosticIsEditable('validated'), false);
    assert.equal(diagnosticIsEditable('in_progress'), true);
  });
});
