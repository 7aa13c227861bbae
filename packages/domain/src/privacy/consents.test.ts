import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consentsInForce } from './consents.ts';

describe('a person’s consents', () => {
  it('given no record, then no consent is in force for any kind', () => {
    assert.deepEqual(consentsInForce([]), { evaluation_emails: null, research_use: null });
  });

  it('given a consent then its withdrawal, then the withdrawal is in force, whatever the order of the records', () => {
    const granted = { kind: 'research_use' as const, granted: true, recordedAt: '2026-01-10T15:00:00.000Z' };
    const withdrawn = { kind: 'research_use' as const, granted: false, recordedAt: '2026-06-01T15:00:00.000Z' };
    assert.equal(consentsInForce([granted, withdrawn]).research_use?.granted, false);
    assert.equal(consentsInForce([withdrawn, granted]).research_use?.granted, false);
  });

  it('given records of two kinds, then each kind has its own consent in force', () => {
    const inForce = consentsInForce([
      { kind: 'research_use', granted: false, recordedAt: '2026-02-01T00:00:00.000Z' },
      { kind: 'evaluation_emails', granted: true, recordedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    assert.equal(inForce.evaluation_emails?.granted, true);
    assert.equal(inForce.research_use?.granted, false);
  });
});
