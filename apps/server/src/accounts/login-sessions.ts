import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { sessionRepository } from './login-session-repository.ts';
import type { Principal } from '../http/context.ts';
import { cachedSession, forgetCachedSessions, sessionCacheGeneration, storeSession } from './login-session-cache.ts';

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
  return (await lookUpSession(db, hashToken(token), now))?.principal ?? null;
}

/**
 * The same for the session middleware: answered from the short in-process cache when it can be
 * (accounts/login-session-cache.ts states when). Not for use inside a transaction.
 */
export async function resolveSessionCached(db: Db, token: string, now: Date): Promise<Principal | null> {
  const id = hashToken(token);
  const cached = cachedSession(id, now.getTime());
  if (cached) return cached;
  const startedAt = sessionCacheGeneration();
  const found = await lookUpSession(db, id, now);
  if (!found) return null;
  storeSession(id, found.principal, found.lastSeenMs, found.expiresMs, startedAt);
  return found.principal;
}

async function lookUpSession(db: Db, id: string, now: Date) {
  const repo = sessionRepository(db);
  const row = await repo.findActive(id, now.toISOString());
  if (!row) return null;
  let lastSeenMs = new Date(row.lastSeenAt).getTime();
  let expiresMs = new Date(row.expiresAt).getTime();
  if (now.getTime() - lastSeenMs > 60_000) {
    lastSeenMs = now.getTime();
    expiresMs = lastSeenMs + SESSION_TTL_MS;
    await repo.touch(id, now.toISOString(), new Date(expiresMs).toISOString());
  }
  const principal: Principal = {
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
  return { principal, lastSeenMs, expiresMs };
}

export async function closeSession(db: Db, sessionId: string) {
  try {
    await sessionRepository(db).delete(sessionId);
  } finally {
    forgetCachedSessions();
  }
}
