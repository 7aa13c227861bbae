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
 *   one-row read, shared by the requests that arrive while it is under way): a different number
 *   empties this instance's cache, so a change made on one instance holds on every other for the
 *   very next request. SQL by hand that changes sessions
 *   is seen after SESSION_CACHE_MS at most (or at once after `update login_session_version set version = version + 1`).
 * - one process alone on its database (`shared: false`: PGlite, whose data folder is locked by the
 *   process that opened it, so no other instance or command can change it meanwhile): every change
 *   goes through this process's `changing`, so `sync` reads nothing: the read was one trip to the
 *   database's thread per request for a number only this process changes.
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

/**
 * A new, empty cache over the database's version of sessions; the app holds one in `deps.loginSessions`.
 * `shared`: other processes may change accounts and sessions in this database (PostgreSQL; the default).
 */
export function createLoginSessionCache(db: Db, options: { shared?: boolean } = {}): LoginSessionCache {
  const shared = options.shared ?? true;
  const versions = loginSessionVersionRepository(db);
  const entries = new Map<string, Entry>();
  let generation = 0;
  let knownVersion: number | undefined;
  const forget = () => {
    generation++;
    entries.clear();
    lookups.clear();
  };
  // A burst of requests reads the version once or twice, not once each: a call while a read is
  // under way waits for the next read, which starts after that one ends (so after the call: a change
  // answered before the call is seen), and every call that arrives meanwhile shares it.
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const readVersion = () => {
    running = (async () => {
      const version = await versions.current();
      if (version !== knownVersion) {
        knownVersion = version;
        forget();
      }
    })().finally(() => {
      running = null;
    });
    return running;
  };
  // Lookups of a session under way, shared by the requests of that session that arrive meanwhile,
  // as long as the cache was not emptied since the lookup began.
  const lookups = new Map<string, { generation: number; promise: Promise<unknown> }>();
  return {
    sync() {
      if (!shared) return Promise.resolve();
      if (!running) return readVersion();
      next ??= running
        .catch(() => {})
        .then(() => {
          next = null;
          return readVersion();
        });
      return next;
    },
    lookUp<T>(id: string, lookup: () => Promise<T>): Promise<T> {
      const current = lookups.get(id);
      if (current && current.generation === generation) return current.promise as Promise<T>;
      const promise: Promise<T> = lookup().finally(() => {
        if (lookups.get(id)?.promise === promise) lookups.delete(id);
      });
      lookups.set(id, { generation, promise });
      return promise;
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
