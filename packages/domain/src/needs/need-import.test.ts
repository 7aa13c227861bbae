import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type NeedImportLookup, parseDollars, parseNeedImportRows } from './need-import.ts';

const topics = new Map([['health-safety.forklift', 't-forklift']]);
const coordinatorLookup: NeedImportLookup = {
  topicIdByCode: topics,
  memberByNeq: new Map([['1140000001', { id: 'm1', regionCode: '14' }]]),
  ownMember: null,
};
const good = {
  member_neq: '1140000001',
  topic: 'health-safety.forklift',
  seats: '3',
  languages: 'fr',
  modes: 'in_person; virtual',
  periods: '2027-03;2027-02',
};

describe('need import', () => {
  it('given a complete row, then one need line comes out with the member region by default', () => {
    const { lines, errors } = parseNeedImportRows([good], coordinatorLookup);
    assert.deepEqual(errors, []);
    assert.equal(lines.length, 1);
    assert.deepEqual(lines[0], {
      memberId: 'm1',
      topicId: 't-forklift',
      seats: 3,
      nocCode: null,
      languages: ['fr'],
      modes: ['in_person', 'virtual'],
      regionCode: '14',
      periods: ['2027-02', '2027-03'],
      priority: 'medium',
      maxPricePerSeatCents: null,
      notes: '',
    });
  });
  it('given French headers and values, then they are understood', () => {
    const { lines, errors } = parseNeedImportRows(
      [
        {
          NEQ: '1140000001',
          Sujet: 'health-safety.forklift',
          Places: '2',
          Langues: 'fr',
          Formule: 'présentiel',
          Périodes: '2027-01',
          Priorité: 'haute',
          'Prix max par place': '125,50',
        },
      ],
      coordinatorLookup,
    );
    assert.deepEqual(errors, []);
    assert.equal(lines[0].priority, 'high');
    assert.deepEqual(lines[0].modes, ['in_person']);
    assert.equal(lines[0].maxPricePerSeatCents, 12550);
  });
  it('given one bad row among good ones, then no line comes out and the error names row and column', () => {
    const { lines, errors } = parseNeedImportRows(
      [good, { ...good, seats: 'three', periods: '2027-13' }],
      coordinatorLookup,
    );
    assert.deepEqual(lines, []);
    assert.deepEqual(
      errors.map((e) => [e.row, e.field]),
      [
        [3, 'seats'],
        [3, 'periods'],
      ],
    );
  });
  it('given an unknown NEQ and topic, then both are reported', () => {
    const { errors } = parseNeedImportRows(
      [{ ...good, member_neq: '9999999999', topic: 'cooking' }],
      coordinatorLookup,
    );
    assert.deepEqual(
      errors.map((e) => e.field),
      ['member_neq', 'topic'],
    );
  });
  it('given a member contact import, then the member column is not needed and rows are its own', () => {
    const { lines, errors } = parseNeedImportRows([{ ...good, member_neq: '' }], {
      topicIdByCode: topics,
      memberByNeq: null,
      ownMember: { id: 'own', regionCode: '06' },
    });
    assert.deepEqual(errors, []);
    assert.equal(lines[0].memberId, 'own');
    assert.equal(lines[0].regionCode, '06');
  });
  it('given a header without the seats column, then the missing column is named on row 1', () => {
    const { seats: _s, ...noSeats } = good;
    const { errors } = parseNeedImportRows([noSeats], coordinatorLookup);
    assert.deepEqual(errors, [{ row: 1, field: 'seats', code: 'column_missing' }]);
  });
  it('given an empty file, then it is an error', () => {
    assert.equal(parseNeedImportRows([], coordinatorLookup).errors.length, 1);
  });
  it('given amounts in dollars, then they become cents; text is refused', () => {
    assert.equal(parseDollars('1 250,5'), 125050);
    assert.equal(parseDollars('$90'), 9000);
    assert.equal(parseDollars('ninety'), null);
  });
});
