// Benchmark data for the evidence dashboard: one mutual of 500 member firms and 20,000 employees
// with the demo's simulated outcome history (sessions, attestations, wages, departures, yearly
// forms, consents, questionnaires), inserted with multi-row INSERTs.

import {
  benchFirms,
  createRng,
  type GeneratedMutual,
  planBench,
  simulateEvidenceHistory,
} from '@mutualis/domain/demo-data/index';
import { hash } from '@node-rs/argon2';
import type { Db } from '../client.ts';
import { insertInBatches } from './batch.ts';
import { DEMO_PASSWORD } from './demo.ts';
import { contactRows, employeeRow, memberRow, mutualRow, wageRows } from './rows.ts';
import { seedEvidence } from './seed-evidence.ts';

export const EVIDENCE_BENCH_SLUG = 'bench-evidence';
export const EVIDENCE_BENCH_COORDINATOR = 'coordination@bench-evidence.demo';
export const EVIDENCE_BENCH_RESEARCHER = 'recherche@bench-evidence.demo';

/** Seeds the evidence benchmark mutual (firms and employees as given). */
export async function seedEvidenceBench(
  db: Db,
  options: { firms?: number; employees?: number; log?: (line: string) => void } = {},
) {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const plan = planBench({
    seed: 'evidence',
    mutuals: 1,
    firms: options.firms ?? 500,
    employees: options.employees ?? 20_000,
  });
  const planned = plan.mutuals[0];
  const firms = [...benchFirms(plan, planned, new Set())];
  const mutual: GeneratedMutual = {
    id: planned.id,
    key: EVIDENCE_BENCH_SLUG,
    slug: EVIDENCE_BENCH_SLUG,
    name: 'Mutuelle de formation (banc d’essai des preuves)',
    kind: planned.kind,
    regionCode: planned.regionCode,
    scianCode: planned.scianCode,
    recognisedSince: '2010-01-01',
    providers: [],
    firms,
  };
  const { dataset } = simulateEvidenceHistory(
    { seed: 'evidence', asOf: plan.asOf, mutuals: [mutual], accounts: [], featuredMemberLogins: [] },
    createRng('bench/evidence/history'),
  );
  const simulated = dataset.mutuals[0];
  log(
    `simulated ${simulated.firms.length} firms, ${simulated.firms.reduce((s, f) => s + f.employees.length, 0)} employees, ${dataset.evidence?.sessions.length} sessions (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  await insertInBatches(db, 'mutual', [mutualRow(simulated)]);
  await insertInBatches(
    db,
    'member',
    simulated.firms.map((f) => memberRow(simulated.id, f)),
  );
  await insertInBatches(
    db,
    'member_contact',
    simulated.firms.flatMap((f) => contactRows(simulated.id, f)),
  );
  await insertInBatches(
    db,
    'employee',
    simulated.firms.flatMap((f) => f.employees.map((e) => employeeRow(simulated.id, f.id, e))),
  );
  await insertInBatches(
    db,
    'wage',
    simulated.firms.flatMap((f) => f.employees.flatMap((e) => wageRows(simulated.id, f.id, e))),
  );
  const passwordHash = await hash(DEMO_PASSWORD);
  await insertInBatches(db, 'app_user', [
    {
      email: EVIDENCE_BENCH_COORDINATOR,
      display_name: 'Coordination (banc d’essai)',
      password_hash: passwordHash,
      role: 'coordinator',
      mutual_id: simulated.id,
    },
    // a researcher is an observer without a mutual (decision 34); the mutual consents to research at its level
    {
      email: EVIDENCE_BENCH_RESEARCHER,
      display_name: 'Recherche (banc d’essai)',
      password_hash: passwordHash,
      role: 'researcher',
      mutual_id: null,
    },
  ]);
  await db
    .insertInto('research_consent')
    .values({ mutual_id: simulated.id, consented: true, decided_on: plan.asOf })
    .execute();
  const provider = await db
    .insertInto('provider')
    .values({ mutual_id: simulated.id, name: 'Formateur du banc d’essai' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const topic = await db
    .insertInto('topic')
    .values({ mutual_id: simulated.id, code: 'bench-evidence', name_fr: 'Production', name_en: 'Production' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, title] of ['Lecture de plans', 'Santé et sécurité', 'Supervision d’équipe'].entries()) {
    await db
      .insertInto('course')
      .values({
        mutual_id: simulated.id,
        provider_id: provider.id,
        topic_id: topic.id,
        status: 'approved',
        title_fr: title,
        title_en: title,
        duration_hours: 7 * (i + 1),
        language: 'fr',
        mode: 'in_person',
        regions: [simulated.regionCode ?? '06'],
        periods: [],
        fixed_cost_cents: 150_000,
        seat_cost_cents: 9_000,
        min_seats: 4,
        max_seats: 12,
      })
      .execute();
  }
  await seedEvidence.run({ db, dataset, rng: createRng('bench/evidence/seed'), passwordHash, log });
  return { seconds: (Date.now() - started) / 1000 };
}
