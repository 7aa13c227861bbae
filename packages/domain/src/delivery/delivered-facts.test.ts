import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deliveredFacts } from './delivered-facts.ts';

const days = [
  { id: 'd2', day: '2026-11-20', hours: 7 },
  { id: 'd1', day: '2026-11-19', hours: 7 },
];

describe("a session's delivered facts", () => {
  it('given 2 meeting days of 7 h, then the session ran 14 h from the first to the last day, whatever the course says', () => {
    const f = deliveredFacts({ days, participants: [], attendance: [] });
    assert.deepEqual([f.firstDay, f.lastDay, f.hoursScheduled], ['2026-11-19', '2026-11-20', 14]);
    assert.deepEqual(f.days, ['2026-11-19', '2026-11-20']);
  });

  it('given attendance, then each participant has the hours present, and completion follows the threshold', () => {
    const f = deliveredFacts({
      days,
      participants: [{ enrolmentId: 'a' }, { enrolmentId: 'b' }, { enrolmentId: 'c' }],
      attendance: [
        { enrolmentId: 'a', meetingDayId: 'd1', present: true, hours: 7 },
        { enrolmentId: 'a', meetingDayId: 'd2', present: true, hours: 6.5 },
        { enrolmentId: 'b', meetingDayId: 'd1', present: true, hours: 7 },
        { enrolmentId: 'b', meetingDayId: 'd2', present: false, hours: 0 },
        { enrolmentId: 'c', meetingDayId: 'd1', present: false, hours: 0 },
        // a mark on a day that is no longer a meeting day counts nothing
        { enrolmentId: 'c', meetingDayId: 'gone', present: true, hours: 7 },
      ],
    });
    assert.deepEqual(
      f.participants.map((p) => [p.enrolmentId, p.hoursAttended, p.daysPresent, p.attended, p.completed]),
      [
        ['a', 13.5, 2, true, true],
        ['b', 7, 1, true, false],
        ['c', 0, 0, false, false],
      ],
    );
    assert.deepEqual([f.attended, f.completed, f.participantHours], [2, 1, 20.5]);
    assert.equal(
      deliveredFacts({
        days,
        participants: [{ enrolmentId: 'b' }],
        attendance: [{ enrolmentId: 'b', meetingDayId: 'd1', present: true, hours: 7 }],
        completionThreshold: 0.5,
      }).completed,
      1,
    );
  });

  it('given no meeting day, then no dates, no hours, nobody completed', () => {
    const f = deliveredFacts({ days: [], participants: [{ enrolmentId: 'a' }], attendance: [] });
    assert.deepEqual([f.firstDay, f.lastDay, f.hoursScheduled, f.completed], [null, null, 0, 0]);
  });
});
