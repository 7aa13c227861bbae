// Observatory and scorecard benchmark on PostgreSQL: the observatory of the large seed's 100
// mutuals × 10 years (as the platform administrator, and as a funder of 20 of them), the open-data
// ZIP, and one mutual's scorecard. Seeds the governance history of the benchmark mutuals first when
// it is absent (seed-governance.ts; `npm run seed -- --scale large` seeds it with the rest).
//   eval "$(scripts/throwaway-postgres.sh start)" && npm run seed -- --scale large && node --import tsx bench/governance.ts [--runs 10]
import { parseArgs } from 'node:util';
import { DEMO_AS_OF } from '@mutualis/domain/demo-data/index';
import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { BENCH_FUNDER_EMAIL, seedGovernanceLarge } from '../apps/server/src/db/seed/seed-governance.ts';
import {
  BIG_MUTUAL_COORDINATOR,
  DEMO_PASSWORD,
  describeMachine,
  login,
  requireDatabaseUrl,
  type Session,
  startServer,
} from './server-process.ts';

const databaseUrl = requireDatabaseUrl('bench/governance');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const TARGETS = { observatory: 2000, scorecard: 500 };

const handle = await openDatabase({ databaseUrl, poolSize: 4 });
let adminEmail = '';
try {
  await migrate(handle);
  const bench = await handle.db
    .selectFrom('mutual')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('slug', 'like', 'bench-%')
    .executeTakeFirstOrThrow();
  if (Number(bench.n) === 0) {
    console.error('bench/governance: no benchmark mutual; run: npm run seed -- --scale large');
    process.exit(1);
  }
  const seeded = await seedGovernanceLarge(handle.db, {
    asOf: DEMO_AS_OF,
    passwordHash: await hash(DEMO_PASSWORD),
    log: console.log,
  });
  if (seeded > 0) await sql`analyze`.execute(handle.db);
  const counts = await sql<{ t: string; n: number }>`
    select 'mutuals' as t, count(*)::int as n from mutual union all
    select 'board members', count(*)::int from board_member union all
    select 'board meetings', count(*)::int from board_meeting union all
    select 'attendance rows', count(*)::int from board_attendance union all
    select 'leader contributions', count(*)::int from leader_contribution union all
    select 'partners', count(*)::int from partner union all
    select 'partner supports', count(*)::int from partner_support union all
    select 'activity years', count(*)::int from activity_year union all
    select 'member firms', count(*)::int from member`.execute(handle.db);
  console.log(`governance data: ${counts.rows.map((r) => `${r.n} ${r.t}`).join(', ')}`);
  const admin = await handle.db
    .selectFrom('app_user')
    .select('email')
    .where('role', '=', 'platform_admin')
    .orderBy('created_at')
    .executeTakeFirst();
  adminEmail = admin?.email ?? '';
  if (!adminEmail) {
    adminEmail = 'admin@bench.demo';
    await handle.db
      .insertInto('app_user')
      .values({
        email: adminEmail,
        display_name: 'Bench admin',
        role: 'platform_admin',
        password_hash: await hash(DEMO_PASSWORD),
      })
      .execute();
  }
} finally {
  await handle.close();
}

async function time(url: string, session: Session, path: string) {
  const t = performance.now();
  const res = await fetch(`${url}${path}`, { headers: { cookie: session.cookie, accept: 'application/json' } });
  const body = new Uint8Array(await res.arrayBuffer());
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
  let note = '';
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    const json = JSON.parse(new TextDecoder().decode(body)) as {
      mutuals?: unknown[];
      years?: number[];
      series?: unknown[];
      indicators?: unknown[];
    };
    if (json.series)
      note = `${json.mutuals?.length} mutuals × ${json.years?.length} years, ${json.series.length} series`;
    else if (json.indicators) note = `${json.indicators.length} indicators × ${json.years?.length} years`;
  }
  return { ms, bytes: body.length, note };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const server = await startServer();
try {
  const admin = await login(server.url, adminEmail);
  const funder = await login(server.url, BENCH_FUNDER_EMAIL);
  const coordinator = await login(server.url, BIG_MUTUAL_COORDINATOR);
  const page =
    '&indicators=board_compliant,board_attendance,active_leaders,active_partners,funding_diversity,active_members,renewal_rate,firms_served,micro_small_share,low_skilled_share';
  const scenarios: Array<[string, Session, string]> = [
    ['observatory, platform (every mutual, every indicator, 10 years)', admin, '/api/observatory'],
    ['observatory page as it opens (platform, 10 indicators)', admin, `/api/observatory?${page.slice(1)}`],
    ['observatory, funder of 20 mutuals (every indicator)', funder, '/api/observatory'],
    ['observatory, regional mutuals only', admin, '/api/observatory?type=regional'],
    ['observed mutuals list (platform)', admin, '/api/observatory/mutuals?pageSize=500'],
    ['open data ZIP (platform)', admin, '/api/observatory/open-data'],
    ['one mutual’s scorecard (its coordinator)', coordinator, '/api/scorecard'],
    [
      'one mutual’s scorecard from the observatory (funder)',
      funder,
      `/api/observatory/mutuals/${coordinator.me.mutualId}/scorecard`,
    ],
  ];
  const rows: Array<Record<string, string | number>> = [];
  for (const [name, session, path] of scenarios) {
    let warm: Awaited<ReturnType<typeof time>>;
    try {
      warm = await time(server.url, session, path); // warm-up: JIT, connections, PostgreSQL cache
    } catch (error) {
      rows.push({ request: name, 'median ms': 'n/a', answer: (error as Error).message.slice(0, 80) });
      continue;
    }
    const samples: number[] = [];
    let last = warm;
    for (let i = 0; i < runs; i++) {
      last = await time(server.url, session, path);
      samples.push(last.ms);
    }
    samples.sort((a, b) => a - b);
    rows.push({
      request: name,
      'first ms': Math.round(warm.ms),
      'median ms': Math.round(pct(samples, 50)),
      'p90 ms': Math.round(pct(samples, 90)),
      'max ms': Math.round(samples.at(-1) ?? 0),
      KiB: Math.round(last.bytes / 1024),
      answer: last.note,
    });
  }
  console.log(`\nObservatory and scorecard, ${runs} timed runs each after one warm-up (one request at a time):`);
  console.table(rows);
  const obs = rows[0]['median ms'] as number;
  const card = rows[6]['median ms'] as number;
  console.log(
    `target: the observatory of every mutual under ${TARGETS.observatory} ms: ${obs < TARGETS.observatory ? 'met' : 'NOT met'} (median ${obs} ms)`,
  );
  console.log(
    `target: one mutual's scorecard under ${TARGETS.scorecard} ms: ${card < TARGETS.scorecard ? 'met' : 'NOT met'} (median ${card} ms)`,
  );
  console.log('machine:', describeMachine());
} finally {
  await server.stop();
}
