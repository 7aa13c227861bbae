import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { preparedStatements } from '../src/db/prepared-statements.ts';
import { parsers } from '../src/db/values.ts';

// The embedded database keeps statements with values by name (db/prepared-statements.ts): the same
// answers and errors as PGlite's own query(), whatever the values, the errors and the statements kept.

async function withDatabase(test: (client: PGlite) => Promise<void>) {
  const client = await PGlite.create({ parsers });
  try {
    await client.exec(`create table thing (id int primary key, label text not null, tags text[], at timestamptz,
      amount numeric, big bigint, doc jsonb, day date, flag boolean)`);
    await test(client);
  } finally {
    await client.close();
  }
}

describe('statements kept by name on the embedded database', () => {
  it('given every kind of value and answer, then the rows, fields and counts are those of query()', async () => {
    await withDatabase(async (client) => {
      const kept = preparedStatements(client);
      const insert = `insert into thing (id, label, tags, at, amount, big, doc, day, flag)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
      const rows: unknown[][] = [
        [
          1,
          'Élagage, « niveau 1 »',
          ['a', 'b "c"', 'd,e'],
          '2026-11-20T15:00:00.123Z',
          12.5,
          9007199254740991,
          { k: [1, 'é'] },
          '2026-11-20',
          true,
        ],
        [2, "l'autre", [], new Date('1999-12-31T23:59:59.999Z'), '0.5', -42, [1, 2], null, false],
        [3, 'NULL', null, null, null, null, null, null, null],
      ];
      for (const values of rows) {
        const keptAnswer = await kept.query(insert, values);
        assert.equal(keptAnswer.affectedRows, 1);
      }
      for (const text of [
        'select * from thing where id >= $1 order by id',
        'select id, label from thing where label like $1 order by id',
        'select count(*) as n, sum(amount) as total from thing where flag = $1 or $1 is null',
        'update thing set label = label || $1 where id <= $2 returning id, label',
      ]) {
        const values = text.includes('like')
          ? ['%a%']
          : text.startsWith('update')
            ? ['!', 0]
            : text.includes('flag')
              ? [true]
              : [1];
        for (let run = 0; run < 7; run++) {
          // past the fifth run PostgreSQL may keep a generic plan: the answers must not change
          const expected = await client.query(text, values);
          const got = await kept.query(text, values);
          assert.deepEqual(got.rows, expected.rows, text);
          assert.deepEqual(got.fields, expected.fields, text);
          assert.equal(got.affectedRows ?? 0, expected.affectedRows ?? 0, text);
        }
      }
      assert.ok(kept.size >= 5);
    });
  });

  it('given a statement that fails, then the error carries PostgreSQL’s fields and the next statements run', async () => {
    await withDatabase(async (client) => {
      const kept = preparedStatements(client);
      await kept.query('insert into thing (id, label) values ($1, $2)', [1, 'a']);
      const duplicate = await kept.query('insert into thing (id, label) values ($1, $2)', [1, 'b']).catch((e) => e);
      assert.equal((duplicate as { code?: string }).code, '23505');
      assert.equal((duplicate as { constraint?: string }).constraint, 'thing_pkey');
      const missing = await kept.query('insert into thing (id, label) values ($1, $2)', [2, null]).catch((e) => e);
      assert.equal((missing as { code?: string }).code, '23502');
      assert.equal((missing as { column?: string }).column, 'label');
      const bad = await kept.query('select nothing from thing where id = $1', [1]).catch((e) => e);
      assert.equal((bad as { code?: string }).code, '42703');
      assert.deepEqual((await kept.query('select label from thing where id = $1', [1])).rows, [{ label: 'a' }]);

      // inside a transaction: the failed statement aborts it, the rollback leaves nothing
      await client.query('begin');
      await kept.query('insert into thing (id, label) values ($1, $2)', [3, 'c']);
      await assert.rejects(kept.query('insert into thing (id, label) values ($1, $2)', [3, 'again']));
      await client.query('rollback');
      assert.deepEqual((await kept.query('select count(*) as n from thing where id >= $1', [0])).rows, [{ n: 1 }]);
    });
  });

  it('given more statements than are kept, then the oldest are closed and every one still answers', async () => {
    await withDatabase(async (client) => {
      const kept = preparedStatements(client, 3);
      await kept.query('insert into thing (id, label) values ($1, $2)', [1, 'a']);
      for (let round = 0; round < 2; round++)
        for (let i = 0; i < 8; i++) {
          const answer = await kept.query(`select id, $1::int + ${i} as n from thing where id = $2`, [10, 1]);
          assert.deepEqual(answer.rows, [{ id: 1, n: 10 + i }]);
        }
      assert.equal(kept.size, 3);
      const open = await client.query<{ n: number }>(`select count(*)::int as n from pg_prepared_statements`);
      assert.equal(open.rows[0].n, 3);
    });
  });

  it('given a table changed under a kept statement, then it is prepared again and answers with the new columns', async () => {
    await withDatabase(async (client) => {
      const kept = preparedStatements(client);
      await kept.query('insert into thing (id, label) values ($1, $2)', [1, 'a']);
      const before = await kept.query('select * from thing where id = $1', [1]);
      assert.ok(!('extra' in (before.rows[0] as object)));
      await client.exec(`alter table thing add column extra text default 'x'`);
      const after = await kept.query('select * from thing where id = $1', [1]);
      assert.equal((after.rows[0] as { extra: string }).extra, 'x');
    });
  });
});
