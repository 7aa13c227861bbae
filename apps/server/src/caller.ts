// Who is calling and what a use case may use. Every use case takes `(deps, caller, input)`:
// `deps` carries the database, the configuration and the ports (clock, mailer, job runner,
// login-session cache, evidence dashboards), `caller` the logged-in caller. Record visibility is decided with
// the scope helpers below, the same way in every area; routes only resolve the caller.
import type { Role } from '@mutualis/domain/accounts/roles';
import type { ImpactDashboard } from '@mutualis/domain/impact/dashboard';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { runAgainWhenCrossed } from './db/crossed-transactions.ts';
import { AppError } from './errors.ts';
import type { MailTransport } from './mail/transport.ts';

export type { Role };

/** The logged-in caller, resolved from the session cookie (accounts/login-sessions.ts). */
export interface Caller {
  userId: string;
  /** The login session's id (the SHA-256 of the cookie token). */
  sessionId: string;
  email: string;
  displayName: string;
  locale: 'fr' | 'en';
  role: Role;
  mutualId: string | null;
  memberId: string | null;
  providerId: string | null;
  csrfToken: string;
}

/** Records of one mutual, of one member firm of it (`memberId`) or of all its members (`memberId: null`). */
export interface MemberScope {
  mutualId: string;
  memberId: string | null;
}

/** The clock port: the current instant. Tests inject a fixed clock. */
export type Clock = () => Date;

/** The login-session cache port (accounts/login-session-cache.ts); one per process. */
export interface LoginSessionCache {
  /** Empties the cache when another instance (or this one) changed accounts or sessions since it was filled. */
  sync(): Promise<void>;
  /**
   * Runs the database lookup of a session id, or joins one of the same id already under way when the
   * cache was not emptied since it began (a burst of one session's requests looks it up once).
   */
  lookUp<T>(id: string, lookup: () => Promise<T>): Promise<T>;
  /** The cached caller for a session id, or undefined when the database must be asked. */
  get(sessionId: string, nowMs: number): Caller | undefined;
  /** A token taken before a database lookup starts, passed back to `store`. */
  generation(): number;
  /** Stores a lookup's result unless the cache was emptied since the lookup began. */
  store(sessionId: string, caller: Caller, lastSeenMs: number, expiresMs: number, startedAt: number): void;
  /** Empties the cache (after any change to accounts or sessions). */
  forget(): void;
  /** Runs a change to accounts or sessions, then empties the cache and tells the other instances, even if it failed. */
  changing<T>(change: () => Promise<T>): Promise<T>;
}

/**
 * The pooling-run queue port (pooling/pooling-runner.ts). The queue itself is the pooling_run
 * table: any instance claims a queued run, one at a time per mutual, and solves it off the request.
 */
export interface PoolingRunQueue {
  /** This instance's name in the runs it claims. */
  readonly instanceId: string;
  /** Signals that a run was queued (already stored as queued): some instance will claim it. */
  enqueue(runId: string, mutualId: string): void;
  /** Claims the next claimable queued run and solves it here; false when there was none. */
  runNext(): Promise<boolean>;
  /** Runs of dead instances (lease ran out; any lease when `alone`) back in the queue, or failed after their last try. */
  recover(options?: { alone?: boolean }): Promise<{ requeued: number; failed: number }>;
  /** Where `enqueue` signals (the job queue); without one, runs are drained in this process. */
  setDispatch(dispatch: (() => void) | null): void;
  /** Ends a queued or running run of the mutual as cancelled; false if it had ended. */
  cancel(mutualId: string, runId: string): Promise<boolean>;
  /** Resolves when this instance solves nothing (tests). */
  idle(): Promise<void>;
  /** Stops solving here; the runs being solved are handed back to the queue. */
  stop(): Promise<void>;
}

/** The evidence engine's answers computed lately (evidence/dashboard-cache.ts); one per process. */
/** The engine's answer kept for a dashboard, with what it was computed for. */
export interface KeptEvidenceDashboard {
  dashboard: ImpactDashboard;
  /** Firms whose data the answer is built from. */
  firmsIncluded: number;
}

