import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTransition, goNoGoStatus, type SessionFacts } from './lifecycle.ts';

const facts = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  state: 'proposed',
  seatsCommitted: 8,
  seatsMin: 6,
  seatsMax: 12,
  distinctFirms: 3,
  minFirms: 2,
  meetingDays: 2,
  hasPlace: true,
  hasTrainer: true,
  firstDay: '2027-02-10',
  today: '2027-01-15',
  registerMissing: [],
  attendanceMissing: 0,
  ...over,
});

describe('session lifecycle', () => {
  it('given the minimum seats from two firms, when confirming, then it is allowed', () => {
    assert.equal(checkTransition(facts(), { to: 'confirmed' }), null);
  });
  it('given too few seats, when confirming, then minimum_not_reached', () => {
    assert.equal(checkTransition(facts({ seatsCommitted: 5 }), { to: 'confirmed' })?.code, 'minimum_not_reached');
  });
  it('given one firm and a mutual requiring two, when confirming, then too_few_firms', () => {
    assert.equal(checkTransition(facts({ distinctFirms: 1 }), { to: 'confirmed' })?.code, 'too_few_firms');
  });
  it('given one firm and a mutual requiring one, when confirming, then it is allowed', () => {
    assert.equal(checkTransition(facts({ distinctFirms: 1, minFirms: 1 }), { to: 'confirmed' }), null);
  });
  it('given the minimum is not reached, when the coordinator overrides with a reason, then it is allowed', () => {
    assert.equal(
      checkTransition(facts({ seatsCommitted: 2 }), { to: 'confirmed', override: true, reason: 'board decision' }),
      null,
    );
    assert.equal(
      checkTransition(facts({ seatsCommitted: 2 }), { to: 'confirmed', override: true })?.code,
      'reason_required',
    );
  });
  it('given a proposed session, when jumping to delivered, then the transition is refused', () => {
    assert.equal(checkTransition(facts(), { to: 'delivered' })?.code, 'transition_not_allowed');
  });
  it('given a cancellation without reason, then reason_required; with a reason, allowed', () => {
    assert.equal(
      checkTransition(facts({ state: 'scheduled' }), { to: 'cancelled', reason: '  ' })?.code,
      'reason_required',
    );
    assert.equal(checkTransition(facts({ state: 'scheduled' }), { to: 'cancelled', reason: 'trainer ill' }), null);
  });
  it('given a session in delivery, when cancelling, then refused (only before delivery)', () => {
    assert.equal(
      checkTransition(facts({ state: 'in_delivery' }), { to: 'cancelled', reason: 'x' })?.code,
      'transition_not_allowed',
    );
  });
  it('given no trainer, when scheduling, then not_scheduled names the trainer', () => {
    const r = checkTransition(facts({ state: 'confirmed', hasTrainer: false, meetingDays: 0 }), { to: 'scheduled' });
    assert.equal(r?.code, 'not_scheduled');
    assert.match(r?.message ?? '', /trainer/);
    assert.match(r?.message ?? '', /meeting days/);
  });
  it('given the first day is in the future, when starting delivery, then not_started', () => {
    assert.equal(checkTransition(facts({ state: 'scheduled' }), { to: 'in_delivery' })?.code, 'not_started');
    assert.equal(checkTransition(facts({ state: 'scheduled', today: '2027-02-10' }), { to: 'in_delivery' }), null);
  });
  it('given an incomplete register, when marking delivered, then register_incomplete lists the fields', () => {
    const r = checkTransition(facts({ state: 'in_delivery', registerMissing: ['cost'] }), { to: 'delivered' });
    assert.equal(r?.code, 'register_incomplete');
    assert.deepEqual(r && 'missing' in r ? r.missing : [], ['cost']);
  });
  it('given missing attendance, when marking delivered, then attendance_incomplete', () => {
    assert.equal(
      checkTransition(facts({ state: 'in_delivery', attendanceMissing: 2 }), { to: 'delivered' })?.code,
      'attendance_incomplete',
    );
  });
});

describe('go/no-go', () => {
  const base = {
    state: 'proposed' as const,
    goNoGoDate: '2027-01-20',
    seatsCommitted: 3,
    seatsMin: 6,
    distinctFirms: 1,
    minFirms: 2,
  };
  it('given the date not reached, then open', () =>
    assert.equal(goNoGoStatus({ ...base, today: '2027-01-19' }), 'open'));
  it('given the date reached and the minimum missing, then alert', () =>
    assert.equal(goNoGoStatus({ ...base, today: '2027-01-20' }), 'alert'));
  it('given the minimum reached, then go', () =>
    assert.equal(goNoGoStatus({ ...base, today: '2027-01-25', seatsCommitted: 6, distinctFirms: 2 }), 'go'));
});
