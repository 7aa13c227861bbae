import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { errorToResponse } from '../src/http/problem.ts';

// How errors thrown by PostgreSQL become HTTP answers (http/problem.ts).
describe('errors from the database', () => {
  const answerTo = async (error: unknown) => {
    const app = new Hono();
    app.onError(errorToResponse);
    app.get('/x', () => {
      throw error;
    });
    const res = await app.request('/x');
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
  };
  const pgError = (code: string, extra: Record<string, string> = {}) =>
    Object.assign(new Error(`pg ${code}`), { code, ...extra });

  it('given a deadlock, then 503 busy_try_again with Retry-After (the transaction was rolled back whole)', async () => {
    const r = await answerTo(pgError('40P01'));
    assert.deepEqual([r.status, r.retryAfter, r.body.code], [503, '1', 'busy_try_again']);
  });

  it('given a serialization failure, then the same', async () => {
    const r = await answerTo(pgError('40001'));
    assert.deepEqual([r.status, r.body.code], [503, 'busy_try_again']);
  });

  it('given a unique violation, then 409 naming the last column of the key', async () => {
    const r = await answerTo(pgError('23505', { detail: 'Key (mutual_id, slug)=(…, x) already exists.' }));
    assert.deepEqual([r.status, r.body.code, r.body.errors[0].field], [409, 'conflict', 'slug']);
  });

  it('given anything else, then 500 without the error text', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const r = await answerTo(pgError('XX000'));
      assert.deepEqual([r.status, r.body.code], [500, 'internal_error']);
      assert.ok(!JSON.stringify(r.body).includes('pg XX000'));
    } finally {
      console.error = original;
    }
  });
});
