// npm run seed [-- --scale demo|large] [--seed N] [--reset [--yes]] [--mutuals N --firms N --employees N] [--concurrency N]
//   demo  (default): the two demo mutuals, when the database has no mutual yet.
//   large: the demo (if missing) plus benchmark data: 100 mutuals, 20,000 firms, 500,000 employees,
//          the demand board's mutual with 200,000 open needs (seed-demand-bench.ts), and the money
//          benchmark's mutual: 500 firms, 100,000 enrolments in a year of delivered sessions (seed-finance-bench.ts).
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.ts';
import { DatabaseLockedError, openDatabase } from '../client.ts';
import { migrate } from '../migrate.ts';
import { seedDemo } from './demo.ts';
import { DEMAND_BENCH_COORDINATOR, seedDemandBench } from './seed-demand-bench.ts';
import { FINANCE_BENCH_COORDINATOR, seedFinanceBench } from './seed-finance-bench.ts';
import { seedLarge } from './seed-large.ts';
import { wipeDatabase } from './wipe.ts';

const usage = `usage: npm run seed -- [--scale demo|large] [--seed N] [--reset] [--yes]
                        [--mutuals N] [--firms N] [--employees N] [--concurrency N]`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      scale: { type: 'string', default: 'demo' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      mutuals: { type: 'string' },
      firms: { type: 'string' },
      employees: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (args.scale !== 'demo' && args.scale !== 'large') fail(`--scale must be demo or large, not ${args.scale}\n${usage}`);

const positive = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, not ${value}`);
  return n;
};
const seed = args.seed === undefined ? undefined : /^-?[0-9]+$/.test(args.seed) ? Number(args.seed) : args.seed;
const sizes = {
  mutuals: positive('mutuals', args.mutuals),
  firms: positive('firms', args.firms),
  employees: positive('employees', args.employees),
};
if (sizes.firms !== undefined && sizes.mutuals !== undefined && sizes.firms < sizes.mutuals)
  fail('--firms must be at least --mutuals');

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const concurrency = positive('concurrency', args.concurrency) ?? (config.DATABASE_URL ? 4 : 1);
const where = config.DATABASE_URL
  ? new URL(config.DATABASE_URL).pathname.slice(1) || 'PostgreSQL'
  : `${config.DATA_DIR} (PGlite)`;

if (args.reset && !args.yes) {
  if (!process.stdin.isTTY)
    fail(`--reset wipes every record in ${where}: add --yes to confirm when not run from a terminal`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`This deletes every record in ${where}. Type "yes" to go on: `);
  rl.close();
  if (answer.trim().toLowerCase() !== 'yes') fail('nothing changed', 1);
}

let handle: Awaited<ReturnType<typeof openDatabase>>;
try {
  handle = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: concurrency + 1,
  });
} catch (error) {
  if (error instanceof DatabaseLockedError) fail(error.message, 3);
  throw error;
}

const log = (line: string) => console.log(line);
let exitCode = 0;
try {
  await migrate(handle, log);
  if (args.reset) {
    const tables = await wipeDatabase(handle.db);
    log(`wiped ${tables.length} tables`);
  }
  const hasMutual = await handle.db.selectFrom('mutual').select('id').limit(1).executeTakeFirst();
  if (!hasMutual) {
    const t = Date.now();
    await seedDemo(handle.db, { seed, log });
    log(`demo data seeded in ${((Date.now() - t) / 1000).toFixed(1)} s (logins in README.md)`);
  } else if (args.scale === 'demo') {
    console.error('the database already has data: nothing seeded (add --reset to wipe it first)');
    exitCode = 1;
  }
  if (args.scale === 'large') {
    log(`seeding benchmark data into ${where} (${concurrency} statement(s) at once)…`);
    const result = await seedLarge(handle.db, { seed, ...sizes, concurrency, log });
    log(
      `benchmark data seeded in ${result.seconds.toFixed(1)} s: ${result.mutuals} mutuals, ${result.firms} firms, ` +
        `${result.employees} employees, ${result.wages} wage rows. Biggest mutual's coordinator: ${result.biggestCoordinator}`,
    );
    const demand = await seedDemandBench(handle.db, { seed, concurrency, log });
    log(
      `demand board data seeded in ${demand.seconds.toFixed(1)} s: ${demand.needs} open needs of ${demand.firms} firms (${DEMAND_BENCH_COORDINATOR})`,
    );
    const money = await seedFinanceBench(handle.db, { log });
    log(
      `money data seeded in ${money.seconds.toFixed(1)} s: ${money.members} firms, ${money.enrolments} enrolments (${FINANCE_BENCH_COORDINATOR})`,
    );
  }
} catch (error) {
  console.error(`seed failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await handle.close();
}
process.exit(exitCode);
