import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dropTestDatabase } from './postgres-databases.ts';

// Nothing acknowledged is lost on a crash: the server is killed with SIGKILL in the middle of a
// burst of writes (single needs, an all-or-nothing import, withdrawals), then started again on the
// same database. Every write that was answered 2xx is there, the import is all or nothing, and the
// server starts cleanly (PGlite's lock file of the dead process included). Then the restarted server
// is killed again in the middle of a burst of enrolments (served in batches, decision 65), a pooling
// plan's acceptance and an invoicing run: acknowledged enrolments are there and the seats match the
// rows, the plan's sessions and the run's invoices (lines, journal entries, numbers) are all or none.
// On PGlite always; on PostgreSQL when DATABASE_URL is set (a fresh database).

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

/**
 * The server the first test restarted, already seeded and checked: the second test crashes it again
 * rather than seeding a new database (the demo seed is most of a test's time). Null when the first
 * test did not get that far (the second then starts its own).
 */
let restarted: { env: Record<string, string>; port: string; server: ReturnType<typeof startServer> } | null = null;

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
    try {
      await dropTestDatabase(admin, name);
    } finally {
      await admin.end();
    }
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
    restarted = { env, port, server: second };
  });
});

/** Every item of a paged list (pages of `pageSize`). */
async function everything<T>(client: Awaited<ReturnType<typeof session>>, p: string, pageSize = 200): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const sep = p.includes('?') ? '&' : '?';
    const r = await client.get(`${p}${sep}pageSize=${pageSize}&page=${page}`);
    assert.equal(r.status, 200, `${p}: ${await r.clone().text()}`);
    const body = (await r.json()) as { items: T[]; total: number };
    items.push(...body.items);
    if (body.items.length === 0 || items.length >= body.total) return items;
  }
}

/** The numbers' sequence has no gap: their trailing integers are consecutive. */
function withoutGaps(numbers: readonly (string | number)[]) {
  const n = numbers.map((x) => Number(String(x).match(/(\d+)$/)?.[1])).sort((a, b) => a - b);
  return n.every((v, i) => i === 0 || v === n[i - 1] + 1);
}

