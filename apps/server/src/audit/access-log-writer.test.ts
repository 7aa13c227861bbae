import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCESS_LOG_ROWS_PER_STATEMENT, type AccessEntry, accessLogWriter } from './access-log-writer.ts';

const entry = (n: number, actorUserId = 'reader'): AccessEntry => ({
  mutualId: 'm',
  actorUserId,
  entityType: 'employee',
  entityIds: [`e${n}`],
  purpose: 'employee.list.mutual',
});

/** A store whose statements finish when told to: what was committed, and the statements seen. */
function slowStore() {
  const committed: AccessEntry[] = [];
  const statements: AccessEntry[][] = [];
  const pending: (() => void)[] = [];
  return {
    committed,
    statements,
    insert: (entries: AccessEntry[]) =>
      new Promise<void>((resolve, reject) => {
        statements.push(entries);
        pending.push(() => {
          if (entries.some((e) => e.actorUserId === 'deleted')) reject(new Error('foreign key: actor'));
          else {
            committed.push(...entries);
            resolve();
          }
        });
      }),
    /** Finishes the oldest statement in flight. */
    finishOne: async () => {
      for (let i = 0; i < 20 && pending.length === 0; i++) await new Promise((r) => setImmediate(r));
      pending.shift()?.();
      await new Promise((r) => setImmediate(r));
    },
  };
}

describe('access-log writer', () => {
  it('given a quiet moment, when one read is logged, then its row is written at once, alone, and the read waits for its commit', async () => {
    const store = slowStore();
    const writer = accessLogWriter(store.insert);
    let settled = false;
    const written = writer.write(entry(1)).then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(store.statements, [[entry(1)]]);
    assert.equal(settled, false, 'not before the commit');
    await store.finishOne();
    await written;
    assert.deepEqual(store.committed, [entry(1)]);
  });

  it('given a statement in flight, when more reads are logged meanwhile, then they go together in the next statement, in their order, and each settles only when its own row is committed', async () => {
    const store = slowStore();
    const writer = accessLogWriter(store.insert);
    const first = writer.write(entry(0));
    const settled = new Set<number>();
    const later = [1, 2, 3, 4].map((n) => writer.write(entry(n)).then(() => settled.add(n)));
    await store.finishOne();
    await first;
    assert.equal(settled.size, 0, 'the later reads wait for their own statement');
    assert.deepEqual(store.statements[1], [entry(1), entry(2), entry(3), entry(4)]);
    await store.finishOne();
    await Promise.all(later);
    assert.deepEqual(
      store.committed,
      [0, 1, 2, 3, 4].map((n) => entry(n)),
    );
    assert.equal(writer.statements, 2);
  });

  it('given more waiting rows than a statement takes, then they are split, none lost', async () => {
    const store = slowStore();
    const writer = accessLogWriter(store.insert);
    const all = Array.from({ length: ACCESS_LOG_ROWS_PER_STATEMENT + 2 }, (_, n) => writer.write(entry(n)));
    const finishing = (async () => {
      while (store.committed.length < all.length) await store.finishOne();
    })();
    await Promise.all(all);
    await finishing;
    assert.deepEqual(
      store.statements.map((s) => s.length),
      [1, ACCESS_LOG_ROWS_PER_STATEMENT, 1],
    );
    assert.equal(new Set(store.committed.map((e) => e.entityIds[0])).size, all.length);
  });

  it('given one row that the database refuses among others, then only its read fails, the others are written one by one', async () => {
    const store = slowStore();
    const writer = accessLogWriter(store.insert);
    const first = writer.write(entry(0));
    const good = writer.write(entry(1));
    const bad = assert.rejects(writer.write(entry(2, 'deleted')), /foreign key/);
    const alsoGood = writer.write(entry(3));
    const finishing = (async () => {
      for (let i = 0; i < 5; i++) await store.finishOne();
    })();
    await first;
    await good;
    await bad;
    await alsoGood;
    await finishing;
    assert.deepEqual(
      store.committed.map((e) => e.entityIds[0]),
      ['e0', 'e1', 'e3'],
    );
  });

  it('given a failure, then the writer goes on with the reads that come after', async () => {
    const store = slowStore();
    const writer = accessLogWriter(store.insert);
    const bad = assert.rejects(writer.write(entry(1, 'deleted')), /foreign key/);
    await store.finishOne();
    await bad;
    const next = writer.write(entry(2));
    await store.finishOne();
    await next;
    assert.deepEqual(store.committed, [entry(2)]);
  });
});
