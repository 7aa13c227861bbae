import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { anonymous, createTestContext, type TestContext } from './harness.ts';

describe('liveness and readiness', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given a migrated database, then /api/ready answers 200 with migrations done', async () => {
    const res = await anonymous(ctx).request('GET', '/api/ready');
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, 'ready');
    assert.equal(body.migrations, 'done');
  });

  it('given a migration not applied yet, then /api/ready answers 503 busy_try_again naming it, while /api/health stays 200', async () => {
    await sql`delete from schema_migration where name = '0080_several_instances.sql'`.execute(ctx.deps.db);
    try {
      const res = await anonymous(ctx).request('GET', '/api/ready');
      assert.equal(res.status, 503);
      const body = await res.json();
      assert.equal(body.code, 'busy_try_again');
      assert.match(body.detail ?? body.title ?? '', /0080_several_instances/);
      assert.equal((await anonymous(ctx).request('GET', '/api/health')).status, 200);
    } finally {
      await sql`insert into schema_migration (name) values ('0080_several_instances.sql')`.execute(ctx.deps.db);
    }
  });

  it('given an instance stopping (SIGTERM), then /api/ready answers 503 so that the load balancer stops sending to it', async () => {
    ctx.deps.lifecycle.stopping = true;
    try {
      const res = await anonymous(ctx).request('GET', '/api/ready');
      assert.equal(res.status, 503);
      assert.equal((await res.json()).detail, 'Cette instance s’arrête');
      const english = await anonymous(ctx).request('GET', '/api/ready', undefined, { 'accept-language': 'en' });
      assert.equal((await english.json()).detail, 'This instance is stopping');
    } finally {
      ctx.deps.lifecycle.stopping = false;
    }
  });
});
