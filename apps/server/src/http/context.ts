import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Role } from '../db/tables.ts';

/** Who is calling: resolved from the session cookie by http/session.ts. */
export interface Principal {
  userId: string;
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

/** Everything a route or service needs from outside; built once in main.ts (or by a test). */
export interface Deps {
  db: Db;
  config: Config;
  /** The current instant; tests inject a fixed clock. */
  now: () => Date;
}

export type AppEnv = { Variables: { principal: Principal | null } };
export type App = OpenAPIHono<AppEnv>;
