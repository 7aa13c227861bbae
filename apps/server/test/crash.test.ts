import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// Nothing acknowledged is lost on a crash: the server is killed with SIGKILL in the middle of a
// burst of writes (single needs, an all-or-nothing import, withdrawals), then started again on the
// same database. Every write that was answered 2xx is there, the import is all or nothing, and the
// server starts cleanly (PGlite's lock file of the dead process included). On PGlite always; on
// PostgreSQL when DATABASE_URL is set (a fresh database).

const mainTs = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/main.ts');
const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs], {
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never leave a server behind, also when a test fails half-way (it would keep the runner waiting).
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor(predicate: () => boolean, what: string, child: ChildProcess, output: () => string) {
  for (let i = 0; i < 1800; i++) {
    if (predicate()) return;
    if (child.exitCode !== null) throw new Error(`server exited before ${what}:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}:\n${output()}`);
}

async function session(base: string, email: string) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'mutualis-demo' }),
  });
  assert.equal(r.status, 200, await r.clone().text());
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  // A client that honours "busy, try again" (503 + Retry-After, the admission queue under a burst) as browsers' callers do.
  const send = async (method: string, p: string, body?: unknown): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      const r = await fetch(`${base}${p}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (r.status !== 503 || attempt >= 50) return r;
      await r.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 300));
    }
  };
  return { get: (p: string) => send('GET', p), post: (p: string, body: unknown) => send('POST', p, body) };
}

async function target(): Promise<{ env: Record<string, string>; label: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-crash-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    return { env: { DATABASE_URL: '', DATA_DIR: dataDir }, label: 'PGlite' };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `mutualis_crash_${randomBytes(5).toString('hex')}`;
  await admin.query(`create database ${name}`);
  cleanups.push(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { env: { DATABASE_URL: u.toString() }, label: 'PostgreSQL' };
}

describe('a crash in the middle of writes', () => {
  it('given a burst of need creations, an import and withdrawals, when the server is killed with SIGKILL and started again, then every acknowledged write is there and the import is all or nothing', async () => {
    const { env } = await target();
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const base = `http://127.0.0.1:${port}`;
    const first = startServer({ ...env, PORT: port, SEED_DEMO: 'true' });
    await waitFor(() => /listening/.test(first.output()), 'the first start', first.child, first.output);

    const member = await session(base, 'rh@soudure-bedard.demo');
    const coordinator = await session(base, 'coordination@lanaudiere.demo');
    const topics = (await (await coordinator.get('/api/topics?pageSize=200')).json()) as {
      items: { id: string; code: string; retiredAt: string | null }[];
    };
    const topic = topics.items.find((t) => !t.retiredAt)!;
    const own = (await (await member.get('/api/needs?pageSize=500')).json()) as {
      items: { id: string; status: string }[];
    };
    const withdrawable = own.items.filter((n) => n.status === 'open' || n.status === 'proposed').map((n) => n.id);

    // The import: 400 rows for the member, one file; it lands whole or not at all.
    const marker = `crash-import-${randomBytes(4).toString('hex')}`;
    const rows = Array.from({ length: 400 }, () => `${topic.code},1,fr,in_person,2027-09,${marker}`).join('\r\n');
    const csv = `topic,seats,languages,modes,periods,notes\r\n${rows}\r\n`;

    const acknowledged: string[] = [];
    const withdrawn: string[] = [];
    const writes: Promise<void>[] = [];
    let importAcknowledged = false;
    writes.push(
      member
        .post('/api/needs/import', { filename: 'crash.csv', contentBase64: Buffer.from(csv).toString('base64') })
        .then((r) => {
          if (r.status === 201) importAcknowledged = true;
        })
        .catch(() => {}),
    );
    for (let i = 0; i < 120; i++) {
      writes.push(
        member
          .post('/api/needs', {
            topicId: topic.id,
            seats: 1 + (i % 5),
            languages: ['fr'],
            modes: ['in_person'],
            periods: ['2027-10'],
            notes: `crash-${i}`,
          })
          .then(async (r) => {
            if (r.status === 201) acknowledged.push(((await r.json()) as { id: string }).id);
          })
          .catch(() => {}),
      );
      if (withdrawable[i]) {
        const id = withdrawable[i];
        writes.push(
          member
            .post(`/api/needs/${id}/withdraw`, { reason: 'crash test' })
            .then((r) => {
              if (r.status === 200) withdrawn.push(id);
            })
            .catch(() => {}),
        );
      }
    }
    // Kill once some writes were acknowledged and others are still in flight.
    await waitFor(() => acknowledged.length >= 20, 'some acknowledged writes', first.child, first.output);
    first.child.kill('SIGKILL');
    await first.exited;
    await Promise.all(writes);
    assert.ok(
      acknowledged.length < 120 || withdrawn.length < withdrawable.length,
      'the kill came in the middle of the burst',
    );

    const second = startServer({ ...env, PORT: port, SEED_DEMO: 'true' });
    await waitFor(() => /listening/.test(second.output()), 'the restart', second.child, second.output);
    const again = await session(base, 'rh@soudure-bedard.demo');
    const needs = (await (await again.get('/api/needs?pageSize=500')).json()) as {
      items: { id: string; status: string; notes: string }[];
      total: number;
    };
    const all = [...needs.items];
    for (let page = 2; all.length < needs.total; page++) {
      all.push(...((await (await again.get(`/api/needs?pageSize=500&page=${page}`)).json()) as typeof needs).items);
    }
    const byId = new Map(all.map((n) => [n.id, n]));
    const lost = acknowledged.filter((id) => !byId.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged needs were lost`);
    const notWithdrawn = withdrawn.filter((id) => byId.get(id)?.status !== 'withdrawn');
    assert.deepEqual(notWithdrawn, [], 'acknowledged withdrawals are kept');
    const imported = all.filter((n) => n.notes === marker).length;
    assert.ok(imported === 0 || imported === 400, `the import is all or nothing (found ${imported} of 400)`);
    if (importAcknowledged) assert.equal(imported, 400, 'an acknowledged import is there');
  });
});
