import { auditRepository } from '../audit/index.ts';
import type { Caller } from '../caller.ts';
import type { Db } from '../db/client.ts';

/** Writes the access log: who read which employees (or their wages), for what. */
export async function logEmployeeAccess(
  db: Db,
  caller: Caller,
  read: { mutualId: string; employeeIds: string[]; purpose: string; entityType?: string },
) {
  await auditRepository(db).recordAccess({
    mutualId: read.mutualId,
    actorUserId: caller.userId,
    entityType: read.entityType ?? 'employee',
    entityIds: read.employeeIds,
    purpose: read.purpose,
  });
}
