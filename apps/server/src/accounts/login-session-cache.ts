import type { Principal } from '../http/context.ts';

/**
 * A short in-process cache of resolved sessions, keyed by the session id (the hash of the cookie
 * token), so that a burst of API calls does not look the session up once per request.
 * The rule (docs/decisions.md, "Sessions resolved from a short in-process cache"):
 * - an entry lives at most SESSION_CACHE_MS of real time, and is used only while the session is
 *   unexpired and its last-seen time is under a minute old by the app's clock (otherwise the
 *   database is asked, which also slides the expiry, exactly as without the cache);
 * - every change of an account or a session made by this process (logout, password change or
 *   reset, (de)activation, role/scope/name/language change, accepted invitation) calls
 *   forgetCachedSessions() once its transaction has ended: the whole cache is emptied and a
 *   lookup that started before is not stored, so the change holds for the very next request;
 * - only lookups outside a transaction are cached (the session middleware); other processes'
 *   changes (another server process, SQL by hand) are seen after SESSION_CACHE_MS at most.
 */
export const SESSION_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;
/** Same as the sliding rule of resolveSession: the expiry is touched at most once a minute. */
const TOUCH_AFTER_MS = 60_000;

interface Entry {
  principal: Principal;
  /** App clock (deps.now) of the session's last touch and expiry, in ms. */
  lastSeenMs: number;
  expiresMs: number;
  /** Real time (monotonic) the entry was stored. */
  storedAt: number;
}

const entries = new Map<string, Entry>();
let generation = 0;

/** The cached caller for a session id, or undefined when the database must be asked. */
export function cachedSession(id: string, nowMs: number): Principal | undefined {
  const entry = entries.get(id);
  if (!entry) return undefined;
  if (performance.now() - entry.storedAt > SESSION_CACHE_MS) {
    entries.delete(id);
    return undefined;
  }
  if (nowMs >= entry.expiresMs || nowMs - entry.lastSeenMs > TOUCH_AFTER_MS) return undefined;
  return entry.principal;
}

/** A token to pass to storeSession: taken before the database lookup starts. */
export const sessionCacheGeneration = () => generation;

/** Stores a lookup's result unless the cache was emptied since the lookup started. */
export function storeSession(
  id: string,
  principal: Principal,
  lastSeenMs: number,
  expiresMs: number,
  startedAt: number,
) {
  if (startedAt !== generation) return;
  entries.delete(id);
  if (entries.size >= MAX_ENTRIES) {
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
  entries.set(id, { principal: Object.freeze(principal), lastSeenMs, expiresMs, storedAt: performance.now() });
}

/** Empties the cache; call after any change to an account or a session has been committed (or failed). */
export function forgetCachedSessions() {
  generation++;
  entries.clear();
}

/** Runs a change to accounts or sessions (usually a transaction), then empties the cache, even if it failed. */
export async function changingSessions<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    forgetCachedSessions();
  }
}
