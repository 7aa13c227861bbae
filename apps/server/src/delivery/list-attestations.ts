import { type AttestationListQuery, pageOf } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { attestationRepository } from './attestation-repository.ts';
import { presentAttestation } from './present.ts';

/** A page of the attestations per participant, per firm or per session, newest first; a member contact sees only its firm's. */
export async function listAttestations(deps: Deps, caller: Caller, query: AttestationListQuery) {
  const { page, pageSize, ...filter } = query;
  const scope = memberScopeOf(caller);
  const repo = attestationRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(scope, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.count(scope, filter),
  ]);
  await auditRepository(deps.db).recordAccess({
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: [...new Set(rows.map((r) => r.employeeId))],
    purpose: 'attestations',
  });
  return pageOf(
    rows.map((r) => presentAttestation(deps, r)),
    total,
    { page, pageSize },
  );
}
