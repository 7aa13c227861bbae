import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/** What invoicing reads of funding programmes: the active ones and the subsidies they already granted. */
export function subsidyRepository(db: Db) {
  return {
    activeProgrammes(mutualId: string) {
      return db
        .selectFrom('funding_programme')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('active', '=', true)
        .orderBy('starts_on')
        .orderBy('id')
        .execute();
    },
    /** Subsidies granted (net of credit notes) per programme: by session, by member in [from, to], in all in [from, to]. */
    async used(programmeIds: readonly string[], range: { from: string; to: string }) {
      if (programmeIds.length === 0) return { bySession: [], byMember: [], byProgramme: [] };
      const base = () => db.selectFrom('invoice_subsidy').where('programme_id', 'in', programmeIds);
      const [bySession, byMember, byProgramme] = await Promise.all([
        base()
          .select(['programme_id', 'session_id', sql<number>`sum(cents)::bigint`.as('cents')])
          .where('session_id', 'is not', null)
          .groupBy(['programme_id', 'session_id'])
          .execute(),
        base()
          .select(['programme_id', 'member_id', sql<number>`sum(cents)::bigint`.as('cents')])
          .where('granted_on', '>=', range.from)
          .where('granted_on', '<=', range.to)
          .groupBy(['programme_id', 'member_id'])
          .execute(),
        base()
          .select(['programme_id', sql<number>`sum(cents)::bigint`.as('cents')])
          .where('granted_on', '>=', range.from)
          .where('granted_on', '<=', range.to)
          .groupBy(['programme_id'])
          .execute(),
      ]);
      return { bySession, byMember, byProgramme };
    },
  };
}
