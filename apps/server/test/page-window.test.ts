import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { pageWindow } from '../src/db/page-window.ts';

// A page's LIMIT and OFFSET are written into the statement (db/page-window.ts, decision 76).
const db = new Kysely<{ thing: { id: number } }>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

describe('a page window', () => {
  it('given page 3 of 50, then the statement says limit 50 offset 100 and carries no value for them', () => {
    const { limit, offset } = pageWindow(3, 50);
    const compiled = db.selectFrom('thing').select('id').where('id', '>', 7).limit(limit).offset(offset).compile();
    assert.match(compiled.sql, /limit 50 offset 100$/);
    assert.deepEqual(compiled.parameters, [7]);
  });

  it('given anything but whole numbers from 1, then it refuses rather than write it into the statement', () => {
    for (const [page, size] of [
      [0, 50],
      [1, 0],
      [1.5, 50],
      [1, Number.NaN],
      [Number.MAX_SAFE_INTEGER + 2, 50],
    ])
      assert.throws(() => pageWindow(page, size), /whole numbers/);
  });
});
