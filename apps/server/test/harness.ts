import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import type { Deps } from '../src/caller.ts';
import { loadConfig } from '../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Role } from '../src/db/tables.ts';
import { createDeps } from '../src/deps.ts';

// Test harness: a fresh database per test file, cloned from a migrated template
// (a PGlite dump on disk, or a PostgreSQL template database when DATABASE_URL is set).

const here = path.dirname(fileURLToPath(import.meta.url));
const migrationsDir = path.join(here, '../src/db/migrations');
const cacheDir = path.join(here, '../../../.tmp');

function migrationsFingerprint() {
  const h = createHash('sha256');
  for (const f of fs.readdirSync(migrationsDir).sort())
    h.update(f).update(fs.readFileSync(path.join(migrationsDir, f)));
  return h.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(cacheDir, `pglite-template-${migrationsFingerprint()}.tar`);
  if (!fs.existsSync(file)) {
    const handle = await openDatabase({ memory: true });
    await migrate(handle);
    const dump = await handle.dump!();
    await handle.close();
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  }
  return new Blob([fs.readFileSync(file)]);
}

async function postgresDatabase(url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = `mutualis_template_${migrationsFingerprint()}`;
  try {
    await admin.query('select pg_advisory_lock(4242)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${template}`);
      const u = new URL(url);
      u.pathname = `/${template}`;
      const handle = await openDatabase({ databaseUrl: u.toString(), poolSize: 2 });
      await migrate(handle);
      await handle.close();
    }
    const name = `mutualis_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`create database ${name} template ${template}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
  } finally {
    await admin.query('select pg_advisory_unlock(4242)').catch(() => {});
    await admin.end();
  }
}

export interface TestContext {
  deps: Deps;
  handle: DatabaseHandle;
  /** PostgreSQL only: this test file's own database (another process or handle may open it). */
  databaseUrl?: string;
  app: ReturnType<typeof buildApp>;
  /** Moves the injected clock. */
  setNow(date: Date | string): void;
  close(): Promise<void>;
}

/** A fresh, migrated database and the app built on it. */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const url = process.env.DATABASE_URL;
  const databaseUrl = url ? await postgresDatabase(url) : undefined;
  const handle = databaseUrl
    ? await openDatabase({ databaseUrl, poolSize: 10 })
    : await openDatabase({ memory: true, loadDataDir: await pgliteTemplate() });
  let now = new Date('2026-11-20T15:00:00Z');
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000', ...env });
  const deps: Deps = createDeps({
    db: handle.db,
    config,
    now: () => now,
    mailer: null,
    sharedDatabase: handle.kind === 'postgres',
  });
  const app = buildApp(deps);
  return {
    deps,
    handle,
    databaseUrl,
    app,
    setNow(date) {
      now = new Date(date);
    },
    close: () => handle.close(),
  };
}

// ---------- builders ----------
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: string | undefined;

export async function newMutual(ctx: TestContext, values: Partial<{ name: string; slug: string; kind: string }> = {}) {
  const u = unique();
  return ctx.deps.db
    .insertInto('mutual')
    .values({
      name: values.name ?? `Mutual ${u}`,
      slug: values.slug ?? `mutual-${u}`,
      kind: values.kind ?? 'regional',
      region_code: '06',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A 10-digit NEQ that passes the checksum used by domain/members (any 10 digits if none). */
export function testNeq(seed: number) {
  return String(1140000000 + (seed % 9_999_999)).padStart(10, '0');
}

export async function newMember(
  ctx: TestContext,
  mutualId: string,
  values: Partial<{
    legal_name: string;
    neq: string;
    headcount: number;
    annual_payroll_cents: number;
    region_code: string;
    status: 'prospect' | 'active' | 'lapsed' | 'withdrawn';
  }> = {},
) {
  const u = unique();
  return ctx.deps.db
    .insertInto('member')
    .values({
      mutual_id: mutualId,
      legal_name: values.legal_name ?? `Firm ${u}`,
      neq: values.neq ?? testNeq(counter * 7919 + Math.floor(Math.random() * 1e6)),
      scian_code: '332',
      region_code: values.region_code ?? '06',
      headcount: values.headcount ?? 25,
      annual_payroll_cents: values.annual_payroll_cents ?? 120_000_000,
      status: values.status ?? 'active',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function newProvider(ctx: TestContext, mutualId: string) {
  return ctx.deps.db
    .insertInto('provider')
    .values({ mutual_id: mutualId, name: `Provider ${unique()}` })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function newEmployee(
  ctx: TestContext,
  member: { id: string; mutual_id: string },
  values: Partial<{ first_name: string; last_name: string }> = {},
) {
  return ctx.deps.db
    .insertInto('employee')
    .values({
      mutual_id: member.mutual_id,
      member_id: member.id,
      first_name: values.first_name ?? 'Marie',
      last_name: values.last_name ?? `Tremblay-${unique()}`,
      job_title: 'Opératrice de machine',
      noc_code: '94100',
      teer: 4,
      education_level: 'secondary',
      hire_date: '2020-03-02',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function newUser(
  ctx: TestContext,
  role: Role,
  scope: {
    mutualId?: string | null;
    memberId?: string | null;
    providerId?: string | null;
    funderId?: string | null;
  } = {},
  values: Partial<{ email: string; locale: 'fr' | 'en'; display_name: string }> = {},
) {
  passwordHash ??= await hash(TEST_PASSWORD);
  return ctx.deps.db
    .insertInto('app_user')
    .values({
      email: values.email ?? `${role}-${unique()}@example.test`,
      display_name: values.display_name ?? `Test ${role}`,
      password_hash: passwordHash,
      locale: values.locale ?? 'fr',
      role,
      mutual_id: scope.mutualId ?? null,
      member_id: scope.memberId ?? null,
      provider_id: scope.providerId ?? null,
      funder_id: scope.funderId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An HTTP client for one logged-in account: keeps the cookie and sends the CSRF header on writes. */
export interface Client {
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  put(url: string, body?: unknown): Promise<Response>;
  delete(url: string): Promise<Response>;
  csrfToken: string;
}

export function anonymous(ctx: TestContext): Client {
  return makeClient(ctx, '', '');
}

function makeClient(ctx: TestContext, cookie: string, csrfToken: string): Client {
  const request = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const h: Record<string, string> = { ...headers };
    if (cookie) h.cookie = cookie;
    if (csrfToken && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) payload = body as BodyInit;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    return ctx.app.request(url, { method, headers: h, body: payload });
  };
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body),
    patch: (url, body) => request('PATCH', url, body),
    put: (url, body) => request('PUT', url, body),
    delete: (url) => request('DELETE', url),
    csrfToken,
  };
}

export async function login(ctx: TestContext, email: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await ctx.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await res.json()) as { csrfToken: string };
  return makeClient(ctx, cookie, me.csrfToken);
}

/** Creates an account with the role and logs it in. */
export async function loginAs(
  ctx: TestContext,
  role: Role,
  scope: Parameters<typeof newUser>[2] = {},
  values: Parameters<typeof newUser>[3] = {},
) {
  const user = await newUser(ctx, role, scope, values);
  return { user, client: await login(ctx, user.email) };
}
