import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Secrets Mutualis must give back to a third party (a mutual's OpenID Connect client secret) are kept
// sealed with AES-256-GCM (NIST SP 800-38D: a 96-bit random nonce per sealing, a 128-bit tag that
// refuses any change), under a key derived from the server's SESSION_SECRET by HKDF-SHA-256 (RFC 5869)
// with a purpose label, so that a copy of the database alone does not reveal them. Stored form:
// `v1.<nonce>.<tag>.<ciphertext>`, each base64url. A value without the `v1.` prefix is one stored before
// sealing existed (kept as is until the secret is entered again).

const PREFIX = 'v1.';

/** The sealing key for one purpose, derived from the server's secret. */
export function secretKey(serverSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, 'mutualis secret box', purpose, 32));
}

/** Seals `plain` under `key` (32 bytes): a new nonce every time, so the same secret never seals alike. */
export function sealSecret(plain: string, key: Buffer): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${nonce.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
}

/** Whether a stored value is sealed (else it is a value stored before sealing). */
export const isSealed = (stored: string) => stored.startsWith(PREFIX);

/**
 * The secret a stored value holds: opened when sealed (throws when the key is not the one it was sealed
 * with, e.g. after SESSION_SECRET changed, or when the value was altered), as is when stored before sealing.
 */
export function openSecret(stored: string, key: Buffer): string {
  if (!isSealed(stored)) return stored;
  const [nonce, tag, body] = stored.slice(PREFIX.length).split('.');
  if (nonce === undefined || tag === undefined || body === undefined) throw new Error('sealed secret: malformed');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
