import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSealed, openSecret, sealSecret, secretKey } from './secret-box.ts';

describe('secret box', () => {
  const key = secretKey('a server secret of at least thirty-two characters', 'sso client secret');

  it('given a secret, when sealed and opened with the same key, then it comes back and the stored form does not show it', () => {
    const sealed = sealSecret('mutual-a-secret', key);
    assert.ok(isSealed(sealed));
    assert.ok(!sealed.includes('mutual-a-secret'));
    assert.equal(openSecret(sealed, key), 'mutual-a-secret');
  });

  it('given the same secret sealed twice, then the two stored forms differ (a new nonce each time)', () => {
    assert.notEqual(sealSecret('s', key), sealSecret('s', key));
  });

  it('given a key from another server secret or another purpose, when opening, then it is refused', () => {
    const sealed = sealSecret('mutual-a-secret', key);
    assert.throws(() =>
      openSecret(sealed, secretKey('another server secret of thirty-two characters', 'sso client secret')),
    );
    assert.throws(() => openSecret(sealed, secretKey('a server secret of at least thirty-two characters', 'other')));
  });

  it('given a stored form altered by one character, when opening, then it is refused', () => {
    const sealed = sealSecret('mutual-a-secret', key);
    const last = sealed.at(-1) === 'A' ? 'B' : 'A';
    assert.throws(() => openSecret(`${sealed.slice(0, -1)}${last}`, key));
    assert.throws(() => openSecret('v1.only-two.parts', key));
  });

  it('given a value stored before sealing existed, when opening, then it is given as is', () => {
    assert.equal(openSecret('plain-old-secret', key), 'plain-old-secret');
  });
});
