import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Caller } from '../caller.ts';

/** What the middleware leaves on a request: the caller, resolved from the session cookie (null when logged out). */
export type AppEnv = { Variables: { caller: Caller | null } };
export type App = OpenAPIHono<AppEnv>;
