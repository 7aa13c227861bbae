// Attestations of participation (Règlement sur les mutuelles de formation, s.14).

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base 32: no I, L, O, U

/** Turns random bytes into a verification code of `length` Crockford base-32 characters. */
export function verificationCode(randomBytes: Uint8Array, length = 8): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[(randomBytes[i % randomBytes.length] ?? 0) % 32];
  return out;
}

/**
 * The attestation number: year, a per-mutual sequence and a random code, e.g.
 * "2026-000042-7KQ3XM2P". The code makes numbers impossible to guess, so the public
 * verification page cannot be used to list participants.
 */
export function formatAttestationNumber(year: number, sequence: number, code: string): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new Error('year out of range');
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error('sequence must be a positive integer');
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(code)) throw new Error('code must be 8 Crockford base-32 characters');
  return `${year}-${String(sequence).padStart(6, '0')}-${code}`;
}

/** Reads an attestation number (case-insensitive); null when it cannot be one. */
export function parseAttestationNumber(text: string): { year: number; sequence: number; code: string } | null {
  const m = /^(\d{4})-(\d{6,})-([0-9A-Za-z]{8})$/.exec(text.trim());
  if (!m) return null;
  const code = m[3].toUpperCase();
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(code)) return null;
  return { year: Number(m[1]), sequence: Number(m[2]), code };
}

/** A participant completes a session when present at least `threshold` (default 80 %) of its hours. */
export function hasCompleted(hoursAttended: number, hoursScheduled: number, threshold = 0.8): boolean {
  if (hoursScheduled <= 0) return false;
  return hoursAttended + 1e-9 >= hoursScheduled * threshold;
}
