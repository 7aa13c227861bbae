// Enrolment under concurrency: 1,000 simultaneous enrolment requests on one 12-seat session.
// Exactly 12 must be confirmed and the rest waitlisted in arrival order, with no error.
// Runs on PGlite, or on PostgreSQL when DATABASE_URL is set:
//   node --import tsx bench/enrolment.ts            (or npm run bench -- enrolment)
import { performance } from 'node:perf_hooks';
import { newCourse, newSession } from '../apps/server/test/delivery-builders.ts';
import { createTestContext, loginAs, newMember, newMutual, newProvider } from '../apps/server/test/harness.ts';

const REQUESTS = 1000;
const SEATS = 12;
const FIRMS = 10;

const ctx = await createTestContext();
const mutual = await newMutual(ctx);
const provider = await newProvider(ctx, mutual.id);
const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 4, maxSeats: SEATS });
const session = await newSession(ctx, course, { status: 'confirmed', goNoGoDate: null });
const firms: { client: Awaited<ReturnType<typeof loginAs>>['client']; employees: string[] }[] = [];
for (let f = 0; f < FIRMS; f++) {
  const member = await newMember(ctx, mutual.id);
  const { client } = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id });
  const employees = await ctx.deps.db
    .insertInto('employee')
    .values(
      Array.from({ length: REQUESTS / FIRMS }, (_, i) => ({
        mutual_id: mutual.id,
        member_id: member.id,
        first_name: 'P',
        last_name: `${f}-${i}`,
        job_title: 'Opérateur',
        noc_code: '94100',
        teer: 4,
        education_level: 'secondary',
        hire_date: '2020-01-01',
      })),
    )
    .returning('id')
    .execute();
  firms.push({ client, employees: employees.map((e) => e.id) });
}

const latencies: number[] = [];
const t00 = performance.now();
const entered: number[] = [];
const batchLog: string[] = [];
const inner = ctx.deps.batches;
ctx.deps.batches = { waiting: inner.waiting, run(key, item, serve) { entered.push(performance.now() - t00); return inner.run(key, item, async (items) => { const t = performance.now(); const r = await serve(items); batchLog.push(`${items.length}@${(t - t00).toFixed(0)}+${(performance.now() - t).toFixed(0)}`); return r; }); } } as typeof inner;

const started = performance.now();
const results = await Promise.all(
  Array.from({ length: REQUESTS }, async (_, i) => {
    const firm = firms[i % FIRMS];
    const t0 = performance.now();
    const res = await firm.client.post(`/api/sessions/${session.id}/enrolments`, {
      employeeId: firm.employees[Math.floor(i / FIRMS)],
    });
    latencies.push(performance.now() - t0);
    return { status: res.status, body: (await res.json()) as { status: string } };
  }),
);
const wall = performance.now() - started;
const errors = results.filter((r) => r.status !== 201).length;
const confirmed = results.filter((r) => r.body.status === 'confirmed').length;
const rows = await ctx.deps.db
  .selectFrom('enrolment')
  .select(['status', 'position'])
  .where('session_id', '=', session.id)
  .orderBy('position')
  .execute();
const inOrder =
  rows.slice(0, SEATS).every((r) => r.status === 'confirmed') &&
  rows.slice(SEATS).every((r) => r.status === 'waitlisted');
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)].toFixed(0);
console.log(
  JSON.stringify(
    {
      database: ctx.handle.kind,
      requests: REQUESTS,
      seats: SEATS,
      confirmed,
      waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
      errors,
      arrivalOrderKept: inOrder,
      wallMs: Math.round(wall),
      p50Ms: Number(pct(50)),
      p99Ms: Number(pct(99)),
      maxMs: Number(latencies[latencies.length - 1].toFixed(0)),
    },
    null,
    2,
  ),
);
console.log(batchLog.join(' ')); entered.sort((a,b)=>a-b); console.log('entered', entered[0], entered[499], entered[999]);
await ctx.close();
if (errors > 0 || confirmed !== SEATS || !inOrder) process.exit(1);
