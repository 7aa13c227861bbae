import { ACTIVE_POOLING_RUN_STATUSES, type PoolingRunStatus } from '@mutualis/domain/pooling-runs/run-status';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { Database } from '../db/tables.ts';

export interface NewPoolingRun {
  mutualId: string;
  label: string | null;
  sourceRunId: string | null;
  request: Record<string, unknown>;
  problem: Record<string, unknown>;
  adjustments: Record<string, unknown>;
  needsSnapshot: Record<string, string>;
  createdBy: string;
}

export type PoolingRunRow = NonNullable<Awaited<ReturnType<ReturnType<typeof poolingRepository>['findRun']>>>;
export type PoolingRunListRow = Awaited<ReturnType<ReturnType<typeof poolingRepository>['listRuns']>>[number];

export interface NewTrainingSession {
  mutualId: string;
  courseId: string;
  poolingRunId: string;
  planSessionId: string;
  period: string;
  regionCode: string | null;
  seats: number;
  costCents: number;
  reservations: { memberId: string; needId: string; seats: number; shareCents: number; standaloneCents: number }[];
}

/** The state of a need that, when it changes, makes a plan built on it stale. */
export const needStateOf = (n: { seats: number; status: string; updated_at: string }) =>
  `${n.seats}|${n.status}|${n.updated_at}`;

/**
 * Pooling runs, the sessions accepted plans propose and their reservations; and the reads of a
 * problem that only pooling makes (approved courses, topic codes, member sizes and the mutual's
 * minimum of firms come from the course, topic and demand repositories).
 */
