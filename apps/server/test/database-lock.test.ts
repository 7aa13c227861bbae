import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DatabaseLockedError, openDatabase } from '../src/db/client.ts';

describe('embedded database folder', () => {
  it('given a folder in use by a live process, when another opens it, then a clear DatabaseLockedError', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-lock-'));
    // A live process other than us holds the lock: our parent (the test runner) is alive.
    fs.writeFileSync(path.join(dir, 'mutualis.lock'), String(process.ppid));
    await assert.rejects(openDatabase({ dataDir: dir }), (error: unknown) => {
      assert.ok(error instanceof DatabaseLockedError);
      assert.match((error as Error).message, /in use by another Mutualis process/);
      return true;
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('given a stale lock of a dead process, then it is taken over, and released on close', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(path.join(dir, 'mutualis.lock'), dead);
    const handle = await openDatabase({ dataDir: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'mutualis.lock'), 'utf8'), String(process.pid));
    await handle.close();
    assert.equal(fs.existsSync(path.join(dir, 'mutualis.lock')), false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
