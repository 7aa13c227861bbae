import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSmallCell, suppressed } from './suppression.ts';

describe('small-cell suppression at the boundary', () => {
  it('given 4 people, then the cell is suppressed; given 5, it is shown', () => {
    assert.equal(isSmallCell({ people: 4 }), true);
    assert.equal(isSmallCell({ people: 5 }), false);
  });
  it('given 2 firms, then the cell is suppressed; given 3, it is shown', () => {
    assert.equal(isSmallCell({ firms: 2 }), true);
    assert.equal(isSmallCell({ firms: 3 }), false);
  });
  it('given enough people but 2 firms, then the cell is suppressed (either rule suffices)', () => {
    assert.equal(isSmallCell({ people: 40, firms: 2 }), true);
    assert.equal(isSmallCell({ people: 4, firms: 30 }), true);
  });
  it('given an empty cell or no counts, then nothing is suppressed (nobody to identify)', () => {
    assert.equal(isSmallCell({ people: 0, firms: 0 }), false);
    assert.equal(isSmallCell({}), false);
  });
  it('given a value on a small cell, then it becomes null', () => {
    assert.equal(suppressed(0.42, { people: 1 }), null);
    assert.equal(suppressed(0.42, { people: 5 }), 0.42);
  });
});
