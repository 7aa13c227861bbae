import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCOUNT_STATUSES, accountStatusOf, mayResendInvitation } from './account-status.ts';

describe('account status', () => {
  it('given an active account without a password, then it is invited', () => {
    assert.equal(accountStatusOf({ active: true, hasPassword: false }), 'invited');
  });
  it('given an active account with a password, then it is active', () => {
    assert.equal(accountStatusOf({ active: true, hasPassword: true }), 'active');
  });
  it('given an inactive account, with or without a password, then it is deactivated', () => {
    assert.equal(accountStatusOf({ active: false, hasPassword: true }), 'deactivated');
    assert.equal(accountStatusOf({ active: false, hasPassword: false }), 'deactivated');
  });
  it('given the statuses, then only an invited account may get its invitation again', () => {
    assert.deepEqual(ACCOUNT_STATUSES.filter(mayResendInvitation), ['invited']);
  });
});
