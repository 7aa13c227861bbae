import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { errorToResponse } from '../src/http/problem.ts';

// The server's connections to PostgreSQL (db/client.ts): one that the server closes while idle
// (a restart, pg_terminate_backend, a proxy's timeout) is reported and replaced, never the end of the
// process; and a closed handle has no connection left on the server. PostgreSQL only.

const url = process.env.DATABASE_URL;

describe('connections to PostgreSQL', { skip: !url && 'PostgreSQL only (DATABASE_URL)' }, () => {
  let admin: pg.Client;
  before(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  after(() => admin.end());

  /** The URL with an application name of its own, to find this handle's connections on the server. */
  const named = () => {
    const name = `mutualis_test_${randomBytes(5).toString('hex')}`;
    const u = new URL(url!);
    u.searchParams.set('application_name', name);
    return { name, databaseUrl: u.toString() };
  };
  const connectionsOf = async (name: string) =>
    (
      await admin.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1', [name])
    ).rows.map((r) => r.pid);

  it('given idle connections that the server terminates, then the process goes on, each is reported, and the next queries get new ones', async () => {
    const { name, databaseUrl } = named();
    const reported: string[] = [];
    const handle = await openDatabase({ databaseUrl, poolSize: 3, onConnectionError: (m) => reported.push(m) });
    try {
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(handle.db)));
      const pids = await connectionsOf(name);
      assert.equal(pids.length, 3, 'three idle connections');
      for (const pid of pids) await admin.query('select pg_terminate_backend($1, 5000)', [pid]);
      for (let i = 0; i < 100 && reported.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(reported.length, 3, 'each closed connection is reported');
      assert.match(reported[0], /closed by the server: terminating connection due to administrator command/);
      const answers = await Promise.all(
        [1, 2, 3].map((n) => sql<{ n: number }>`select ${n}::int as n`.execute(handle.db)),
      );
      assert.deepEqual(
        answers.map((a) => a.rows[0].n),
        [1, 2, 3],
      );
      assert.equal((await connectionsOf(name)).filter((pid) => pids.includes(pid)).length, 0, 'new connections');
    } finally {
      await handle.close();
    }
  });

  it('given a statement running when the server ends its connection, then the request is answered 503 busy_try_again, not 500, and the next one is served', async () => {
    const { name, databaseUrl } = named();
    const handle = await openDatabase({ databaseUrl, poolSize: 1, onConnectionError: () => {} });
    const app = new Hono();
    app.onError(errorToResponse);
    app.get('/slow', async (c) => c.json((await sql`select pg_sleep(5) as slept`.execute(handle.db)).rows));
    app.get('/quick', async (c) => c.json((await sql<{ n: number }>`select 1 as n`.execute(handle.db)).rows));
    const original = console.error;
    console.error = () => {};
    try {
      const answer = app.request('/slow');
      let pids: number[] = [];
      for (let i = 0; i < 100 && pids.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 20));
        pids = (
          await admin.query<{ pid: number }>(
            `select pid from pg_stat_activity where application_name = $1 and query like '%pg_sleep%' and state = 'active'`,
            [name],
          )
        ).rows.map((r) => r.pid);
      }
      assert.equal(pids.length, 1, 'the statement is running');
      await admin.query('select pg_terminate_backend($1, 5000)', [pids[0]]);
      const res = await answer;
      assert.equal(res.status, 503);
      assert.equal((await res.json()).code, 'busy_try_again');
      const next = await app.request('/quick');
      assert.deepEqual(await next.json(), [{ n: 1 }]);
    } finally {
      console.error = original;
      await handle.close();
    }
  });

  it('given a handle with open connections, when closed, then the server has none of them left', async () => {
    for (let round = 0; round < 5; round++) {
      const { name, databaseUrl } = named();
      const reported: string[] = [];
      const handle = await openDatabase({ databaseUrl, poolSize: 4, onConnectionError: (m) => reported.push(m) });
      await Promise.all([1, 2, 3, 4].map(() => sql`select pg_sleep(0.02)`.execute(handle.db)));
      assert.equal((await connectionsOf(name)).length, 4);
      await handle.close();
      // PostgreSQL leaves its list of connections before it closes the socket: none is listed any more
      assert.deepEqual(await connectionsOf(name), [], `round ${round}: nothing left`);
      assert.deepEqual(reported, [], 'closing is not an error');
    }
  });
});
