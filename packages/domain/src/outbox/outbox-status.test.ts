import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OUTBOX_STATUSES, outboxMayRetry, statusAfterFailedAttempt } from './outbox-status.ts';

describe('outbox status', () => {
  it('given the statuses, then only a failed message may be retried by hand', () => {
    assert.deepEqual(OUTBOX_STATUSES.filter(outboxMayRetry), ['failed']);
  });
  it('given a failed attempt below the limit, then the message stays pending', () => {
    assert.equal(statusAfterFailedAttempt(5, 6), 'pending');
  });
  it('given a failed attempt that reaches the limit, then the message is failed', () => {
    assert.equal(statusAfterFailedAttempt(6, 6), 'failed');
  });
});
