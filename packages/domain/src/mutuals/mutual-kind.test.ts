import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMutualKind, MUTUAL_KINDS } from './mutual-kind.ts';

describe('mutual kinds', () => {
  it('given each kind, then it is recognised', () => {
    for (const kind of MUTUAL_KINDS) assert.equal(isMutualKind(kind), true);
  });
  it('given an unknown text, then it is not a kind', () => {
    assert.equal(isMutualKind('imaginary'), false);
  });
});
