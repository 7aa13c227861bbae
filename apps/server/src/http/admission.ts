// Fair service under load: API requests are admitted to work on the database a few at a time, in
// arrival order, and a request that cannot start soon is told so at once.
//
// Without this, every request started at once and each of its queries queued for the database in
// turn (PGlite has one connection; a PostgreSQL pool has a few): at 200 concurrent requests, a request
// of three queries waited behind the whole crowd three times, and some waited more than 10 s while
// the median was 0.5 s. Now at most `concurrency` requests are in progress; the others wait in one
// FIFO queue, so a request waits for those that came before it and no longer. When the queue holds
// `queueLimit` requests, or a request has waited `maxWaitMs`, the answer is 503 `busy_try_again` with
// Retry-After: a quick, honest "try again" rather than a page that hangs.
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from './problem.ts';

export interface AdmissionOptions {
  /** Requests in progress at once (PGlite: a few, to overlap JavaScript with the database; PostgreSQL: the pool size). */
  concurrency: number;
  /** Requests waiting at most; one more is refused at once. */
  queueLimit: number;
  /** How long a request may wait for its turn before it is refused (milliseconds). */
  maxWaitMs: number;
  /** Paths that never wait (the health check, the API's documentation). */
  exempt?: (path: string) => boolean;
}

export interface AdmissionStats {
  inProgress: number;
  waiting: number;
  admitted: number;
  refusedFull: number;
  refusedWaited: number;
  /** Requests whose client went away while they waited: taken out of the queue, never run. */
  abandoned: number;
}

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
  settled: boolean;
}

/** A FIFO gate with a bound on the work in progress, the queue's length and the wait. */
export class AdmissionQueue {
  readonly options: AdmissionOptions;
  private inProgress = 0;
  private readonly queue: Waiter[] = [];
  private head = 0;
  private waitingCount = 0;
  private readonly stats = { admitted: 0, refusedFull: 0, refusedWaited: 0, abandoned: 0 };

  constructor(options: AdmissionOptions) {
    if (options.concurrency < 1 || options.queueLimit < 0 || options.maxWaitMs < 0)
      throw new Error('bad admission options');
    this.options = options;
  }

  /** Requests waiting for their turn now. */
  get waiting(): number {
    return this.waitingCount;
  }

  /**
   * Resolves with a release function when the request may start, or with null when it is refused
   * (queue full: at once; waited too long: after maxWaitMs; its client gone: when `signal` aborts).
   * Call release exactly once when done.
   */
  enter(signal?: () => AbortSignal | undefined): Promise<(() => void) | null> {
    if (this.inProgress < this.options.concurrency && this.waiting === 0) {
      this.inProgress++;
      this.stats.admitted++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting >= this.options.queueLimit) {
      this.stats.refusedFull++;
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        settled: false,
        admit: () => {
          clearTimeout(waiter.timer);
          waiter.settled = true;
          this.waitingCount--;
          this.stats.admitted++;
          resolve(this.releaser());
        },
        timer: setTimeout(() => leave('refusedWaited'), this.options.maxWaitMs),
      };
      // leaves the queue unserved: left in the array, skipped when its turn comes
      const leave = (why: 'refusedWaited' | 'abandoned') => {
        if (waiter.settled) return;
        clearTimeout(waiter.timer);
        waiter.settled = true;
        this.waitingCount--;
        this.stats[why]++;
        resolve(null);
      };
      this.queue.push(waiter);
      this.waitingCount++;
      // a client that goes away (a closed tab, a client's own timeout) gives its place back at once
      const clientSignal = signal?.();
      if (clientSignal?.aborted) leave('abandoned');
      else clientSignal?.addEventListener('abort', () => leave('abandoned'), { once: true });
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inProgress--;
      this.next();
    };
  }

  private next() {
    while (this.inProgress < this.options.concurrency && this.head < this.queue.length) {
      const waiter = this.queue[this.head++];
      if (waiter.settled) continue;
      this.inProgress++;
      waiter.admit();
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  snapshot(): AdmissionStats {
    return { ...this.stats, inProgress: this.inProgress, waiting: this.waitingCount };
  }
}

/** Seconds a refused client should wait before trying again: the longest wait allowed, rounded up, 1 to 30. */
function retryAfterSeconds(queue: AdmissionQueue): number {
  return Math.max(1, Math.min(30, Math.ceil(queue.options.maxWaitMs / 1000)));
}

function busy(c: Context, queue: AdmissionQueue) {
  c.header('Retry-After', String(retryAfterSeconds(queue)));
  c.header('Cache-Control', 'no-store');
  return problem(c, 503, 'busy_try_again', 'server_busy');
}

/** The middleware: one AdmissionQueue for the process, in front of every API route but the exempt ones. */
export function admission(queue: AdmissionQueue): MiddlewareHandler {
  const exempt = queue.options.exempt ?? (() => false);
  return async (c, next) => {
    if (exempt(c.req.path)) return next();
    const release = await queue.enter(() => c.req.raw.signal);
    if (!release) return busy(c, queue);
    try {
      await next();
    } finally {
      release();
    }
  };
}
