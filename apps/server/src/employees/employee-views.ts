import type { Employee } from '@mutualis/contracts';
import type { EmployeeRow } from './employee-repository.ts';
import type { WageRow } from './wage-repository.ts';
import { auditRepository } from '../audit/index.ts';
import type { Db } from '../db/client.ts';
import type { Caller } from '../caller.ts';

/** The API shape of an employee row. */
export function toEmployee(row: EmployeeRow): Employee {
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    jobTitle: row.job_title,
    nocCode: row.noc_code,
    teer: row.teer,
    educationLevel: row.education_level as Employee['educationLevel'],
    language: row.language,
    birthYear: row.birth_year,
    hireDate: row.hire_date,
    endDate: row.end_date,
    endReason: row.end_reason as Employee['endReason'],
    currentHourlyWageCents: row.current_wage_cents === null ? null : Number(row.current_wage_cents),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toWage(row: WageRow) {
  return { id: row.id, employeeId: row.employee_id, effectiveOn: row.effective_on, hourlyWageCents: Number(row.hourly_wage_cents), createdAt: row.created_at };
}

/** Writes the access log: who read which employees, for what. */
export async function logEmployeeAccess(db: Db, actor: Caller, mutualId: string, employeeIds: string[], purpose: string, entityType = 'employee') {
  await auditRepository(db).recordAccess({ mutualId, actorUserId: actor.userId, entityType, entityIds: employeeIds, purpose });
}
