import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { ParticipationKindColumn } from '../db/evidence-tables.ts';

/** Participation questionnaires (only the hash of each link's token is kept). */
export function participationRepository(db: Db) {
  return {
    async insert(values: {
      mutualId: string;
      kind: ParticipationKindColumn;
      memberId: string | null;
      prospectId: string | null;
      toAddress: string;
      locale: 'fr' | 'en';
      tokenHash: string;
      closesOn: string;
      createdBy: string;
      now: string;
    }) {
      await db
        .insertInto('participation_questionnaire')
        .values({
          mutual_id: values.mutualId,
          kind: values.kind,
          member_id: values.memberId,
          prospect_id: values.prospectId,
          to_address: values.toAddress,
          locale: values.locale,
          token_hash: values.tokenHash,
          closes_on: values.closesOn,
          created_by: values.createdBy,
          sent_at: values.now,
        })
        .execute();
    },
    async list(
      mutualId: string,
      f: { kind?: ParticipationKindColumn; answered?: 'yes' | 'no' },
      page: { limit: number; offset: number },
    ) {
      let q = db
        .selectFrom('participation_questionnaire as q')
        .leftJoin('member as m', 'm.id', 'q.member_id')
        .leftJoin('prospect as p', 'p.id', 'q.prospect_id')
        .where('q.mutual_id', '=', mutualId);
      if (f.kind) q = q.where('q.kind', '=', f.kind);
      if (f.answered) q = q.where('q.answered_at', f.answered === 'yes' ? 'is not' : 'is', null);
      const [rows, total] = await Promise.all([
        q
          .select([
            'q.id',
            'q.kind',
            'q.member_id',
            'q.prospect_id',
            'q.to_address',
            'q.sent_at',
            'q.closes_on',
            'q.answered_at',
            sql<string>`coalesce(m.legal_name, p.legal_name)`.as('firm_name'),
          ])
          .orderBy('q.sent_at', 'desc')
          .orderBy('q.id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: total.n };
    },
    byTokenHash(tokenHash: string) {
      return db
        .selectFrom('participation_questionnaire as q')
        .leftJoin('member as m', 'm.id', 'q.member_id')
        .leftJoin('prospect as p', 'p.id', 'q.prospect_id')
        .select([
          'q.id',
          'q.mutual_id',
          'q.kind',
          'q.locale',
          'q.closes_on',
          'q.answered_at',
          'q.member_id',
          sql<string>`coalesce(m.legal_name, p.legal_name)`.as('firm_name'),
        ])
        .where('q.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    async answer(id: string, answers: Record<string, unknown>, now: string) {
      const res = await db
        .updateTable('participation_questionnaire')
        .set({ answers: JSON.stringify(answers), answered_at: now })
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    /** Sent and answered questionnaires with the firm's size, sector and region (members or prospects). */
    async withFirms(mutualId: string) {
      const rows = await sql<{
        kind: ParticipationKindColumn;
        firm_id: string;
        headcount: number;
        scian_code: string;
        region_code: string;
        answers: Record<string, unknown> | null;
      }>`
        select q.kind, coalesce(q.member_id, q.prospect_id) as firm_id, coalesce(m.headcount, p.headcount) as headcount,
               coalesce(m.scian_code, p.scian_code) as scian_code, coalesce(m.region_code, p.region_code) as region_code, q.answers
        from participation_questionnaire q
        left join member m on m.id = q.member_id
        left join prospect p on p.id = q.prospect_id
        where q.mutual_id = ${mutualId}`.execute(db);
      return rows.rows;
    },
    /** The firms a kind of questionnaire usually goes to, not asked that kind since `askedSince` (see the send endpoint). */
    async defaultAudience(
      mutualId: string,
      kind: ParticipationKindColumn,
      since: string,
      askedSince: string,
    ): Promise<string[]> {
      const asked = db
        .selectFrom('participation_questionnaire')
        .select(sql<string>`coalesce(member_id, prospect_id)`.as('id'))
        .where('mutual_id', '=', mutualId)
        .where('kind', '=', kind)
        .where('sent_at', '>=', askedSince);
      if (kind === 'prospect') {
        const rows = await db
          .selectFrom('prospect')
          .select('id')
          .where('mutual_id', '=', mutualId)
          .where('stage', '<>', 'member')
          .where('id', 'not in', asked)
          .execute();
        return rows.map((r) => r.id);
      }
      let q = db.selectFrom('member').select('id').where('mutual_id', '=', mutualId).where('id', 'not in', asked);
      if (kind === 'joining') q = q.where('status', '=', 'active').where('joined_on', '>=', since);
      else if (kind === 'renewal') q = q.where('status', '=', 'active');
      else q = q.where('status', 'in', ['lapsed', 'withdrawn']).where('left_on', '>=', since);
      return (await q.execute()).map((r) => r.id);
    },
    /** Contact addresses of prospects. */
    prospects(mutualId: string, ids: readonly string[]) {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('prospect')
        .select(['id', 'legal_name', 'contact_name', 'contact_email'])
        .where('mutual_id', '=', mutualId)
        .where('id', 'in', ids)
        .execute();
    },
    members(mutualId: string, ids: readonly string[]) {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('member')
        .select(['id', 'legal_name', 'joined_on', 'left_on', 'status'])
        .where('mutual_id', '=', mutualId)
        .where('id', 'in', ids)
        .execute();
    },
  };
}
