import autocannon from 'autocannon';
import { BIG_MUTUAL_COORDINATOR, login, startServer } from './server-process.ts';

const path = process.argv[2] ?? '/api/employees?page=1&pageSize=50';
const dir = process.argv[3] ?? '/tmp/prof/pg1';
const conns = Number(process.env.CONNS ?? 200);
const server = await startServer({ nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
const session = await login(server.url, BIG_MUTUAL_COORDINATOR);
const headers = { accept: 'application/json', cookie: session.cookie };
await autocannon({ url: server.url + path, connections: conns, duration: 3, headers });
const r = await autocannon({ url: server.url + path, connections: conns, duration: 10, headers });
console.log(path, 'rps', r.requests.average, 'p50', r.latency.p50, 'p99', r.latency.p99, 'non2xx', r.non2xx);
await server.stop();
