import type { Db } from '../db/client.ts';

/**
 * Retention periods and the daily purge. A cut-off is a Montréal day (`…Day`, for date columns) or
 * the instant it begins (`…At`, for timestamps): what is older is due (domain privacy/retention).
 * `mutualId` null: the platform's own data (accounts of no mutual, their e-mails and reads).
 */
export function retentionRepository(db: Db) {
  const usersOf = (mutualId: string | null) => {
    const q = db.selectFrom('app_user').select('id');
    return mutualId === null ? q.where('mutual_id', 'is', null) : q.where('mutual_id', '=', mutualId);
  };
  const deleted = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  return {
    async periods(mutualId: string) {
      return db.selectFrom('retention_period').select(['kind', 'months']).where('mutual_id', '=', mutualId).execute();
    },
    async setPeriod(mutualId: string, kind: string, months: number, userId: string, at: string) {
      await db
        .insertInto('retention_period')
        .values({ mutual_id: mutualId, kind, months, updated_by: userId, updated_at: at })
        .onConflict((oc) =>
          oc.columns(['mutual_id', 'kind']).doUpdateSet({ months, updated_by: userId, updated_at: at }),
        )
        .execute();
    },
    async runs(mutualId: string, limit: number) {
      return db
        .selectFrom('retention_run')
        .select(['ran_at', 'counts'])
        .where('mutual_id', '=', mutualId)
        .orderBy('ran_at', 'desc')
        .limit(limit)
        .execute();
    },
    async recordRun(mutualId: string | null, ranAt: string, counts: Record<string, number>) {
      await db
        .insertInto('retention_run')
        .values({ mutual_id: mutualId, ran_at: ranAt, counts: JSON.stringify(counts) })
        .execute();
    },
    async mutualIds() {
      return (await db.selectFrom('mutual').select('id').orderBy('id').execute()).map((r) => r.id);
    },

    // ---------- what is due ----------

    /** Employees of the mutual whose employment ended before the cut-off and who are not yet anonymised. */
    async formerEmployeesDue(mutualId: string, cutoffDay: string) {
      return (
        await db
          .selectFrom('employee')
          .select('id')
          .where('mutual_id', '=', mutualId)
          .where('erased_at', 'is', null)
          .where('end_date', '<', cutoffDay)
          .forUpdate()
          .execute()
      ).map((r) => r.id);
    },
    /** Wages replaced by a newer wage that started before the cut-off (the current wage always stays). */
    async deleteSupersededWages(mutualId: string, cutoffDay: string) {
      return deleted(
        await db
          .deleteFrom('wage as w')
          .where('w.mutual_id', '=', mutualId)
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('wage as n')
                .select('n.id')
                .whereRef('n.employee_id', '=', 'w.employee_id')
                .whereRef('n.effective_on', '>', 'w.effective_on')
                .where('n.effective_on', '<', cutoffDay),
            ),
          )
          .executeTakeFirst(),
      );
    },
    /** Drops the e-mail address and the personal link of questionnaires sent before the cut-off; their answers stay (s.15). */
    async dropQuestionnaireAddresses(mutualId: string, cutoffAt: string) {
      const r = await db
        .updateTable('questionnaire')
        .set({ to_address: null, token_hash: null })
        .where('mutual_id', '=', mutualId)
        .where('sent_at', '<', cutoffAt)
        .where((eb) => eb.or([eb('to_address', 'is not', null), eb('token_hash', 'is not', null)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async deleteReads(mutualId: string | null, cutoffAt: string) {
      let q = db.deleteFrom('access_log').where('at', '<', cutoffAt);
      q = mutualId === null ? q.where('mutual_id', 'is', null) : q.where('mutual_id', '=', mutualId);
      return deleted(await q.executeTakeFirst());
    },
    /** Login sessions and one-time links of the mutual's accounts that expired before the cut-off. */
    async deleteLoginSessions(mutualId: string | null, cutoffAt: string) {
      const sessions = await db
        .deleteFrom('user_session')
        .where('expires_at', '<', cutoffAt)
        .where('user_id', 'in', usersOf(mutualId))
        .executeTakeFirst();
      const tokens = await db
        .deleteFrom('one_time_token')
        .where('expires_at', '<', cutoffAt)
        .where('user_id', 'in', usersOf(mutualId))
        .executeTakeFirst();
      return deleted(sessions) + deleted(tokens);
    },
    /** E-mails sent or given up, written before the cut-off (pending ones stay). */
    async deleteOutboxMessages(mutualId: string | null, cutoffAt: string) {
      let q = db.deleteFrom('outbox').where('created_at', '<', cutoffAt).where('status', 'in', ['sent', 'failed']);
      q = mutualId === null ? q.where('mutual_id', 'is', null) : q.where('mutual_id', '=', mutualId);
      return deleted(await q.executeTakeFirst());
    },
    async deleteIncidents(mutualId: string, cutoffDay: string) {
      return deleted(
        await db
          .deleteFrom('confidentiality_incident')
          .where('mutual_id', '=', mutualId)
          .where('discovered_on', '<', cutoffDay)
          .executeTakeFirst(),
      );
    },
  };
}
