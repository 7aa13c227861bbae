import type { EmployeeImportResult } from '@mutualis/contracts';
import { type EmployeeRow, importCommitRefusal } from '@mutualis/domain/employees/index';
import type { Insertable } from 'kysely';
import { type AuditEntry, auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import type { EmployeeTable, WageTable } from '../db/tables.ts';
import { AppError, notFound } from '../errors.ts';
import { visibleMember } from '../members/index.ts';
import { employeeRepository } from './employee-repository.ts';
import { type ImportRowError, matcher, type StoredImportRow } from './import-matching.ts';
import { wageRepository } from './wage-repository.ts';

const EMPLOYEE_FIELDS = [
  'first_name',
  'last_name',
  'email',
  'job_title',
  'noc_code',
  'teer',
  'education_level',
  'language',
  'birth_year',
  'hire_date',
  'end_date',
  'end_reason',
] as const;

/**
 * Writes a previewed import in one transaction: all rows or none. Refuses (422) an import with
 * row errors, and (409) one already committed or expired. Matching is redone at commit time so
 * that employees added since the preview are updated, not duplicated. Fields the file did not
 * have keep their values on updated employees.
 */
export async function commitEmployeeImport(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; importId: string },
): Promise<EmployeeImportResult> {
  const { memberId, importId } = input;
  const { mutual_id: mutualId } = await visibleMember(deps, caller, memberId);
  const now = deps.now().toISOString();
  return inTransaction(deps, async (tx) => {
    const employees = employeeRepository(tx.db);
    const saved = await employees.findImport(importId, memberId, mutualId, true);
    if (!saved) throw notFound('import');
    const refusal = importCommitRefusal({ status: saved.status, expiresAt: saved.expires_at }, now);
    if (refusal === 'already_committed') throw new AppError('conflict', 'import_already_committed');
    if (refusal === 'expired') throw new AppError('conflict', 'import_expired');
    const errors = saved.errors as ImportRowError[];
    if (saved.error_count > 0) {
      throw new AppError('import_failed', 'file_has_errors', {
        params: { count: errors.length },
        fields: errors.slice(0, 1000),
      });
    }
    const present = new Set(saved.present_fields);
    const rows = (saved.rows as StoredImportRow[]).filter((r) => r.data);
    const match = matcher(await employees.matchKeys(memberId));
    const anyMatch = rows.some((r) => match(r.data as EmployeeRow));
    const existing = new Map(
      anyMatch ? (await employees.listAll({ mutualId, memberId, status: 'all' })).map((e) => [e.id, e]) : [],
    );

    const creates: { row: StoredImportRow; values: Insertable<EmployeeTable> }[] = [];
    const updates: {
      row: StoredImportRow;
      id: string;
      values: Insertable<EmployeeTable> & { id: string };
      change: Record<string, unknown>;
    }[] = [];
    for (const row of rows) {
      const data = row.data as EmployeeRow;
      const id = match(data);
      const values: Insertable<EmployeeTable> = { mutual_id: mutualId, member_id: memberId, ...pick(data) };
      if (!id) {
        creates.push({ row, values });
        continue;
      }
      if (updates.some((u) => u.id === id)) {
        throw new AppError('import_failed', 'same_employee_twice', {
          params: { row: row.row },
          fields: [{ row: row.row, field: 'email', code: 'same_employee_twice', params: { row: row.row } }],
        });
      }
      const before = existing.get(id);
      if (!before) throw new AppError('conflict', 'employee_changed_during_import', { params: { row: row.row } });
      const merged: Record<string, unknown> = { ...values };
      const change: Record<string, unknown> = {};
      for (const f of EMPLOYEE_FIELDS) {
        const fromFile =
          present.has(f) ||
          (f === 'teer' && present.has('noc_code')) ||
          (f === 'end_reason' && present.has('end_date'));
        if (!fromFile) merged[f] = before[f];
        if (String(merged[f] ?? '') !== String(before[f] ?? '')) change[f] = { from: before[f], to: merged[f] };
      }
      updates.push({ row, id, values: { ...(merged as Insertable<EmployeeTable>), id }, change });
    }

    const createdIds = await employees.insertMany(creates.map((c) => c.values));
    await employees.updateMany(
      memberId,
      updates.map((u) => u.values),
      now,
    );

    const wages: Insertable<WageTable>[] = [];
    const addWage = (employeeId: string, data: EmployeeRow) => {
      if (data.hourly_wage_cents !== null && data.wage_effective_on) {
        wages.push({
          mutual_id: mutualId,
          member_id: memberId,
          employee_id: employeeId,
          effective_on: data.wage_effective_on,
          hourly_wage_cents: data.hourly_wage_cents,
        });
      }
    };
    for (const [i, c] of creates.entries()) addWage(createdIds[i], c.row.data as EmployeeRow);
    for (const u of updates) addWage(u.id, u.row.data as EmployeeRow);
    await wageRepository(tx.db).upsertMany(wages);

    const base = { at: now, mutualId, memberId, actorUserId: caller.userId, entityType: 'employee' as const };
    const entries: AuditEntry[] = [
      ...creates.map((c, i) => ({
        ...base,
        action: 'employee.import.create' as const,
        entityId: createdIds[i],
        change: { importId, row: c.row.row },
      })),
      ...updates
        .filter((u) => Object.keys(u.change).length)
        .map((u) => ({
          ...base,
          action: 'employee.import.update' as const,
          entityId: u.id,
          change: { importId, row: u.row.row, ...u.change },
        })),
    ];
    const audit = auditRepository(tx.db);
    await audit.recordMany(entries);
    await audit.record({
      ...base,
      entityType: 'employee_import',
      entityId: importId,
      action: 'employee.import.commit',
      change: { filename: saved.filename, created: creates.length, updated: updates.length, wages: wages.length },
    });
    await employees.markImportCommitted(importId, now);
    return { importId, created: creates.length, updated: updates.length, wages: wages.length };
  });
}

function pick(d: EmployeeRow) {
  return {
    first_name: d.first_name,
    last_name: d.last_name,
    email: d.email,
    job_title: d.job_title,
    noc_code: d.noc_code,
    teer: d.teer,
    education_level: d.education_level,
    language: d.language,
    birth_year: d.birth_year,
    hire_date: d.hire_date,
    end_date: d.end_date,
    end_reason: d.end_reason,
  };
}
