import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { ConfidentialityIncidentTable } from '../db/tables.ts';

/** The register of confidentiality incidents; every query is limited to one mutual. */
export function incidentRepository(db: Db) {
  const withAuthor = () =>
    db
      .selectFrom('confidentiality_incident as i')
      .leftJoin('app_user as u', 'u.id', 'i.created_by')
      .selectAll('i')
      .select('u.display_name as created_by_name');
  return {
    /** A page, latest learned of first; `noticesDue`: only risks of serious injury not yet notified to both (domain noticesDue). */
    async list(mutualId: string, filter: { noticesDue?: boolean; page: number; pageSize: number }) {
      let q = withAuthor().where('i.mutual_id', '=', mutualId);
      if (filter.noticesDue !== undefined) {
        q = q.where((eb) => {
          const due = eb.and([
            eb('i.serious_injury_risk', '=', true),
            eb.or([eb('i.commission_notified_on', 'is', null), eb('i.persons_notified_on', 'is', null)]),
          ]);
          return filter.noticesDue ? due : eb.not(due);
        });
      }
      const [{ total }] = await q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .execute();
      const rows = await q
        .orderBy('i.discovered_on', 'desc')
        .orderBy('i.created_at', 'desc')
        .orderBy('i.id')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { rows, total: Number(total) };
    },
    async find(mutualId: string, id: string, forUpdate = false) {
      let q = db
        .selectFrom('confidentiality_incident')
        .selectAll()
        .where('id', '=', id)
        .where('mutual_id', '=', mutualId);
      if (forUpdate) q = q.forUpdate();
      return q.executeTakeFirst();
    },
    async findWithAuthor(mutualId: string, id: string) {
      return withAuthor().where('i.id', '=', id).where('i.mutual_id', '=', mutualId).executeTakeFirstOrThrow();
    },
    async insert(values: Insertable<ConfidentialityIncidentTable>) {
      return db.insertInto('confidentiality_incident').values(values).returning('id').executeTakeFirstOrThrow();
    },
    async update(id: string, patch: Updateable<ConfidentialityIncidentTable>) {
      await db.updateTable('confidentiality_incident').set(patch).where('id', '=', id).execute();
    },
  };
}

export type IncidentRow = Awaited<ReturnType<ReturnType<typeof incidentRepository>['findWithAuthor']>>;
export type StoredIncidentRow = NonNullable<Awaited<ReturnType<ReturnType<typeof incidentRepository>['find']>>>;
