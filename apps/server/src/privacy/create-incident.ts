import type { ConfidentialityIncident, CreateIncidentRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { checkIncidentDates, columnsOf, valuesOfRequest } from './incident-fields.ts';
import { incidentRepository } from './incident-repository.ts';
import { presentIncident } from './present.ts';

/** Records a confidentiality incident in the mutual's register; audited. */
export async function createIncident(
  deps: Deps,
  caller: Caller,
  body: CreateIncidentRequest,
): Promise<ConfidentialityIncident> {
  const mutualId = mutualOf(caller);
  const values = valuesOfRequest(body);
  checkIncidentDates(values);
  return inTransaction(deps, async (tx) => {
    const at = tx.now().toISOString();
    const repo = incidentRepository(tx.db);
    const { id } = await repo.insert({
      ...(columnsOf(values) as Parameters<typeof repo.insert>[0]),
      mutual_id: mutualId,
      created_by: caller.userId,
      created_at: at,
      updated_at: at,
    });
    await auditRepository(tx.db).record({
      at,
      mutualId,
      actorUserId: caller.userId,
      action: 'incident.create',
      entityType: 'confidentiality_incident',
      entityId: id,
      change: {
        discoveredOn: values.discoveredOn,
        seriousInjuryRisk: values.seriousInjuryRisk,
        personsConcerned: values.personsConcerned,
      },
    });
    return presentIncident(await repo.findWithAuthor(mutualId, id));
  });
}