describe('a crash in the middle of enrolments, a plan acceptance and an invoicing run', () => {
  it('given a burst of enrolments, a plan being accepted and an invoicing run, when the server is killed with SIGKILL and started again, then every acknowledged enrolment is there with seats matching the rows, and the plan and the invoices are all or nothing', async (t) => {
    const began = Date.now();
    const phases: string[] = [];
    const phase = (name: string) => phases.push(`${name} ${((Date.now() - began) / 1000).toFixed(1)} s`);
    // the server the first test restarted, or a new one on a new database
    const reused = restarted;
    restarted = null;
    const { env } = reused ?? (await target());
    const port = reused?.port ?? String(20000 + Math.floor(Math.random() * 20000));
    const base = `http://127.0.0.1:${port}`;
    const first = reused?.server ?? startServer({ ...env, PORT: port, SEED_DEMO: 'true' });
    await waitFor(() => /listening/.test(first.output()), 'the first start', first.child, first.output);
    phase(reused ? 'reused' : 'started and seeded');
    const coordinator = await session(base, 'coordination@lanaudiere.demo');

    // A plan to accept: a pooling run over the periods of the open needs, solved before the burst.
    const open = await everything<{ periods: string[] }>(coordinator, '/api/needs?status=open', 500);
    const periods = [...new Set(open.flatMap((n) => n.periods))].sort().slice(0, 6);
    const r = await coordinator.post('/api/pooling/runs', {
      label: 'crash',
      periods,
      policy: { timeLimitSeconds: 2, minMembersPerSession: 2 },
    });
    assert.equal(r.status, 202, await r.clone().text());
    const runId = ((await r.json()) as { id: string }).id;
    type Run = { status: string; acceptedAt: string | null; plan: { sessions: unknown[] } | null; error?: string };
    let run: Run = { status: 'queued', acceptedAt: null, plan: null };
    for (let i = 0; i < 600 && ['queued', 'running'].includes(run.status); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = (await (await coordinator.get(`/api/pooling/runs/${runId}`)).json()) as Run;
    }
    assert.equal(run.status, 'succeeded', run.error);
    const planSessions = run.plan?.sessions.length ?? 0;
    phase('plan solved');
    assert.ok(planSessions > 0, 'the plan creates sessions');
    const sessionsBefore = ((await (await coordinator.get('/api/sessions?pageSize=1')).json()) as { total: number })
      .total;

    // Money to invoice: the demo leaves its latest delivered session to invoice.
    const billable = (await (await coordinator.get('/api/finance/sessions?state=to_invoice&pageSize=200')).json()) as {
      total: number;
    };
    assert.ok(billable.total > 0, 'a session to invoice');
    const invoicesBefore = new Set((await everything<{ id: string }>(coordinator, '/api/invoices')).map((i) => i.id));

    // The burst: the mutual's employees enrolled in one session open for enrolment.
    const sessions = await everything<{ id: string; status: string; seatsMax: number }>(
      coordinator,
      '/api/sessions?status=confirmed',
      500,
    );
    const into = sessions[0];
    assert.ok(into, 'a confirmed session');
    const already = new Set(
      (await everything<{ employeeId: string }>(coordinator, `/api/sessions/${into.id}/enrolments`, 500)).map(
        (e) => e.employeeId,
      ),
    );
    const employees = (await everything<{ id: string }>(coordinator, '/api/employees'))
      .filter((e) => !already.has(e.id))
      .slice(0, 150);
    assert.ok(employees.length >= 100, `employees to enrol (${employees.length})`);

    const enrolled: string[] = [];
    const writes: Promise<void>[] = [];
    let accepted: { sessionIds: string[] } | null = null;
    let invoiced: { invoices: number } | null = null;
    const timings: string[] = [];
    // The plan's acceptance and the invoicing run go first, the burst of enrolments right behind them
    // (they are served meanwhile), and the kill comes a moment after the first of the two is answered
    // and some enrolments were: the other is then often in the middle of its transaction. Whatever the kill hit, every
    // acknowledged write is there and each of the two is there whole or not at all.
    const sent = Date.now();
    writes.push(
      coordinator
        .post(`/api/pooling/runs/${runId}/accept`, {})
        .then(async (res) => {
          if (res.status === 200) accepted = (await res.json()) as { sessionIds: string[] };
          timings.push(`acceptance answered ${res.status} at ${Date.now() - sent} ms`);
        })
        .catch(() => {}),
      coordinator
        .post('/api/finance/sessions/invoice', {})
        .then(async (res) => {
          if (res.status === 200 || res.status === 201) invoiced = (await res.json()) as { invoices: number };
          timings.push(`invoicing answered ${res.status} at ${Date.now() - sent} ms`);
        })
        .catch(() => {}),
    );
    for (const e of employees)
      writes.push(
        coordinator
          .post(`/api/sessions/${into.id}/enrolments`, { employeeId: e.id })
          .then(async (res) => {
            if (res.status === 201) enrolled.push(((await res.json()) as { id: string }).id);
          })
          .catch(() => {}),
      );
    await waitFor(
      () => (timings.length > 0 && enrolled.length >= 5) || Date.now() - sent > 30_000,
      'an answer and some acknowledged enrolments',
      first.child,
      first.output,
    );
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
    timings.push(`killed at ${Date.now() - sent} ms`);
    first.child.kill('SIGKILL');
    await first.exited;
    await Promise.all(writes);
    assert.ok(enrolled.length < employees.length, 'the kill came in the middle of the burst');

    phase('killed');
    const second = startServer({ ...env, PORT: port, SEED_DEMO: 'true' });
    await waitFor(() => /listening/.test(second.output()), 'the restart', second.child, second.output);
    phase('restarted');
    const again = await session(base, 'coordination@lanaudiere.demo');

    // Enrolments: every acknowledged one is there; the seats match the rows.
    const rows = await everything<{ id: string; status: string }>(again, `/api/sessions/${into.id}/enrolments`, 500);
    const ids = new Set(rows.map((e) => e.id));
    const lost = enrolled.filter((id) => !ids.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${enrolled.length} acknowledged enrolments were lost`);
    const detail = (await (await again.get(`/api/sessions/${into.id}`)).json()) as {
      seatsMax: number;
      seatsConfirmed: number;
    };
    const confirmed = rows.filter((e) => e.status === 'confirmed').length;
    assert.equal(detail.seatsConfirmed, confirmed, 'the seats confirmed are the confirmed rows');
    assert.ok(confirmed <= detail.seatsMax, `${confirmed} confirmed, ${detail.seatsMax} seats`);
    const ranks = rows
      .filter((e) => e.status === 'waitlisted')
      .map((e) => (e as unknown as { waitlistRank: number }).waitlistRank);
    assert.deepEqual(
      ranks,
      ranks.map((_, i) => i + 1),
      'the waitlist is whole, in order',
    );

    // The plan: accepted with all its sessions, or not accepted and none of them.
    const runAfter = (await (await again.get(`/api/pooling/runs/${runId}`)).json()) as Run;
    const sessionsAfter = ((await (await again.get('/api/sessions?pageSize=1')).json()) as { total: number }).total;
    if (accepted) assert.ok(runAfter.acceptedAt, 'an acknowledged acceptance is kept');
    assert.equal(
      sessionsAfter - sessionsBefore,
      runAfter.acceptedAt ? planSessions : 0,
      'the plan is accepted with all its sessions, or not at all',
    );

    // The invoicing run: its invoices with their lines and journal entries, or none; numbers without gaps.
    const invoices = await everything<{ id: string; kind: string; number: string; totalCents: number }>(
      again,
      '/api/invoices',
    );
    const created = invoices.filter((i) => !invoicesBefore.has(i.id));
    if (invoiced)
      assert.equal(created.length, (invoiced as { invoices: number }).invoices, 'an acknowledged run is there');
    for (const inv of created) {
      const full = (await (await again.get(`/api/invoices/${inv.id}`)).json()) as { lines: unknown[] };
      assert.ok(full.lines.length > 0, `invoice ${inv.number} has its lines`);
    }
    const entries = await everything<{ number: number; voucherKind: string; voucherId: string | null }>(
      again,
      '/api/finance/journal',
    );
    const vouchers = new Set(entries.filter((e) => e.voucherKind === 'invoice').map((e) => e.voucherId));
    const withoutEntry = invoices.filter((i) => i.kind === 'invoice' && !vouchers.has(i.id)).map((i) => i.number);
    assert.deepEqual(withoutEntry, [], 'every invoice has its journal entry');
    assert.ok(withoutGaps(entries.map((e) => e.number)), 'journal entry numbers without gaps');
    assert.ok(
      withoutGaps(invoices.filter((i) => i.kind === 'invoice').map((i) => i.number)),
      'invoice numbers without gaps',
    );
    t.diagnostic(
      `enrolments: ${enrolled.length} acknowledged, ${rows.length - already.size} there; plan: acknowledged ${Boolean(accepted)}, there ${Boolean(runAfter.acceptedAt)}; invoices: acknowledged ${invoiced ? 'yes' : 'no'}, ${created.length} there; ${timings.join(', ')}; ${phases.join(', ')}, checked ${((Date.now() - began) / 1000).toFixed(1)} s`,
    );
  });
});
