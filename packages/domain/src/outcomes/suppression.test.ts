import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cellIsShown, SUPPRESSION, suppressed } from './suppression.ts';

describe('small-cell suppression', () => {
  it('given 4 people in 3 firms, then the cell is suppressed; given 5, it is shown', () => {
    assert.equal(cellIsShown({ people: 4, firms: 3 }), false);
    assert.equal(cellIsShown({ people: 5, firms: 3 }), true);
  });

  it('given 2 firms, then the cell is suppressed whatever its people; given 3, it is shown', () => {
    assert.equal(cellIsShown({ people: 500, firms: 2 }), false);
    assert.equal(cellIsShown({ people: 5, firms: 3 }), true);
  });

  it('given a cell of firms only (no people), then only the firms count', () => {
    assert.equal(cellIsShown({ people: null, firms: 2 }), false);
    assert.equal(cellIsShown({ people: null, firms: 3 }), true);
  });

  it('when suppressed, then the value is replaced by null; when shown, it is kept', () => {
    assert.equal(suppressed(0.42, { people: 4, firms: 9 }), null);
    assert.equal(suppressed(0.42, { people: 5, firms: 3 }), 0.42);
    assert.deepEqual(SUPPRESSION, { minPeople: 5, minFirms: 3 });
  });
});
