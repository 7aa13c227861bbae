import type { EmployeeListQuery } from '@mutualis/contracts';
import type { EmploymentFilter } from '@mutualis/domain/employees/index';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import { auditRepository } from '../audit/index.ts';
import type { MemberScope } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { readRowsAsJson } from '../db/json-rows.ts';
import { pageWindow } from '../db/page-window.ts';
import type { EmployeeImportTable, EmployeeTable } from '../db/tables.ts';

export type EmployeeRow = Omit<Selectable<EmployeeTable>, 'search_key'> & {
  member_name: string;
  current_wage_cents: number | null;
};

export interface EmployeeFilter {
  mutualId: string;
  /** null = every member of the mutual. */
  memberId: string | null;
  /** Already folded (foldForSearch). */
  search?: string;
  status: EmploymentFilter;
  teer?: number;
  educationLevel?: string;
}

/** Who reads a page of employees, for what: written to the access log with the page's ids. */
export interface EmployeeAccess {
  mutualId: string;
  actorUserId: string;
  purpose: string;
}

export type EmployeeSort = EmployeeListQuery['sort'];

export type EmployeeImportRow = Selectable<EmployeeImportTable>;

/** What an employee list can be ordered by (the firm's name, member_name, comes from the join). */
type SortColumn = 'last_name' | 'first_name' | 'id' | 'hire_date' | 'job_title' | 'teer' | 'member_name';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Whether a trigram index can serve `like '%search%'`: the search has 3 letters or digits in a row. */
const trigramSearchable = (search: string | undefined) => search !== undefined && /[\p{L}\p{N}]{3}/u.test(search);

const employeeColumns = [
  'e.id',
  'e.mutual_id',
  'e.member_id',
  'e.first_name',
  'e.last_name',
  'e.email',
  'e.job_title',
  'e.noc_code',
  'e.teer',
  'e.education_level',
  'e.language',
  'e.birth_year',
  'e.hire_date',
  'e.end_date',
  'e.end_reason',
  'e.created_at',
  'e.updated_at',
] as const;

/** The timestamptz columns of an employee row (rows read as JSON, db/json-rows.ts). */
const employeeTimestamps = ['created_at', 'updated_at'] as const;

