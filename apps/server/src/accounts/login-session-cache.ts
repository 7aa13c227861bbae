import type { Caller, LoginSessionCache } from '../caller.ts';

/**
 * A short in-process cache of resolved sessions, keyed by the session id (the hash of the cookie
 * token), so that a burst of API calls does not look the session up once per request.
 * The rule (docs/decisions.md, "Sessions resolved from a short in-process cache"):
 * - an entry lives at most SESSION_CACHE_MS of real time, and is used only while the session is
 *   unexpired and its last-seen time is under a minute old by the app's clock (otherwise the
 *   database is asked, which also slides the expiry, exactly as without the cache);
 * - every change of an account or a session made by this process (logout, password change or
 *   reset, (de)activation, role/scope/name/language change, accepted invitation) calls
 *   `forget()` (through `changing`) once its transaction has ended: the whole cache is emptied and a
 *   lookup that started before is not stored, so the change holds for the very next request;
 * - only lookups outside a transaction are cached (the session middleware); other processes'
 *   changes (another server process, SQL by hand) are seen after SESSION_CACHE_MS at most.
 */
export const SESSION_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;
/** Same as the sliding rule of resolveSession: the expiry is touched at most once a minute. */
const TOUCH_AFTER_MS = 60_000;

interface Entry {
  caller: Caller;
  /** App clock (deps.now) of the session's last touch and expiry, in ms. */
  lastSeenMs: number;
  expiresMs: number;
  /** Real time (monotonic) the entry was stored. */
  storedAt: number;
}

/** A new, empty cache; the app holds one in `deps.loginSessions`. */
export function createLoginSessionCache(): LoginSessionCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  const forget = () => {
    generation++;
    entries.clear();
  };
  return {
    get(id, nowMs) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (performance.now() - entry.storedAt > SESSION_CACHE_MS) {
        entries.delete(id);
        return undefined;
      }
      if (nowMs >= entry.expiresMs || nowMs - entry.lastSeenMs > TOUCH_AFTER_MS) return undefined;
      return entry.caller;
    },
    generation: () => generation,
    store(id, caller, lastSeenMs, expiresMs, startedAt) {
      if (startedAt !== generation) return;
      entries.delete(id);
      if (entries.size >= MAX_ENTRIES) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(id, { caller: Object.freeze(caller), lastSeenMs, expiresMs, storedAt: performance.now() });
    },
    forget,
    async changing(change) {
      try {
        return await change();
      } finally {
        forget();
      }
    },
  };
}
