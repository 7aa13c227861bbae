import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type Deps, inTransaction } from '../src/caller.ts';
import {
  CROSSED_TRANSACTION_ATTEMPTS,
  runAgainWhenCrossed,
  transactionsCrossed,
} from '../src/db/crossed-transactions.ts';
import { createTestContext, newMember, newMutual, newProvider, type TestContext } from './harness.ts';

// A transaction that PostgreSQL rolled back because it crossed another (a deadlock, a serialization
// failure) runs again from its start (decision 86). The last describe makes two real writes of one
// mutual cross on PostgreSQL; the others run on both databases.

const onPostgres = Boolean(process.env.DATABASE_URL);
const crossed = (code = '40P01') => Object.assign(new Error(`pg ${code}`), { code });
const noWait = async () => {};

describe('runAgainWhenCrossed', () => {
  it('given work that crosses another transaction twice, then it runs a third time and its answer is returned', async () => {
    let runs = 0;
    const answer = await runAgainWhenCrossed(
      async () => {
        runs++;
        if (runs < 3) throw crossed(runs === 1 ? '40P01' : '40001');
        return 'written';
      },
      CROSSED_TRANSACTION_ATTEMPTS,
      noWait,
    );
    assert.deepEqual([answer, runs], ['written', 3]);
  });

  it('given work that crosses others every time, then it runs three times in all and the last crossing is thrown', async () => {
    let runs = 0;
    await assert.rejects(
      runAgainWhenCrossed(
        async () => {
          runs++;
          throw crossed();
        },
        CROSSED_TRANSACTION_ATTEMPTS,
        noWait,
      ),
      (error) => transactionsCrossed(error),
    );
    assert.equal(runs, 3);
  });

  it('given any other failure, then it is thrown at once, the work run once', async () => {
    for (const error of [crossed('23505'), crossed('57P01'), new Error('plain'), null]) {
      let runs = 0;
      await assert.rejects(
        runAgainWhenCrossed(
          async () => {
            runs++;
            throw error;
          },
          CROSSED_TRANSACTION_ATTEMPTS,
          noWait,
        ),
      );
      assert.equal(runs, 1, String(error));
    }
  });

  it('given the waits between runs, then each is short, random, and longer after the second crossing', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 50; i++) {
      let runs = 0;
      await runAgainWhenCrossed(
        async () => {
          if (++runs < 3) throw crossed();
        },
        3,
        async (ms) => {
          waits.push(ms);
        },
      );
    }
    const first = waits.filter((_, i) => i % 2 === 0);
    const second = waits.filter((_, i) => i % 2 === 1);
    assert.ok(first.every((ms) => ms >= 5 && ms <= 25) && second.every((ms) => ms >= 10 && ms <= 50));
    assert.ok(new Set(first).size > 40, 'random waits');
  });
});

describe('inTransaction runs its work again when its transaction crossed another', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given a crossing on the first run, then nothing of that run is kept and the second run is', async () => {
    const mutual = await newMutual(ctx);
    const member = await newMember(ctx, mutual.id, { headcount: 10 });
    let runs = 0;
    const answer = await inTransaction(ctx.deps, async (tx) => {
      runs++;
      await tx.db.updateTable('member').set({ headcount: sql`headcount + 1` }).where('id', '=', member.id).execute();
      if (runs === 1) throw crossed();
      return runs;
    });
    const { headcount } = await ctx.deps.db
      .selectFrom('member')
      .select('headcount')
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([answer, headcount], [2, 11]);
  });

  it('given a crossing inside a nested call, then only the outermost transaction runs again, whole', async () => {
    let outer = 0;
    let inner = 0;
    await inTransaction(ctx.deps, async (tx) => {
      outer++;
      await inTransaction(tx, async () => {
        inner++;
        if (inner === 1) throw crossed();
      });
    });
    assert.deepEqual([outer, inner], [2, 2]);
  });
});

/** A promise and the function that settles it. */
function signal() {
  let give!: () => void;
  const given = new Promise<void>((resolve) => {
    give = resolve;
  });
  return { give, given };
}

describe('two writes of one mutual in opposite orders on PostgreSQL', {
  skip: !onPostgres && 'PostgreSQL only (DATABASE_URL): the embedded database runs one transaction at a time',
}, () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  /**
   * Write A changes a firm (the mutual's evidence version) then a provider (its finance version);
   * write B the provider then the firm. Each waits for the other's first statement before its second,
   * so they wait for each other's rows: PostgreSQL finds the deadlock after `deadlock_timeout` (1 s)
   * and rolls one back.
   */
  async function crossTwoWrites(run: (deps: Deps, work: (tx: Deps) => Promise<string>) => Promise<string>) {
    const mutual = await newMutual(ctx);
    const member = await newMember(ctx, mutual.id, { headcount: 10 });
    const provider = await newProvider(ctx, mutual.id);
    const versions = () =>
      sql<{ kind: string; version: string }>`
        select 'evidence' as kind, version from evidence_data_version where mutual_id = ${mutual.id}
        union all select kind, version from data_version where kind = 'finance' and mutual_id = ${mutual.id}
        order by kind`
        .execute(ctx.deps.db)
        .then((r) => r.rows);
    const before = await versions();
    const firm = (tx: Deps) =>
      tx.db.updateTable('member').set({ headcount: sql`headcount + 1` }).where('id', '=', member.id).execute();
    const bills = (tx: Deps, name: string) =>
      tx.db.updateTable('provider').set({ name }).where('id', '=', provider.id).execute();
    const aWrote = signal();
    const bWrote = signal();
    let runs = 0;
    const results = await Promise.allSettled([
      run(ctx.deps, async (tx) => {
        runs++;
        await firm(tx);
        aWrote.give();
        await bWrote.given;
        await bills(tx, 'Formations A');
        return 'A';
      }),
      run(ctx.deps, async (tx) => {
        runs++;
        await bills(tx, 'Formations B');
        bWrote.give();
        await aWrote.given;
        await firm(tx);
        return 'B';
      }),
    ]);
    const headcount = (
      await ctx.deps.db.selectFrom('member').select('headcount').where('id', '=', member.id).executeTakeFirstOrThrow()
    ).headcount;
    return { results, runs, headcount, before, after: await versions() };
  }

  it('given the two writes through inTransaction, then both are written (the one rolled back ran again) and the versions moved', async () => {
    const { results, runs, headcount, before, after } = await crossTwoWrites(inTransaction);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'fulfilled'],
    );
    assert.deepEqual([runs, headcount], [3, 12]);
    assert.deepEqual(
      after.map((v) => v.kind),
      ['evidence', 'finance'],
    );
    for (const [i, v] of after.entries()) assert.ok(BigInt(v.version) > BigInt(before[i]?.version ?? 0), v.kind);
  });

  it('given the same two writes in bare transactions, then PostgreSQL rolls one back as a deadlock (what the first test overcomes)', async () => {
    const { results, runs, headcount } = await crossTwoWrites((deps, work) =>
      deps.db.transaction().execute((trx) => work({ ...deps, db: trx })),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    assert.equal(refused.length, 1);
    assert.ok(transactionsCrossed(refused[0].reason), String(refused[0].reason));
    assert.deepEqual([runs, headcount], [2, 11]);
  });
});
