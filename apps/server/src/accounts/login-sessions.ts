import { createHash, randomBytes } from 'node:crypto';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { sessionRepository } from './login-session-repository.ts';

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

/** A logged-in answer: the secret cookie token and the caller it resolves to. */
export interface StartedSession {
  token: string;
  caller: Caller;
}

/** Opens a session for an active user and resolves it: the token for the cookie and the caller. */
export async function startSession(db: Db, userId: string, now: Date): Promise<StartedSession> {
  const { token } = await openSession(db, userId, now);
  const caller = await resolveSession(db, token, now);
  if (!caller) throw new Error(`The session just opened for ${userId} does not resolve`);
  return { token, caller };
}

/** Resolves a cookie token to the caller, sliding the expiry at most once a minute. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<Caller | null> {
  return (await lookUpSession(db, hashToken(token), now))?.caller ?? null;
}

/**
 * The same for the session middleware: answered from the short in-process cache when it can be
 * (accounts/login-session-cache.ts states when). Not for use inside a transaction.
 */
export async function resolveSessionCached(deps: Deps, token: string): Promise<Caller | null> {
  const id = hashToken(token);
  const now = deps.now();
  await deps.loginSessions.sync();
  const cached = deps.loginSessions.get(id, now.getTime());
  if (cached) return cached;
  const startedAt = deps.loginSessions.generation();
  const found = await deps.loginSessions.lookUp(id, () => lookUpSession(deps.db, id, now));
  if (!found) return null;
  deps.loginSessions.store(id, found.caller, found.lastSeenMs, found.expiresMs, startedAt);
  return found.caller;
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
  const caller: Caller = {
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
  return { caller, lastSeenMs, expiresMs };
}
