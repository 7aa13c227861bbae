import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../src/db/tables.ts';
import type { ParamIds, World } from './tenancy-registry.ts';

// The evidence routes' part of the tenancy registry: prospects, outcome form links and
// participation questionnaires in mutual A and mutual B.

const UNKNOWN = randomBytes(32).toString('base64url');
const sha = (token: string) => createHash('sha256').update(token).digest('hex');

/** Prospects, a yearly form link and a participation questionnaire in A and B. */
export async function prepareEvidence(world: World) {
  const db = world.ctx.deps.db;
  for (const [key, mutual, member] of [
    ['A', world.mutualA, world.memberA1],
    ['B', world.mutualB, world.memberB1],
  ] as const) {
    const prospect = await db
      .insertInto('prospect')
      .values({
        mutual_id: mutual.id,
        legal_name: `Prospect ${key}`,
        scian_code: '332',
        region_code: '06',
        headcount: 8,
        stage: 'contacted',
        stage_changed_on: '2026-10-01',
        contact_email: `p-${key}@example.test`,
        reports_outcomes: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.extra[`prospect${key}`] = { id: prospect.id, mutual_id: mutual.id };
    const formToken = randomBytes(32).toString('base64url');
    await db
      .insertInto('outcome_request')
      .values({
        mutual_id: mutual.id,
        member_id: member.id,
        year: 2025,
        to_address: `x-${key}@example.test`,
        token_hash: sha(formToken),
        closes_on: '2999-01-01',
      })
      .execute();
    world.extra[`formToken${key}`] = { id: formToken };
    const participationToken = randomBytes(32).toString('base64url');
    await db
      .insertInto('participation_questionnaire')
      .values({
        mutual_id: mutual.id,
        kind: 'renewal',
        member_id: member.id,
        to_address: `x-${key}@example.test`,
        token_hash: sha(participationToken),
        closes_on: '2999-01-01',
      })
      .execute();
    world.extra[`participationToken${key}`] = { id: participationToken };
  }
}

export const evidenceParams: Record<string, ParamIds> = {
  year: { own: () => '2025', foreign: () => [] },
  prospectId: { own: (w) => w.extra.prospectA.id, foreign: (w) => [w.extra.prospectB.id] },
  formToken: {
    own: (w) => w.extra.formTokenA.id,
    foreign: () => [UNKNOWN, 'short', "x'; drop table outcome_request; --"],
  },
  participationToken: { own: (w) => w.extra.participationTokenA.id, foreign: () => [UNKNOWN, 'short'] },
};

const fields = {
  headcount: 20,
  separations: 2,
  payrollCents: 100_000_000,
  hoursWorked: 39_000,
  productivityMeasure: 'value_added_per_hour',
  productivityValue: 60,
  absenteeismDays: 80,
  workAccidents: 0,
};
const settings = {
  targetMicroSmallFirmsPct: 70,
  targetMicroFirmsPct: 30,
  targetLowSkilledPct: 40,
  replacementCostPct: 20,
};

export const evidenceBodies: Record<string, (world: World) => unknown> = {
  'PUT /api/outcomes/members/{memberId}/years/{year}': () => fields,
  'PUT /api/outcomes/prospects/{prospectId}/years/{year}': () => fields,
  'POST /api/outcomes/import': () => ({
    filename: 'outcomes.csv',
    contentBase64: Buffer.from(
      'member_neq,year,headcount,separations,payroll,hours_worked,productivity_measure,productivity_value,absenteeism_days,work_accidents\r\n1111111111,2025,20,2,1000000,39000,value_added_per_hour,60,80,0\r\n',
    ).toString('base64'),
  }),
  'POST /api/outcomes/requests': () => ({ year: 2025 }),
  'POST /api/outcome-forms/{formToken}': () => ({ outcome: fields, submittedByName: 'Tenancy' }),
  'POST /api/outcomes/members/{memberId}/consent': () => ({ granted: true, givenByName: 'Tenancy' }),
  'POST /api/outcomes/prospects/{prospectId}/consent': () => ({ granted: true, givenByName: 'Tenancy' }),
  'POST /api/outcomes/employees/{employeeId}/job-changes': () => ({
    effectiveOn: `2025-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`,
    jobTitle: 'Soudeuse',
    nocCode: '72106',
  }),
  'PUT /api/evidence/settings': () => settings,
  'POST /api/prospects': () => ({ legalName: 'Tenancy prospect', scianCode: '332', regionCode: '06', headcount: 5 }),
  'PATCH /api/prospects/{prospectId}': () => ({ notes: 'tenancy' }),
  'POST /api/prospects/{prospectId}/stage': () => ({ stage: 'interested' }),
  'POST /api/participation/questionnaires': (w) => ({ kind: 'renewal', memberIds: [w.memberA1.id] }),
  'POST /api/participation-forms/{participationToken}': () => ({
    answers: { satisfaction: 4, valueForMoney: 4, intentToRenew: 5 },
  }),
};

/** Ids no role may see in a list: mutual B's prospects. */
export function evidenceForeignIds(w: World, _role: Role): string[] {
  return w.extra.prospectB ? [w.extra.prospectB.id] : [];
}
