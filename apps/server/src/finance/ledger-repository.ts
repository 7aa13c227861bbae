import type { DefaultAccount } from '@mutualis/domain/finance/chart-of-accounts';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import { insertByColumns } from '../db/insert-by-columns.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';
import type { FinanceCounterTable, FinanceSettingsTable, JournalEntryTable, LedgerAccountTable } from '../db/tables.ts';
import { rowsPerStatement } from './batches.ts';

export type SettingsRow = Selectable<FinanceSettingsTable> & { recognised_since: string | null };
export type AccountRow = Selectable<LedgerAccountTable>;
export type EntryRow = Selectable<JournalEntryTable> & {
  created_by_name: string | null;
  reversed_by_entry_id: string | null;
};
export type Series = FinanceCounterTable['series'];

export interface StoredLine {
  accountId: string;
  debitCents: number;
  creditCents: number;
  memberId: string | null;
  sessionId: string | null;
  funderId: string | null;
  memo: string;
}

export interface StoredEntry {
  entryDate: string;
  voucherKind: string;
  voucherId: string | null;
  voucherNumber: string | null;
  description: string;
  reversesEntryId?: string | null;
  lines: StoredLine[];
}

export interface LineRow {
  entry_id: string;
  account_id: string;
  account_code: string;
  account_name_fr: string;
  account_name_en: string;
  debit_cents: number;
  credit_cents: number;
  member_id: string | null;
  member_name: string | null;
  session_id: string | null;
  funder_id: string | null;
  memo: string;
}

export interface EntryFilter {
  from?: string;
  to?: string;
  accountId?: string;
  voucherKind?: string;
  memberId?: string;
}

const SERIES: Series[] = ['entry', 'invoice', 'credit_note', 'provider_bill', 'claim'];

/** The books of a mutual: settings, counters, chart of accounts, journal. Every query names the mutual. */
const JOURNAL_LINE_COLUMNS = {
  entry_id: 'uuid',
  mutual_id: 'uuid',
  account_id: 'uuid',
  debit_cents: 'bigint',
  credit_cents: 'bigint',
  member_id: 'uuid',
  session_id: 'uuid',
  funder_id: 'uuid',
  memo: 'text',
} as const;

