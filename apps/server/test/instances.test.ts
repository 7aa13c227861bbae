import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultGeneratorOptions, generatePoolingProblem } from '@mutualis/domain/pooling/index';
import pg from 'pg';
import { dropTestDatabase } from './postgres-databases.ts';

// Two instances on one PostgreSQL (issue #14 point 2), as real server processes behind no proxy:
// they start together on an empty database (one migrates and seeds, the other waits for the
// advisory lock), and what one instance changes about a login session holds on the other for the
// very next request; login failures count across both; SIGTERM stops one cleanly while the other
// keeps serving. PostgreSQL only (PGlite is one process by nature): skipped without DATABASE_URL.

const mainTs = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/main.ts');
const url = process.env.DATABASE_URL;

interface Instance {
  base: string;
  output(): string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): void;
}

function startInstance(env: Record<string, string>): Instance {
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs], {
    env: { ...process.env, NODE_ENV: 'test', PORT: port, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    stop: (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

async function untilListening(instance: Instance) {
  let exited = false;
  void instance.exited.then(() => (exited = true));
  for (let i = 0; i < 3000; i++) {
    if (/listening/.test(instance.output())) return;
    if (exited) throw new Error(`the instance did not start:\n${instance.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for the instance:\n${instance.output()}`);
}

interface Session {
  get(p: string): Promise<Response>;
  post(p: string, body?: unknown): Promise<Response>;
  me: { userId: string; csrfToken: string };
}

async function logIn(base: string, email: string, password = 'mutualis-demo'): Promise<Response> {
  return fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

/** Logs in on one instance; the session's requests go to `base` (the same cookie may be sent to the other instance with `on`). */
async function session(
  base: string,
  email: string,
  password?: string,
): Promise<Session & { on(other: string): Session }> {
  const r = await logIn(base, email, password);
  assert.equal(r.status, 200, await r.clone().text());
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await r.json()) as { userId: string; csrfToken: string };
  const at = (b: string): Session => {
    const send = (method: string, p: string, body?: unknown) =>
      fetch(`${b}${p}`, {
        method,
        headers: { cookie, 'x-csrf-token': me.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    return { get: (p) => send('GET', p), post: (p, body) => send('POST', p, body), me };
  };
  return { ...at(base), on: at };
}

describe('two instances on one PostgreSQL', { skip: url ? false : 'needs DATABASE_URL (PostgreSQL)' }, () => {
  let a: Instance;
  let b: Instance;
  let admin: pg.Client;
  const database = `mutualis_instances_${randomBytes(5).toString('hex')}`;

  before(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${database}`);
    const u = new URL(url!);
    u.pathname = `/${database}`;
    const env = { DATABASE_URL: u.toString(), SEED_DEMO: 'true', OUTBOX_POLL_MS: '1000' };
    // started at the same moment, on an empty database
    a = startInstance(env);
    b = startInstance(env);
    await Promise.all([untilListening(a), untilListening(b)]);
  });
  after(async () => {
    a?.stop();
    b?.stop();
    await Promise.all([a?.exited, b?.exited]);
    try {
      await dropTestDatabase(admin, database);
    } finally {
      await admin.end();
    }
  });

  it('given both started together on an empty database, then one migrated and seeded, the other waited, and both are ready', async () => {
    const both = [a.output(), b.output()];
    assert.equal(
      both.filter((o) => o.includes('migrated 0080_several_instances.sql')).length,
      1,
      'migrations ran once',
    );
    assert.equal(both.filter((o) => o.includes('demo data seeded')).length, 1, 'the demo was seeded once');
    for (const instance of [a, b]) {
      const ready = await fetch(`${instance.base}/api/ready`);
      assert.equal(ready.status, 200, await ready.clone().text());
      assert.equal(((await ready.json()) as { migrations: string }).migrations, 'done');
      assert.equal((await fetch(`${instance.base}/api/health`)).status, 200);
    }
  });

  it('given a session used on both instances, when it logs out on one, then the other refuses it at once', async () => {
    const onA = await session(a.base, 'coordination@lanaudiere.demo');
    const onB = onA.on(b.base);
    assert.equal((await onB.get('/api/auth/me')).status, 200);
    assert.equal((await onB.get('/api/auth/me')).status, 200, 'cached on B');
    assert.equal((await onA.post('/api/auth/logout')).status, 204);
    assert.equal((await onB.get('/api/auth/me')).status, 401);
  });

  it('given a trainer using B, when a coordinator deactivates the account on A, then B refuses the trainer at once', async () => {
    const trainer = (await session(b.base, 'formateur@formaction-joliette.demo')).on(b.base);
    assert.equal((await trainer.get('/api/auth/me')).status, 200);
    const coordinator = await session(a.base, 'coordination@lanaudiere.demo');
    const res = await coordinator.post(`/api/users/${trainer.me.userId}/deactivate`);
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal((await trainer.get('/api/auth/me')).status, 401);
  });

  it('given two sessions of one person, when the password is changed on A, then the other session is refused on B at once', async () => {
    const first = await session(a.base, 'rh@acier-hetu.demo');
    const second = (await session(a.base, 'rh@acier-hetu.demo')).on(b.base);
    assert.equal((await second.get('/api/auth/me')).status, 200);
    const changed = await first.post('/api/auth/me/password', {
      currentPassword: 'mutualis-demo',
      newPassword: 'a new password for two instances',
    });
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.equal((await second.get('/api/auth/me')).status, 401);
    assert.equal(
      (await logIn(b.base, 'rh@acier-hetu.demo', 'a new password for two instances')).status,
      200,
      'the new password works on B',
    );
  });

  it('given login failures spread over both instances, then the limit counts them together', async () => {
    const email = 'ca@lanaudiere.demo';
    for (let i = 0; i < 5; i++)
      assert.equal((await logIn(i % 2 ? a.base : b.base, email, 'wrong password')).status, 401);
    for (const instance of [a, b]) {
      const blocked = await logIn(instance.base, email);
      assert.equal(blocked.status, 429, 'even the right password waits');
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    }
  });

  it('given SIGTERM on the instance solving a pooling run, with a request in flight, then the request is answered, it stops cleanly, hands the run back, and the other instance finishes it', async () => {
    const u = new URL(url!);
    u.pathname = `/${database}`;
    const db = new pg.Client({ connectionString: u.toString() });
    await db.connect();
    try {
      // a long run, queued for a mutual, then any instance is told that runs wait (a run started through the API)
      const { rows } = await db.query(
        `select u.id as user_id, u.mutual_id from app_user u where u.email = 'coordination@alimentaire.demo'`,
      );
      const problem = generatePoolingProblem(
        defaultGeneratorOptions({ seed: 5, needs: 1500, offers: 190, timeLimitSeconds: 25 }),
      );
      const inserted = await db.query(
        `insert into pooling_run (mutual_id, request, problem, created_by) values ($1, '{}', $2, $3) returning id`,
        [rows[0].mutual_id, JSON.stringify(problem), rows[0].user_id],
      );
      const runId: string = inserted.rows[0].id;
      const coordinator = await session(a.base, 'coordination@lanaudiere.demo');
      assert.equal((await coordinator.post('/api/pooling/runs', { periods: ['2027-01'] })).status, 202);
      const runRow = async () =>
        (await db.query('select status, claimed_by, attempts, progress, error from pooling_run where id = $1', [runId]))
          .rows[0];
      let row = await runRow();
      for (let i = 0; i < 600 && !(row.status === 'running' && Number(row.progress?.percent) > 0); i++) {
        await new Promise((r) => setTimeout(r, 100));
        row = await runRow();
      }
      assert.equal(row.status, 'running', `the run started (${JSON.stringify(row)})`);
      const instanceOf = (claimedBy: string) =>
        [a, b].find((instance) => instance.output().includes(`instance ${claimedBy})`));
      const solver = instanceOf(row.claimed_by);
      assert.ok(solver, 'the solving instance is one of the two');
      const survivor = solver === a ? b : a;

      const inFlight = (await session(solver.base, 'coordination@lanaudiere.demo')).get(
        '/api/members/export?format=xlsx',
      );
      await new Promise((r) => setTimeout(r, 30));
      solver.stop('SIGTERM');
      const answered = await inFlight;
      assert.ok(answered.status < 500, `the request in flight was answered (${answered.status})`);
      await answered.arrayBuffer();
      assert.equal(await solver.exited, 0, solver.output());
      assert.match(solver.output(), /SIGTERM: stopped/);

      for (let i = 0; i < 1800 && row.status !== 'succeeded' && row.status !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        row = await runRow();
        if (row.claimed_by) assert.ok(instanceOf(row.claimed_by) === survivor, 'only the other instance takes it up');
      }
      assert.equal(row.status, 'succeeded', JSON.stringify({ ...row, progress: undefined }));
      assert.equal(row.attempts, 1, 'the handed-back try did not count');
      assert.equal((await fetch(`${survivor.base}/api/ready`)).status, 200);
      assert.equal(
        (await (await session(survivor.base, 'coordination@lanaudiere.demo')).get('/api/auth/me')).status,
        200,
      );
    } finally {
      await db.end();
    }
  });
});
