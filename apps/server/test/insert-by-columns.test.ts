import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertByColumns } from '../src/db/insert-by-columns.ts';
import { createTestContext, newMutual, type TestContext } from './harness.ts';

// insertByColumns sends one array a column: texts must come back exactly, whatever they hold
// (the characters an array literal quotes or escapes, the word NULL, accents). The money tests
// cover the other types (uuid, integer, bigint, boolean, date, nulls) through invoicing.

describe('insertByColumns', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given texts an array literal would have to escape, when inserted by columns, then they come back as they were', async () => {
    const mutualId = (await newMutual(ctx)).id;
    const names = [
      'Soudage, niveau 1',
      'Le "SIMDUT" {2015}',
      'C:\\dossier\\fichier',
      'NULL',
      '  espaces  ',
      'Élagage — sécurité « en hauteur »',
    ];
    await insertByColumns(
      ctx.deps.db,
      'topic',
      { mutual_id: 'uuid', code: 'text', name_fr: 'text', name_en: 'text' },
      names.map((name, i) => ({ mutual_id: mutualId, code: `t${i}`, name_fr: name, name_en: `en ${i}` })),
    );
    const rows = await ctx.deps.db
      .selectFrom('topic')
      .select(['code', 'name_fr'])
      .where('mutual_id', '=', mutualId)
      .orderBy('code')
      .execute();
    assert.deepEqual(
      rows.map((r) => r.name_fr),
      names,
    );
  });

  it('given no row, then nothing is sent and nothing inserted', async () => {
    const mutualId = (await newMutual(ctx)).id;
    await insertByColumns(
      ctx.deps.db,
      'topic',
      { mutual_id: 'uuid', code: 'text', name_fr: 'text', name_en: 'text' },
      [],
    );
    const count = await ctx.deps.db
      .selectFrom('topic')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mutual_id', '=', mutualId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
  });
});
