// Demand board benchmark: GET /api/demand (and its filters, the unmet list and the XLSX export) for
// one mutual holding 200,000 open needs, on PostgreSQL. Seeds that mutual first when it is absent
// (apps/server/src/db/seed/seed-demand-bench.ts), then times each request through the API.
//   eval "$(scripts/throwaway-postgres.sh start)" && node --import tsx bench/demand.ts [--needs 200000] [--firms 2000] [--runs 10]
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import {
  DEMAND_BENCH_COORDINATOR,
  DEMAND_BENCH_SLUG,
  seedDemandBench,
} from '../apps/server/src/db/seed/seed-demand-bench.ts';
import { demandRepository } from '../apps/server/src/demand/repository.ts';
import { describeMachine, login, requireDatabaseUrl, type Session, startServer } from './server-process.ts';

const databaseUrl = requireDatabaseUrl('bench/demand');
const { values } = parseArgs({
  options: {
    needs: { type: 'string', default: '200000' },
    firms: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '10' },
  },
});
const runs = Number(values.runs);
const TARGET_MS = 1000;

// 1. The data (once per database).
const handle = await openDatabase({ databaseUrl, poolSize: 5 });
try {
  await migrate(handle);
  const present = await handle.db
    .selectFrom('mutual')
    .select('id')
    .where('slug', '=', DEMAND_BENCH_SLUG)
    .executeTakeFirst();
  if (present) {
    console.log(`${DEMAND_BENCH_SLUG}: already seeded`);
  } else {
    console.log(`seeding ${DEMAND_BENCH_SLUG}: ${values.needs} open needs of ${values.firms} firms…`);
    const r = await seedDemandBench(handle.db, {
      needs: Number(values.needs),
      firms: Number(values.firms),
      concurrency: 4,
      log: console.log,
    });
    console.log(
      `seeded in ${r.seconds.toFixed(1)} s: ${r.firms} firms, ${r.needs} open needs, ${r.courses} approved courses`,
    );
  }
  const counts = await handle.db
    .selectFrom('need')
    .innerJoin('mutual', 'mutual.id', 'need.mutual_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('mutual.slug', '=', DEMAND_BENCH_SLUG)
    .where('need.status', '=', 'open')
    .executeTakeFirstOrThrow();
  console.log(`open needs on the board: ${Number(counts.n)}`);

  // The aggregation query alone, with the settings the service uses and with PostgreSQL's defaults.
  const mutual = await handle.db
    .selectFrom('mutual')
    .select('id')
    .where('slug', '=', DEMAND_BENCH_SLUG)
    .executeTakeFirstOrThrow();
  for (const [label, settings] of [
    [
      'cells query, jit off, work_mem 64MB (as the service runs it)',
      ['set local jit = off', "set local work_mem = '64MB'"],
    ],
    ['cells query, PostgreSQL defaults', [] as string[]],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i <= Math.min(runs, 5); i++) {
      const ms = await handle.db.transaction().execute(async (trx) => {
        for (const s of settings) await sql.raw(s).execute(trx);
        const t = performance.now();
        await demandRepository(trx).cells(mutual.id, {});
        return performance.now() - t;
      });
      if (i > 0) samples.push(ms); // the first run warms the cache
    }
    samples.sort((a, b) => a - b);
    console.log(
      `${label}: median ${Math.round(samples[Math.floor(samples.length / 2)])} ms (${samples.map((x) => Math.round(x)).join(', ')})`,
    );
  }
} finally {
  await handle.close();
}

// 2. The requests, through the API.
async function time(url: string, session: Session, path: string): Promise<{ ms: number; bytes: number; note: string }> {
  const t = performance.now();
  const res = await fetch(`${url}${path}`, { headers: { cookie: session.cookie, accept: 'application/json' } });
  const body = new Uint8Array(await res.arrayBuffer());
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${new TextDecoder().decode(body).slice(0, 500)}`);
  let note = '';
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    const json = JSON.parse(new TextDecoder().decode(body)) as {
      cells?: Array<{ status: string }>;
      totals?: { openNeeds: number; readyCells: number };
      total?: number;
      heat?: { byPeriod: unknown[]; byRegion: unknown[] };
    };
    if (json.cells)
      note = `${json.total} cells (${json.cells.length} sent), ${json.totals?.readyCells} ready, ${json.totals?.openNeeds} needs, heat ${json.heat?.byPeriod.length}+${json.heat?.byRegion.length}`;
    else if (json.total !== undefined) note = `${json.total} unmet needs`;
  }
  return { ms, bytes: body.length, note };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const server = await startServer();
try {
  const session = await login(server.url, DEMAND_BENCH_COORDINATOR);
  // The topic of the board's first cell in topic-code order (the one the earlier runs timed).
  const board = (await (
    await fetch(`${server.url}/api/demand?pageSize=1`, { headers: { cookie: session.cookie } })
  ).json()) as { heat: { byPeriod: Array<{ topicId: string }> } };
  const topics = (await (await fetch(`${server.url}/api/topics`, { headers: { cookie: session.cookie } })).json()) as {
    items: Array<{ id: string; code: string }>;
  };
  const onBoard = new Set(board.heat.byPeriod.map((h) => h.topicId));
  const someTopic = topics.items.filter((t) => onBoard.has(t.id)).sort((a, b) => (a.code < b.code ? -1 : 1))[0]?.id;
  const scenarios: Array<[string, string]> = [
    ['board, no filter', '/api/demand'],
    ['board, one region (14)', '/api/demand?regionCode=14'],
    ['board, one period (2027-03)', '/api/demand?period=2027-03'],
    ['board, one topic', `/api/demand?topicId=${someTopic}`],
    ['board, ready cells only', '/api/demand?status=ready'],
    ['board, page 10 of 500 cells', '/api/demand?page=10&pageSize=500'],
    ['unmet needs, first 200', '/api/demand/unmet?pageSize=200'],
    ['XLSX export', '/api/demand/export'],
  ];
  const rows: Array<Record<string, string | number>> = [];
  for (const [name, path] of scenarios) {
    await time(server.url, session, path); // warm-up: JIT, connections, PostgreSQL cache
    const samples: number[] = [];
    let last = { ms: 0, bytes: 0, note: '' };
    for (let i = 0; i < runs; i++) {
      last = await time(server.url, session, path);
      samples.push(last.ms);
    }
    samples.sort((a, b) => a - b);
    rows.push({
      request: name,
      'median ms': Math.round(pct(samples, 50)),
      'p90 ms': Math.round(pct(samples, 90)),
      'max ms': Math.round(samples[samples.length - 1]),
      KiB: Math.round(last.bytes / 1024),
      answer: last.note,
    });
  }
  console.log(`\nDemand board, ${runs} timed runs each after one warm-up (one request at a time):`);
  console.table(rows);
  const board0 = rows[0]['median ms'] as number;
  console.log(
    `target: the board (no filter) under ${TARGET_MS} ms: ${board0 < TARGET_MS ? 'met' : 'NOT met'} (median ${board0} ms)`,
  );
  await timeWrites(server.url, session);
  console.log('machine:', describeMachine());
} finally {
  await server.stop();
}

/** Switches the three triggers that keep the board (migration 0042) on or off; the truncate one stays. */
function setBoardTriggers(db: Parameters<typeof demandRepository>[0], state: 'enable' | 'disable') {
  const triggers = ['need_demand_insert', 'need_demand_update', 'need_demand_delete'];
  return sql.raw(`alter table need ${triggers.map((t) => `${state} trigger ${t}`).join(', ')}`).execute(db);
}

/**
 * What keeping the board costs writers (migration 0042_demand_cells.sql): needs declared one at a
 * time and a 1,000-row import, with the triggers that keep the board and with them switched off.
 * Every need written is deleted afterwards in the same mode, so the kept board stays exact.
 */
async function timeWrites(url: string, session: Session) {
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  const h = await openDatabase({ databaseUrl, poolSize: 2 });
  try {
    const mutualId = session.me.mutualId as string;
    const member = await h.db
      .selectFrom('member')
      .select(['id', 'neq'])
      .where('mutual_id', '=', mutualId)
      .orderBy('neq')
      .executeTakeFirstOrThrow();
    const topic = await h.db
      .selectFrom('topic')
      .select(['id', 'code'])
      .where('mutual_id', '=', mutualId)
      .where('code', 'like', '%.%')
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const mark = `bench-write-${Date.now()}`;
    const csv = ['member_neq,topic,seats,languages,modes,periods,notes'];
    for (let i = 0; i < 1000; i++)
      csv.push(
        `${member.neq},${topic.code},${1 + (i % 5)},fr,in_person;virtual,2027-0${1 + (i % 9)};2027-1${i % 3},${mark}`,
      );
    const importBody = JSON.stringify({
      filename: 'besoins.csv',
      contentBase64: Buffer.from(`${csv.join('\n')}\n`).toString('base64'),
    });
    const results: Array<Record<string, string | number>> = [];
    for (const kept of [true, false]) {
      if (!kept) {
        await setBoardTriggers(h.db, 'disable');
      }
      try {
        const single: number[] = [];
        for (let i = 0; i < 20 + 1; i++) {
          const t = performance.now();
          const res = await fetch(`${url}/api/needs`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              memberId: member.id,
              topicId: topic.id,
              seats: 2,
              languages: ['fr'],
              modes: ['in_person'],
              periods: ['2027-02', '2027-03'],
              notes: mark,
            }),
          });
          await res.arrayBuffer();
          if (res.status !== 201) throw new Error(`POST /api/needs: ${res.status}`);
          if (i > 0) single.push(performance.now() - t); // the first one warms up
        }
        const t = performance.now();
        const res = await fetch(`${url}/api/needs/import`, { method: 'POST', headers, body: importBody });
        const text = await res.text();
        if (res.status !== 201) throw new Error(`POST /api/needs/import: ${res.status} ${text.slice(0, 500)}`);
        const importMs = performance.now() - t;
        single.sort((a, b) => a - b);
        results.push({
          triggers: kept ? 'on (board kept)' : 'off (for comparison)',
          'one need, median ms': Math.round(pct(single, 50)),
          'one need, p90 ms': Math.round(pct(single, 90)),
          'import of 1,000 needs, ms': Math.round(importMs),
        });
      } finally {
        await h.db.deleteFrom('need').where('mutual_id', '=', mutualId).where('notes', '=', mark).execute();
        if (!kept) {
          await setBoardTriggers(h.db, 'enable');
        }
      }
    }
    console.log('\nWriting needs (through the API, one at a time), with and without the triggers that keep the board:');
    console.table(results);
  } finally {
    await h.close();
  }
}