export function poolingRepository(db: Db) {
  return {
    // ---------- building a problem ----------
    async openNeeds(
      mutualId: string,
      filter: { needIds?: string[]; topicIds?: string[]; regionCodes?: string[]; memberIds?: string[] },
    ) {
      let q = db.selectFrom('need').selectAll().where('mutual_id', '=', mutualId).where('status', '=', 'open');
      if (filter.needIds)
        q = q.where('id', 'in', filter.needIds.length ? filter.needIds : ['00000000-0000-0000-0000-000000000000']);
      if (filter.topicIds?.length) q = q.where('topic_id', 'in', filter.topicIds);
      if (filter.regionCodes?.length) q = q.where('region_code', 'in', filter.regionCodes);
      if (filter.memberIds?.length) q = q.where('member_id', 'in', filter.memberIds);
      return q.orderBy('id').execute();
    },
    /** Firm names (and sizes) for the ids of a plan. */
    async members(mutualId: string, ids?: string[]) {
      let q = db.selectFrom('member').select(['id', 'legal_name', 'headcount']).where('mutual_id', '=', mutualId);
      if (ids) q = q.where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
      return q.execute();
    },
    async coursesByIds(mutualId: string, ids: string[]) {
      if (ids.length === 0) return [];
      return db
        .selectFrom('course')
        .innerJoin('provider', 'provider.id', 'course.provider_id')
        .select([
          'course.id',
          'course.title_fr',
          'course.title_en',
          'course.status',
          'course.topic_id',
          'provider.name as provider_name',
        ])
        .where('course.mutual_id', '=', mutualId)
        .where('course.id', 'in', ids)
        .execute();
    },

    // ---------- runs ----------
    async createRun(run: NewPoolingRun) {
      return db
        .insertInto('pooling_run')
        .values({
          mutual_id: run.mutualId,
          label: run.label,
          source_run_id: run.sourceRunId,
          request: JSON.stringify(run.request),
          problem: JSON.stringify(run.problem),
          adjustments: JSON.stringify(run.adjustments),
          needs_snapshot: JSON.stringify(run.needsSnapshot),
          created_by: run.createdBy,
        })
        .returning(['id', 'status', 'created_at'])
        .executeTakeFirstOrThrow();
    },
    /** A page of the mutual's runs, newest first, with their totals but without their problems and plans. */
    async listRuns(mutualId: string, page: { limit: number; offset: number }) {
      return db
        .selectFrom('pooling_run')
        .leftJoin('app_user', 'app_user.id', 'pooling_run.created_by')
        .select([
          'pooling_run.id',
          'pooling_run.label',
          'pooling_run.status',
          'pooling_run.source_run_id',
          'pooling_run.progress',
          'pooling_run.error',
          'pooling_run.created_at',
          'pooling_run.started_at',
          'pooling_run.finished_at',
          'pooling_run.accepted_at',
          'app_user.display_name as created_by_name',
          sql<Record<string, number> | null>`pooling_run.plan->'totals'`.as('totals'),
          sql<Record<string, unknown> | null>`pooling_run.plan->'bound'`.as('bound'),
          sql<number>`jsonb_array_length(pooling_run.problem->'needs')`.as('need_count'),
          sql<unknown>`pooling_run.problem->'periods'`.as('periods'),
        ])
        .where('pooling_run.mutual_id', '=', mutualId)
        .orderBy('pooling_run.created_at', 'desc')
        .orderBy('pooling_run.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async countRuns(mutualId: string): Promise<number> {
      const row = await db
        .selectFrom('pooling_run')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('mutual_id', '=', mutualId)
        .executeTakeFirstOrThrow();
      return row.n;
    },
    async findRun(mutualId: string, runId: string) {
      return db
        .selectFrom('pooling_run')
        .leftJoin('app_user', 'app_user.id', 'pooling_run.created_by')
        .selectAll('pooling_run')
        .select('app_user.display_name as created_by_name')
        .where('pooling_run.mutual_id', '=', mutualId)
        .where('pooling_run.id', '=', runId)
        .executeTakeFirst();
    },
    /**
     * Claims the oldest queued run of a mutual that has no running run, for this instance until
     * `leaseUntil`; undefined when there is none. Claimers skip each other's rows (SKIP LOCKED), and
     * the one-running-run-per-mutual index refuses a second claim of the same mutual.
     */
    async claimNext(instanceId: string, at: string, leaseUntil: string) {
      try {
        return await db
          .updateTable('pooling_run')
          .set({
            status: 'running',
            started_at: at,
            claimed_by: instanceId,
            lease_until: leaseUntil,
            attempts: (eb) => eb('attempts', '+', 1),
            progress: JSON.stringify({ phase: 'starting', percent: 0 }),
          })
          .where('id', '=', (eb) =>
            eb
              .selectFrom('pooling_run as r')
              .select('r.id')
              .where('r.status', '=', 'queued')
              .where(({ not, exists, selectFrom }) =>
                not(
                  exists(
                    selectFrom('pooling_run as o')
                      .select('o.id')
                      .whereRef('o.mutual_id', '=', 'r.mutual_id')
                      .where('o.status', '=', 'running'),
                  ),
                ),
              )
              .orderBy('r.created_at')
              .orderBy('r.id')
              .limit(1)
              .forUpdate()
              .skipLocked(),
          )
          .where('status', '=', 'queued')
          .returning(['id', 'mutual_id', 'problem', 'adjustments'])
          .executeTakeFirst();
      } catch (error) {
        // another instance claimed a run of the same mutual at the same moment
        if ((error as { code?: string }).code === '23505') return undefined;
        throw error;
      }
    },
    /** Extends this instance's lease; false when the run is no longer this instance's running run (cancelled, taken over). */
    async renewLease(runId: string, instanceId: string, leaseUntil: string) {
      const result = await db
        .updateTable('pooling_run')
        .set({ lease_until: leaseUntil })
        .where('id', '=', runId)
        .where('claimed_by', '=', instanceId)
        .where('status', '=', 'running')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** A stopping instance gives its running run back to the queue (the try is not counted). */
    async handBack(runId: string, instanceId: string) {
      await db
        .updateTable('pooling_run')
        .set({
          status: 'queued',
          claimed_by: null,
          lease_until: null,
          attempts: sql<number>`greatest(attempts - 1, 0)`,
          progress: JSON.stringify({ phase: 'handed back', percent: 0 }),
        })
        .where('id', '=', runId)
        .where('claimed_by', '=', instanceId)
        .where('status', '=', 'running')
        .execute();
    },
    /**
     * Runs whose lease ran out (the instance solving them died): back in the queue while they have
     * had fewer than `maxAttempts` tries, else failed (a coordinator may start them again).
     */
    async recoverExpired(at: string, maxAttempts: number) {
      const expired = (eb: ExpressionBuilder<Database, 'pooling_run'>) =>
        eb.and([eb('status', '=', 'running'), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)])]);
      const failed = await db
        .updateTable('pooling_run')
        .set({
          status: 'failed',
          finished_at: at,
          claimed_by: null,
          lease_until: null,
          error: `interrupted: the server solving it stopped ${maxAttempts} times; start it again`,
        })
        .where(expired)
        .where('attempts', '>=', maxAttempts)
        .executeTakeFirst();
      const requeued = await db
        .updateTable('pooling_run')
        .set({
          status: 'queued',
          claimed_by: null,
          lease_until: null,
          progress: JSON.stringify({ phase: 'requeued', percent: 0 }),
        })
        .where(expired)
        .executeTakeFirst();
      return { failed: Number(failed.numUpdatedRows), requeued: Number(requeued.numUpdatedRows) };
    },
    /** True when some run waits in the queue. */
    async anyQueued() {
      return (
        (await db.selectFrom('pooling_run').select('id').where('status', '=', 'queued').limit(1).executeTakeFirst()) !==
        undefined
      );
    },
    async updateProgress(runId: string, instanceId: string, progress: Record<string, unknown>) {
      await db
        .updateTable('pooling_run')
        .set({ progress: JSON.stringify(progress) })
        .where('id', '=', runId)
        .where('claimed_by', '=', instanceId)
        .where('status', '=', 'running')
        .execute();
    },
    /** Ends a running run (this instance's, when `instanceId` is given); false when it had already ended (e.g. cancelled meanwhile). */
    async finishRun(
      runId: string,
      end: {
        status: PoolingRunStatus;
        at: string;
        plan?: Record<string, unknown>;
        error?: string;
        progress?: Record<string, unknown>;
        instanceId?: string;
      },
    ) {
      let q = db
        .updateTable('pooling_run')
        .set({
          status: end.status,
          finished_at: end.at,
          claimed_by: null,
          lease_until: null,
          ...(end.plan ? { plan: JSON.stringify(end.plan) } : {}),
          ...(end.error !== undefined ? { error: end.error } : {}),
          ...(end.progress ? { progress: JSON.stringify(end.progress) } : {}),
        })
        .where('id', '=', runId)
        .where('status', 'in', ACTIVE_POOLING_RUN_STATUSES);
      if (end.instanceId) q = q.where('claimed_by', '=', end.instanceId);
      const result = await q.executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async cancelRun(mutualId: string, runId: string, at: string) {
      return db
        .updateTable('pooling_run')
        .set({
          status: 'cancelled',
          finished_at: at,
          error: 'cancelled by a coordinator',
          claimed_by: null,
          lease_until: null,
        })
        .where('mutual_id', '=', mutualId)
        .where('id', '=', runId)
        .where('status', 'in', ACTIVE_POOLING_RUN_STATUSES)
        .returning(['id', 'status'])
        .executeTakeFirst();
    },
    // ---------- accepting a plan ----------
    /** Marks a succeeded run accepted; undefined when it was already accepted or did not succeed. */
    async markAccepted(mutualId: string, runId: string, userId: string, at: string) {
      return db
        .updateTable('pooling_run')
        .set({ accepted_at: at, accepted_by: userId })
        .where('mutual_id', '=', mutualId)
        .where('id', '=', runId)
        .where('status', '=', 'succeeded')
        .where('accepted_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
    },
    async createSession(s: NewTrainingSession) {
      const row = await db
        .insertInto('training_session')
        .values({
          mutual_id: s.mutualId,
          course_id: s.courseId,
          pooling_run_id: s.poolingRunId,
          plan_session_id: s.planSessionId,
          period: s.period,
          region_code: s.regionCode,
          seats: s.seats,
          cost_cents: s.costCents,
          status: 'proposed',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (s.reservations.length > 0) {
        await db
          .insertInto('session_reservation')
          .values(
            s.reservations.map((r) => ({
              mutual_id: s.mutualId,
              session_id: row.id,
              member_id: r.memberId,
              need_id: r.needId,
              seats: r.seats,
              share_cents: r.shareCents,
              standalone_cents: r.standaloneCents,
            })),
          )
          .execute();
      }
      return row.id;
    },
    async sessionsOfRun(mutualId: string, runId: string) {
      return db
        .selectFrom('training_session')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('pooling_run_id', '=', runId)
        .orderBy('plan_session_id')
        .execute();
    },

    // ---------- members' savings ----------
    /** One firm's reservations in sessions not cancelled, with what they replace; never another firm's rows. */
    async reservationsOfMember(mutualId: string, memberId: string) {
      return db
        .selectFrom('session_reservation as r')
        .innerJoin('training_session as s', 's.id', 'r.session_id')
        .innerJoin('need as n', 'n.id', 'r.need_id')
        .innerJoin('topic as t', 't.id', 'n.topic_id')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .select([
          'r.id',
          'r.need_id',
          'r.seats',
          'r.share_cents',
          'r.standalone_cents',
          's.id as session_id',
          's.period',
          's.region_code',
          's.status as session_status',
          't.name_fr as topic_fr',
          't.name_en as topic_en',
          'c.title_fr as course_fr',
          'c.title_en as course_en',
        ])
        .where('r.mutual_id', '=', mutualId)
        .where('r.member_id', '=', memberId)
        .where('s.status', '<>', 'cancelled')
        .orderBy('s.period')
        .orderBy('r.need_id')
        .execute();
    },
    async memberName(mutualId: string, memberId: string) {
      const row = await db
        .selectFrom('member')
        .select('legal_name')
        .where('mutual_id', '=', mutualId)
        .where('id', '=', memberId)
        .executeTakeFirst();
      return row?.legal_name ?? null;
    },
  };
}
