import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canTransitionDiagnostic,
  DIAGNOSTIC_COORDINATOR_MOVES,
  DIAGNOSTIC_STATUSES,
  diagnosticIsEditable,
} from './diagnostic-status.ts';

describe('diagnostic status', () => {
  it('given every status, then only scheduled and in-progress diagnostics are editable', () => {
    assert.deepEqual(DIAGNOSTIC_STATUSES.filter(diagnosticIsEditable), ['scheduled', 'in_progress']);
  });
  it('given a completed diagnostic, when the coordinator reopens it, then it goes back in progress', () => {
    assert.equal(canTransitionDiagnostic('completed', 'in_progress'), true);
  });
  it('given a cancelled diagnostic, then nothing follows', () => {
    for (const to of DIAGNOSTIC_STATUSES) assert.equal(canTransitionDiagnostic('cancelled', to), false);
  });
  it('given the coordinator moves, then validation is not one of them', () => {
    assert.deepEqual([...DIAGNOSTIC_COORDINATOR_MOVES], ['in_progress', 'completed', 'cancelled']);
    assert.ok(!(DIAGNOSTIC_COORDINATOR_MOVES as readonly string[]).includes('validated'));
  });
});
