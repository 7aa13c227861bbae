import type { Caller, LoginSessionCache } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { loginSessionVersionRepository } from './login-session-repository.ts';

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
 * - only lookups outside a transaction are cached (the session middleware);
 * - several instances: `changing` also bumps login_session_version in the database once the change
 *   is done (before its answer), and every request first reads that number (`sync`, one indexed
 *   one-row read): a different number empties this instance's cache, so a change made on one
 *   instance holds on every other for the very next request. SQL by hand that changes sessions
 *   is seen after SESSION_CACHE_MS at most (or at once after `update login_session_version set version = version + 1`).
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

/** A new, empty cache over the database's version of sessions; the app holds one in `deps.loginSessions`. */
export function createLoginSessionCache(db: Db): LoginSessionCache {
  const versions = loginSessionVersionRepository(db);
  const entries = new Map<string, Entry>();
  let generation = 0;
  let knownVersion: number | undefined;
  const forget = () => {
    generation++;
    entries.clear();
  };
  return {
    async sync() {
      const version = await versions.current();
      if (version !== knownVersion) {
        knownVersion = version;
        forget();
      }
    },
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
        await versions.bump();
      }
    },
  };
}
