import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { FundingClaimTable, FundingProgrammeTable, GrantPaymentTable, MutualFunderTable } from '../db/tables.ts';

export type FunderRow = Selectable<MutualFunderTable> & {
  account_code: string | null;
  platform_funder_name: string | null;
};
export type ProgrammeRow = Selectable<FundingProgrammeTable> & { funder_name: string };
export type ClaimRow = Selectable<FundingClaimTable> & { funder_name: string; programme_name: string };
export type GrantPaymentRow = Selectable<GrantPaymentTable>;

/** Funders, programmes, claims and funders' payments; every query names the mutual. */
export function fundingRepository(db: Db) {
  const funders = (mutualId: string) =>
    db
      .selectFrom('mutual_funder as f')
      .leftJoin('ledger_account as a', (j) =>
        j.onRef('a.funder_id', '=', 'f.id').onRef('a.mutual_id', '=', 'f.mutual_id'),
      )
      .leftJoin('funder as pf', 'pf.id', 'f.platform_funder_id')
      .selectAll('f')
      .select(['a.code as account_code', 'pf.name as platform_funder_name'])
      .where('f.mutual_id', '=', mutualId);
  const programmes = (mutualId: string) =>
    db
      .selectFrom('funding_programme as p')
      .innerJoin('mutual_funder as f', 'f.id', 'p.funder_id')
      .selectAll('p')
      .select('f.name as funder_name')
      .where('p.mutual_id', '=', mutualId);
  const claims = (mutualId: string) =>
    db
      .selectFrom('funding_claim as c')
      .innerJoin('mutual_funder as f', 'f.id', 'c.funder_id')
      .innerJoin('funding_programme as p', 'p.id', 'c.programme_id')
      .selectAll('c')
      .select(['f.name as funder_name', 'p.name as programme_name'])
      .where('c.mutual_id', '=', mutualId);
  const receivedClaims = (platformFunderId: string) =>
    db
      .selectFrom('funding_claim as c')
      .innerJoin('mutual_funder as f', (j) =>
        j.onRef('f.id', '=', 'c.funder_id').onRef('f.mutual_id', '=', 'c.mutual_id'),
      )
      .innerJoin('funding_programme as p', 'p.id', 'c.programme_id')
      .innerJoin('mutual as m', 'm.id', 'c.mutual_id')
      .where('f.platform_funder_id', '=', platformFunderId)
      .where('c.status', '<>', 'draft');
  return {
    funders(mutualId: string, page: { limit: number; offset: number }): Promise<FunderRow[]> {
      return funders(mutualId).orderBy('f.name').limit(page.limit).offset(page.offset).execute();
    },
    async countFunders(mutualId: string): Promise<number> {
      return (
        await db
          .selectFrom('mutual_funder')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('mutual_id', '=', mutualId)
          .executeTakeFirstOrThrow()
      ).n;
    },
    funder(mutualId: string, id: string): Promise<FunderRow | undefined> {
      return funders(mutualId).where('f.id', '=', id).executeTakeFirst();
    },
    funderByName(mutualId: string, name: string) {
      return db
        .selectFrom('mutual_funder')
        .select('id')
        .where('mutual_id', '=', mutualId)
        .where(sql`lower(name)`, '=', name.toLowerCase())
        .executeTakeFirst();
    },
    /**
     * The claims sent (not drafts) to a platform funder organisation by the mutuals whose funder is
     * linked to it, newest first; amounts, period and status only.
     */
    receivedClaims(platformFunderId: string, mutualId: string | undefined, page: { limit: number; offset: number }) {
      let q = receivedClaims(platformFunderId);
      if (mutualId) q = q.where('c.mutual_id', '=', mutualId);
      return q
        .select([
          'c.id',
          'c.number',
          'c.mutual_id',
          'm.name as mutual_name',
          'p.name as programme_name',
          'c.period_from',
          'c.period_to',
          'c.status',
          'c.submitted_on',
          'c.claimed_cents',
          'c.received_cents',
          'c.refused_cents',
        ])
        .orderBy('c.submitted_on', 'desc')
        .orderBy('c.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async countReceivedClaims(platformFunderId: string, mutualId: string | undefined): Promise<number> {
      let q = receivedClaims(platformFunderId);
      if (mutualId) q = q.where('c.mutual_id', '=', mutualId);
      return (await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    },
    async insertFunder(values: Insertable<MutualFunderTable>): Promise<string> {
      return (await db.insertInto('mutual_funder').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateFunder(mutualId: string, id: string, values: Updateable<MutualFunderTable>) {
      await db
        .updateTable('mutual_funder')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .execute();
    },
    /** The account codes already taken in a range (to give a funder its grant revenue account). */
    async codesBetween(mutualId: string, from: string, to: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('ledger_account')
        .select('code')
        .where('mutual_id', '=', mutualId)
        .where('code', '>=', from)
        .where('code', '<=', to)
        .execute();
      return new Set(rows.map((r) => r.code));
    },
    async insertFunderAccount(values: {
      mutual_id: string;
      code: string;
      name_fr: string;
      name_en: string;
      funder_id: string;
    }) {
      await db
        .insertInto('ledger_account')
        .values({ ...values, kind: 'revenue' })
        .execute();
    },
    async renameFunderAccount(mutualId: string, funderId: string, name: string) {
      await db
        .updateTable('ledger_account')
        .set({ name_fr: `Subventions — ${name}`.slice(0, 200), name_en: `Grants — ${name}`.slice(0, 200) })
        .where('mutual_id', '=', mutualId)
        .where('funder_id', '=', funderId)
        .execute();
    },
    programmes(mutualId: string, page: { limit: number; offset: number }): Promise<ProgrammeRow[]> {
      return programmes(mutualId)
        .orderBy('p.starts_on', 'desc')
        .orderBy('p.name')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    allProgrammes(mutualId: string): Promise<ProgrammeRow[]> {
      return programmes(mutualId).orderBy('p.starts_on').orderBy('p.name').execute();
    },
    async countProgrammes(mutualId: string): Promise<number> {
      return (
        await db
          .selectFrom('funding_programme')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('mutual_id', '=', mutualId)
          .executeTakeFirstOrThrow()
      ).n;
    },
    programme(mutualId: string, id: string): Promise<ProgrammeRow | undefined> {
      return programmes(mutualId).where('p.id', '=', id).executeTakeFirst();
    },
    async insertProgramme(values: Insertable<FundingProgrammeTable>): Promise<string> {
      return (await db.insertInto('funding_programme').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateProgramme(mutualId: string, id: string, values: Updateable<FundingProgrammeTable>) {
      await db
        .updateTable('funding_programme')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .execute();
    },
    /** Subsidies granted per programme (in all and by calendar year of grant), net of credit notes. */
    async subsidiesByProgramme(mutualId: string) {
      return db
        .selectFrom('invoice_subsidy')
        .select([
          'programme_id',
          sql<number>`extract(year from granted_on)::int`.as('year'),
          sql<number>`sum(cents)::bigint`.as('cents'),
        ])
        .where('mutual_id', '=', mutualId)
        .groupBy(['programme_id', sql`extract(year from granted_on)`])
        .execute();
    },
    /** Claimed, received and refused per programme. */
    async claimsByProgramme(mutualId: string) {
      return db
        .selectFrom('funding_claim')
        .select([
          'programme_id',
          sql<number>`sum(claimed_cents) filter (where status <> 'draft')::bigint`.as('claimed'),
          sql<number>`sum(received_cents)::bigint`.as('received'),
          sql<number>`sum(refused_cents)::bigint`.as('refused'),
        ])
        .where('mutual_id', '=', mutualId)
        .groupBy('programme_id')
        .execute();
    },
    claims(mutualId: string, status: string | undefined, page: { limit: number; offset: number }): Promise<ClaimRow[]> {
      let q = claims(mutualId);
      if (status) q = q.where('c.status', '=', status as ClaimRow['status']);
      return q.orderBy('c.sequence', 'desc').limit(page.limit).offset(page.offset).execute();
    },
    async countClaims(mutualId: string, status: string | undefined): Promise<number> {
      let q = db
        .selectFrom('funding_claim')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('mutual_id', '=', mutualId);
      if (status) q = q.where('status', '=', status as ClaimRow['status']);
      return (await q.executeTakeFirstOrThrow()).n;
    },
    claim(mutualId: string, id: string): Promise<ClaimRow | undefined> {
      return claims(mutualId).where('c.id', '=', id).executeTakeFirst();
    },
    async lockClaim(mutualId: string, id: string) {
      await db
        .selectFrom('funding_claim')
        .select('id')
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .forUpdate()
        .execute();
    },
    async insertClaim(values: Insertable<FundingClaimTable>): Promise<string> {
      return (await db.insertInto('funding_claim').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateClaim(mutualId: string, id: string, values: Updateable<FundingClaimTable>) {
      await db
        .updateTable('funding_claim')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .execute();
    },
    /** Attaches a programme's unclaimed subsidies granted in the period to the claim; returns their sum. */
    async attachSubsidies(
      mutualId: string,
      claimId: string,
      programmeId: string,
      period: { from: string; to: string },
    ): Promise<{ count: number; cents: number }> {
      const rows = await db
        .updateTable('invoice_subsidy')
        .set({ claim_id: claimId })
        .where('mutual_id', '=', mutualId)
        .where('programme_id', '=', programmeId)
        .where('claim_id', 'is', null)
        .where('granted_on', '>=', period.from)
        .where('granted_on', '<=', period.to)
        .returning('cents')
        .execute();
      return { count: rows.length, cents: rows.reduce((s, r) => s + Number(r.cents), 0) };
    },
    /** The claim's sessions: subsidies claimed on each, its participants holding a seat, their hours present, its firms. */
    async claimSessions(claimId: string) {
      return db
        .selectFrom('invoice_subsidy as s')
        .innerJoin('training_session as ts', 'ts.id', 's.session_id')
        .innerJoin('course as c', 'c.id', 'ts.course_id')
        .select([
          's.session_id',
          sql<string>`coalesce(ts.title, c.title_fr)`.as('title_fr'),
          sql<string>`coalesce(ts.title, c.title_en)`.as('title_en'),
          sql<number>`sum(s.cents)::bigint`.as('claimed'),
          sql<number>`count(distinct s.member_id)::int`.as('members'),
          (eb) =>
            eb
              .selectFrom('session_meeting_day as d')
              .select(sql<string>`min(d.day)`.as('d'))
              .whereRef('d.session_id', '=', 's.session_id')
              .as('first_day'),
          (eb) =>
            eb
              .selectFrom('session_meeting_day as d')
              .select(sql<string>`max(d.day)`.as('d'))
              .whereRef('d.session_id', '=', 's.session_id')
              .as('last_day'),
          (eb) =>
            eb
              .selectFrom('enrolment as e')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('e.session_id', '=', 's.session_id')
              .where('e.status', 'in', ['confirmed', 'no_show'])
              .as('participants'),
          (eb) =>
            eb
              .selectFrom('attendance as a')
              .select(sql<number>`coalesce(sum(a.hours), 0)::float8`.as('h'))
              .whereRef('a.session_id', '=', 's.session_id')
              .where('a.present', '=', true)
              .as('hours'),
        ])
        .where('s.claim_id', '=', claimId)
        .groupBy(['s.session_id', 'ts.title', 'c.title_fr', 'c.title_en'])
        .orderBy('first_day')
        .execute();
    },
    /** The invoices behind a claim's subsidies. */
    async claimInvoices(claimId: string) {
      return db
        .selectFrom('invoice as i')
        .selectAll('i')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('invoice_subsidy as s')
              .select('s.id')
              .whereRef('s.invoice_id', '=', 'i.id')
              .where('s.claim_id', '=', claimId),
          ),
        )
        .orderBy('i.sequence')
        .execute();
    },
    /** Attestations issued for the claim's sessions. */
    async claimAttestations(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return [];
      return db
        .selectFrom('attestation as a')
        .innerJoin('member as m', 'm.id', 'a.member_id')
        .select([
          'a.number',
          'a.participant_name',
          'm.legal_name as member_name',
          'a.session_id',
          'a.course_title_fr',
          'a.hours',
          'a.date_from',
          'a.date_to',
        ])
        .where('a.session_id', 'in', sessionIds)
        .orderBy('a.number')
        .execute();
    },
    /** The attendance registers of the claim's sessions: participant, firm, day, present, hours. */
    async claimAttendance(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return [];
      return db
        .selectFrom('attendance as a')
        .innerJoin('enrolment as e', 'e.id', 'a.enrolment_id')
        .innerJoin('employee as p', 'p.id', 'e.employee_id')
        .innerJoin('member as m', 'm.id', 'e.member_id')
        .innerJoin('session_meeting_day as d', 'd.id', 'a.meeting_day_id')
        .select([
          'a.session_id',
          'p.first_name',
          'p.last_name',
          'm.legal_name as member_name',
          'd.day',
          'a.present',
          'a.hours',
        ])
        .where('a.session_id', 'in', sessionIds)
        .orderBy('a.session_id')
        .orderBy('d.day')
        .orderBy('p.last_name')
        .execute();
    },
    /** How many sessions of the list have their register entry (s.15). */
    async registers(sessionIds: readonly string[]): Promise<number> {
      if (sessionIds.length === 0) return 0;
      return (
        await db
          .selectFrom('session_register')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('session_id', 'in', sessionIds)
          .executeTakeFirstOrThrow()
      ).n;
    },
    /** Members' payments of the claim's invoices (the proof that the firms paid their part). */
    async invoicePayments(invoiceIds: readonly string[]) {
      if (invoiceIds.length === 0) return [];
      return db
        .selectFrom('payment as p')
        .innerJoin('invoice as i', 'i.id', 'p.invoice_id')
        .select(['i.number', 'i.member_name', 'p.received_on', 'p.amount_cents', 'p.method', 'p.reference'])
        .where('p.invoice_id', 'in', invoiceIds)
        .orderBy('p.received_on')
        .execute();
    },
    async mutualName(mutualId: string): Promise<string> {
      return (await db.selectFrom('mutual').select('name').where('id', '=', mutualId).executeTakeFirstOrThrow()).name;
    },
    grantPayments(claimId: string): Promise<GrantPaymentRow[]> {
      return db
        .selectFrom('grant_payment')
        .selectAll()
        .where('claim_id', '=', claimId)
        .orderBy('received_on')
        .orderBy('created_at')
        .execute();
    },
    async insertGrantPayment(values: Insertable<GrantPaymentTable>) {
      await db.insertInto('grant_payment').values(values).execute();
    },
  };
}
