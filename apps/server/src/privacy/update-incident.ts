import type { ConfidentialityIncident, UpdateIncidentRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { checkIncidentDates, columnsOf, type IncidentValues, valuesOfRow } from './incident-fields.ts';
import { incidentRepository } from './incident-repository.ts';
import { presentIncident } from './present.ts';

/** Completes or corrects an incident of the mutual's register (notifications, measures); audited with the fields changed. */
export async function updateIncident(
  deps: Deps,
  caller: Caller,
  input: { incidentId: string; changes: UpdateIncidentRequest },
): Promise<ConfidentialityIncident> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = incidentRepository(tx.db);
    const before = await repo.find(mutualId, input.incidentId, true);
    if (!before) throw notFound('incident');
    const old = valuesOfRow(before);
    const given = Object.fromEntries(
      Object.entries(input.changes).filter(([, v]) => v !== undefined),
    ) as Partial<IncidentValues>;
    const after: IncidentValues = { ...old, ...given };
    checkIncidentDates(after);
    const changed = (Object.keys(after) as (keyof IncidentValues)[]).filter((k) => after[k] !== old[k]);
    if (changed.length > 0) {
      const at = tx.now().toISOString();
      await repo.update(before.id, { ...columnsOf(after), updated_at: at });
      await auditRepository(tx.db).record({
        at,
        mutualId,
        actorUserId: caller.userId,
        action: 'incident.update',
        entityType: 'confidentiality_incident',
        entityId: before.id,
        change: Object.fromEntries(changed.map((k) => [k, { from: old[k], to: after[k] }])),
      });
    }
    return presentIncident(await repo.findWithAuthor(mutualId, before.id));
  });
}
