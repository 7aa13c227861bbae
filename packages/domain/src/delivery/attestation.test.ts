import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAttestationNumber, hasCompleted, parseAttestationNumber, verificationCode } from './attestation.ts';

describe('attestation numbers', () => {
  it('given year, sequence and code, then the number reads back', () => {
    const code = verificationCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 31]));
    const n = formatAttestationNumber(2026, 42, code);
    assert.equal(n, `2026-000042-${code}`);
    assert.deepEqual(parseAttestationNumber(n.toLowerCase()), { year: 2026, sequence: 42, code });
  });
  it('given codes, then they avoid the ambiguous letters I, L, O, U', () => {
    const code = verificationCode(new Uint8Array(Array.from({ length: 32 }, (_, i) => i)), 32);
    assert.doesNotMatch(code, /[ILOU]/);
  });
  it('given garbage, then parse returns null', () => {
    assert.equal(parseAttestationNumber('2026-1-ABC'), null);
    assert.equal(parseAttestationNumber("2026-000001-ABCDEFGI'"), null);
    assert.equal(parseAttestationNumber('2026-000001-ABCDEFGI'), null);
  });
  it('given a bad sequence, then formatting throws', () => {
    assert.throws(() => formatAttestationNumber(2026, 0, 'ABCDEFGH'));
  });
});

describe('completion', () => {
  it('given 80 % of the hours attended, then completed; below, not', () => {
    assert.equal(hasCompleted(12, 15), true);
    assert.equal(hasCompleted(11.5, 15), false);
    assert.equal(hasCompleted(0, 0), false);
  });
});
