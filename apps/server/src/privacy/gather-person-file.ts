import type { PersonFile } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { presentPersonFile } from './present.ts';
import { privacyRepository } from './repository.ts';
import { visiblePerson } from './visible-person.ts';

/** How many of the person's reads the file lists (the read report pages through all of them). */
const READS_IN_FILE = 500;

/**
 * Everything Mutualis holds about one employee of the caller's mutual; the read is itself written
 * to the access log (purpose `privacy.file` or `privacy.file.pdf`) before the file is gathered.
 */
export async function gatherPersonFile(
  deps: Deps,
  caller: Caller,
  employeeId: string,
  purpose: string,
): Promise<PersonFile> {
  const employee = await visiblePerson(deps, caller, employeeId);
  await auditRepository(deps.db).recordAccess({
    mutualId: employee.mutual_id,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: [employee.id],
    purpose,
  });
  const repo = privacyRepository(deps.db);
  const [wages, jobChanges, needs, enrolments, attendance, evaluations, attestations, consents, reads] =
    await Promise.all([
      repo.wages(employee.id),
      repo.jobChanges(employee.id),
      repo.needs(employee.id),
      repo.enrolments(employee.id),
      repo.attendance(employee.id),
      repo.evaluations(employee.id),
      repo.attestations(employee.id),
      repo.consents(employee.id),
      repo.reads({ mutualId: employee.mutual_id, employeeId: employee.id, page: 1, pageSize: READS_IN_FILE }),
    ]);
  return presentPersonFile(
    {
      employee,
      wages,
      jobChanges,
      needs,
      enrolments,
      attendance,
      evaluations,
      attestations,
      consents,
      reads: reads.rows,
    },
    deps.now().toISOString(),
  );
}
