import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isDueForPurge,
  nextPurgeAt,
  periodsInForce,
  purgeCutoff,
  purgeCutoffs,
  RETENTION_KINDS,
  RETENTION_RULES,
  retentionPeriodProblem,
} from './retention.ts';

describe('retention periods', () => {
  it('given no period set by the mutual, then each kind keeps its default; a period set replaces it', () => {
    const periods = periodsInForce({});
    for (const kind of RETENTION_KINDS) assert.equal(periods[kind], RETENTION_RULES[kind].defaultMonths);
    assert.equal(periodsInForce({ read_log: 36 }).read_log, 36);
    assert.equal(periodsInForce({ read_log: 36 }).outbox_messages, 12);
  });

  it('given data kept 36 months, when its reference day is 36 months ago to the day, then it stays; a day earlier, it is due', () => {
    assert.equal(purgeCutoff('2026-12-06', 36), '2023-12-06');
    assert.equal(isDueForPurge('2023-12-06', '2026-12-06', 36), false);
    assert.equal(isDueForPurge('2023-12-05', '2026-12-06', 36), true);
    assert.equal(isDueForPurge('2026-01-01', '2026-12-06', 36), false);
  });

  it('given no reference day (an employee still employed), then nothing is ever due', () => {
    assert.equal(isDueForPurge(null, '2099-01-01', 1), false);
  });

  it('given a month shorter than the day, then the cut-off is its last day (as PostgreSQL counts months)', () => {
    assert.equal(purgeCutoff('2026-05-31', 3), '2026-02-28');
    assert.equal(purgeCutoffs('2026-05-31', periodsInForce({ login_sessions: 3 })).login_sessions, '2026-02-28');
  });

  it('given a period outside its bounds or not whole, then it is refused with the bounds; the incident register never goes below five years', () => {
    assert.equal(retentionPeriodProblem('read_log', 24), null);
    assert.deepEqual(retentionPeriodProblem('read_log', 6), {
      code: 'retention_months_range',
      minimum: 12,
      maximum: 120,
    });
    assert.notEqual(retentionPeriodProblem('read_log', 24.5), null);
    assert.notEqual(retentionPeriodProblem('incidents', 59), null);
    assert.equal(retentionPeriodProblem('incidents', 60), null);
    for (const kind of RETENTION_KINDS) {
      const rule = RETENTION_RULES[kind];
      assert.ok(rule.minMonths <= rule.defaultMonths && rule.defaultMonths <= rule.maxMonths, kind);
    }
  });

  it('given the time of day, then the next purge is today’s slot while it is ahead, else tomorrow’s', () => {
    assert.equal(nextPurgeAt(new Date('2026-12-06T05:00:00Z')), '2026-12-06T07:23:00.000Z');
    assert.equal(nextPurgeAt(new Date('2026-12-06T07:23:00Z')), '2026-12-07T07:23:00.000Z');
    assert.equal(nextPurgeAt(new Date('2026-12-31T23:00:00Z')), '2027-01-01T07:23:00.000Z');
  });
});
