import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allowedNextStatuses,
  changeMemberStatus,
  isValidNeq,
  MEMBER_STATUSES,
  type MemberLifecycle,
  memberHasLeft,
  memberIsCurrent,
  neqProblem,
  normalizeNeq,
} from './index.ts';

const prospect: MemberLifecycle = {
  status: 'prospect',
  statusChangedOn: '2026-01-10',
  statusReason: null,
  joinedOn: null,
  leftOn: null,
};
const today = '2026-06-30';

describe('NEQ', () => {
  it('given a well-formed NEQ with spaces, when normalized and checked, then it is valid', () => {
    assert.equal(normalizeNeq('1143 389 054'), '1143389054');
    assert.equal(isValidNeq('1143 389 054'), true);
  });
  it('given too few digits, letters or a wrong first digit, then the problem is named', () => {
    assert.equal(neqProblem('114338905'), 'neq_ten_digits');
    assert.equal(neqProblem('11433890AB'), 'neq_digits_only');
    assert.equal(neqProblem('5143389054'), 'neq_first_digit');
  });
});

describe('member status', () => {
  it('given a prospect, when it joins, then it is active with the joining date', () => {
    const result = changeMemberStatus(prospect, { to: 'active', on: '2026-02-01' }, today);
    assert.ok(result.ok);
    assert.equal(result.next.status, 'active');
    assert.equal(result.next.joinedOn, '2026-02-01');
    assert.equal(result.next.statusChangedOn, '2026-02-01');
  });

  it('given a prospect, when it is marked lapsed, then the transition is refused', () => {
    const result = changeMemberStatus(prospect, { to: 'lapsed', on: '2026-02-01', reason: 'no payment' }, today);
    assert.deepEqual(result, {
      ok: false,
      field: 'status',
      code: 'status_change_not_allowed',
      params: { from: 'prospect', to: 'lapsed' },
    });
  });

  it('given an active member, when it lapses without a reason, then the reason is required', () => {
    const active = { ...prospect, status: 'active' as const, joinedOn: '2026-02-01', statusChangedOn: '2026-02-01' };
    const result = changeMemberStatus(active, { to: 'lapsed', on: '2026-03-01', reason: '  ' }, today);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.field, 'reason');
  });

  it('given an active member, when it withdraws with a reason, then it has left on that date', () => {
    const active = { ...prospect, status: 'active' as const, joinedOn: '2026-02-01', statusChangedOn: '2026-02-01' };
    const result = changeMemberStatus(active, { to: 'withdrawn', on: '2026-03-01', reason: 'Closed the plant' }, today);
    assert.ok(result.ok);
    assert.equal(result.next.leftOn, '2026-03-01');
    assert.equal(result.next.statusReason, 'Closed the plant');
  });

  it('given a lapsed member, when it is reactivated, then it is active, keeps its first joining date and has not left', () => {
    const lapsed: MemberLifecycle = {
      status: 'lapsed',
      statusChangedOn: '2026-03-01',
      statusReason: 'no dues',
      joinedOn: '2025-01-01',
      leftOn: '2026-03-01',
    };
    const result = changeMemberStatus(lapsed, { to: 'active', on: '2026-04-01' }, today);
    assert.ok(result.ok);
    assert.equal(result.next.joinedOn, '2025-01-01');
    assert.equal(result.next.leftOn, null);
    assert.equal(result.next.statusReason, null);
  });

  it('given a change dated before the last change or in the future, then the date is refused', () => {
    const before = changeMemberStatus(prospect, { to: 'active', on: '2026-01-09' }, today);
    assert.equal(!before.ok && before.field, 'on');
    const future = changeMemberStatus(prospect, { to: 'active', on: '2026-07-01' }, today);
    assert.equal(!future.ok && future.field, 'on');
  });

  it('given a withdrawn member, then it may only come back as a prospect', () => {
    assert.deepEqual(allowedNextStatuses('withdrawn'), ['prospect']);
    const withdrawn: MemberLifecycle = {
      ...prospect,
      status: 'withdrawn',
      leftOn: '2026-02-01',
      statusChangedOn: '2026-02-01',
    };
    assert.equal(changeMemberStatus(withdrawn, { to: 'active', on: '2026-03-01' }, today).ok, false);
  });

  it('given the same status, when changed, then it is refused', () => {
    assert.equal(changeMemberStatus(prospect, { to: 'prospect', on: '2026-02-01' }, today).ok, false);
  });
});

describe('member status vocabulary', () => {
  it('given the statuses, when listed, then they are the four of the life cycle in its order', () => {
    assert.deepEqual(MEMBER_STATUSES, ['prospect', 'active', 'lapsed', 'withdrawn']);
  });

  it('given each status, when asked whether the firm is a member now, then only an active firm is', () => {
    assert.deepEqual(
      MEMBER_STATUSES.filter((s) => memberIsCurrent(s)),
      ['active'],
    );
  });

  it('given each status, when asked whether the firm has left, then lapsed and withdrawn firms have', () => {
    assert.deepEqual(
      MEMBER_STATUSES.filter((s) => memberHasLeft(s)),
      ['lapsed', 'withdrawn'],
    );
  });

  it('given a status a firm leaves for, when changed without a reason, then the reason is asked for', () => {
    const active: MemberLifecycle = {
      ...prospect,
      status: 'active',
      joinedOn: '2026-02-01',
      statusChangedOn: '2026-02-01',
    };
    for (const to of MEMBER_STATUSES.filter((s) => memberHasLeft(s))) {
      const result = changeMemberStatus(active, { to, on: '2026-03-01' }, today);
      assert.equal(!result.ok && result.field, 'reason', to);
    }
  });
});
