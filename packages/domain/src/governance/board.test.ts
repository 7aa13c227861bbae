import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attendanceRate, type BoardTerm, checkBoardComposition, hasQuorum, sittingOn } from './board.ts';

const seat = (seatKind: BoardTerm['seatKind'], office: BoardTerm['office'] = 'director') => ({ seatKind, office });

describe('board composition (s.3)', () => {
  it('given 4 employer and 1 workforce representatives with a chair, when checked, then it follows the rules', () => {
    const c = checkBoardComposition([
      seat('employer', 'chair'),
      seat('employer'),
      seat('employer'),
      seat('employer'),
      seat('workforce'),
    ]);
    assert.equal(c.compliant, true);
    assert.deepEqual([c.breaches, c.warnings], [[], []]);
  });
  it('given 3 employer representatives out of 6, when checked, then employers are not a majority (half is not enough)', () => {
    const c = checkBoardComposition([
      seat('employer', 'chair'),
      seat('employer'),
      seat('employer'),
      seat('workforce'),
      seat('workforce'),
      seat('other'),
    ]);
    assert.deepEqual(c.breaches, ['employer_not_majority']);
    assert.equal(c.employerMajorityNeeds, 4);
  });
  it('given 4 employer representatives out of 7, when checked, then employers are a majority', () => {
    const c = checkBoardComposition([
      seat('employer', 'chair'),
      seat('employer'),
      seat('employer'),
      seat('employer'),
      seat('workforce'),
      seat('other'),
      seat('other'),
    ]);
    assert.equal(c.compliant, true);
  });
  it('given no workforce representative, when checked, then the board breaks the rules', () => {
    const c = checkBoardComposition([seat('employer', 'chair'), seat('employer'), seat('employer')]);
    assert.deepEqual(c.breaches, ['no_workforce_representative']);
  });
  it('given nobody sitting, when checked, then there is no board', () => {
    assert.deepEqual(checkBoardComposition([], 7).breaches, ['no_board']);
  });
  it('given 7 seats and 5 members without a chair, when checked, then vacant seats and the missing chair are warnings, not breaches', () => {
    const c = checkBoardComposition(
      [seat('employer'), seat('employer'), seat('employer'), seat('employer'), seat('workforce')],
      7,
    );
    assert.equal(c.compliant, true);
    assert.deepEqual(c.warnings, ['no_chair', 'vacant_seats']);
    assert.equal(c.vacantSeats, 2);
  });
});

describe('terms, quorum and attendance', () => {
  const terms = [
    { name: 'A', termStart: '2024-01-01', termEnd: '2025-12-31' },
    { name: 'B', termStart: '2025-06-01', termEnd: null },
  ];
  it('given terms, when asked who sits on a day, then the term includes its first and last day', () => {
    assert.deepEqual(
      sittingOn(terms, '2025-12-31').map((t) => t.name),
      ['A', 'B'],
    );
    assert.deepEqual(
      sittingOn(terms, '2026-01-01').map((t) => t.name),
      ['B'],
    );
    assert.deepEqual(sittingOn(terms, '2023-12-31'), []);
  });
  it('given 7 sitting members, then 4 present make quorum and 3 do not', () => {
    assert.equal(hasQuorum(4, 7), true);
    assert.equal(hasQuorum(3, 7), false);
    assert.equal(hasQuorum(0, 0), false);
  });
  it('given two meetings, then attendance pools the present over the sitting', () => {
    assert.equal(
      attendanceRate([
        { present: 6, sitting: 8 },
        { present: 3, sitting: 4 },
      ]),
      0.75,
    );
    assert.equal(attendanceRate([]), 0);
  });
});
