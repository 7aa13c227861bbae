import { parseNeedImportRows } from '@mutualis/domain/needs/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import { AppError, notFound } from '../errors.ts';
import { cellText, readTableFile } from '../files/table-file.ts';
import { topicRepository } from '../topics/index.ts';
import { needRepository } from './repository.ts';

/**
 * Imports need lines from a CSV or XLSX file, all or nothing: one wrong row and nothing is
 * imported; the answer lists every wrong row and column. A coordinator's file names each
 * member by NEQ; a member contact's rows are its own.
 */
export async function importNeeds(
  deps: Deps,
  caller: Caller,
  input: { file: { filename: string; bytes: Uint8Array } },
) {
  const { file } = input;
  const scope = memberScopeOf(caller);
  const now = deps.now();
  const table = await readTableFile(file.filename, file.bytes);
  const rows = table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, cellText(r.cells[i])])));
  return inTransaction(deps, async (tx) => {
    const repo = needRepository(tx.db);
    const topics = await topicRepository(tx.db).codes(scope.mutualId);
    const topicIdByCode = new Map(topics.filter((t) => !t.retired_at).map((t) => [t.code, t.id]));
    let lookup: Parameters<typeof parseNeedImportRows>[1];
    if (scope.memberId) {
      const member = await repo.member(scope.mutualId, scope.memberId);
      if (!member) throw notFound('member');
      lookup = { topicIdByCode, memberByNeq: null, ownMember: { id: member.id, regionCode: member.region_code } };
    } else {
      const members = await repo.membersByNeq(scope.mutualId);
      lookup = {
        topicIdByCode,
        memberByNeq: new Map(members.map((m) => [m.neq, { id: m.id, regionCode: m.region_code }])),
        ownMember: null,
      };
    }
    const { lines, errors } = parseNeedImportRows(rows, lookup);
    if (errors.length) {
      // Spreadsheet row numbers from the file (blank lines skipped) rather than positions.
      const rowNumbers = table.rows.map((r) => r.rowNumber);
      const fields = errors.map((e) => ({ ...e, row: rowNumbers[e.row - 2] ?? e.row }));
      throw new AppError('import_failed', 'file_has_errors', { params: { count: fields.length }, fields });
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
        created_by: caller.userId,
      })),
    );
    await auditRepository(tx.db).record({
      at: now,
      mutualId: scope.mutualId,
      memberId: scope.memberId,
      actorUserId: caller.userId,
      action: 'need.import',
      entityType: 'need',
      entityId: null,
      change: { filename: file.filename, imported: ids.length },
    });
    return { imported: ids.length, needIds: ids };
  });
}
