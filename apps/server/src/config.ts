import { z } from 'zod';

const booleanish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The whole environment the server reads, parsed once. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * PGlite only: run the embedded database in a thread of its own (queries beside the HTTP work, on
   * the other core). `false` runs it in the server's thread, as before.
   */
  PGLITE_THREAD: booleanish.default(true),
  /** PostgreSQL only: connections in the pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /**
   * PostgreSQL only: statements with values are prepared once per connection and kept (decision 76).
   * `false` behind a transaction-pooling proxy that cannot keep them (PgBouncer before 1.21).
   */
  DATABASE_PREPARED_STATEMENTS: booleanish.default(true),
  /**
   * API requests in progress at once (the rest wait in arrival order). Default: 4 on PGlite (one
   * connection: a few overlap their JavaScript with the database), the pool size on PostgreSQL.
   */
  API_CONCURRENCY: z.coerce.number().int().min(1).max(1000).optional(),
  /** API requests waiting for their turn at most; one more is answered 503 at once. */
  API_QUEUE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(1000),
  /** How long an API request may wait for its turn before it is answered 503 with Retry-After (milliseconds). */
  API_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(1500),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: booleanish.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().email().default('no-reply@mutualis.local'),
  /** How often the outbox sender looks for due e-mails (milliseconds). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default('development-only-secret-change-me-in-production'),
  /** The address people use (links in e-mails and documents); without it, http://localhost:<PORT> (loadConfig). */
  PUBLIC_URL: z.string().url().optional(),
  /** Behind a reverse proxy: take the caller's address from X-Forwarded-For (rate limits). */
  TRUST_PROXY: booleanish.default(false),
  /**
   * The platform's privacy officer (Law 25), shown where no mutual has its own: the login page, the
   * e-mails of accounts without a mutual, a mutual that has not named one. Name and e-mail go together.
   */
  PRIVACY_OFFICER_NAME: z.string().trim().min(2).max(200).optional(),
  PRIVACY_OFFICER_TITLE: z.string().trim().max(200).optional(),
  PRIVACY_OFFICER_EMAIL: z.string().email().optional(),
  PRIVACY_OFFICER_PHONE: z
    .string()
    .regex(/^[0-9+() .-]{7,30}$/, 'must be a phone number')
    .optional(),
  DEFAULT_LOCALE: z.enum(['fr', 'en']).default('fr'),
  SEED_DEMO: booleanish.default(true),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Config = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming every wrong variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.SESSION_SECRET.startsWith('development-only')) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: must be set in production');
  }
  if ((parsed.data.PRIVACY_OFFICER_NAME === undefined) !== (parsed.data.PRIVACY_OFFICER_EMAIL === undefined)) {
    throw new ConfigError(
      'Invalid configuration:\n  PRIVACY_OFFICER_NAME, PRIVACY_OFFICER_EMAIL: set both (the privacy officer needs a name and an e-mail)',
    );
  }
  // a server started on another port must not send links to :3000
  return { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}` };
}
