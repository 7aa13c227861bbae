import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { questionnaireStatusOf } from './questionnaire-status.ts';
import {
  addMonths,
  daysBetween,
  dueReminderThreshold,
  EXPIRY_REMINDER_DAYS,
  expiryOf,
  expiryStatusOf,
  renewalPeriods,
} from './validity.ts';

describe('attestation validity', () => {
  it('given a course valid 36 months (first aid), then the attestation expires 36 months after its last day', () => {
    assert.equal(expiryOf('2024-03-15', 36), '2027-03-15');
  });

  it('given a course valid 12 months (WHMIS), then a 29 February attestation expires on 28 February', () => {
    assert.equal(expiryOf('2024-02-29', 12), '2025-02-28');
  });

  it('given a course without a validity, then its attestations never expire', () => {
    assert.equal(expiryOf('2024-03-15', null), null);
    assert.equal(expiryStatusOf(null, '2026-11-20'), 'none');
  });

  it('given a day the target month lacks, then the month’s last day is taken (as PostgreSQL does)', () => {
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2025-08-31', 6), '2026-02-28');
    assert.equal(addMonths('2025-12-15', 1), '2026-01-15');
    assert.equal(addMonths('2026-03-01', -3), '2025-12-01');
  });

  it('given today, then an attestation is expiring within the horizon and expired from its expiry day on', () => {
    assert.equal(expiryStatusOf('2027-03-01', '2026-11-20'), 'valid');
    assert.equal(expiryStatusOf('2027-01-19', '2026-11-20'), 'expiring'); // 60 days
    assert.equal(expiryStatusOf('2027-01-20', '2026-11-20'), 'valid'); // 61 days
    assert.equal(expiryStatusOf('2027-01-20', '2026-11-20', 90), 'expiring');
    assert.equal(expiryStatusOf('2026-11-20', '2026-11-20'), 'expired');
    assert.equal(expiryStatusOf('2026-11-19', '2026-11-20'), 'expired');
    assert.equal(daysBetween('2026-11-20', '2027-01-19'), 60);
  });
});

describe('expiry reminders', () => {
  const expiry = '2027-03-01';
  it('given the default thresholds, then they are 60 and 14 days before', () => {
    assert.deepEqual([...EXPIRY_REMINDER_DAYS], [60, 14]);
  });

  it('given more than 60 days left, then no reminder is due', () => {
    assert.equal(daysBetween('2026-12-30', expiry), 61);
    assert.equal(dueReminderThreshold(expiry, '2026-12-30'), null);
  });

  it('given 60 days down to 15, then the 60-day reminder is due; from 14 days, the 14-day one', () => {
    assert.equal(daysBetween('2026-12-31', expiry), 60);
    assert.equal(dueReminderThreshold(expiry, '2026-12-31'), 60);
    assert.equal(dueReminderThreshold(expiry, '2027-01-01'), 60);
    assert.equal(dueReminderThreshold(expiry, '2027-02-14'), 60);
    assert.equal(dueReminderThreshold(expiry, '2027-02-15'), 14);
    assert.equal(dueReminderThreshold(expiry, '2027-02-28'), 14);
  });

  it('given a validity set late (10 days left), then only the 14-day reminder is due, not the missed 60-day one too', () => {
    assert.equal(dueReminderThreshold(expiry, '2027-02-19'), 14);
  });

  it('given an expired attestation or none, then no reminder', () => {
    assert.equal(dueReminderThreshold(expiry, '2027-03-01'), null);
    assert.equal(dueReminderThreshold(null, '2027-03-01'), null);
  });
});

describe('renewal needs', () => {
  it('given an expiry far ahead, then the need asks for the three months before the expiry month', () => {
    assert.deepEqual(renewalPeriods('2026-11-20', '2027-06-10'), ['2027-03', '2027-04', '2027-05']);
  });

  it('given an expiry close or passed, then the need asks for the next three months', () => {
    assert.deepEqual(renewalPeriods('2026-11-20', '2026-12-20'), ['2026-12', '2027-01', '2027-02']);
    assert.deepEqual(renewalPeriods('2026-11-20', '2025-01-01'), ['2026-12', '2027-01', '2027-02']);
    assert.deepEqual(renewalPeriods('2026-11-20', null), ['2026-12', '2027-01', '2027-02']);
  });
});

describe('questionnaire status', () => {
  it('given its dates, then a questionnaire is scheduled, sent, answered or closed', () => {
    assert.equal(questionnaireStatusOf({ sentAt: null, answeredAt: null, closesOn: null }, '2026-11-20'), 'scheduled');
    assert.equal(
      questionnaireStatusOf({ sentAt: '2026-11-10T10:00:00Z', answeredAt: null, closesOn: '2026-12-10' }, '2026-11-20'),
      'sent',
    );
    assert.equal(
      questionnaireStatusOf(
        { sentAt: '2026-11-10T10:00:00Z', answeredAt: '2026-11-11T10:00:00Z', closesOn: '2026-11-12' },
        '2026-11-20',
      ),
      'answered',
    );
    assert.equal(
      questionnaireStatusOf({ sentAt: '2026-11-10T10:00:00Z', answeredAt: null, closesOn: '2026-11-19' }, '2026-11-20'),
      'closed',
    );
  });
});
