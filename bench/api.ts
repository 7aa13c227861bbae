// API benchmark: member and employee list pages of the biggest benchmark mutual, 200 concurrent
// connections for 20 s each (autocannon), on PostgreSQL with the large seed.
//   DATABASE_URL=… npm run seed -- --scale large && node --import tsx bench/api.ts [--duration 20] [--connections 200]
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { BIG_MUTUAL_COORDINATOR, describeMachine, login, requireDatabaseUrl, startServer } from './server-process.ts';

requireDatabaseUrl('bench/api');
const { values } = parseArgs({
  options: { duration: { type: 'string', default: '20' }, connections: { type: 'string', default: '200' } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

interface Scenario {
  name: string;
  path: string;
}

interface Figures {
  name: string;
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, cookie: string, scenario: Scenario): Promise<Figures> {
  const options = { url: `${url}${scenario.path}`, connections, headers: { cookie, accept: 'application/json' } };
  await autocannon({ ...options, duration: 3 }); // warm-up (JIT, connection pool), not counted
  const result = await autocannon({ ...options, duration });
  return {
    name: scenario.name,
    path: scenario.path,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const server = await startServer();
try {
  const coordinator = await login(server.url, BIG_MUTUAL_COORDINATOR);
  const get = async <T>(path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers: { cookie: coordinator.cookie } });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const members = await get<{ total: number; items: { id: string; legalName: string; headcount: number }[] }>(
    '/api/members?pageSize=1&sort=headcount&order=desc',
  );
  const biggest = members.items[0];
  const employees = await get<{ total: number }>('/api/employees?pageSize=1');
  console.log(
    `bench/api: ${BIG_MUTUAL_COORDINATOR}'s mutual has ${members.total} members and ${employees.total} current employees; ` +
      `biggest firm ${biggest.legalName} (${biggest.headcount} employees). ${connections} connections, ${duration} s per scenario.`,
  );
  const scenarios: Scenario[] = [
    { name: 'members, page 1 (50, by name)', path: '/api/members?page=1&pageSize=50' },
    { name: 'members, page 10', path: '/api/members?page=10&pageSize=50' },
    { name: 'members, search "metal"', path: '/api/members?search=metal&pageSize=50' },
    { name: 'employees of the mutual, page 1', path: '/api/employees?page=1&pageSize=50' },
    { name: 'employees of the mutual, search "tremblay"', path: '/api/employees?search=tremblay&pageSize=50' },
    { name: 'employees of one firm, page 1', path: `/api/members/${biggest.id}/employees?page=1&pageSize=50` },
  ];
  const figures: Figures[] = [];
  for (const scenario of scenarios) {
    await get(scenario.path); // fail early on a bad path
    const f = await load(server.url, coordinator.cookie, scenario);
    figures.push(f);
    console.log(
      `  ${f.name}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p90 ${f.p90} ms, p99 ${f.p99} ms, max ${f.max} ms` +
        (f.non2xx || f.errors ? `, ${f.non2xx} non-2xx, ${f.errors} errors` : ''),
    );
  }
  const machine = describeMachine();
  console.log('\nmachine:', JSON.stringify(machine));
  console.log('\n| Scenario | Requests/s | p50 | p90 | p99 | max | non-2xx |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of figures) {
    console.log(
      `| ${f.name} | ${f.rps.toFixed(0)} | ${f.p50} ms | ${f.p90} ms | ${f.p99} ms | ${f.max} ms | ${f.non2xx + f.errors} |`,
    );
  }
} finally {
  await server.stop();
}
