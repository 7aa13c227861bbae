import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CELL_STATUSES, cellIsReady, UNMET_REASONS } from './demand.ts';

describe('cell statuses', () => {
  it('given every cell status, then only ready is ready', () => {
    assert.deepEqual(CELL_STATUSES.filter(cellIsReady), ['ready']);
  });
  it('given the unmet reasons, then they are every cell status but ready', () => {
    assert.deepEqual([...UNMET_REASONS].sort(), CELL_STATUSES.filter((s) => s !== 'ready').sort());
  });
});
