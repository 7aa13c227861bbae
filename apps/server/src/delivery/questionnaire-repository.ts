import type { EvaluationLevel } from '@mutualis/domain/delivery/evaluation';
import type { Db } from '../db/client.ts';

/** Evaluation questionnaires (levels 1–3); only the hash of each link's token is kept. */
export function questionnaireRepository(db: Db) {
  return {
    async insertMany(
      rows: {
        mutualId: string;
        sessionId: string;
        level: EvaluationLevel;
        enrolmentId: string | null;
        memberId: string;
        toAddress: string | null;
        locale: 'fr' | 'en';
        sendOn: string;
        closesOn: string;
      }[],
    ) {
      if (rows.length === 0) return;
      await db
        .insertInto('questionnaire')
        .values(
          rows.map((r) => ({
            mutual_id: r.mutualId,
            session_id: r.sessionId,
            level: r.level,
            enrolment_id: r.enrolmentId,
            member_id: r.memberId,
            to_address: r.toAddress,
            locale: r.locale,
            send_on: r.sendOn,
            closes_on: r.closesOn,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    due(today: string, sessionId?: string) {
      let q = db
        .selectFrom('questionnaire')
        .select([
          'id',
          'mutual_id as mutualId',
          'session_id as sessionId',
          'level',
          'to_address as toAddress',
          'locale',
          'member_id as memberId',
          'enrolment_id as enrolmentId',
        ])
        .where('sent_at', 'is', null)
        .where('send_on', '<=', today)
        .where('to_address', 'is not', null);
      if (sessionId) q = q.where('session_id', '=', sessionId);
      return q.orderBy('send_on').limit(500).execute();
    },
    async markSent(id: string, tokenHash: string, now: string) {
      await db.updateTable('questionnaire').set({ token_hash: tokenHash, sent_at: now }).where('id', '=', id).execute();
    },
    byTokenHash(tokenHash: string) {
      return db
        .selectFrom('questionnaire as q')
        .innerJoin('training_session as s', 's.id', 'q.session_id')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .select([
          'q.id',
          'q.level',
          'q.locale',
          'q.answered_at as answeredAt',
          'q.closes_on as closesOn',
          'q.session_id as sessionId',
          'q.mutual_id as mutualId',
          's.title',
          'c.title_fr as titleFr',
          'c.title_en as titleEn',
        ])
        .where('q.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    /** The participants' questionnaires (levels 1–2) of a session's enrolments. */
    ofEnrolments(sessionId: string, enrolmentIds: string[]) {
      if (enrolmentIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('questionnaire')
        .select(['id', 'enrolment_id as enrolmentId', 'level', 'answered_at as answeredAt', 'closes_on as closesOn'])
        .where('session_id', '=', sessionId)
        .where('enrolment_id', 'in', enrolmentIds)
        .execute();
    },
    /** A personal link handed out on paper: a new token (the previous one stops working), open until `closesOn`. */
    async handOut(id: string, tokenHash: string, now: string, closesOn: string) {
      await db
        .updateTable('questionnaire')
        .set({ token_hash: tokenHash, sent_at: now, closes_on: closesOn })
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .execute();
    },
    /** Records the answers once: false when they were already given. */
    async answer(id: string, answers: Record<string, number | string>, now: string) {
      const res = await db
        .updateTable('questionnaire')
        .set({ answers: JSON.stringify(answers), answered_at: now })
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    /** Questionnaires (sent and answered) of the sessions matching the filter. */
    forSessions(sessionIds: string[]) {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('questionnaire')
        .select(['level', 'sent_at as sentAt', 'answers'])
        .where('session_id', 'in', sessionIds)
        .execute();
    },
  };
}
