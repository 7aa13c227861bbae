// Import benchmark: 10,000 employee rows (CSV, French headers) uploaded for preview, then
// committed, through the API, on PostgreSQL with the large seed. Each run adds a new member firm
// with 10,000 employees to benchmark mutual 50 (not mutual 1, whose lists bench/api.ts measures).
//   DATABASE_URL=… npm run seed -- --scale large && node --import tsx bench/import.ts [--rows 10000] [--runs 3]
import { parseArgs } from 'node:util';
import { generateFirm } from '@mutualis/domain/demo-data/generate';
import { QUEBEC_PLACES } from '@mutualis/domain/demo-data/names';
import { FIRM_KINDS } from '@mutualis/domain/demo-data/occupations';
import { createRng } from '@mutualis/domain/demo-data/random';
import { describeMachine, login, requireDatabaseUrl, type Session, startServer } from './server-process.ts';

requireDatabaseUrl('bench/import');
const { values } = parseArgs({
  options: { rows: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const rowCount = Number(values.rows);
const runs = Number(values.runs);

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A CSV file of `rows` employees of one firm, as a member would export it from its payroll system. */
function employeeCsv(seed: string, rows: number): string {
  const rng = createRng(`bench-import/${seed}`);
  const firm = generateFirm(rng, {
    kind: FIRM_KINDS[0],
    place: QUEBEC_PLACES[0],
    headcount: rows,
    status: 'active',
    asOf: '2026-11-01',
    mutualSince: '2010-01-01',
    usedNeqs: new Set(),
    usedNames: new Set(),
    emailTld: 'bench',
    departureRate: 0,
  });
  const header = [
    'Prénom',
    'Nom',
    'Courriel',
    'Titre du poste',
    'Code CNP',
    'Scolarité',
    'Langue',
    'Année de naissance',
    "Date d'embauche",
    'Salaire horaire',
    'Date du salaire',
  ];
  const lines = [header.map(csvCell).join(',')];
  // A real file names each person once: make e-mails and (name, hire date) pairs unique.
  const seenEmails = new Set<string>();
  const seenPeople = new Set<string>();
  for (const e of firm.employees) {
    for (let n = 2; e.email && seenEmails.has(e.email); n++)
      e.email = e.email.replace(/^([^@.]+\.[^@0-9]+)[0-9]*@/, `$1${n}@`);
    if (e.email) seenEmails.add(e.email);
    while (seenPeople.has(`${e.firstName}|${e.lastName}|${e.hireDate}`)) {
      e.hireDate = new Date(Date.parse(`${e.hireDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    }
    seenPeople.add(`${e.firstName}|${e.lastName}|${e.hireDate}`);
    const wage = e.wages[e.wages.length - 1];
    lines.push(
      [
        e.firstName,
        e.lastName,
        e.email,
        e.jobTitle,
        e.nocCode,
        e.educationLevel,
        e.language,
        e.birthYear,
        e.hireDate,
        (wage.hourlyWageCents / 100).toFixed(2),
        wage.effectiveOn,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function call(url: string, session: Session, method: string, path: string, body?: BodyInit, json?: unknown) {
  const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  if (json !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${url}${path}`, { method, headers, body: json !== undefined ? JSON.stringify(json) : body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 2000)}`);
  return JSON.parse(text);
}

const IMPORT_MUTUAL_COORDINATOR = 'coordination@bench-050.demo';

const server = await startServer();
try {
  const coordinator = await login(server.url, IMPORT_MUTUAL_COORDINATOR);
  const results: { preview: number; commit: number; created: number; wages: number; bytes: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    const stamp = `${Date.now()}`.slice(-8);
    const member = (await call(server.url, coordinator, 'POST', '/api/members', undefined, {
      legalName: `Import Benchmark ${stamp}-${run} inc.`,
      neq: `11${stamp}`,
      scianCode: '332',
      regionCode: '14',
      headcount: rowCount,
      annualPayrollCents: rowCount * 5_000_000,
    })) as { id: string };
    const csv = employeeCsv(`${stamp}-${run}`, rowCount);
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'employes.csv');

    const t0 = performance.now();
    const preview = (await call(
      server.url,
      coordinator,
      'POST',
      `/api/members/${member.id}/employees/imports`,
      form,
    )) as {
      importId: string;
      counts: { rows: number; valid: number; invalid: number; toCreate: number };
      errors: unknown[];
    };
    const t1 = performance.now();
    if (preview.counts.invalid > 0)
      throw new Error(`the generated file has row errors: ${JSON.stringify(preview.errors.slice(0, 5))}`);
    const result = (await call(
      server.url,
      coordinator,
      'POST',
      `/api/members/${member.id}/employees/imports/${preview.importId}/commit`,
    )) as {
      created: number;
      wages: number;
    };
    const t2 = performance.now();
    results.push({
      preview: (t1 - t0) / 1000,
      commit: (t2 - t1) / 1000,
      created: result.created,
      wages: result.wages,
      bytes: csv.length,
    });
    console.log(
      `  run ${run}: ${preview.counts.rows} rows (${(csv.length / 1024).toFixed(0)} KiB): preview ${((t1 - t0) / 1000).toFixed(2)} s, ` +
        `commit ${((t2 - t1) / 1000).toFixed(2)} s (created ${result.created}, wages ${result.wages}), total ${((t2 - t0) / 1000).toFixed(2)} s`,
    );
  }
  const totals = results.map((r) => r.preview + r.commit).sort((a, b) => a - b);
  console.log('\nmachine:', JSON.stringify(describeMachine()));
  console.log('\n| Run | Rows | Preview (upload, parse, validate, match) | Commit (one transaction) | Total |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  results.forEach((r, i) => {
    console.log(
      `| ${i + 1} | ${rowCount} | ${r.preview.toFixed(2)} s | ${r.commit.toFixed(2)} s | ${(r.preview + r.commit).toFixed(2)} s |`,
    );
  });
  console.log(`\nmedian total: ${totals[Math.floor(totals.length / 2)].toFixed(2)} s (target < 10 s)`);
} finally {
  await server.stop();
}