export interface EvidenceDashboardCache {
  /**
   * The answer kept in `slot` (a mutual, audience and window) when it was computed under `key` (the
   * data version, day, window and firms: evidence/dashboard-cache.ts), else `compute()` now, kept
   * there; a null key (no data version known) is computed and not kept.
   */
  dashboardOf(
    slot: string,
    key: string | null,
    compute: () => Promise<KeptEvidenceDashboard>,
  ): Promise<KeptEvidenceDashboard>;
  /** Forgets every kept answer. */
  forget(): void;
}

/**
 * Answers computed lately, kept by slot under the key of the data versions they were computed from
 * (kept-answers.ts); one per process and use.
 */
export interface KeptAnswers {
  /** The answer kept in `slot` when computed under `key`, else `compute()` now, kept there; a null key is computed and not kept. */
  answerOf<T>(slot: string, key: string | null, compute: () => Promise<T>): Promise<T>;
  /** Forgets every kept answer. */
  forget(): void;
}

/** One request's answer from a batch: its own value or its own error. */
export type BatchResult<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Requests served in batches (batch-queue.ts); one per process. Requests of one key that arrive while
 * a batch of that key is being served wait and are served together by the next batch, in arrival order.
 */
export interface BatchQueue {
  /**
   * Serves `item` in the next batch of `key`; `serve` gets the batch's items in arrival order and
   * answers each (in the same order). Resolves or rejects with this item's own answer, once its batch finished.
   */
  run<I, R>(key: string, item: I, serve: (items: readonly I[]) => Promise<readonly BatchResult<R>[]>): Promise<R>;
  /** Requests of `key` waiting for the next batch (not those of the batch being served). */
  waiting(key: string): number;
}

/** Everything a route or use case needs from outside; built once by `createDeps` (deps.ts). */
export interface Deps {
  db: Db;
  config: Config;
  /** The clock port. */
  now: Clock;
  /** The mailer port: SMTP when configured, else null (e-mails wait in the outbox). */
  mailer: MailTransport | null;
  /** The job-runner port for pooling runs. */
  poolingRuns: PoolingRunQueue;
  /** Login sessions resolved a moment ago. */
  loginSessions: LoginSessionCache;
  /** Evidence dashboards computed lately, by the digest of their input. */
  evidenceDashboards: EvidenceDashboardCache;
  /** List pages computed lately, by the versions of the data they were computed from (1 % statements, billable sessions, activity years). */
  keptPages: KeptAnswers;
  /** The unmet needs' judgements made lately, by mutual and filter, under the demand data version (decision 80). */
  unmetJudgements: KeptAnswers;
  /** Requests served in batches per key (enrolments on one session, decision 65). */
  batches: BatchQueue;
  /** This instance's life: set to stopping on SIGTERM (the readiness check then answers 503). */
  lifecycle: { stopping: boolean };
}

/** The mutual the caller works in; callers without one (the platform administrator) are refused. */
export function mutualOf(caller: Caller): string {
  if (!caller.mutualId) throw new AppError('forbidden', 'needs_mutual');
  return caller.mutualId;
}

/**
 * Tenancy for member-owned records: a coordinator sees every member of its mutual, a member
 * contact only its own firm; other roles are refused.
 */
export function memberScopeOf(caller: Caller): MemberScope {
  const mutualId = mutualOf(caller);
  if (caller.role === 'member_contact') return { mutualId, memberId: caller.memberId };
  if (caller.role === 'coordinator') return { mutualId, memberId: null };
  throw new AppError('forbidden', 'role_not_allowed', { params: { role: caller.role } });
}

/** True when the scope reaches the member's records. */
export const scopeIncludesMember = (scope: MemberScope, memberId: string): boolean =>
  scope.memberId === null || scope.memberId === memberId;

/**
 * Runs `work` in one database transaction; the deps it receives read and write through it. Called
 * inside a transaction, it joins it, so a use case may run another area's use case as one step of
 * its own write (all or nothing). When PostgreSQL rolls the transaction back because it crossed
 * another (a deadlock), `work` runs again from its start in a new one, up to three times in all
 * (decision 86): `work` must therefore change nothing but the database (e-mails go through the
 * outbox, jobs are queued after the transaction), and a nested call never runs again on its own.
 */
export function inTransaction<T>(deps: Deps, work: (tx: Deps) => Promise<T>): Promise<T> {
  if (deps.db.isTransaction) return work(deps);
  return runAgainWhenCrossed(() => deps.db.transaction().execute((trx) => work({ ...deps, db: trx })));
}
