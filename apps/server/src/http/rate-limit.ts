import type { Context } from 'hono';
import { type LoginThrottle, rateLimitRepository } from '../accounts/index.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';

/**
 * A sliding-window counter per key, kept in the database (rate_limit_hit) so that every instance
 * counts the same events. The clock is injected so that tests move time instead of waiting.
 */
export class SlidingWindowLimiter {
  private readonly name: string;
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => Date;
  private readonly hits: ReturnType<typeof rateLimitRepository>;

  constructor(options: { name: string; limit: number; windowMs: number; now: () => Date; db: Db }) {
    this.name = options.name;
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now;
    this.hits = rateLimitRepository(options.db);
  }

  private key(key: string) {
    return `${this.name}:${key}`;
  }

  /** Seconds to wait before the key is allowed again; 0 when it is allowed now. */
  async retryAfterSeconds(key: string): Promise<number> {
    const now = this.now().getTime();
    const recent = await this.hits.recent(this.key(key), new Date(now - this.windowMs).toISOString(), this.limit);
    if (recent.length < this.limit) return 0;
    // The window frees a slot when the oldest counted hit leaves it.
    const oldest = new Date(recent[this.limit - 1]).getTime();
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  /** Counts one event (a failure, a request) for the key. */
  async hit(key: string) {
    await this.hits.add(this.key(key), this.now().toISOString());
  }

  async reset(key: string) {
    await this.hits.clear(this.key(key));
  }
}

/** Throws 429 rate_limited, with a Retry-After header, when any limiter/key pair is exhausted. */
export async function assertNotLimited(c: Context, checks: [SlidingWindowLimiter, string][]) {
  const waits = await Promise.all(checks.map(([limiter, key]) => limiter.retryAfterSeconds(key)));
  const wait = Math.max(0, ...waits);
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

/**
 * Login limits: failures per e-mail (5 in 15 minutes; a success resets it) and per address (50, password
 * and single sign-on failures together), and single sign-ons started per address.
 */
export function loginLimiters({ now, db }: { now: () => Date; db: Db }) {
  return {
    byEmail: new SlidingWindowLimiter({ name: 'login-email', limit: 5, windowMs: 15 * MINUTE, now, db }),
    byIp: new SlidingWindowLimiter({ name: 'login-ip', limit: 50, windowMs: 15 * MINUTE, now, db }),
    /** Single sign-ons started per address (each keeps a row until its callback): 30 in 15 minutes. */
    ssoStartsByIp: new SlidingWindowLimiter({ name: 'sso-start-ip', limit: 30, windowMs: 15 * MINUTE, now, db }),
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
    failed: async (email) => {
      await limits.byEmail.hit(email.toLowerCase());
      await limits.byIp.hit(ip);
    },
    succeeded: (email) => limits.byEmail.reset(email.toLowerCase()),
  };
}

/** Limits of the token routes: reset requests (each sends a message) and bad tokens. */
export function tokenLimiters({ now, db }: { now: () => Date; db: Db }) {
  return {
    /** Reset requests per e-mail: 3 an hour. */
    resetByEmail: new SlidingWindowLimiter({ name: 'reset-email', limit: 3, windowMs: 60 * MINUTE, now, db }),
    /** Reset requests per address: 20 an hour. */
    resetByIp: new SlidingWindowLimiter({ name: 'reset-ip', limit: 20, windowMs: 60 * MINUTE, now, db }),
    /** Invalid invitation or reset tokens per address: 20 in 15 minutes. */
    badTokenByIp: new SlidingWindowLimiter({ name: 'bad-token-ip', limit: 20, windowMs: 15 * MINUTE, now, db }),
  };
}

/** The longest window of any limit: events older than this are purged (jobs' maintenance). */
export const LONGEST_WINDOW_MS = 60 * MINUTE;
export type TokenLimiters = ReturnType<typeof tokenLimiters>;
