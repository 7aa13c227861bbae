import type { LearnerRecord } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { logEmployeeAccess, visibleEmployee } from '../employees/index.ts';
import { presentLearnerRecord } from './present.ts';
import { learningRepository } from './repository.ts';

/**
 * An employee's learner record, for a coordinator or the employee's own firm's contact (another
 * firm's contact: 404, like the employee itself); the read is written to the access log.
 */
export async function getLearnerRecord(
  deps: Deps,
  caller: Caller,
  input: { employeeId: string },
): Promise<LearnerRecord> {
  const employee = await visibleEmployee(deps, caller, input.employeeId);
  const repo = learningRepository(deps.db);
  const [sessions, attestations, questionnaires] = await Promise.all([
    repo.sessionsOf(employee.id, employee.mutual_id),
    repo.attestationsOf(employee.id, employee.mutual_id),
    repo.questionnairesOf(employee.id, employee.mutual_id),
  ]);
  await logEmployeeAccess(deps.db, caller, {
    mutualId: employee.mutual_id,
    employeeIds: [employee.id],
    purpose: 'employee.learning_record',
  });
  return presentLearnerRecord(
    {
      id: employee.id,
      firstName: employee.first_name,
      lastName: employee.last_name,
      memberId: employee.member_id,
      memberName: employee.member_name,
    },
    { sessions, attestations, questionnaires },
    todayInMontreal(deps.now()),
  );
}
