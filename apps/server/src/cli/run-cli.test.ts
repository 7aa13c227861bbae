import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CommandIo } from './command.ts';
import { runCli } from './run-cli.ts';

function fakeIo(stdin = ''): CommandIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
    readStdin: async () => stdin,
  };
  return io;
}

describe('mutualis command line', () => {
  it('pool-generate then pool: prints a plan and exits 0, progress on stderr', async () => {
    const gen = fakeIo();
    assert.equal(
      await runCli(
        [
          'pool-generate',
          '--seed',
          '2',
          '--needs',
          '30',
          '--offers',
          '8',
          '--periods',
          '2',
          '--regions',
          '2',
          '--topics',
          '3',
          '--members',
          '10',
        ],
        gen,
      ),
      0,
    );
    const pool = fakeIo(gen.out);
    assert.equal(await runCli(['pool', '-'], pool), 0);
    const plan = JSON.parse(pool.out);
    assert.ok(Array.isArray(plan.sessions) && typeof plan.totals.objective === 'number');
    assert.match(pool.err, /solving/);
  });

  it('pool with an invalid problem exits 2 and names the field and id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mutualis-'));
    const file = join(dir, 'problem.json');
    await writeFile(
      file,
      JSON.stringify({
        periods: ['p'],
        needs: [
          {
            id: 'n4',
            memberId: 'm',
            topic: 't',
            seats: 0,
            region: 'r',
            languages: ['fr'],
            modes: ['virtual'],
            periods: ['p'],
          },
        ],
        offers: [],
      }),
    );
    const io = fakeIo();
    assert.equal(await runCli(['pool', file], io), 2);
    assert.match(io.err, /needs\[0\] \(id "n4"\)\.seats: must be an integer >= 1/);
    assert.equal(io.out, '');
  });

  it('unknown commands and bad JSON exit 2', async () => {
    assert.equal(await runCli(['nope'], fakeIo()), 2);
    assert.equal(await runCli(['pool', '-'], fakeIo('{not json')), 2);
  });
});
