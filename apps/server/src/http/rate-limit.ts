import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import type { LoginThrottle } from '../accounts/index.ts';

/**
 * A sliding-window counter per key, in memory (Mutualis runs as one process).
 * The clock is injected so that tests move time instead of waiting.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => Date;

  constructor(options: { limit: number; windowMs: number; now: () => Date }) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now;
  }

  private recent(key: string): number[] {
    const since = this.now().getTime() - this.windowMs;
    const kept = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }

  /** Seconds to wait before the key is allowed again; 0 when it is allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    // The window frees a slot when the oldest counted hit leaves it.
    const oldest = recent[recent.length - this.limit];
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now().getTime()) / 1000));
  }

  /** Counts one event (a failure, a request) for the key. */
  hit(key: string) {
    const recent = this.recent(key);
    recent.push(this.now().getTime());
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep();
  }

  reset(key: string) {
    this.hits.delete(key);
  }

  /** Drops keys whose hits have all left the window, so memory stays bounded. */
  private sweep() {
    for (const key of [...this.hits.keys()]) this.recent(key);
  }
}

/** Throws 429 rate_limited, with a Retry-After header, when any limiter/key pair is exhausted. */
export function assertNotLimited(c: Context, checks: [SlidingWindowLimiter, string][]) {
  const wait = Math.max(0, ...checks.map(([limiter, key]) => limiter.retryAfterSeconds(key)));
  if (wait > 0) {
    // Headers set on the context are kept by the problem answer that the error becomes.
    c.header('Retry-After', String(wait));
    throw new AppError('rate_limited', 'rate_limited', { params: { minutes: Math.ceil(wait / 60) } });
  }
}

/**
 * The caller's address: the socket's, or the first X-Forwarded-For hop when TRUST_PROXY says
 * a reverse proxy sets it (otherwise anyone could pick their own "address").
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

const MINUTE = 60_000;

/** Login limits: failures per e-mail (5 in 15 minutes; a success resets it) and per address (50). */
export function loginLimiters(now: () => Date) {
  return {
    byEmail: new SlidingWindowLimiter({ limit: 5, windowMs: 15 * MINUTE, now }),
    byIp: new SlidingWindowLimiter({ limit: 50, windowMs: 15 * MINUTE, now }),
  };
}
export type LoginLimiters = ReturnType<typeof loginLimiters>;

/** The login limits for one request: per e-mail (without regard to case) and per caller address. */
export function loginThrottle(c: Context, limits: LoginLimiters, trustProxy: boolean): LoginThrottle {
  const ip = clientIp(c, trustProxy);
  return {
    assertAllowed: (email) =>
      assertNotLimited(c, [
        [limits.byEmail, email.toLowerCase()],
        [limits.byIp, ip],
      ]),
    failed: (email) => {
      limits.byEmail.hit(email.toLowerCase());
      limits.byIp.hit(ip);
    },
    succeeded: (email) => limits.byEmail.reset(email.toLowerCase()),
  };
}

/** Limits of the token routes: reset requests (each sends a message) and bad tokens. */
export function tokenLimiters(now: () => Date) {
  return {
    /** Reset requests per e-mail: 3 an hour. */
    resetByEmail: new SlidingWindowLimiter({ limit: 3, windowMs: 60 * MINUTE, now }),
    /** Reset requests per address: 20 an hour. */
    resetByIp: new SlidingWindowLimiter({ limit: 20, windowMs: 60 * MINUTE, now }),
    /** Invalid invitation or reset tokens per address: 20 in 15 minutes. */
    badTokenByIp: new SlidingWindowLimiter({ limit: 20, windowMs: 15 * MINUTE, now }),
  };
}
export type TokenLimiters = ReturnType<typeof tokenLimiters>;
