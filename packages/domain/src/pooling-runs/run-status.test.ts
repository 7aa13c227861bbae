import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACTIVE_POOLING_RUN_STATUSES,
  POOLING_RUN_STATUSES,
  poolingPlanMayBeAccepted,
  poolingRunHasPlan,
  poolingRunIsActive,
} from './run-status.ts';

describe('pooling run status', () => {
  it('given a queued or running run, then it is active (its progress is polled and it may be cancelled)', () => {
    assert.equal(poolingRunIsActive('queued'), true);
    assert.equal(poolingRunIsActive('running'), true);
  });
  it('given a run that ended (succeeded, failed or cancelled), then it is no longer active', () => {
    for (const status of ['succeeded', 'failed', 'cancelled'] as const) assert.equal(poolingRunIsActive(status), false);
  });
  it('given every status, then the active ones are exactly the active list, in the order of the life', () => {
    assert.deepEqual(POOLING_RUN_STATUSES.filter(poolingRunIsActive), [...ACTIVE_POOLING_RUN_STATUSES]);
  });
  it('given a succeeded run, then it has a plan; any other status has none', () => {
    assert.deepEqual(POOLING_RUN_STATUSES.filter(poolingRunHasPlan), ['succeeded']);
  });
  it('given a succeeded run not accepted yet, when the coordinator accepts its plan, then it may; once accepted, or without a plan, it may not', () => {
    assert.equal(poolingPlanMayBeAccepted('succeeded', null), true);
    assert.equal(poolingPlanMayBeAccepted('succeeded', '2027-01-05T10:00:00Z'), false);
    for (const status of ['queued', 'running', 'failed', 'cancelled'] as const)
      assert.equal(poolingPlanMayBeAccepted(status, null), false);
  });
});