/** Employees of member firms and the import previews. Every query is limited to one mutual (and member). */
export function employeeRepository(db: Db) {
  const filtered = (f: EmployeeFilter) => {
    let q = db.selectFrom('employee as e').where('e.mutual_id', '=', f.mutualId);
    if (f.memberId) q = q.where('e.member_id', '=', f.memberId);
    if (f.status === 'current') q = q.where('e.end_date', 'is', null);
    if (f.status === 'ended') q = q.where('e.end_date', 'is not', null);
    if (f.search) q = q.where('e.search_key', 'like', `%${escapeLike(f.search)}%`);
    if (f.teer !== undefined) q = q.where('e.teer', '=', f.teer);
    if (f.educationLevel) q = q.where('e.education_level', '=', f.educationLevel);
    return q;
  };

  // The rows of an export. With a search the trigram index can serve (migration 0043), the matches
  // are found first and only then joined and sorted: left to itself, the planner may walk the whole
  // mutual in name order and filter each row, slow when the matches sort late ("tremblay"). OFFSET 0
  // keeps the subquery from being merged into the outer query; it carries every filter, the mutual's
  // included.
  const shown = (f: EmployeeFilter) =>
    trigramSearchable(f.search)
      ? db.selectFrom('employee as e').where('e.id', 'in', filtered(f).select('e.id').offset(0))
      : filtered(f);

  const withDetails = (q: ReturnType<typeof filtered>) =>
    q
      .innerJoin('member as m', 'm.id', 'e.member_id')
      .select(employeeColumns)
      .select('m.legal_name as member_name')
      .select((eb) =>
        eb
          .selectFrom('wage as w')
          .select('w.hourly_wage_cents')
          .whereRef('w.employee_id', '=', 'e.id')
          .orderBy('w.effective_on', 'desc')
          .limit(1)
          .as('current_wage_cents'),
      );

  /** The order of a list: the chosen column, then the name and the id, so that pages never overlap. */
  const orderKeys = (sort: EmployeeSort, dir: 'asc' | 'desc'): [SortColumn, 'asc' | 'desc'][] => {
    switch (sort) {
      case 'hireDate':
        return [
          ['hire_date', dir],
          ['last_name', 'asc'],
          ['id', 'asc'],
        ];
      case 'jobTitle':
        return [
          ['job_title', dir],
          ['last_name', 'asc'],
          ['id', 'asc'],
        ];
      case 'teer':
        return [
          ['teer', dir],
          ['last_name', 'asc'],
          ['id', 'asc'],
        ];
      case 'member':
        return [
          ['member_name', dir],
          ['last_name', 'asc'],
          ['first_name', 'asc'],
          ['id', 'asc'],
        ];
      default:
        return [
          ['last_name', dir],
          ['first_name', dir],
          ['id', dir],
        ];
    }
  };
  /** A sort column in a query over `employee as e` joined to `member as m`. */
  const sortRef = (column: SortColumn) => sql.ref(column === 'member_name' ? 'm.legal_name' : `e.${column}`);
  const ordered = <Q extends ReturnType<typeof withDetails>>(q: Q, sort: EmployeeSort, order: 'asc' | 'desc'): Q => {
    let o = q;
    for (const [column, dir] of orderKeys(sort, order)) o = o.orderBy(sortRef(column), dir) as Q;
    return o;
  };

  // A page of a search the trigram index can serve: the matches are read once (a materialized CTE,
  // with the columns they sort by), counted, and only the page's rows are joined to their firm and
  // wage. Counting and paging the matches separately read them twice and joined every match (280
  // for "tremblay" in the biggest benchmark mutual): 2.7–3.1 against 1.5 ms of PostgreSQL's CPU.
  const searchPage = (f: EmployeeFilter, sort: EmployeeSort, order: 'asc' | 'desc', page: number, pageSize: number) => {
    const keys = orderKeys(sort, order);
    let matches = filtered(f).select(['e.id', 'e.last_name', 'e.first_name', 'e.hire_date', 'e.job_title', 'e.teer']);
    if (sort === 'member')
      matches = matches.innerJoin('member as m', 'm.id', 'e.member_id').select('m.legal_name as member_name');
    return ordered(
      withDetails(
        db
          .with(
            (cte) => cte('matched').materialized(),
            () => matches,
          )
          .selectFrom('employee as e')
          .where('e.id', 'in', (eb) => {
            let ids = eb.selectFrom('matched').select('matched.id');
            for (const [column, dir] of keys) ids = ids.orderBy(sql.ref(`matched.${column}`), dir);
            const window = pageWindow(page, pageSize);
            return ids.limit(window.limit).offset(window.offset);
          }) as unknown as ReturnType<typeof filtered>,
      ),
      sort,
      order,
    ).select(sql<number>`(select count(*) from matched)`.as('total'));
  };

  // A page of the whole mutual: its ids first, in order, from the columns the list sorts by (for the
  // current employees by name, an index-only scan of the mutual's index), then those rows joined
  // to their firm and wage. Besides reading less, PostgreSQL keeps one plan for it: with the whole
  // rows walked in order, the plan for any mutual was estimated dearer than one for the biggest
  // benchmark mutual, so the mutual's page was planned again on every run (decision 76).
  const pageById = (f: EmployeeFilter, sort: EmployeeSort, order: 'asc' | 'desc', page: number, pageSize: number) => {
    let ids = filtered(f).select('e.id');
    if (sort === 'member') ids = ids.innerJoin('member as m', 'm.id', 'e.member_id');
    for (const [column, dir] of orderKeys(sort, order)) ids = ids.orderBy(sortRef(column), dir);
    const window = pageWindow(page, pageSize);
    return ordered(
      withDetails(
        db
          .selectFrom('employee as e')
          .where('e.mutual_id', '=', f.mutualId)
          .where('e.id', 'in', ids.limit(window.limit).offset(window.offset)),
      ),
      sort,
      order,
    );
  };

  const countOf = (f: EmployeeFilter) => filtered(f).select((eb) => eb.fn.countAll<number>().as('total'));
  // Without a search, a TEER or a schooling filter, the total is the kept count (migration 0095):
  // a member's row, or the sum of the mutual's rows (one per firm), instead of every employee's.
  const unfiltered = (f: EmployeeFilter) => !f.search && f.teer === undefined && !f.educationLevel;
  const keptCount = (f: EmployeeFilter) => {
    let q = db.selectFrom('employee_count as ec').where('ec.mutual_id', '=', f.mutualId);
    if (f.memberId) q = q.where('ec.member_id', '=', f.memberId);
    const counted =
      f.status === 'current'
        ? sql<number>`ec.current_count`
        : f.status === 'ended'
          ? sql<number>`ec.ended_count`
          : sql<number>`ec.current_count + ec.ended_count`;
    return q.select(sql<number>`coalesce(sum(${counted}), 0)`.as('total'));
  };

  return {
    /** A page and the total; with `access`, returned once the read is logged in the access log. */
    async list(
      filter: EmployeeFilter,
      sort: EmployeeSort,
      order: 'asc' | 'desc',
      page: number,
      pageSize: number,
      access?: EmployeeAccess,
    ) {
      // One round trip: the total is an uncorrelated subquery (run once, as an InitPlan), so the
      // page query keeps its plan; only a page past the end needs the count on its own.
      const count = () => (unfiltered(filter) ? keptCount(filter) : countOf(filter));
      const window = pageWindow(page, pageSize);
      const query = trigramSearchable(filter.search)
        ? searchPage(filter, sort, order, page, pageSize)
        : filter.memberId
          ? // one firm's few hundred rows at most: read in order straight away (0.65 against 0.8 ms by ids first)
            ordered(withDetails(filtered(filter)), sort, order)
              .select(() => count().as('total'))
              .limit(window.limit)
              .offset(window.offset)
          : pageById(filter, sort, order, page, pageSize).select(() => count().as('total'));
      const rows = access
        ? await auditRepository(db).readLoggingAccess(query, { ...access, entityType: 'employee' }, employeeTimestamps)
        : await readRowsAsJson(db, query, employeeTimestamps);
      if (rows.length === 0)
        return {
          items: [] as EmployeeRow[],
          total: page === 1 ? 0 : Number((await count().executeTakeFirstOrThrow()).total),
        };
      const total = Number(rows[0].total);
      const items = rows.map(({ total: _, ...row }) => row) as EmployeeRow[];
      return { items, total };
    },

    async listAll(filter: EmployeeFilter): Promise<EmployeeRow[]> {
      return (await ordered(withDetails(shown(filter)), 'member', 'asc').execute()) as EmployeeRow[];
    },

    async find(id: string, scope: MemberScope): Promise<EmployeeRow | undefined> {
      let q = db.selectFrom('employee as e').where('e.id', '=', id).where('e.mutual_id', '=', scope.mutualId);
      if (scope.memberId) q = q.where('e.member_id', '=', scope.memberId);
      return (await withDetails(q).executeTakeFirst()) as EmployeeRow | undefined;
    },

    async insert(values: Insertable<EmployeeTable>): Promise<{ id: string }> {
      return db.insertInto('employee').values(values).returning('id').executeTakeFirstOrThrow();
    },

    /** Inserts many employees, 1,000 rows per statement; returns their ids in order. */
    async insertMany(values: Insertable<EmployeeTable>[]): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < values.length; i += 1000) {
        const rows = await db
          .insertInto('employee')
          .values(values.slice(i, i + 1000))
          .returning('id')
          .execute();
        for (const r of rows) ids.push(r.id);
      }
      return ids;
    },

    async update(id: string, patch: Updateable<EmployeeTable>) {
      await db.updateTable('employee').set(patch).where('id', '=', id).execute();
    },

    /** Updates many employees of one member, 1,000 rows per statement (UPDATE … FROM (VALUES …)). */
    async updateMany(memberId: string, rows: (Insertable<EmployeeTable> & { id: string })[], now: string) {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        const values = sql.join(
          chunk.map(
            (r) =>
              sql`(${r.id}::uuid, ${r.first_name}, ${r.last_name}, ${r.email ?? null}, ${r.job_title}, ${r.noc_code}, ${r.teer}::smallint, ${r.education_level}, ${r.language ?? 'fr'}, ${r.birth_year ?? null}::integer, ${r.hire_date}::date, ${r.end_date ?? null}::date, ${r.end_reason ?? null})`,
          ),
        );
        await sql`
          update employee as e set
            first_name = v.first_name, last_name = v.last_name, email = v.email, job_title = v.job_title,
            noc_code = v.noc_code, teer = v.teer, education_level = v.education_level, language = v.language,
            birth_year = v.birth_year, hire_date = v.hire_date, end_date = v.end_date, end_reason = v.end_reason,
            updated_at = ${now}::timestamptz
          from (values ${values}) as v(id, first_name, last_name, email, job_title, noc_code, teer, education_level, language, birth_year, hire_date, end_date, end_reason)
          where e.id = v.id and e.member_id = ${memberId}::uuid`.execute(db);
      }
    },

    /** What import matching needs of a member's employees. */
    async matchKeys(memberId: string) {
      return db
        .selectFrom('employee')
        .select(['id', 'email', 'first_name', 'last_name', 'hire_date'])
        .where('member_id', '=', memberId)
        .execute();
    },

    // ---------- import previews ----------
    async saveImport(values: Insertable<EmployeeImportTable>): Promise<EmployeeImportRow> {
      return db.insertInto('employee_import').values(values).returningAll().executeTakeFirstOrThrow();
    },

    async findImport(
      id: string,
      memberId: string,
      mutualId: string,
      forUpdate = false,
    ): Promise<EmployeeImportRow | undefined> {
      let q = db
        .selectFrom('employee_import')
        .selectAll()
        .where('id', '=', id)
        .where('member_id', '=', memberId)
        .where('mutual_id', '=', mutualId);
      if (forUpdate) q = q.forUpdate();
      return q.executeTakeFirst();
    },

    async markImportCommitted(id: string, at: string) {
      // The validated rows are no longer needed once written: keep the import's summary only.
      await db
        .updateTable('employee_import')
        .set({ status: 'committed', committed_at: at, rows: '[]' })
        .where('id', '=', id)
        .execute();
    },

    async deleteExpiredImports(now: string) {
      await db.deleteFrom('employee_import').where('status', '=', 'preview').where('expires_at', '<', now).execute();
    },
  };
}
