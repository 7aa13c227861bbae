import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const mainTs = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/main.ts');

// Every server this file starts is killed at the end, also when a test fails half-way (a live child
// would keep the test runner waiting for ever).
const started: ChildProcess[] = [];
after(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs], {
    env: { ...process.env, SEED_DEMO: 'false', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor(predicate: () => boolean, what: string, child: ChildProcess) {
  // Up to 3 minutes: a loaded 2-core machine takes a minute to start a server with tsx.
  for (let i = 0; i < 1800; i++) {
    if (predicate()) return;
    if (child.exitCode !== null) throw new Error(`server exited before ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the server process', { skip: process.env.DATABASE_URL ? 'embedded database only' : false }, () => {
  it('starts on the embedded database, refuses a second process on the same folder, and stops cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-proc-'));
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const first = startServer({ DATA_DIR: dataDir, PORT: port });
    await waitFor(() => /listening/.test(first.output()), 'listening', first.child);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    assert.equal(health.status, 200);

    const second = startServer({ DATA_DIR: dataDir, PORT: String(Number(port) + 1) });
    assert.equal(await second.exited, 3);
    assert.match(second.output(), /in use by another Mutualis process/);

    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    assert.equal(fs.existsSync(path.join(dataDir, 'mutualis.lock')), false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start with a wrong variable, naming it', async () => {
    const server = startServer({ PORT: 'abc', DATA_DIR: os.tmpdir() });
    assert.equal(await server.exited, 2);
    assert.match(server.output(), /PORT/);
  });
});