export function ledgerRepository(db: Db) {
  const entries = (mutualId: string) =>
    db
      .selectFrom('journal_entry as e')
      .leftJoin('app_user as u', 'u.id', 'e.created_by')
      .leftJoin('journal_entry as r', 'r.reverses_entry_id', 'e.id')
      .selectAll('e')
      .select(['u.display_name as created_by_name', 'r.id as reversed_by_entry_id'])
      .where('e.mutual_id', '=', mutualId);
  const filtered = (mutualId: string, f: EntryFilter) => {
    let q = entries(mutualId);
    if (f.from) q = q.where('e.entry_date', '>=', f.from);
    if (f.to) q = q.where('e.entry_date', '<=', f.to);
    if (f.voucherKind) q = q.where('e.voucher_kind', '=', f.voucherKind);
    if (f.accountId) {
      const accountId = f.accountId;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('journal_line as l')
            .select('l.id')
            .whereRef('l.entry_id', '=', 'e.id')
            .where('l.account_id', '=', accountId),
        ),
      );
    }
    if (f.memberId) {
      const memberId = f.memberId;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('journal_line as l')
            .select('l.id')
            .whereRef('l.entry_id', '=', 'e.id')
            .where('l.member_id', '=', memberId),
        ),
      );
    }
    return q;
  };
  return {
    async settings(mutualId: string): Promise<SettingsRow | undefined> {
      return db
        .selectFrom('finance_settings as s')
        .innerJoin('mutual as m', 'm.id', 's.mutual_id')
        .selectAll('s')
        .select('m.recognised_since')
        .where('s.mutual_id', '=', mutualId)
        .executeTakeFirst();
    },
    /** Creates the settings, the counters and the default chart (idempotent: concurrent callers do not clash). */
    async createBooks(mutualId: string, chart: readonly DefaultAccount[]) {
      await db
        .insertInto('finance_settings')
        .values({ mutual_id: mutualId })
        .onConflict((oc) => oc.column('mutual_id').doNothing())
        .execute();
      await db
        .insertInto('finance_counter')
        .values(SERIES.map((series) => ({ mutual_id: mutualId, series })))
        .onConflict((oc) => oc.columns(['mutual_id', 'series']).doNothing())
        .execute();
      await db
        .insertInto('ledger_account')
        .values(
          chart.map((a) => ({
            mutual_id: mutualId,
            code: a.code,
            role: a.role,
            kind: a.kind,
            name_fr: a.fr,
            name_en: a.en,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    async updateSettings(mutualId: string, values: Updateable<FinanceSettingsTable>) {
      await db.updateTable('finance_settings').set(values).where('mutual_id', '=', mutualId).execute();
    },
    /** Locks a series for the rest of the transaction (its numbers and what they number are then decided by one writer at a time). */
    async lockSeries(mutualId: string, series: Series) {
      await db
        .selectFrom('finance_counter')
        .select('last_value')
        .where('mutual_id', '=', mutualId)
        .where('series', '=', series)
        .forUpdate()
        .execute();
    },
    /** Takes `count` numbers of a series, without gaps; returns the first. */
    async takeNumbers(mutualId: string, series: Series, count: number): Promise<number> {
      const row = await db
        .updateTable('finance_counter')
        .set((eb) => ({ last_value: eb('last_value', '+', count) }))
        .where('mutual_id', '=', mutualId)
        .where('series', '=', series)
        .returning('last_value')
        .executeTakeFirstOrThrow();
      return Number(row.last_value) - count + 1;
    },
    accounts(mutualId: string): Promise<AccountRow[]> {
      return db.selectFrom('ledger_account').selectAll().where('mutual_id', '=', mutualId).orderBy('code').execute();
    },
    account(mutualId: string, id: string): Promise<AccountRow | undefined> {
      return db
        .selectFrom('ledger_account')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    accountByCode(mutualId: string, code: string): Promise<AccountRow | undefined> {
      return db
        .selectFrom('ledger_account')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('code', '=', code)
        .executeTakeFirst();
    },
    async insertAccount(values: Insertable<LedgerAccountTable>): Promise<string> {
      return (await db.insertInto('ledger_account').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateAccount(mutualId: string, id: string, values: Updateable<LedgerAccountTable>) {
      await db
        .updateTable('ledger_account')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .execute();
    },
    /** Debits and credits per account, for entries dated in [from, to] (either may be open). */
    async totalsByAccount(mutualId: string, range: { from?: string | null; to?: string | null }) {
      let q = db
        .selectFrom('journal_line')
        .select([
          'account_id',
          sql<number>`coalesce(sum(debit_cents), 0)::bigint`.as('debit_cents'),
          sql<number>`coalesce(sum(credit_cents), 0)::bigint`.as('credit_cents'),
        ])
        .where('mutual_id', '=', mutualId)
        .groupBy('account_id');
      if (range.from) q = q.where('entry_date', '>=', range.from);
      if (range.to) q = q.where('entry_date', '<=', range.to);
      const rows = await q.execute();
      return new Map(
        rows.map((r) => [r.account_id, { debitCents: Number(r.debit_cents), creditCents: Number(r.credit_cents) }]),
      );
    },
    /**
     * For the scorecard: debits minus credits per mutual, calendar year and account kind, grant revenue
     * accounts (the default one and the funders') apart, for entries dated up to `until`; the years
     * before `from` come as one row dated `from - 1` (they only count in the cumulative balances).
     */
    async yearlyTotalsByKind(mutualIds: readonly string[], from: number, until: string) {
      if (mutualIds.length === 0) return [];
      const rows = await sql<{
        mutual_id: string;
        year: number;
        kind: string;
        grant: boolean;
        net_cents: string | number;
      }>`
        select l.mutual_id, greatest(extract(year from l.entry_date)::int, ${from - 1}::int) as year, a.kind,
               (a.role = 'grant_revenue' or a.funder_id is not null) as grant,
               sum(l.debit_cents - l.credit_cents)::bigint as net_cents
        from journal_line l join ledger_account a on a.id = l.account_id
        where l.mutual_id in (${sql.join([...mutualIds])}) and l.entry_date <= ${until}
        group by 1, 2, 3, 4`.execute(db);
      return rows.rows.map((r) => ({ ...r, year: Number(r.year), net_cents: Number(r.net_cents) }));
    },
    /** Inserts entries and their lines (numbers already taken); returns the entries' ids in order. */
    async insertEntries(
      mutualId: string,
      firstNumber: number,
      list: readonly StoredEntry[],
      createdBy: string | null,
    ): Promise<string[]> {
      const ids: string[] = [];
      const size = rowsPerStatement(9);
      for (let i = 0; i < list.length; i += size) {
        const chunk = list.slice(i, i + size);
        const rows = await db
          .insertInto('journal_entry')
          .values(
            chunk.map((e, k) => ({
              mutual_id: mutualId,
              number: firstNumber + i + k,
              entry_date: e.entryDate,
              voucher_kind: e.voucherKind,
              voucher_id: e.voucherId,
              voucher_number: e.voucherNumber,
              description: e.description,
              reverses_entry_id: e.reversesEntryId ?? null,
              created_by: createdBy,
            })),
          )
          .returning(['id', 'number'])
          .execute();
        const byNumber = new Map(rows.map((r) => [Number(r.number), r.id]));
        ids.push(...chunk.map((_, k) => byNumber.get(firstNumber + i + k) as string));
      }
      const lines = list.flatMap((e, i) =>
        e.lines.map((l) => ({
          entry_id: ids[i],
          mutual_id: mutualId,
          account_id: l.accountId,
          debit_cents: l.debitCents,
          credit_cents: l.creditCents,
          member_id: l.memberId,
          session_id: l.sessionId,
          funder_id: l.funderId,
          memo: l.memo,
        })),
      );
      await insertByColumns(db, 'journal_line', JOURNAL_LINE_COLUMNS, lines);
      return ids;
    },
    list(mutualId: string, f: EntryFilter, page: { limit: number; offset: number }): Promise<EntryRow[]> {
      return filtered(mutualId, f).orderBy('e.number', 'desc').limit(page.limit).offset(page.offset).execute();
    },
    async count(mutualId: string, f: EntryFilter): Promise<number> {
      const row = await filtered(mutualId, f)
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },
    /** Entries in number order within dates (the export). */
    all(mutualId: string, f: EntryFilter): Promise<EntryRow[]> {
      return filtered(mutualId, f).orderBy('e.number').execute();
    },
    find(mutualId: string, id: string): Promise<EntryRow | undefined> {
      return entries(mutualId).where('e.id', '=', id).executeTakeFirst();
    },
    /** The lines of the entries, with their account and member names, in insertion order. */
    async linesOf(entryIds: readonly string[]): Promise<Map<string, LineRow[]>> {
      const map = new Map<string, LineRow[]>();
      for (let i = 0; i < entryIds.length; i += 5000) {
        const rows = await db
          .selectFrom('journal_line as l')
          .innerJoin('ledger_account as a', 'a.id', 'l.account_id')
          .leftJoin('member as m', 'm.id', 'l.member_id')
          .select([
            'l.entry_id',
            'l.account_id',
            'a.code as account_code',
            'a.name_fr as account_name_fr',
            'a.name_en as account_name_en',
            'l.debit_cents',
            'l.credit_cents',
            'l.member_id',
            'm.legal_name as member_name',
            'l.session_id',
            'l.funder_id',
            'l.memo',
          ])
          .where('l.entry_id', 'in', entryIds.slice(i, i + 5000))
          .orderBy('l.id')
          .execute();
        for (const r of rows) {
          const list = map.get(r.entry_id) ?? [];
          list.push({ ...r, debit_cents: Number(r.debit_cents), credit_cents: Number(r.credit_cents) });
          map.set(r.entry_id, list);
        }
      }
      return map;
    },
    /** Debits minus credits of an account before a date (the general ledger's opening balance). */
    async balanceBefore(mutualId: string, accountId: string, before: string | null): Promise<number> {
      if (!before) return 0;
      const row = await db
        .selectFrom('journal_line')
        .select(sql<number>`coalesce(sum(debit_cents - credit_cents), 0)::bigint`.as('b'))
        .where('mutual_id', '=', mutualId)
        .where('account_id', '=', accountId)
        .where('entry_date', '<', before)
        .executeTakeFirstOrThrow();
      return Number(row.b);
    },
    /** An account's lines in [from, to], in date and entry order, a page of them, with the balance before the page. */
    async accountLines(
      mutualId: string,
      accountId: string,
      range: { from?: string; to?: string },
      page: { limit: number; offset: number },
    ) {
      const base = () => {
        let q = db
          .selectFrom('journal_line as l')
          .innerJoin('journal_entry as e', 'e.id', 'l.entry_id')
          .where('l.mutual_id', '=', mutualId)
          .where('l.account_id', '=', accountId);
        if (range.from) q = q.where('l.entry_date', '>=', range.from);
        if (range.to) q = q.where('l.entry_date', '<=', range.to);
        return q;
      };
      const [rows, count, before] = await Promise.all([
        base()
          .leftJoin('member as m', 'm.id', 'l.member_id')
          .select([
            'e.id as entry_id',
            'e.number',
            'e.entry_date',
            'e.description',
            'e.voucher_kind',
            'e.voucher_number',
            'l.debit_cents',
            'l.credit_cents',
            'm.legal_name as member_name',
            'l.memo',
          ])
          .orderBy('l.entry_date')
          .orderBy('e.number')
          .orderBy('l.id')
          .limit(page.limit)
          .offset(page.offset)
          .$call(withGenericPlan) // planned for each mutual's values at every request otherwise (decision 84)
          .execute(),
        withGenericPlan(base().select(sql<number>`count(*)::int`.as('n'))).executeTakeFirstOrThrow(),
        // the page's opening: every line of the range before the page
        page.offset === 0
          ? Promise.resolve({ b: 0 })
          : db
              .selectFrom(
                base()
                  .select(sql<number>`l.debit_cents - l.credit_cents`.as('d'))
                  .orderBy('l.entry_date')
                  .orderBy('e.number')
                  .orderBy('l.id')
                  .limit(page.offset)
                  .as('p'),
              )
              .select(sql<number>`coalesce(sum(p.d), 0)::bigint`.as('b'))
              .executeTakeFirstOrThrow(),
      ]);
      return {
        rows: rows.map((r) => ({
          ...r,
          number: Number(r.number),
          debit_cents: Number(r.debit_cents),
          credit_cents: Number(r.credit_cents),
        })),
        total: count.n,
        beforePageCents: Number(before.b),
      };
    },
    /** The member's legal name if it belongs to the mutual. */
    async memberName(mutualId: string, memberId: string): Promise<string | undefined> {
      return (
        await db
          .selectFrom('member')
          .select('legal_name')
          .where('mutual_id', '=', mutualId)
          .where('id', '=', memberId)
          .executeTakeFirst()
      )?.legal_name;
    },
    /** Ids of the funders' grant revenue accounts. */
    async funderAccounts(mutualId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('ledger_account')
        .select(['id', 'funder_id'])
        .where('mutual_id', '=', mutualId)
        .where('funder_id', 'is not', null)
        .execute();
      return new Map(rows.map((r) => [r.funder_id as string, r.id]));
    },
  };
}
