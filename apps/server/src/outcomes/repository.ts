import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { FirmResearchConsentTable, FirmYearOutcomeTable } from '../db/evidence-tables.ts';

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
    /** Firms of the outcome list: members (any status but prospect) and reporting prospects, by name. */
    async firmsPage(
      mutualId: string,
      year: number,
      reported: 'yes' | 'no' | undefined,
      page: { limit: number; offset: number },
    ) {
      const members = db
        .selectFrom('member as m')
        .select([sql<string>`'member'`.as('kind'), 'm.id', 'm.legal_name', sql<string>`m.status`.as('status')])
        .where('m.mutual_id', '=', mutualId)
        .where('m.status', '<>', 'prospect');
      const prospects = db
        .selectFrom('prospect as p')
        .select([sql<string>`'prospect'`.as('kind'), 'p.id', 'p.legal_name', sql<string>`p.stage`.as('status')])
        .where('p.mutual_id', '=', mutualId)
        .where('p.reports_outcomes', '=', true);
      let q = db.selectFrom(members.unionAll(prospects).as('f')).selectAll('f');
      if (reported) {
        const exists = sql<boolean>`exists (select 1 from firm_year_outcome o where o.year = ${year} and (o.member_id = f.id or o.prospect_id = f.id))`;
        q = q.where(reported === 'yes' ? exists : sql<boolean>`not ${exists}`);
      }
      const [rows, total] = await Promise.all([
        q.orderBy('f.legal_name').orderBy('f.id').limit(page.limit).offset(page.offset).execute(),
        q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        rows: rows as { kind: 'member' | 'prospect'; id: string; legal_name: string; status: string }[],
        total: total.n,
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
    /** The latest form link of each firm for a year. */
    async latestRequests(mutualId: string, year: number, firmIds: readonly string[]) {
      if (firmIds.length === 0)
        return new Map<string, { sentAt: string; answeredAt: string | null; toAddress: string }>();
      const rows = await db
        .selectFrom('outcome_request')
        .select(['member_id', 'prospect_id', 'sent_at', 'answered_at', 'to_address'])
        .where('mutual_id', '=', mutualId)
        .where('year', '=', year)
        .where((eb) => eb.or([eb('member_id', 'in', firmIds), eb('prospect_id', 'in', firmIds)]))
        .orderBy('sent_at')
        .execute();
      const map = new Map<string, { sentAt: string; answeredAt: string | null; toAddress: string }>();
      for (const r of rows)
        map.set((r.member_id ?? r.prospect_id) as string, {
          sentAt: r.sent_at,
          answeredAt: r.answered_at,
          toAddress: r.to_address,
        });
      return map;
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
