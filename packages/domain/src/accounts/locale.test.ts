import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountLocaleOf } from './locale.ts';

describe('account locale', () => {
  it('given an English language tag, then the account language is English', () => {
    assert.equal(accountLocaleOf('en-CA'), 'en');
    assert.equal(accountLocaleOf('en'), 'en');
  });
  it('given a French or any other tag, then the account language is French', () => {
    assert.equal(accountLocaleOf('fr-CA'), 'fr');
    assert.equal(accountLocaleOf('es'), 'fr');
  });
});
