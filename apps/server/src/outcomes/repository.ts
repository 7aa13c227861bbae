import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { FirmResearchConsentTable, FirmYearOutcomeTable } from '../db/evidence-tables.ts';
import { pageWindow } from '../db/page-window.ts';

export type FirmYearRow = Selectable<FirmYearOutcomeTable>;
export type ConsentRow = Selectable<FirmResearchConsentTable> & { recorded_by_name: string | null };

/** A firm the outcome data belongs to: a member, or a prospect that reports the form. */
export type FirmRef = { kind: 'member'; id: string } | { kind: 'prospect'; id: string };

const firmColumn = (firm: FirmRef) => (firm.kind === 'member' ? 'member_id' : 'prospect_id');

/** Firms' yearly outcomes, their form links, research consent and job class changes; every query names the mutual. */
export function outcomeRepository(db: Db) {
  return {
    member(mutualId: string, memberId: string) {
      return db
        .selectFrom('member')
        .select(['id', 'mutual_id', 'legal_name', 'status', 'neq'])
        .where('mutual_id', '=', mutualId)
        .where('id', '=', memberId)
        .executeTakeFirst();
    },
    prospect(mutualId: string, prospectId: string) {
      return db
        .selectFrom('prospect')
        .select(['id', 'mutual_id', 'legal_name', 'stage', 'contact_name', 'contact_email', 'reports_outcomes'])
        .where('mutual_id', '=', mutualId)
        .where('id', '=', prospectId)
        .executeTakeFirst();
    },
    membersByNeq(mutualId: string) {
      return db.selectFrom('member').select(['id', 'neq']).where('mutual_id', '=', mutualId).execute();
    },
    /** Active members, or those named, with their names. */
    members(mutualId: string, ids?: readonly string[]) {
      let q = db.selectFrom('member').select(['id', 'legal_name', 'status']).where('mutual_id', '=', mutualId);
      q = ids
        ? ids.length
          ? q.where('id', 'in', ids)
          : q.where(sql<boolean>`false`)
        : q.where('status', '=', 'active');
      return q.orderBy('legal_name').execute();
    },
    reportingProspects(mutualId: string) {
      return db
        .selectFrom('prospect')
        .select(['id', 'legal_name', 'contact_name', 'contact_email'])
        .where('mutual_id', '=', mutualId)
        .where('reports_outcomes', '=', true)
        .orderBy('legal_name')
        .execute();
    },
    yearOf(mutualId: string, firm: FirmRef, year: number): Promise<FirmYearRow | undefined> {
      return db
        .selectFrom('firm_year_outcome')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where(firmColumn(firm), '=', firm.id)
        .where('year', '=', year)
        .executeTakeFirst();
    },
    yearsOf(mutualId: string, firm: FirmRef): Promise<FirmYearRow[]> {
      return db
        .selectFrom('firm_year_outcome')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where(firmColumn(firm), '=', firm.id)
        .orderBy('year')
        .execute();
    },
    /** Inserts the year, or replaces what was there; returns the row. */
    async saveYear(values: Insertable<FirmYearOutcomeTable>): Promise<FirmYearRow> {
      const target = values.member_id ? 'member_id' : 'prospect_id';
      const existing = await db
        .selectFrom('firm_year_outcome')
        .select('id')
        .where(target, '=', (values.member_id ?? values.prospect_id) as string)
        .where('year', '=', values.year)
        .executeTakeFirst();
      if (existing) {
        const { mutual_id: _m, member_id: _mem, prospect_id: _p, year: _y, ...changes } = values;
        return db
          .updateTable('firm_year_outcome')
          .set(changes)
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow();
      }
      return db.insertInto('firm_year_outcome').values(values).returningAll().executeTakeFirstOrThrow();
    },
    /** The members' (and reporting prospects') rows of one year. */
    yearRows(mutualId: string, year: number): Promise<FirmYearRow[]> {
      return db
        .selectFrom('firm_year_outcome')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('year', '=', year)
        .execute();
    },
    /**
     * A page of the outcome list's firms (members of any status but prospect, and reporting prospects),
     * by name, with the total that match. The page is one statement: its 50 firms, read in name order
     * from the members' index, then for those firms only the year's figures, the consent in force and
     * the latest form link of the year, each from its firm's index (migration 0109 for the links).
     * The total is counted beside it (a window count on the page made every firm be read and sorted).
     */
    async firmsPage(
      mutualId: string,
      year: number,
      reported: 'yes' | 'no' | undefined,
      page: { page: number; pageSize: number },
    ) {
      const members = db
        .selectFrom('member as m')
        .select([
          sql<'member' | 'prospect'>`'member'`.as('kind'),
          'm.id',
          'm.legal_name',
          sql<string>`m.status`.as('status'),
          sql<string | null>`m.id`.as('member_id'),
          sql<string | null>`null::uuid`.as('prospect_id'),
        ])
        .where('m.mutual_id', '=', mutualId)
        .where('m.status', '<>', 'prospect');
      const prospects = db
        .selectFrom('prospect as p')
        .select([
          sql<'member' | 'prospect'>`'prospect'`.as('kind'),
          'p.id',
          'p.legal_name',
          sql<string>`p.stage`.as('status'),
          sql<string | null>`null::uuid`.as('member_id'),
          sql<string | null>`p.id`.as('prospect_id'),
        ])
        .where('p.mutual_id', '=', mutualId)
        .where('p.reports_outcomes', '=', true);
      let firms = db.selectFrom(members.unionAll(prospects).as('f')).selectAll('f');
      if (reported) {
        const exists = sql<boolean>`exists (select 1 from firm_year_outcome o where o.year = ${year} and (o.member_id = f.id or o.prospect_id = f.id))`;
        firms = firms.where(reported === 'yes' ? exists : sql<boolean>`not ${exists}`);
      }
      const window = pageWindow(page.page, page.pageSize);
      const pageRows = db
        .with('page', () => firms.orderBy('f.legal_name').orderBy('f.id').limit(window.limit).offset(window.offset))
        .selectFrom('page')
        .leftJoinLateral(
          (eb) =>
            eb
              .selectFrom('firm_year_outcome as o')
              .select([
                'o.id as outcome_id',
                'o.headcount',
                'o.separations',
                'o.payroll_cents',
                'o.hours_worked',
                'o.productivity_measure',
                'o.productivity_value',
                'o.absenteeism_days',
                'o.work_accidents',
                'o.source',
                'o.submitted_by_user_id',
                'o.submitted_by_name',
                'o.submitted_at',
              ])
              .where('o.mutual_id', '=', mutualId)
              .where('o.year', '=', year)
              .where((w) =>
                w.or([
                  w('o.member_id', '=', w.ref('page.member_id')),
                  w('o.prospect_id', '=', w.ref('page.prospect_id')),
                ]),
              )
              .as('o'),
          (join) => join.onTrue(),
        )
        .leftJoinLateral(
          (eb) =>
            eb
              .selectFrom('firm_research_consent as c')
              .select('c.granted')
              .where('c.mutual_id', '=', mutualId)
              .where((w) =>
                w.or([
                  w('c.member_id', '=', w.ref('page.member_id')),
                  w('c.prospect_id', '=', w.ref('page.prospect_id')),
                ]),
              )
              .orderBy('c.at', 'desc')
              .orderBy('c.id', 'desc')
              .limit(1)
              .as('c'),
          (join) => join.onTrue(),
        )
        .leftJoinLateral(
          (eb) =>
            eb
              .selectFrom('outcome_request as r')
              .select(['r.sent_at', 'r.answered_at', 'r.to_address'])
              .where('r.mutual_id', '=', mutualId)
              .where('r.year', '=', year)
              .where((w) =>
                w.or([
                  w('r.member_id', '=', w.ref('page.member_id')),
                  w('r.prospect_id', '=', w.ref('page.prospect_id')),
                ]),
              )
              .orderBy('r.sent_at', 'desc')
              .orderBy('r.id', 'desc')
              .limit(1)
              .as('r'),
          (join) => join.onTrue(),
        )
        .selectAll('page')
        .selectAll('o')
        .select(['c.granted', 'r.sent_at', 'r.answered_at', 'r.to_address'])
        .orderBy('page.legal_name')
        .orderBy('page.id');
      const [rows, { total }] = await Promise.all([
        pageRows.execute(),
        firms.clearSelect().select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
      ]);
      return {
        total,
        rows: rows.map((r) => ({
          kind: r.kind,
          id: r.id,
          legalName: r.legal_name,
          status: r.status,
          consentGranted: r.granted === true,
          outcome:
            r.outcome_id === null
              ? null
              : ({
                  id: r.outcome_id,
                  mutual_id: mutualId,
                  member_id: r.member_id,
                  prospect_id: r.prospect_id,
                  year,
                  headcount: r.headcount,
                  separations: r.separations,
                  payroll_cents: r.payroll_cents,
                  hours_worked: r.hours_worked,
                  productivity_measure: r.productivity_measure,
                  productivity_value: r.productivity_value,
                  absenteeism_days: r.absenteeism_days,
                  work_accidents: r.work_accidents,
                  source: r.source,
                  submitted_by_user_id: r.submitted_by_user_id,
                  submitted_by_name: r.submitted_by_name,
                  submitted_at: r.submitted_at,
                } as FirmYearRow),
          request:
            r.sent_at === null
              ? null
              : { sentAt: r.sent_at, answeredAt: r.answered_at, toAddress: r.to_address as string },
        })),
      };
    },
    // ---------- form links ----------
    async insertRequest(values: {
      mutualId: string;
      firm: FirmRef;
      year: number;
      toAddress: string;
      locale: 'fr' | 'en';
      tokenHash: string;
      closesOn: string;
      createdBy: string;
      now: string;
    }) {
      await db
        .insertInto('outcome_request')
        .values({
          mutual_id: values.mutualId,
          member_id: values.firm.kind === 'member' ? values.firm.id : null,
          prospect_id: values.firm.kind === 'prospect' ? values.firm.id : null,
          year: values.year,
          to_address: values.toAddress,
          locale: values.locale,
          token_hash: values.tokenHash,
          closes_on: values.closesOn,
          created_by: values.createdBy,
          sent_at: values.now,
        })
        .execute();
    },
    requestByTokenHash(tokenHash: string) {
      return db
        .selectFrom('outcome_request as r')
        .leftJoin('member as m', 'm.id', 'r.member_id')
        .leftJoin('prospect as p', 'p.id', 'r.prospect_id')
        .select([
          'r.id',
          'r.mutual_id',
          'r.member_id',
          'r.prospect_id',
          'r.year',
          'r.locale',
          'r.closes_on',
          'r.answered_at',
          sql<string>`coalesce(m.legal_name, p.legal_name)`.as('firm_name'),
        ])
        .where('r.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    /** Marks the link answered once: false when it already was. */
    async markAnswered(id: string, now: string) {
      const res = await db
        .updateTable('outcome_request')
        .set({ answered_at: now })
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    // ---------- consent ----------
    consentHistory(mutualId: string, firm: FirmRef): Promise<ConsentRow[]> {
      return db
        .selectFrom('firm_research_consent as c')
        .leftJoin('app_user as u', 'u.id', 'c.recorded_by')
        .selectAll('c')
        .select('u.display_name as recorded_by_name')
        .where('c.mutual_id', '=', mutualId)
        .where(`c.${firmColumn(firm)}`, '=', firm.id)
        .orderBy('c.at', 'desc')
        .orderBy('c.id')
        .execute();
    },
    async insertConsent(values: Insertable<FirmResearchConsentTable>) {
      await db.insertInto('firm_research_consent').values(values).execute();
    },
    /** The firms (members and prospects) of the mutual whose decision in force grants research use. */
    async consentingFirms(mutualId: string, firmIds?: readonly string[]): Promise<Set<string>> {
      let q = db
        .selectFrom('firm_research_consent')
        .select([sql<string>`coalesce(member_id, prospect_id)`.as('firm_id'), 'granted', 'at'])
        .distinctOn(sql`coalesce(member_id, prospect_id)`)
        .where('mutual_id', '=', mutualId);
      if (firmIds)
        q = firmIds.length
          ? q.where((eb) => eb.or([eb('member_id', 'in', firmIds), eb('prospect_id', 'in', firmIds)]))
          : q.where(sql<boolean>`false`);
      const rows = await q
        .orderBy(sql`coalesce(member_id, prospect_id)`)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return new Set(rows.filter((r) => r.granted).map((r) => r.firm_id));
    },
    // ---------- job class changes ----------
    employee(mutualId: string, employeeId: string) {
      return db
        .selectFrom('employee')
        .select(['id', 'member_id', 'mutual_id'])
        .where('mutual_id', '=', mutualId)
        .where('id', '=', employeeId)
        .executeTakeFirst();
    },
    async jobChanges(employeeId: string, page: { limit: number; offset: number }) {
      const base = db.selectFrom('employee_job_change').where('employee_id', '=', employeeId);
      const [rows, total] = await Promise.all([
        base.selectAll().orderBy('effective_on', 'desc').limit(page.limit).offset(page.offset).execute(),
        base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: total.n };
    },
    jobChangeOn(employeeId: string, effectiveOn: string) {
      return db
        .selectFrom('employee_job_change')
        .select('id')
        .where('employee_id', '=', employeeId)
        .where('effective_on', '=', effectiveOn)
        .executeTakeFirst();
    },
    insertJobChange(values: {
      mutual_id: string;
      member_id: string;
      employee_id: string;
      effective_on: string;
      job_title: string;
      noc_code: string;
      teer: number;
      recorded_by: string;
    }) {
      return db.insertInto('employee_job_change').values(values).returningAll().executeTakeFirstOrThrow();
    },
  };
}
