import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { errorToResponse } from '../src/http/problem.ts';

// How errors thrown by PostgreSQL become HTTP answers (http/problem.ts).
describe('errors from the database', () => {
  const answerTo = async (error: unknown, headers: Record<string, string> = {}) => {
    const app = new Hono();
    app.onError(errorToResponse);
    app.get('/x', () => {
      throw error;
    });
    const res = await app.request('/x', { headers });
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

  it('given the connection to the database ended under the request, then 503 busy_try_again with Retry-After and the text that says so, in the caller’s language', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      for (const error of [
        pgError('57P01'),
        pgError('57P03'),
        pgError('08006'),
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
        new Error('Connection terminated unexpectedly'),
      ]) {
        const r = await answerTo(error);
        assert.deepEqual([r.status, r.retryAfter, r.body.code], [503, '2', 'busy_try_again'], error.message);
        assert.match(r.body.detail, /^La connexion à la base de données a été interrompue/);
        const en = await answerTo(error, { 'accept-language': 'en' });
        assert.match(en.body.detail, /^The connection to the database was interrupted/);
      }
    } finally {
      console.error = original;
    }
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
