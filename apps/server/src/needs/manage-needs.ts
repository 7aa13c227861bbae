import type { CreateNeedRequest, Need, UpdateNeedRequest } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { canTransitionNeed, memberMayChangeNeed, type NeedStatus, needSeats, parseNeedImportRows } from '@mutualis/domain/needs/index';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/audit-repository.ts';
import { type NeedRow, type NeedScope, needRepository } from './repository.ts';
import { topicRepository } from '../topics/repository.ts';
import { AppError, forbidden, invalid, notFound } from '../errors.ts';
import { cellText, readTableFile } from '../files/table-file.ts';
import { memberScopeOf } from '../http/access.ts';
import type { Principal } from '../http/context.ts';
import { requireActiveTopic } from '../topics/manage-topics.ts';

export function toNeed(r: NeedRow, employeeIds: string[]): Need {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    topicId: r.topic_id,
    topicCode: r.topic_code,
    topicNameFr: r.topic_name_fr,
    topicNameEn: r.topic_name_en,
    diagnosticId: r.diagnostic_id,
    seats: r.seats,
    employeeIds,
    nocCode: r.noc_code,
    languages: r.languages as Need['languages'],
    modes: r.modes as Need['modes'],
    regionCode: r.region_code,
    periods: r.periods,
    priority: r.priority,
    maxPricePerSeatCents: r.max_price_per_seat_cents,
    notes: r.notes,
    status: r.status,
    statusChangedAt: r.status_changed_at,
    source: r.source,
    memberMayChange: memberMayChangeNeed(r.status),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Needs with their employees, in the order given. */
export async function toNeeds(db: Db, rows: NeedRow[]): Promise<Need[]> {
  const employees = await needRepository(db).employeesOf(rows.map((r) => r.id));
  return rows.map((r) => toNeed(r, employees.get(r.id) ?? []));
}

const scopeOf = (p: Principal): NeedScope => memberScopeOf(p);

export async function listNeeds(
  db: Db,
  principal: Principal,
  filter: { status?: NeedStatus; topicId?: string; memberId?: string; diagnosticId?: string; page: number; pageSize: number },
) {
  const scope = scopeOf(principal);
  const { page, pageSize, ...f } = filter;
  const repo = needRepository(db);
  const [rows, total] = await Promise.all([repo.list(scope, f, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(scope, f)]);
  return { items: await toNeeds(db, rows), total, page, pageSize };
}

async function findScoped(db: Db, principal: Principal, id: string) {
  const row = await needRepository(db).find(scopeOf(principal), id);
  if (!row) throw notFound('Need');
  return row;
}

export async function getNeed(db: Db, principal: Principal, id: string): Promise<Need> {
  return (await toNeeds(db, [await findScoped(db, principal, id)]))[0];
}

/** Checks that named employees belong to the member and are still employed; returns them unique. */
async function checkEmployees(db: Db, memberId: string, ids: string[] | undefined, today: string): Promise<string[] | undefined> {
  if (ids === undefined) return undefined;
  const unique = [...new Set(ids)];
  const found = await needRepository(db).employeesOfMember(memberId, unique);
  const known = new Map(found.map((e) => [e.id, e]));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) throw invalid('employeeIds', `not employees of this member: ${missing.join(', ')}`);
  const ended = found.filter((e) => e.end_date !== null && e.end_date < today);
  if (ended.length) throw invalid('employeeIds', `no longer employed: ${ended.map((e) => e.id).join(', ')}`);
  return unique;
}

export async function createNeed(db: Db, principal: Principal, input: CreateNeedRequest, now: Date): Promise<Need> {
  const scope = scopeOf(principal);
  let memberId = input.memberId;
  if (scope.memberId) {
    if (memberId && memberId !== scope.memberId) throw forbidden('A member contact declares needs for its own firm only');
    memberId = scope.memberId;
  }
  if (!memberId) throw invalid('memberId', 'is required');
  const mid = memberId;
  return db.transaction().execute(async (trx) => {
    const repo = needRepository(trx);
    const member = await repo.member(scope.mutualId, mid);
    if (!member) throw invalid('memberId', 'no such member in this mutual');
    await requireActiveTopic(trx, scope.mutualId, input.topicId);
    const employeeIds = (await checkEmployees(trx, mid, input.employeeIds, todayInMontreal(now))) ?? [];
    const seats = needSeats(input.seats, employeeIds);
    if (seats === null) throw invalid('seats', 'give seats or employeeIds');
    const nowIso = now.toISOString();
    const id = await repo.insert({
      mutual_id: scope.mutualId,
      member_id: mid,
      topic_id: input.topicId,
      seats,
      noc_code: input.nocCode ?? null,
      languages: input.languages,
      modes: input.modes,
      region_code: input.regionCode ?? member.region_code,
      periods: [...input.periods].sort(),
      priority: input.priority ?? 'medium',
      max_price_per_seat_cents: input.maxPricePerSeatCents ?? null,
      notes: input.notes ?? '',
      status: 'open',
      status_changed_at: nowIso,
      source: 'declared',
      created_by: principal.userId,
    });
    await repo.setEmployees({ id, mutual_id: scope.mutualId, member_id: mid }, employeeIds);
    await auditRepository(trx).record({ at: now, mutualId: scope.mutualId, memberId: mid, actorUserId: principal.userId, action: 'need.create', entityType: 'need', entityId: id, change: input });
    return getNeed(trx, principal, id);
  });
}

export async function updateNeed(db: Db, principal: Principal, id: string, input: UpdateNeedRequest, now: Date): Promise<Need> {
  const scope = scopeOf(principal);
  return db.transaction().execute(async (trx) => {
    const repo = needRepository(trx);
    const row = await findScoped(trx, principal, id);
    if (principal.role === 'member_contact' && !memberMayChangeNeed(row.status)) {
      throw new AppError('conflict', `This need is ${row.status}: ask the coordinator to change it`);
    }
    if (row.status === 'closed' || row.status === 'withdrawn') throw new AppError('conflict', `This need is ${row.status}`);
    if (input.topicId && input.topicId !== row.topic_id) await requireActiveTopic(trx, scope.mutualId, input.topicId);
    const employeeIds = await checkEmployees(trx, row.member_id, input.employeeIds, todayInMontreal(now));
    let seats = input.seats ?? row.seats;
    if (employeeIds !== undefined) {
      await repo.setEmployees(row, employeeIds);
      seats = needSeats(input.seats ?? row.seats, employeeIds) ?? seats;
    } else {
      const current = (await repo.employeesOf([id])).get(id) ?? [];
      if (current.length && input.seats !== undefined && input.seats !== current.length) {
        throw invalid('seats', `named employees fix the seats at ${current.length}; change employeeIds instead`);
      }
    }
    await repo.update(scope.mutualId, id, {
      topic_id: input.topicId,
      seats,
      noc_code: input.nocCode,
      languages: input.languages,
      modes: input.modes,
      region_code: input.regionCode,
      periods: input.periods ? [...input.periods].sort() : undefined,
      priority: input.priority,
      max_price_per_seat_cents: input.maxPricePerSeatCents,
      notes: input.notes,
      updated_at: now.toISOString(),
    });
    await auditRepository(trx).record({ at: now, mutualId: scope.mutualId, memberId: row.member_id, actorUserId: principal.userId, action: 'need.update', entityType: 'need', entityId: id, change: input });
    return getNeed(trx, principal, id);
  });
}

/**
 * Moves needs to another status inside the caller's transaction (pooling marks needs planned,
 * delivery scheduled or closed). Refuses the whole batch if one move is not allowed.
 */
export async function changeNeedStatus(
  trx: Db,
  actor: { mutualId: string; userId: string | null },
  needIds: string[],
  to: NeedStatus,
  now: Date,
  note?: string,
) {
  const repo = needRepository(trx);
  const rows = await repo.all({ mutualId: actor.mutualId, memberId: null }, { ids: needIds });
  if (rows.length !== new Set(needIds).size) throw notFound('Need');
  const refused = rows.filter((r) => !canTransitionNeed(r.status, to));
  if (refused.length) {
    throw new AppError('conflict', refused.map((r) => `need ${r.id} is ${r.status} and cannot become ${to}`).join('; '), {
      fields: [{ field: 'status', message: `cannot go from ${refused[0].status} to ${to}` }],
    });
  }
  for (const r of rows) await repo.update(actor.mutualId, r.id, { status: to, status_changed_at: now.toISOString(), updated_at: now.toISOString() });
  await auditRepository(trx).recordMany(
    rows.map((r) => ({ at: now, mutualId: actor.mutualId, memberId: r.member_id, actorUserId: actor.userId, action: 'need.status', entityType: 'need', entityId: r.id, change: { from: r.status, to, note: note ?? null } })),
  );
}

export async function withdrawNeed(db: Db, principal: Principal, id: string, reason: string | undefined, now: Date): Promise<Need> {
  return db.transaction().execute(async (trx) => {
    const row = await findScoped(trx, principal, id);
    if (principal.role === 'member_contact' && !memberMayChangeNeed(row.status)) {
      throw new AppError('conflict', `This need is ${row.status}: ask the coordinator to withdraw it`);
    }
    await changeNeedStatus(trx, { mutualId: row.mutual_id, userId: principal.userId }, [id], 'withdrawn', now, reason);
    return getNeed(trx, principal, id);
  });
}

export async function transitionNeed(db: Db, principal: Principal, id: string, to: NeedStatus, note: string | undefined, now: Date): Promise<Need> {
  return db.transaction().execute(async (trx) => {
    const row = await findScoped(trx, principal, id);
    await changeNeedStatus(trx, { mutualId: row.mutual_id, userId: principal.userId }, [id], to, now, note);
    return getNeed(trx, principal, id);
  });
}

/**
 * Imports need lines from a CSV or XLSX file, all or nothing: one wrong row and nothing is
 * imported; the answer lists every wrong row and column. A coordinator's file names each
 * member by NEQ; a member contact's rows are its own.
 */
export async function importNeeds(db: Db, principal: Principal, file: { filename: string; bytes: Uint8Array }, now: Date) {
  const scope = scopeOf(principal);
  const table = await readTableFile(file.filename, file.bytes);
  const rows = table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, cellText(r.cells[i])])));
  return db.transaction().execute(async (trx) => {
    const repo = needRepository(trx);
    const topics = await topicRepository(trx).codes(scope.mutualId);
    const topicIdByCode = new Map(topics.filter((t) => !t.retired_at).map((t) => [t.code, t.id]));
    let lookup: Parameters<typeof parseNeedImportRows>[1];
    if (scope.memberId) {
      const member = await repo.member(scope.mutualId, scope.memberId);
      if (!member) throw notFound('Member');
      lookup = { topicIdByCode, memberByNeq: null, ownMember: { id: member.id, regionCode: member.region_code } };
    } else {
      const members = await repo.membersByNeq(scope.mutualId);
      lookup = { topicIdByCode, memberByNeq: new Map(members.map((m) => [m.neq, { id: m.id, regionCode: m.region_code }])), ownMember: null };
    }
    const { lines, errors } = parseNeedImportRows(rows, lookup);
    if (errors.length) {
      // Spreadsheet row numbers from the file (blank lines skipped) rather than positions.
      const rowNumbers = table.rows.map((r) => r.rowNumber);
      const fields = errors.map((e) => ({ ...e, row: rowNumbers[e.row - 2] ?? e.row }));
      throw new AppError('import_failed', `Nothing imported: ${fields.length} error(s) in the file`, { fields });
    }
    const nowIso = now.toISOString();
    const ids = await repo.insertMany(
      lines.map((l) => ({
        mutual_id: scope.mutualId,
        member_id: l.memberId,
        topic_id: l.topicId,
        seats: l.seats,
        noc_code: l.nocCode,
        languages: l.languages,
        modes: l.modes,
        region_code: l.regionCode,
        periods: l.periods,
        priority: l.priority,
        max_price_per_seat_cents: l.maxPricePerSeatCents,
        notes: l.notes,
        status: 'open' as const,
        status_changed_at: nowIso,
        source: 'import' as const,
        created_by: principal.userId,
      })),
    );
    await auditRepository(trx).record({
      at: now,
      mutualId: scope.mutualId,
      memberId: scope.memberId,
      actorUserId: principal.userId,
      action: 'need.import',
      entityType: 'need',
      entityId: null,
      change: { filename: file.filename, imported: ids.length },
    });
    return { imported: ids.length, needIds: ids };
  });
}
