import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type {
  PartnerAgreementTable,
  PartnerContactTable,
  PartnerSupportTable,
  PartnerTable,
} from '../db/governance-tables.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';

export type PartnerRow = Awaited<ReturnType<ReturnType<typeof partnerRepository>['list']>>[number];

export interface PartnerFilter {
  kind?: string;
  /** Active on this day (true) or not (false). */
  active?: { on: string; value: boolean };
}

/** Partner organisations, their support, agreements and contacts; every query names its mutual. */
export function partnerRepository(db: Db) {
  const filtered = (mutualId: string, f: PartnerFilter) => {
    let q = db.selectFrom('partner as p').where('p.mutual_id', '=', mutualId);
    if (f.kind) q = q.where('p.kind', '=', f.kind);
    if (f.active) {
      const on = f.active.on;
      const activeSql = sql<boolean>`(p.since <= ${on} and (p.until is null or p.until >= ${on}))`;
      q = q.where(f.active.value ? activeSql : sql<boolean>`not ${activeSql}`);
    }
    return q;
  };
  return {
    list(mutualId: string, f: PartnerFilter, page: { limit: number; offset: number }, ids?: string[]) {
      let q = filtered(mutualId, f)
        .selectAll('p')
        .select([
          sql<
            string[]
          >`coalesce((select array_agg(distinct s.kind order by s.kind) from partner_support s where s.partner_id = p.id), '{}')`.as(
            'support_kinds',
          ),
          sql<number>`coalesce((select sum(s.amount_cents) from partner_support s where s.partner_id = p.id and s.kind = 'financial'), 0)::bigint`.as(
            'financial_cents',
          ),
          sql<string | null>`(select max(s.starts_on) from partner_support s where s.partner_id = p.id)`.as(
            'last_support_on',
          ),
        ]);
      if (ids) q = q.where('p.id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
      // generic plan: planned for each mutual's values at every request otherwise (decision 84)
      return withGenericPlan(q.orderBy('p.name').orderBy('p.id').limit(page.limit).offset(page.offset)).execute();
    },
    async count(mutualId: string, f: PartnerFilter) {
      return (await filtered(mutualId, f).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    },
    find(mutualId: string, id: string) {
      return db
        .selectFrom('partner')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async insert(values: Insertable<PartnerTable>) {
      return (await db.insertInto('partner').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async update(mutualId: string, id: string, values: Updateable<PartnerTable>) {
      await db.updateTable('partner').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
    supports(partnerId: string) {
      return db
        .selectFrom('partner_support')
        .selectAll()
        .where('partner_id', '=', partnerId)
        .orderBy('starts_on', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
    },
    agreements(partnerId: string) {
      return db
        .selectFrom('partner_agreement')
        .selectAll()
        .where('partner_id', '=', partnerId)
        .orderBy('starts_on', 'desc')
        .execute();
    },
    agreement(mutualId: string, id: string) {
      return db
        .selectFrom('partner_agreement')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    contacts(partnerId: string) {
      return db.selectFrom('partner_contact').selectAll().where('partner_id', '=', partnerId).orderBy('name').execute();
    },
    async addSupport(values: Insertable<PartnerSupportTable>) {
      await db.insertInto('partner_support').values(values).execute();
    },
    async addAgreement(values: Insertable<PartnerAgreementTable>) {
      await db.insertInto('partner_agreement').values(values).execute();
    },
    async addContact(values: Insertable<PartnerContactTable>) {
      await db.insertInto('partner_contact').values(values).execute();
    },
    /** The partners with what they gave (the network view). */
    network(mutualId: string, on: string) {
      return db
        .selectFrom('partner as p')
        .select([
          'p.id',
          'p.name',
          'p.kind',
          sql<boolean>`(p.since <= ${on} and (p.until is null or p.until >= ${on}))`.as('active'),
          sql<
            string[]
          >`coalesce((select array_agg(distinct s.kind order by s.kind) from partner_support s where s.partner_id = p.id), '{}')`.as(
            'support_kinds',
          ),
          sql<number>`coalesce((select sum(s.amount_cents) from partner_support s where s.partner_id = p.id and s.kind = 'financial'), 0)::bigint`.as(
            'financial_cents',
          ),
        ])
        .where('p.mutual_id', '=', mutualId)
        .orderBy('p.kind')
        .orderBy('p.name')
        .execute();
    },
    activeMembers(mutualId: string) {
      return db
        .selectFrom('member')
        .select(['id', 'legal_name', 'headcount'])
        .where('mutual_id', '=', mutualId)
        .where('status', '=', 'active')
        .orderBy('legal_name')
        .execute();
    },
    mutual(mutualId: string) {
      return db.selectFrom('mutual').select(['id', 'name']).where('id', '=', mutualId).executeTakeFirstOrThrow();
    },
  };
}
