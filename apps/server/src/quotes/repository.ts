import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';
import type {
  QuoteEventTable,
  QuoteRequestProviderTable,
  QuoteRequestTable,
  QuoteResponseTable,
} from '../db/tables.ts';

export type QuoteRequestRow = Selectable<QuoteRequestTable> & {
  topic_code: string;
  topic_name_fr: string;
  topic_name_en: string;
};

export type QuoteRequestListRow = QuoteRequestRow & {
  my_status: string | null;
  provider_count: number;
  answer_count: number;
};

export interface QuoteRequestFilter {
  /** Only the requests sent to this provider (a trainer's). */
  providerId?: string;
  status?: QuoteRequestRow['status'];
  topicId?: string;
}

/** Requests for quotes, the providers asked, their answers and every dated step. */
export function quoteRepository(db: Db) {
  const base = () =>
    db
      .selectFrom('quote_request as q')
      .innerJoin('topic as t', 't.id', 'q.topic_id')
      .selectAll('q')
      .select(['t.code as topic_code', 't.name_fr as topic_name_fr', 't.name_en as topic_name_en']);
  const filtered = (mutualId: string, f: QuoteRequestFilter) => {
    let q = db
      .selectFrom('quote_request as q')
      .innerJoin('topic as t', 't.id', 'q.topic_id')
      .where('q.mutual_id', '=', mutualId);
    if (f.providerId)
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('quote_request_provider as x')
            .select('x.provider_id')
            .whereRef('x.quote_request_id', '=', 'q.id')
            .where('x.provider_id', '=', f.providerId as string),
        ),
      );
    if (f.status) q = q.where('q.status', '=', f.status);
    if (f.topicId) q = q.where('q.topic_id', '=', f.topicId);
    return q;
  };
  return {
    /** A page of the requests, newest first, with the counts a list shows (and the trainer's provider's status). */
    list(
      mutualId: string,
      f: QuoteRequestFilter,
      page: { limit: number; offset: number },
    ): Promise<QuoteRequestListRow[]> {
      const providerId = f.providerId ?? null;
      // generic plan: planned for each mutual's values at every request otherwise (decision 84)
      return withGenericPlan(
        filtered(mutualId, f)
          .selectAll('q')
          .select(['t.code as topic_code', 't.name_fr as topic_name_fr', 't.name_en as topic_name_en'])
          .select([
            sql<
              string | null
            >`(select x.status from quote_request_provider x where x.quote_request_id = q.id and x.provider_id = ${providerId}::uuid)`.as(
              'my_status',
            ),
            sql<number>`(select count(*)::int from quote_request_provider x where x.quote_request_id = q.id)`.as(
              'provider_count',
            ),
            sql<number>`(select count(distinct r.provider_id)::int from quote_response r where r.quote_request_id = q.id)`.as(
              'answer_count',
            ),
          ])
          .orderBy('q.created_at', 'desc')
          .orderBy('q.id')
          .limit(page.limit)
          .offset(page.offset),
      ).execute();
    },
    async count(mutualId: string, f: QuoteRequestFilter): Promise<number> {
      const row = await filtered(mutualId, f).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      return row.n;
    },
    find(mutualId: string, id: string): Promise<QuoteRequestRow | undefined> {
      return base().where('q.mutual_id', '=', mutualId).where('q.id', '=', id).executeTakeFirst();
    },
    providers(requestId: string) {
      return db
        .selectFrom('quote_request_provider as x')
        .innerJoin('provider as p', 'p.id', 'x.provider_id')
        .selectAll('x')
        .select(['p.name as provider_name', 'p.email as provider_email', 'p.contacts as provider_contacts'])
        .where('x.quote_request_id', '=', requestId)
        .orderBy('p.name')
        .execute();
    },
    responses(requestId: string) {
      return db
        .selectFrom('quote_response as r')
        .innerJoin('provider as p', 'p.id', 'r.provider_id')
        .selectAll('r')
        .select('p.name as provider_name')
        .where('r.quote_request_id', '=', requestId)
        .orderBy('r.submitted_at')
        .orderBy('r.id')
        .execute();
    },
    events(requestId: string) {
      return db
        .selectFrom('quote_event as e')
        .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
        .selectAll('e')
        .select('u.display_name as actor_name')
        .where('e.quote_request_id', '=', requestId)
        .orderBy('e.id')
        .execute();
    },
    async insert(values: Insertable<QuoteRequestTable>) {
      return (await db.insertInto('quote_request').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async update(mutualId: string, id: string, values: Updateable<QuoteRequestTable>) {
      await db
        .updateTable('quote_request')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .execute();
    },
    async insertProviders(values: Insertable<QuoteRequestProviderTable>[]) {
      if (values.length) await db.insertInto('quote_request_provider').values(values).execute();
    },
    async updateProvider(requestId: string, providerId: string, values: Updateable<QuoteRequestProviderTable>) {
      await db
        .updateTable('quote_request_provider')
        .set(values)
        .where('quote_request_id', '=', requestId)
        .where('provider_id', '=', providerId)
        .execute();
    },
    async insertResponse(values: Insertable<QuoteResponseTable>) {
      return (await db.insertInto('quote_response').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateResponses(
      requestId: string,
      where: { providerId?: string; status?: Selectable<QuoteResponseTable>['status'] },
      values: Updateable<QuoteResponseTable>,
    ) {
      let q = db.updateTable('quote_response').set(values).where('quote_request_id', '=', requestId);
      if (where.providerId) q = q.where('provider_id', '=', where.providerId);
      if (where.status) q = q.where('status', '=', where.status);
      await q.execute();
    },
    async setResponseStatus(responseId: string, status: Selectable<QuoteResponseTable>['status']) {
      await db.updateTable('quote_response').set({ status }).where('id', '=', responseId).execute();
    },
    async event(values: Insertable<QuoteEventTable>) {
      await db.insertInto('quote_event').values(values).execute();
    },
    /** Open needs of a cell: topic(s), optionally region, language and periods overlapping. */
    cellNeeds(
      mutualId: string,
      f: {
        topicIds: string[];
        regionCode?: string | null;
        language?: string | null;
        periods?: string[];
        needIds?: string[];
      },
    ) {
      let q = db
        .selectFrom('need')
        .select(['id', 'member_id', 'seats', 'topic_id', 'status'])
        .where('mutual_id', '=', mutualId)
        .where('topic_id', 'in', f.topicIds);
      if (f.needIds) q = q.where('id', 'in', f.needIds.length ? f.needIds : ['00000000-0000-0000-0000-000000000000']);
      else {
        q = q.where('status', '=', 'open');
        if (f.regionCode) q = q.where('region_code', '=', f.regionCode);
        if (f.language) q = q.where(sql<boolean>`${f.language} = any(languages)`);
        if (f.periods?.length) q = q.where(sql<boolean>`periods && ${sql.val(f.periods)}::text[]`);
      }
      return q.execute();
    },
  };
}
