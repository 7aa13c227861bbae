import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { sessionRepository } from '../db/repositories/session-repository.ts';
import type { Principal } from '../http/context.ts';

export const SESSION_COOKIE = 'mutualis_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

/** Opens a session for a user; returns the secret cookie token (only its hash is stored). */
export async function openSession(db: Db, userId: string, now: Date) {
  const token = newToken();
  const csrfToken = newToken();
  await sessionRepository(db).create({
    id: hashToken(token),
    userId,
    csrfToken,
    at: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  });
  return { token, csrfToken };
}

/** Resolves a cookie token to the caller, sliding the expiry at most once a minute. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<Principal | null> {
  const repo = sessionRepository(db);
  const id = hashToken(token);
  const row = await repo.findActive(id, now.toISOString());
  if (!row) return null;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
    await repo.touch(id, now.toISOString(), new Date(now.getTime() + SESSION_TTL_MS).toISOString());
  }
  return {
    userId: row.userId,
    sessionId: row.sessionId,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    role: row.role,
    mutualId: row.mutualId,
    memberId: row.memberId,
    providerId: row.providerId,
    csrfToken: row.csrfToken,
  };
}

export async function closeSession(db: Db, sessionId: string) {
  await sessionRepository(db).delete(sessionId);
}
