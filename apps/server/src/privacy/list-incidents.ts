import { type IncidentListQuery, pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { incidentRepository } from './incident-repository.ts';
import { presentIncident } from './present.ts';

/** The mutual's register of confidentiality incidents, latest learned of first. */
export async function listIncidents(deps: Deps, caller: Caller, query: IncidentListQuery) {
  const { rows, total } = await incidentRepository(deps.db).list(mutualOf(caller), {
    noticesDue: query.noticesDue === undefined ? undefined : query.noticesDue === 'true',
    page: query.page,
    pageSize: query.pageSize,
  });
  return pageOf(rows.map(presentIncident), total, query);
}
