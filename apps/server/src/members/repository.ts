import type { MemberListQuery } from '@mutualis/contracts';
import type { MemberStatus } from '@mutualis/domain/members/index';
import { headcountRangeOf, SCIAN_SECTORS, type SizeClass } from '@mutualis/domain/reference/index';
import type { Insertable, Selectable, SelectQueryBuilder, Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import { readRowsAsJson } from '../db/json-rows.ts';
import { pageWindow } from '../db/page-window.ts';
import type { Database, MemberContactTable, MemberTable } from '../db/tables.ts';

export type MemberRow = Omit<Selectable<MemberTable>, 'search_key'>;
export type MemberContactRow = Selectable<MemberContactTable>;

export interface MemberFilter {
  mutualId: string;
  /** Already folded (foldForSearch). */
  search?: string;
  status?: MemberStatus;
  region?: string;
  sizeClass?: SizeClass;
  /** A sector ('31-33') or subsector ('332'). */
  sector?: string;
}

export type MemberSort = MemberListQuery['sort'];

/** A page of a list: how many rows, from which row. */
export interface Paging {
  limit: number;
  offset: number;
}

const sortColumn: Record<MemberSort, 'legal_name' | 'headcount' | 'annual_payroll_cents' | 'status' | 'joined_on'> = {
  name: 'legal_name',
  headcount: 'headcount',
  payroll: 'annual_payroll_cents',
  status: 'status',
  joinedOn: 'joined_on',
};

const memberColumns = [
  'id',
  'mutual_id',
  'legal_name',
  'neq',
  'scian_code',
  'region_code',
  'headcount',
  'annual_payroll_cents',
  'status',
  'status_changed_on',
  'status_reason',
  'joined_on',
  'left_on',
  'consent_outcome_data',
  'address',
  'city',
  'postal_code',
  'phone',
  'website',
  'created_at',
  'updated_at',
] as const;

/** The timestamptz columns of a member row (rows read as JSON, db/json-rows.ts). */
const memberTimestamps = ['created_at', 'updated_at'] as const;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The order of a member list: the chosen column (empty values last), then the name and the id. */
function inListOrder<O>(q: SelectQueryBuilder<Database, 'member', O>, sort: MemberSort, order: 'asc' | 'desc') {
  return q
    .orderBy(sortColumn[sort], (ob) => (order === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsLast()))
    .orderBy('legal_name', 'asc')
    .orderBy('id', 'asc');
}

/** Member firms and their contacts. Every query is limited to one mutual. */
export function memberRepository(db: Db) {
  const filtered = (f: MemberFilter) => {
    let q = db.selectFrom('member').where('mutual_id', '=', f.mutualId);
    if (f.search) q = q.where('search_key', 'like', `%${escapeLike(f.search)}%`);
    if (f.status) q = q.where('status', '=', f.status);
    if (f.region) q = q.where('region_code', '=', f.region);
    if (f.sizeClass) {
      const { min, max } = headcountRangeOf(f.sizeClass);
      q = q.where('headcount', '>=', min);
      if (max !== null) q = q.where('headcount', '<=', max);
    }
    if (f.sector) {
      const sector = SCIAN_SECTORS.find((s) => s.code === f.sector);
      const prefixes = sector ? [...sector.prefixes] : [f.sector];
      const sectorCode = sector?.code ?? f.sector;
      q = q.where((eb) =>
        eb.or([
          eb('scian_code', '=', sectorCode),
          ...prefixes.map((p) => eb('scian_code', 'like', `${escapeLike(p)}%`)),
        ]),
      );
    }
    return q;
  };

  return {
    async insert(values: Insertable<MemberTable>): Promise<MemberRow> {
      return db.insertInto('member').values(values).returning(memberColumns).executeTakeFirstOrThrow();
    },

    async update(id: string, mutualId: string, patch: Updateable<MemberTable>): Promise<MemberRow> {
      return db
        .updateTable('member')
        .set(patch)
        .where('id', '=', id)
        .where('mutual_id', '=', mutualId)
        .returning(memberColumns)
        .executeTakeFirstOrThrow();
    },

    /** The member if it belongs to the mutual (and, when given, is that member). */
    async find(id: string, mutualId: string): Promise<MemberRow | undefined> {
      return db
        .selectFrom('member')
        .select(memberColumns)
        .where('id', '=', id)
        .where('mutual_id', '=', mutualId)
        .executeTakeFirst();
    },

    async findForUpdate(id: string, mutualId: string): Promise<MemberRow | undefined> {
      return db
        .selectFrom('member')
        .select(memberColumns)
        .where('id', '=', id)
        .where('mutual_id', '=', mutualId)
        .forUpdate()
        .executeTakeFirst();
    },

    async neqTaken(mutualId: string, neq: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom('member').select('id').where('mutual_id', '=', mutualId).where('neq', '=', neq);
      if (exceptId) q = q.where('id', '<>', exceptId);
      return (await q.executeTakeFirst()) !== undefined;
    },

    async list(filter: MemberFilter, sort: MemberSort, order: 'asc' | 'desc', page: number, pageSize: number) {
      // One round trip: the total is an uncorrelated subquery (run once, as an InitPlan), so the
      // page query keeps its plan; only a page past the end needs the count on its own.
      const count = () => filtered(filter).select((eb) => eb.fn.countAll<number>().as('total'));
      const window = pageWindow(page, pageSize);
      // The page's ids first, from the sort's columns alone (by name, from the index on (mutual,
      // name, id): migration 0098), then those 50 rows whole: sorting every member's whole row to
      // reach page 10 took 2–3 ms of PostgreSQL's CPU against 0.5 ms.
      const pageIds = inListOrder(filtered(filter).select('id'), sort, order).limit(window.limit).offset(window.offset);
      const query = inListOrder(
        db
          .selectFrom('member')
          .where('mutual_id', '=', filter.mutualId)
          .where('id', 'in', pageIds)
          .select(memberColumns)
          .select(() => count().as('total')),
        sort,
        order,
      );
      const rows = await readRowsAsJson(db, query, memberTimestamps);
      if (rows.length === 0)
        return {
          items: [] as MemberRow[],
          total: page === 1 ? 0 : Number((await count().executeTakeFirstOrThrow()).total),
        };
      const total = Number(rows[0].total);
      const items: MemberRow[] = rows.map(({ total: _, ...row }) => row);
      return { items, total };
    },

    /** Every member that matches, for exports (a mutual has at most tens of thousands). */
    async listAll(filter: MemberFilter, sort: MemberSort, order: 'asc' | 'desc'): Promise<MemberRow[]> {
      return inListOrder(filtered(filter).select(memberColumns), sort, order).execute();
    },

    // ---------- contacts ----------
    /** A page of the member's contacts (the primary one first, then by name) and how many it has. */
    async contacts(
      memberId: string,
      mutualId: string,
      paging: Paging,
    ): Promise<{ items: MemberContactRow[]; total: number }> {
      const ofMember = () =>
        db.selectFrom('member_contact').where('member_id', '=', memberId).where('mutual_id', '=', mutualId);
      const [items, count] = await Promise.all([
        ofMember()
          .selectAll()
          .orderBy('is_primary', 'desc')
          .orderBy('name')
          .orderBy('id')
          .limit(paging.limit)
          .offset(paging.offset)
          .execute(),
        ofMember()
          .select((eb) => eb.fn.countAll<number>().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.total) };
    },

    async findContact(contactId: string, memberId: string, mutualId: string): Promise<MemberContactRow | undefined> {
      return db
        .selectFrom('member_contact')
        .selectAll()
        .where('id', '=', contactId)
        .where('member_id', '=', memberId)
        .where('mutual_id', '=', mutualId)
        .executeTakeFirst();
    },

    async insertContact(values: Insertable<MemberContactTable>): Promise<MemberContactRow> {
      return db.insertInto('member_contact').values(values).returningAll().executeTakeFirstOrThrow();
    },

    async updateContact(contactId: string, patch: Updateable<MemberContactTable>): Promise<MemberContactRow> {
      return db
        .updateTable('member_contact')
        .set(patch)
        .where('id', '=', contactId)
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async deleteContact(contactId: string) {
      await db.deleteFrom('member_contact').where('id', '=', contactId).execute();
    },

    /** Only one primary contact per member: clears the flag on the others. */
    async clearPrimary(memberId: string, exceptId: string) {
      await db
        .updateTable('member_contact')
        .set({ is_primary: false })
        .where('member_id', '=', memberId)
        .where('id', '<>', exceptId)
        .execute();
    },

    /** A page of the audit entries about a member and its contacts, newest first, and how many there are. */
    async history(memberId: string, mutualId: string, paging: Paging) {
      const entries = () =>
        db
          .selectFrom('audit_log as a')
          .where('a.member_id', '=', memberId)
          .where('a.mutual_id', '=', mutualId)
          .where('a.entity_type', 'in', ['member', 'member_contact']);
      const [items, count] = await Promise.all([
        entries()
          .leftJoin('app_user as u', 'u.id', 'a.actor_user_id')
          .select([
            'a.id',
            'a.at',
            'a.action',
            'a.entity_type',
            'a.entity_id',
            'a.actor_user_id',
            'u.display_name as actor_name',
            'a.change',
          ])
          .orderBy('a.at', 'desc')
          .orderBy('a.id', 'desc')
          .limit(paging.limit)
          .offset(paging.offset)
          .execute(),
        entries()
          .select((eb) => eb.fn.countAll<number>().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.total) };
    },
  };
}

/** An audit entry of a member's history, with its author's name. */
export type MemberHistoryRow = Awaited<ReturnType<ReturnType<typeof memberRepository>['history']>>['items'][number];
