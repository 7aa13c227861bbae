import type { Role } from '../src/db/tables.ts';
import type { ParamIds, World } from './tenancy-registry.ts';

// The privacy routes' part of the tenancy registry: a confidentiality incident in mutual A and one
// in mutual B (the person's file and erasure take {employeeId}, already known).

/** Creates a confidentiality incident in A and in B. */
export async function preparePrivacy(world: World) {
  const db = world.ctx.deps.db;
  for (const [key, mutual] of [
    ['A', world.mutualA],
    ['B', world.mutualB],
  ] as const) {
    const row = await db
      .insertInto('confidentiality_incident')
      .values({
        mutual_id: mutual.id,
        occurred_on: '2026-11-01',
        discovered_on: '2026-11-02',
        description: `Incident ${key}`,
        information_involved: 'Noms',
        persons_concerned: 1,
        risk_assessment: 'Faible',
        serious_injury_risk: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.extra[`incident${key}`] = { id: row.id, mutual_id: mutual.id };
  }
}

export const privacyParams: Record<string, ParamIds> = {
  incidentId: {
    own: (w) => w.extra.incidentA.id,
    foreign: (w: World, _role: Role) => [w.extra.incidentB.id],
  },
};

export const privacyBodies: Record<string, (world: World) => unknown> = {
  'POST /api/privacy/people/{employeeId}/erase': () => ({ reason: 'Tenancy test' }),
  'POST /api/privacy/incidents': () => ({
    occurredOn: '2026-11-01',
    discoveredOn: '2026-11-02',
    description: 'Courriel envoyé au mauvais destinataire',
    informationInvolved: 'Noms',
    personsConcerned: 1,
    riskAssessment: 'Faible',
    seriousInjuryRisk: false,
  }),
  'PATCH /api/privacy/incidents/{incidentId}': () => ({ measures: 'Rappel au personnel' }),
  'POST /api/privacy/people/{employeeId}/consents': () => ({
    kind: 'research_use',
    granted: true,
    method: 'signed_form',
  }),
  'PUT /api/privacy/retention': () => ({ periods: [{ kind: 'read_log', months: 36 }] }),
  'PUT /api/privacy/officer': () => ({ name: 'Nadia Roy', email: 'vie.privee@example.test' }),
};

/** Ids of mutual B's privacy records, never to be listed in mutual A. */
export const privacyForeignIds = (w: World): string[] => (w.extra.incidentB ? [w.extra.incidentB.id] : []);
