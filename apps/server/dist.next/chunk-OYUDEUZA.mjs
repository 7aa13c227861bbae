import {
  ACTIVE_ENROLMENT_STATUSES,
  ALLOWED_TRANSITIONS,
  COURSE_READER_ROLES,
  EVALUATION_LEVELS,
  HELD_STATES,
  KEPT_SEAT_STATUSES,
  MEMBER_RECORD_ROLES,
  OFFERED_COURSE_STATUSES,
  OPEN_TO_EVERY_MEMBER,
  PARTICIPANT_LEVELS,
  PROVIDER_RECORD_ROLES,
  QUESTIONNAIRES,
  ROSTER_STATUSES,
  SESSION_ROLES,
  SESSION_WORKER_ROLES,
  STILL_TO_DELIVER,
  UNMET_REASONS,
  addDays,
  anonymousDemand,
  assessCell,
  attendanceEndpoints,
  attestationEndpoints,
  auditRepository,
  calendarEndpoints,
  canTransitionNeed,
  cellIsReady,
  cellKey,
  cellText,
  checkTransition,
  contentTypes,
  courseEndpoints,
  courseIsInUse,
  cutReservation,
  dateInMontreal,
  decideEnrolment,
  decideEnrolments,
  deliveredFacts,
  demandEndpoints,
  enqueueEmail,
  enrolmentEndpoints,
  enrolmentIsActive,
  enrolmentKeptSeat,
  evaluationEndpoints,
  firmSeatsOf,
  formatAttestationNumber,
  goNoGoStatus,
  hashToken,
  inTransaction,
  isNoShow,
  isSingleFirm,
  leaveKind,
  level3Window,
  memberMayChangeNeed,
  memberScopeOf,
  modeUsesRegions,
  mutualOf,
  mutualRepository,
  needEndpoints,
  needSeats,
  newToken,
  pageOf,
  parseAttestationNumber,
  poolKey,
  poolingRunEndpoints,
  promotions,
  providerEndpoints,
  readTableFile,
  registerEndpoints,
  registerMissing,
  reorderWaitlist,
  requireActiveTopic,
  reservationFit,
  savingsEndpoints,
  seatSummary,
  seatsAvailableFor,
  serve,
  servePublic,
  sessionEndpoints,
  sessionIsAnnounced,
  sessionIsDelivered,
  sessionIsFinished,
  sessionIsOpenForEnrolment,
  sessionIsTentative,
  sessionTakesAttendance,
  sessionTakesResults,
  sheetOf,
  spansPaymentsDidNotCountOf,
  summariseAnswers,
  summariseResults,
  suppressSmallCell,
  todayInMontreal,
  topicRepository,
  topicWithDescendants,
  unmetReason,
  userRepository,
  validateAnswers,
  verificationCode,
  withdrawalDeadline,
  writeCalendar,
  writeXlsxSheets
} from "./chunk-BGY2DUO2.mjs";
import {
  InvalidAdjustmentError,
  applyAdjustments,
  comparePlans,
  planFigures,
  standaloneCostByNeedCents
} from "./chunk-DHZEEJPS.mjs";
import {
  ACTIVE_POOLING_RUN_STATUSES,
  poolingRunHasPlan
} from "./chunk-UP7KH2ZN.mjs";
import {
  splitByLargestRemainder
} from "./chunk-CECXGVCG.mjs";
import {
  InvalidPoolingProblemError,
  parsePoolingProblem,
  sizeClassOf
} from "./chunk-KNC77P3G.mjs";
import {
  startWorkerThread
} from "./chunk-HFS7U24M.mjs";
import {
  AppError,
  forbidden,
  invalid,
  notFound
} from "./chunk-YGYWNK2I.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/pooling/repository.ts
import { sql } from "kysely";
var needStateOf = /* @__PURE__ */ __name((n) => `${n.seats}|${n.status}|${n.updated_at}`, "needStateOf");
function poolingRepository(db) {
  return {
    // ---------- building a problem ----------
    async openNeeds(mutualId, filter) {
      let q = db.selectFrom("need").selectAll().where("mutual_id", "=", mutualId).where("status", "=", "open");
      if (filter.needIds) q = q.where("id", "in", filter.needIds.length ? filter.needIds : ["00000000-0000-0000-0000-000000000000"]);
      if (filter.topicIds?.length) q = q.where("topic_id", "in", filter.topicIds);
      if (filter.regionCodes?.length) q = q.where("region_code", "in", filter.regionCodes);
      if (filter.memberIds?.length) q = q.where("member_id", "in", filter.memberIds);
      return q.orderBy("id").execute();
    },
    /** Firm names (and sizes) for the ids of a plan. */
    async members(mutualId, ids) {
      let q = db.selectFrom("member").select(["id", "legal_name", "headcount"]).where("mutual_id", "=", mutualId);
      if (ids) q = q.where("id", "in", ids.length ? ids : ["00000000-0000-0000-0000-000000000000"]);
      return q.execute();
    },
    async coursesByIds(mutualId, ids) {
      if (ids.length === 0) return [];
      return db.selectFrom("course").innerJoin("provider", "provider.id", "course.provider_id").select(["course.id", "course.title_fr", "course.title_en", "course.status", "course.topic_id", "provider.name as provider_name"]).where("course.mutual_id", "=", mutualId).where("course.id", "in", ids).execute();
    },
    // ---------- runs ----------
    async createRun(run) {
      return db.insertInto("pooling_run").values({
        mutual_id: run.mutualId,
        label: run.label,
        source_run_id: run.sourceRunId,
        request: JSON.stringify(run.request),
        problem: JSON.stringify(run.problem),
        adjustments: JSON.stringify(run.adjustments),
        needs_snapshot: JSON.stringify(run.needsSnapshot),
        created_by: run.createdBy
      }).returning(["id", "status", "created_at"]).executeTakeFirstOrThrow();
    },
    /** A page of the mutual's runs, newest first, with their totals but without their problems and plans. */
    async listRuns(mutualId, page) {
      return db.selectFrom("pooling_run").leftJoin("app_user", "app_user.id", "pooling_run.created_by").select([
        "pooling_run.id",
        "pooling_run.label",
        "pooling_run.status",
        "pooling_run.source_run_id",
        "pooling_run.progress",
        "pooling_run.error",
        "pooling_run.created_at",
        "pooling_run.started_at",
        "pooling_run.finished_at",
        "pooling_run.accepted_at",
        "app_user.display_name as created_by_name",
        sql`pooling_run.plan->'totals'`.as("totals"),
        sql`pooling_run.plan->'bound'`.as("bound"),
        sql`jsonb_array_length(pooling_run.problem->'needs')`.as("need_count"),
        sql`pooling_run.problem->'periods'`.as("periods")
      ]).where("pooling_run.mutual_id", "=", mutualId).orderBy("pooling_run.created_at", "desc").orderBy("pooling_run.id").limit(page.limit).offset(page.offset).execute();
    },
    async countRuns(mutualId) {
      const row = await db.selectFrom("pooling_run").select(sql`count(*)::int`.as("n")).where("mutual_id", "=", mutualId).executeTakeFirstOrThrow();
      return row.n;
    },
    async findRun(mutualId, runId) {
      return db.selectFrom("pooling_run").leftJoin("app_user", "app_user.id", "pooling_run.created_by").selectAll("pooling_run").select("app_user.display_name as created_by_name").where("pooling_run.mutual_id", "=", mutualId).where("pooling_run.id", "=", runId).executeTakeFirst();
    },
    /** Moves a queued run to running; undefined when it is no longer queued (e.g. cancelled). */
    async markRunning(runId, at) {
      return db.updateTable("pooling_run").set({ status: "running", started_at: at, progress: JSON.stringify({ phase: "starting", percent: 0 }) }).where("id", "=", runId).where("status", "=", "queued").returning(["id", "mutual_id", "problem", "adjustments"]).executeTakeFirst();
    },
    async updateProgress(runId, progress) {
      await db.updateTable("pooling_run").set({ progress: JSON.stringify(progress) }).where("id", "=", runId).where("status", "=", "running").execute();
    },
    /** Ends a running run; false when it had already ended (e.g. cancelled meanwhile). */
    async finishRun(runId, end) {
      const result = await db.updateTable("pooling_run").set({
        status: end.status,
        finished_at: end.at,
        ...end.plan ? { plan: JSON.stringify(end.plan) } : {},
        ...end.error !== void 0 ? { error: end.error } : {},
        ...end.progress ? { progress: JSON.stringify(end.progress) } : {}
      }).where("id", "=", runId).where("status", "in", ACTIVE_POOLING_RUN_STATUSES).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async cancelRun(mutualId, runId, at) {
      return db.updateTable("pooling_run").set({ status: "cancelled", finished_at: at, error: "cancelled by a coordinator" }).where("mutual_id", "=", mutualId).where("id", "=", runId).where("status", "in", ACTIVE_POOLING_RUN_STATUSES).returning(["id", "status"]).executeTakeFirst();
    },
    /** Runs left queued or running by a stopped server are failed: nobody is solving them any more. */
    async failUnfinishedRuns(at, reason) {
      const result = await db.updateTable("pooling_run").set({ status: "failed", finished_at: at, error: reason }).where("status", "in", ACTIVE_POOLING_RUN_STATUSES).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    // ---------- accepting a plan ----------
    /** Marks a succeeded run accepted; undefined when it was already accepted or did not succeed. */
    async markAccepted(mutualId, runId, userId, at) {
      return db.updateTable("pooling_run").set({ accepted_at: at, accepted_by: userId }).where("mutual_id", "=", mutualId).where("id", "=", runId).where("status", "=", "succeeded").where("accepted_at", "is", null).returning("id").executeTakeFirst();
    },
    async createSession(s) {
      const row = await db.insertInto("training_session").values({
        mutual_id: s.mutualId,
        course_id: s.courseId,
        pooling_run_id: s.poolingRunId,
        plan_session_id: s.planSessionId,
        period: s.period,
        region_code: s.regionCode,
        seats: s.seats,
        cost_cents: s.costCents,
        status: "proposed"
      }).returning("id").executeTakeFirstOrThrow();
      if (s.reservations.length > 0) {
        await db.insertInto("session_reservation").values(
          s.reservations.map((r) => ({
            mutual_id: s.mutualId,
            session_id: row.id,
            member_id: r.memberId,
            need_id: r.needId,
            seats: r.seats,
            share_cents: r.shareCents,
            standalone_cents: r.standaloneCents
          }))
        ).execute();
      }
      return row.id;
    },
    async sessionsOfRun(mutualId, runId) {
      return db.selectFrom("training_session").selectAll().where("mutual_id", "=", mutualId).where("pooling_run_id", "=", runId).orderBy("plan_session_id").execute();
    },
    // ---------- members' savings ----------
    /** One firm's reservations in sessions not cancelled, with what they replace; never another firm's rows. */
    async reservationsOfMember(mutualId, memberId) {
      return db.selectFrom("session_reservation as r").innerJoin("training_session as s", "s.id", "r.session_id").innerJoin("need as n", "n.id", "r.need_id").innerJoin("topic as t", "t.id", "n.topic_id").innerJoin("course as c", "c.id", "s.course_id").select([
        "r.id",
        "r.need_id",
        "r.seats",
        "r.share_cents",
        "r.standalone_cents",
        "s.id as session_id",
        "s.period",
        "s.region_code",
        "s.status as session_status",
        "t.name_fr as topic_fr",
        "t.name_en as topic_en",
        "c.title_fr as course_fr",
        "c.title_en as course_en"
      ]).where("r.mutual_id", "=", mutualId).where("r.member_id", "=", memberId).where("s.status", "<>", "cancelled").orderBy("s.period").orderBy("r.need_id").execute();
    },
    async memberName(mutualId, memberId) {
      const row = await db.selectFrom("member").select("legal_name").where("mutual_id", "=", mutualId).where("id", "=", memberId).executeTakeFirst();
      return row?.legal_name ?? null;
    }
  };
}
__name(poolingRepository, "poolingRepository");

// apps/server/src/pooling/pooling-runner.ts
var workerUrl = new URL("./pooling-worker.ts", import.meta.url);
var PROGRESS_EVERY_MS = 300;
function percentOf(p) {
  const phase = p.phase;
  if (phase === "done") return 100;
  if (phase === "sharing costs") return 97;
  const total = Number(p.componentsTotal ?? 0);
  const done = Number(p.componentsDone ?? 0);
  if (phase === "solving" && total > 0) return Math.round(5 + 90 * done / total);
  return phase === "solving" ? 5 : 2;
}
__name(percentOf, "percentOf");
function createPoolingRunner(deps) {
  const repo = poolingRepository(deps.db);
  const queues = /* @__PURE__ */ new Map();
  const active = /* @__PURE__ */ new Map();
  const cancelled = /* @__PURE__ */ new Set();
  let stopped = false;
  let idleWaiters = [];
  const at = /* @__PURE__ */ __name(() => deps.now().toISOString(), "at");
  const log = /* @__PURE__ */ __name((message, error) => {
    if (deps.config.NODE_ENV !== "test") console.error(`pooling: ${message}`, error ?? "");
  }, "log");
  const checkIdle = /* @__PURE__ */ __name(() => {
    if (active.size === 0 && [...queues.values()].every((q) => q.length === 0)) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  }, "checkIdle");
  const pump = /* @__PURE__ */ __name((mutualId) => {
    if (stopped || active.has(mutualId)) return;
    const runId = queues.get(mutualId)?.shift();
    if (!runId) return checkIdle();
    const slot = { runId, done: Promise.resolve() };
    active.set(mutualId, slot);
    slot.done = start(slot).catch(async (error) => {
      log(`run ${runId} could not be run`, error);
      await repo.finishRun(runId, { status: "failed", at: at(), error: `the run could not start: ${error.message}` }).catch(() => {
      });
    }).finally(() => {
      active.delete(mutualId);
      pump(mutualId);
      checkIdle();
    });
  }, "pump");
  async function start(slot) {
    const { runId } = slot;
    const run = await repo.markRunning(runId, at());
    if (!run || stopped) return;
    const worker = startWorkerThread(workerUrl, { problem: run.problem, adjustments: run.adjustments });
    slot.worker = worker;
    if (cancelled.has(runId)) {
      await worker.terminate();
      return;
    }
    let latest = null;
    let lastWrite = 0;
    let writing = Promise.resolve();
    const flush = /* @__PURE__ */ __name(() => {
      if (!latest) return;
      const progress = latest;
      latest = null;
      lastWrite = Date.now();
      writing = writing.then(() => repo.updateProgress(runId, progress)).catch((error) => log(`progress of ${runId}`, error));
    }, "flush");
    let timer;
    await new Promise((resolve) => {
      let ended = false;
      const end = /* @__PURE__ */ __name(async (outcome) => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        latest = null;
        await writing;
        if (!cancelled.has(runId)) {
          const progress = outcome.status === "succeeded" ? { ...outcome.plan?.bound, phase: "done", percent: 100, objective: outcome.plan?.totals?.objective } : void 0;
          await repo.finishRun(runId, { status: outcome.status, at: at(), plan: outcome.plan, error: outcome.error, progress }).catch((error) => log(`ending ${runId}`, error));
        }
        resolve();
      }, "end");
      worker.on("message", (m) => {
        if (m.type === "progress") {
          latest = { ...m.progress, percent: percentOf(m.progress) };
          if (Date.now() - lastWrite >= PROGRESS_EVERY_MS) flush();
          else {
            clearTimeout(timer);
            timer = setTimeout(flush, PROGRESS_EVERY_MS);
          }
        } else if (m.type === "done") void end({ status: "succeeded", plan: m.plan }).then(() => worker.terminate());
        else void end({ status: "failed", error: m.message }).then(() => worker.terminate());
      });
      worker.on("error", (error) => void end({ status: "failed", error: `the solver stopped: ${error.message}` }));
      worker.on("exit", () => void end({ status: "failed", error: cancelled.has(runId) ? "cancelled" : "the solver stopped without a plan" }));
    });
  }
  __name(start, "start");
  return {
    enqueue(runId, mutualId) {
      if (stopped) return;
      queues.set(mutualId, [...queues.get(mutualId) ?? [], runId]);
      pump(mutualId);
    },
    async cancel(mutualId, runId) {
      const row = await repo.cancelRun(mutualId, runId, at());
      if (!row) return false;
      cancelled.add(runId);
      const queue = queues.get(mutualId);
      if (queue?.includes(runId)) queues.set(mutualId, queue.filter((id) => id !== runId));
      const running = active.get(mutualId);
      if (running?.runId === runId && running.worker) await running.worker.terminate();
      checkIdle();
      return true;
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        checkIdle();
      });
    },
    async stop() {
      stopped = true;
      queues.clear();
      const running = [...active.values()];
      for (const a of running) cancelled.add(a.runId);
      await Promise.all(running.map((a) => a.worker?.terminate()));
      for (const a of running) await repo.finishRun(a.runId, { status: "failed", at: at(), error: "the server stopped during the run" }).catch(() => {
      });
      await Promise.all(running.map((a) => a.done));
      checkIdle();
    }
  };
}
__name(createPoolingRunner, "createPoolingRunner");
async function failInterruptedPoolingRuns(deps) {
  return poolingRepository(deps.db).failUnfinishedRuns(deps.now().toISOString(), "interrupted: the server stopped during the run");
}
__name(failInterruptedPoolingRuns, "failInterruptedPoolingRuns");

// apps/server/src/mail/delivery-templates.ts
var escapeHtml = /* @__PURE__ */ __name((s) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]), "escapeHtml");
function layout(locale, subject, paragraphs, action) {
  const text = [...paragraphs, action ? `${action.label}${locale === "fr" ? " :" : ":"} ${action.url}` : null, "\u2014 Mutualis"].filter(Boolean).join("\n\n");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem">
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6rem 1rem; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(action.label)}</a></p>
<p style="font-size: 0.9em; color: #555">${escapeHtml(action.url)}</p>` : ""}
<p>\u2014 Mutualis</p>
</body></html>`;
  return { subject, text, html };
}
__name(layout, "layout");
var where = /* @__PURE__ */ __name((locale, s) => {
  const lines = [];
  if (s.schedule.length) lines.push(`${locale === "fr" ? "Dates :" : "Dates:"}
${s.schedule.join("\n")}`);
  if (s.place) lines.push(`${locale === "fr" ? "Lieu : " : "Place: "}${s.place}`);
  if (s.virtualLink) lines.push(`${locale === "fr" ? "Lien de la classe virtuelle : " : "Virtual classroom link: "}${s.virtualLink}`);
  return lines;
}, "where");
function deliveryEmail(kind, input) {
  const { locale, name, session } = input;
  const fr = locale === "fr";
  const hello = fr ? `Bonjour ${name},` : `Hello ${name},`;
  const t = session.title;
  switch (kind) {
    case "session_invitation":
      return layout(
        locale,
        fr ? `Convocation : ${t}` : `Invitation: ${t}`,
        [hello, fr ? `Vous \xEAtes attendu(e) \xE0 la formation \xAB ${t} \xBB.` : `You are expected at the training "${t}".`, ...where(locale, session)],
        input.link ? { label: fr ? "Ajouter \xE0 mon agenda" : "Add to my calendar", url: input.link } : void 0
      );
    case "enrolment_confirmation":
      return layout(locale, fr ? `Inscription confirm\xE9e : ${t}` : `Enrolment confirmed: ${t}`, [
        hello,
        fr ? `Votre place \xE0 la formation \xAB ${t} \xBB est confirm\xE9e.` : `Your seat in the training "${t}" is confirmed.`,
        ...where(locale, session)
      ]);
    case "waitlisted":
      return layout(locale, fr ? `Liste d\u2019attente : ${t}` : `Waitlist: ${t}`, [
        hello,
        fr ? `La formation \xAB ${t} \xBB est compl\xE8te ; vous \xEAtes sur la liste d\u2019attente. Nous vous \xE9crirons d\xE8s qu\u2019une place se lib\xE8re.` : `The training "${t}" is full; you are on the waitlist. We will write as soon as a seat frees up.`
      ]);
    case "session_reminder":
      return layout(locale, fr ? `Rappel : ${t}` : `Reminder: ${t}`, [
        hello,
        fr ? `Rappel : la formation \xAB ${t} \xBB approche.` : `Reminder: the training "${t}" is coming up.`,
        ...where(locale, session)
      ]);
    case "session_change":
      return layout(locale, fr ? `Changement : ${t}` : `Change: ${t}`, [
        hello,
        fr ? `La formation \xAB ${t} \xBB a chang\xE9. Voici l\u2019horaire \xE0 jour.` : `The training "${t}" has changed. Here is the updated schedule.`,
        ...where(locale, session)
      ]);
    case "session_cancelled":
      return layout(locale, fr ? `Annulation : ${t}` : `Cancelled: ${t}`, [
        hello,
        fr ? `La formation \xAB ${t} \xBB est annul\xE9e.` : `The training "${t}" is cancelled.`,
        input.reason ? fr ? `Motif : ${input.reason}` : `Reason: ${input.reason}` : ""
      ].filter(Boolean));
    case "waitlist_promotion":
      return layout(locale, fr ? `Une place s\u2019est lib\xE9r\xE9e : ${t}` : `A seat freed up: ${t}`, [
        hello,
        fr ? `Bonne nouvelle : une place s\u2019est lib\xE9r\xE9e \xE0 la formation \xAB ${t} \xBB et elle est \xE0 vous.` : `Good news: a seat freed up in the training "${t}" and it is yours.`,
        ...where(locale, session)
      ]);
    case "questionnaire":
      return layout(
        locale,
        input.detail?.level === 2 ? fr ? `Vos acquis : \xAB ${t} \xBB` : `What you learned: "${t}"` : fr ? `Votre avis sur \xAB ${t} \xBB` : `Your opinion of "${t}"`,
        [
          hello,
          fr ? `Merci d\u2019avoir suivi la formation \xAB ${t} \xBB. Quelques questions (2 minutes), sans compte \xE0 cr\xE9er :` : `Thank you for taking the training "${t}". A few questions (2 minutes), no account needed:`
        ],
        { label: fr ? "R\xE9pondre au questionnaire" : "Answer the questionnaire", url: input.link ?? "" }
      );
    case "level3_questionnaire":
      return layout(
        locale,
        fr ? `Suivi : les comp\xE9tences de \xAB ${t} \xBB au travail` : `Follow-up: the skills of "${t}" at work`,
        [
          hello,
          fr ? `Il y a deux mois, des employ\xE9s de votre entreprise ont suivi \xAB ${t} \xBB. Utilisent-ils ces comp\xE9tences au travail ?` : `Two months ago, employees of your firm took "${t}". Do they use these skills at work?`
        ],
        { label: fr ? "R\xE9pondre au suivi" : "Answer the follow-up", url: input.link ?? "" }
      );
    case "go_no_go_alert": {
      const d = input.detail ?? {};
      return layout(
        locale,
        fr ? `Go/no-go : minimum non atteint pour \xAB ${t} \xBB` : `Go/no-go: minimum not reached for "${t}"`,
        [
          hello,
          fr ? `La date de d\xE9cision de \xAB ${t} \xBB est arriv\xE9e : ${d.seats} place(s) sur un minimum de ${d.seatsMin}, ${d.firms} entreprise(s) sur ${d.minFirms} requise(s).` : `The decision date of "${t}" has come: ${d.seats} seat(s) of a ${d.seatsMin} minimum, ${d.firms} firm(s) of ${d.minFirms} required.`,
          fr ? "D\xE9cidez de confirmer la s\xE9ance quand m\xEAme ou de l\u2019annuler." : "Decide whether to confirm the session anyway or cancel it."
        ],
        input.link ? { label: fr ? "Voir la s\xE9ance" : "Open the session", url: input.link } : void 0
      );
    }
    case "seat_request": {
      const d = input.detail ?? {};
      return layout(
        locale,
        fr ? `Demande de places : ${t}` : `Seat request: ${t}`,
        [
          hello,
          fr ? `${d.firm} demande ${d.seats} place(s) de plus \xE0 \xAB ${t} \xBB.` : `${d.firm} asks for ${d.seats} more seat(s) in "${t}".`,
          input.reason ? fr ? `Note : ${input.reason}` : `Note: ${input.reason}` : ""
        ].filter(Boolean),
        input.link ? { label: fr ? "Voir la s\xE9ance" : "Open the session", url: input.link } : void 0
      );
    }
  }
}
__name(deliveryEmail, "deliveryEmail");

// apps/server/src/delivery/session-repository.ts
import { sql as sql2 } from "kysely";
function trainingSessionRepository(db) {
  const base = /* @__PURE__ */ __name(() => db.selectFrom("training_session as s").innerJoin("course as c", "c.id", "s.course_id").innerJoin("mutual as mu", "mu.id", "s.mutual_id").leftJoin("provider as p", (join) => join.on(sql2`p.id = coalesce(s.provider_id, c.provider_id)`)).leftJoin("app_user as tu", "tu.id", "s.trainer_user_id").select([
    "s.id",
    "s.mutual_id as mutualId",
    "s.course_id as courseId",
    sql2`coalesce(s.title, c.title_fr)`.as("title"),
    "c.title_fr as courseTitleFr",
    "c.title_en as courseTitleEn",
    "c.objectives",
    "c.content",
    "c.duration_hours as durationHours",
    "s.period",
    "s.region_code as regionCode",
    sql2`coalesce(s.language, c.language)`.as("language"),
    "c.mode",
    "s.status",
    "s.seats",
    sql2`coalesce(s.seats_min, c.min_seats)`.as("seatsMin"),
    sql2`coalesce(s.seats_max, c.max_seats)`.as("seatsMax"),
    "s.cost_cents as costCents",
    // sessions from a pooling plan have no date of their own: the mutual's lead time before the period
    sql2`coalesce(s.go_no_go_date, case when s.period ~ '^[0-9]{4}-[0-9]{2}$' then (s.period || '-01')::date - mu.go_no_go_days end)`.as("goNoGoDate"),
    "s.go_no_go_alerted_at as goNoGoAlertedAt",
    "s.place",
    "s.virtual_link as virtualLink",
    sql2`coalesce(s.provider_id, c.provider_id)`.as("providerId"),
    "p.name as providerName",
    "s.trainer_user_id as trainerUserId",
    sql2`coalesce(s.trainer_name, tu.display_name)`.as("trainerName"),
    "s.single_firm as singleFirm",
    "s.override_reason as overrideReason",
    "s.cancel_reason as cancelReason",
    "s.sequence",
    "s.notes",
    "s.updated_at as updatedAt",
    sql2`(select count(*) from enrolment e where e.session_id = s.id and e.status = 'confirmed')::int`.as("seatsConfirmed"),
    sql2`(select count(*) from enrolment e where e.session_id = s.id and e.status = 'waitlisted')::int`.as("waitlisted"),
    sql2`(select min(d.day) from session_meeting_day d where d.session_id = s.id)`.as("firstDay"),
    sql2`(select max(d.day) from session_meeting_day d where d.session_id = s.id)`.as("lastDay")
  ]), "base");
  const visible = /* @__PURE__ */ __name((q, v) => {
    let out = q.where("s.mutual_id", "=", v.mutualId);
    if (v.kind === "trainer") {
      out = out.where(sql2`coalesce(s.provider_id, c.provider_id) = ${v.providerId}`).where((eb) => eb.or([eb("s.trainer_user_id", "is", null), eb("s.trainer_user_id", "=", v.userId)]));
    }
    if (v.kind === "member") {
      out = out.where(
        (eb) => eb.or([
          eb("s.status", "in", [...OPEN_TO_EVERY_MEMBER]),
          eb.exists(eb.selectFrom("session_reservation as r").select("r.id").whereRef("r.session_id", "=", "s.id").where("r.member_id", "=", v.memberId)),
          eb.exists(eb.selectFrom("enrolment as e").select("e.id").whereRef("e.session_id", "=", "s.id").where("e.member_id", "=", v.memberId))
        ])
      );
    }
    return out;
  }, "visible");
  const filtered = /* @__PURE__ */ __name((q, f) => {
    let out = q;
    if (f.status) out = out.where("s.status", "=", f.status);
    if (f.period) out = out.where("s.period", "like", `${f.period}%`);
    if (f.ids) out = out.where("s.id", "in", f.ids);
    return out;
  }, "filtered");
  return {
    async find(id, v) {
      return await visible(base(), v).where("s.id", "=", id).executeTakeFirst();
    },
    /** The visible sessions that match, by period then creation; a page of them when `page` is given. */
    async list(v, filter = {}, page) {
      if (filter.ids?.length === 0) return [];
      let q = filtered(visible(base(), v), filter).orderBy("s.period").orderBy("s.created_at").orderBy("s.id");
      if (page) q = q.limit(page.limit).offset(page.offset);
      return await q.execute();
    },
    async count(v, filter = {}) {
      if (filter.ids?.length === 0) return 0;
      const row = await filtered(visible(base(), v), filter).clearSelect().select(sql2`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return row.n;
    },
    /** Locks the session row until the transaction ends (enrolment capacity, transitions). */
    async lock(id, mutualId) {
      return db.selectFrom("training_session").select(["id", "status"]).where("id", "=", id).where("mutual_id", "=", mutualId).forUpdate().executeTakeFirst();
    },
    async insert(values) {
      return db.insertInto("training_session").values(values).returning("id").executeTakeFirstOrThrow();
    },
    async update(id, values, now) {
      await db.updateTable("training_session").set({ ...values, updated_at: now }).where("id", "=", id).execute();
    },
    /** Bumps the iCalendar SEQUENCE after a change participants should see. */
    async bumpSequence(id, now) {
      await db.updateTable("training_session").set((eb) => ({ sequence: eb("sequence", "+", 1), updated_at: now })).where("id", "=", id).execute();
    },
    async recordEvent(event) {
      await db.insertInto("session_event").values({
        mutual_id: event.mutualId,
        session_id: event.sessionId,
        actor_user_id: event.actorUserId,
        kind: event.kind,
        from_status: event.fromStatus ?? null,
        to_status: event.toStatus ?? null,
        reason: event.reason ?? null,
        detail: JSON.stringify(event.detail ?? {})
      }).execute();
    },
    /** A page of the session's history, oldest first. */
    history(sessionId, page) {
      return db.selectFrom("session_event as e").leftJoin("app_user as u", "u.id", "e.actor_user_id").select(["e.id", "e.at", "u.display_name as actorName", "e.kind", "e.from_status as fromStatus", "e.to_status as toStatus", "e.reason", "e.detail"]).where("e.session_id", "=", sessionId).orderBy("e.id").limit(page.limit).offset(page.offset).execute();
    },
    async countHistory(sessionId) {
      const row = await db.selectFrom("session_event").select(sql2`count(*)::int`.as("n")).where("session_id", "=", sessionId).executeTakeFirstOrThrow();
      return row.n;
    },
    meetingDays(sessionId) {
      return db.selectFrom("session_meeting_day").select(["id", "day", "starts_at as startsAt", "ends_at as endsAt", "hours"]).where("session_id", "=", sessionId).orderBy("day").orderBy("starts_at").execute();
    },
    meetingDaysOf(sessionIds) {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return db.selectFrom("session_meeting_day").select(["id", "session_id as sessionId", "day", "starts_at as startsAt", "ends_at as endsAt", "hours"]).where("session_id", "in", sessionIds).orderBy("day").execute();
    },
    async replaceMeetingDays(mutualId, sessionId, days) {
      await db.deleteFrom("session_meeting_day").where("session_id", "=", sessionId).execute();
      if (days.length === 0) return;
      await db.insertInto("session_meeting_day").values(days.map((d) => ({ mutual_id: mutualId, session_id: sessionId, day: d.day, starts_at: d.startsAt, ends_at: d.endsAt, hours: d.hours }))).execute();
    },
    /** Reserved seats per member (sum over its needs) with the member's name. */
    reservations(sessionId) {
      return db.selectFrom("session_reservation as r").innerJoin("member as m", "m.id", "r.member_id").select(["r.member_id as memberId", "m.legal_name as memberName", sql2`sum(r.seats)::int`.as("reserved")]).where("r.session_id", "=", sessionId).groupBy(["r.member_id", "m.legal_name"]).execute();
    },
    /** One firm's reservation rows in a session, the seats reserved by hand first, then the newest. */
    reservationRows(sessionId, memberId) {
      return db.selectFrom("session_reservation").select(["id", "need_id as needId", "seats", "share_cents as shareCents", "standalone_cents as standaloneCents"]).where("session_id", "=", sessionId).where("member_id", "=", memberId).orderBy(sql2`need_id is null`, "desc").orderBy("created_at", "desc").orderBy("id").execute();
    },
    async insertReservation(values) {
      await db.insertInto("session_reservation").values({
        mutual_id: values.mutualId,
        session_id: values.sessionId,
        member_id: values.memberId,
        need_id: null,
        seats: values.seats,
        share_cents: 0,
        standalone_cents: 0,
        created_by: values.createdBy
      }).execute();
    },
    async updateReservation(id, values) {
      await db.updateTable("session_reservation").set({ seats: values.seats, share_cents: values.shareCents, standalone_cents: values.standaloneCents }).where("id", "=", id).execute();
    },
    async deleteReservation(id) {
      await db.deleteFrom("session_reservation").where("id", "=", id).execute();
    },
    mutualSettings(mutualId) {
      return db.selectFrom("mutual").select([
        "id",
        "name",
        "min_firms_per_session as minFirms",
        "withdrawal_deadline_days as withdrawalDeadlineDays",
        "go_no_go_days as goNoGoDays",
        "completion_threshold_pct as completionThresholdPct"
      ]).where("id", "=", mutualId).executeTakeFirstOrThrow();
    },
    course(courseId, mutualId) {
      return db.selectFrom("course").selectAll().where("id", "=", courseId).where("mutual_id", "=", mutualId).executeTakeFirst();
    },
    /** Sessions still proposed whose go/no-go date has come and that were not alerted yet. */
    dueForGoNoGo(today) {
      return db.selectFrom("training_session as s").innerJoin("mutual as mu", "mu.id", "s.mutual_id").select(["s.id", "s.mutual_id as mutualId"]).where("s.status", "=", "proposed").where(sql2`coalesce(s.go_no_go_date, case when s.period ~ '^[0-9]{4}-[0-9]{2}$' then (s.period || '-01')::date - mu.go_no_go_days end) <= ${today}::date`).where("s.go_no_go_alerted_at", "is", null).execute();
    },
    /**
     * Moves the needs behind a session's reservations along with it (planned → scheduled → closed;
     * back to open on cancellation). A need split across several sessions follows the others too:
     * it closes only when no other live session still has to deliver it, and a cancellation reopens
     * only the seats no other live session covers (the uncovered seats are split off as a new open
     * need; the original keeps the covered seats and its named employees).
     */
    async moveNeeds(sessionId, to, now) {
      const moved = { opened: [], split: [], closed: [] };
      if (to === "scheduled") {
        await db.updateTable("need").set({ status: "scheduled", status_changed_at: now, updated_at: now }).where("id", "in", (eb) => eb.selectFrom("session_reservation").select("need_id").where("session_id", "=", sessionId)).where("status", "=", "planned").execute();
        return moved;
      }
      const needs = await db.selectFrom("need as n").selectAll("n").select([
        // seats of this need other live sessions hold, and how many of those sessions still have to deliver
        sql2`coalesce((select sum(r2.seats) from session_reservation r2 join training_session s2 on s2.id = r2.session_id
            where r2.need_id = n.id and r2.session_id <> ${sessionId} and s2.status <> 'cancelled'), 0)::int`.as("coveredElsewhere"),
        sql2`(select count(*) from session_reservation r2 join training_session s2 on s2.id = r2.session_id
            where r2.need_id = n.id and r2.session_id <> ${sessionId} and s2.status in (${sql2.join([...STILL_TO_DELIVER])}))::int`.as("pendingElsewhere")
      ]).where("n.id", "in", (eb) => eb.selectFrom("session_reservation").select("need_id").where("session_id", "=", sessionId)).where("n.status", "in", ["planned", "scheduled"]).orderBy("n.id").execute();
      const setStatus = /* @__PURE__ */ __name((ids, status) => ids.length === 0 ? Promise.resolve() : db.updateTable("need").set({ status, status_changed_at: now, updated_at: now }).where("id", "in", ids).execute().then(() => void 0), "setStatus");
      if (to === "closed") {
        moved.closed = needs.filter((n) => n.pendingElsewhere === 0).map((n) => n.id);
        await setStatus(moved.closed, "closed");
        return moved;
      }
      for (const n of needs) {
        if (n.coveredElsewhere === 0) {
          moved.opened.push(n.id);
          continue;
        }
        if (n.coveredElsewhere < n.seats) {
          const { id, seats, mutual_id, member_id, topic_id, diagnostic_id, noc_code, languages, modes, region_code, periods, priority, max_price_per_seat_cents, notes, source, created_by } = n;
          const rest = { mutual_id, member_id, topic_id, diagnostic_id, noc_code, languages, modes, region_code, periods, priority, max_price_per_seat_cents, source, created_by };
          const split = await db.insertInto("need").values({ ...rest, seats: seats - n.coveredElsewhere, notes, status: "open", status_changed_at: now, updated_at: now }).returning("id").executeTakeFirstOrThrow();
          await db.updateTable("need").set({ seats: n.coveredElsewhere, updated_at: now }).where("id", "=", id).execute();
          moved.split.push({ needId: id, newNeedId: split.id, seats: seats - n.coveredElsewhere });
        }
        if (n.pendingElsewhere === 0) moved.closed.push(n.id);
      }
      await setStatus(moved.opened, "open");
      await setStatus(moved.closed, "closed");
      return moved;
    }
  };
}
__name(trainingSessionRepository, "trainingSessionRepository");

// apps/server/src/delivery/notify-delivery.ts
async function sessionMailFacts(db, row) {
  const days = await trainingSessionRepository(db).meetingDays(row.id);
  return {
    title: row.title,
    schedule: days.map((d) => `${d.day} ${d.startsAt}\u2013${d.endsAt}`),
    place: row.place,
    virtualLink: row.virtualLink
  };
}
__name(sessionMailFacts, "sessionMailFacts");
var CARRIES_VIRTUAL_LINK = ["session_invitation", "enrolment_confirmation", "session_reminder", "session_change", "waitlist_promotion"];
async function notifyParticipants(tx, row, people, kind, extra = {}) {
  if (people.length === 0) return;
  const facts = await sessionMailFacts(tx.db, row);
  const session = CARRIES_VIRTUAL_LINK.includes(kind) ? facts : { ...facts, virtualLink: null };
  const contacts = await userRepository(tx.db).contactsOf([...new Set(people.filter((p) => !p.employeeEmail).map((p) => p.memberId))]);
  for (const p of people) {
    const recipients = p.employeeEmail ? [{ email: p.employeeEmail, name: p.employeeName, locale: p.employeeLanguage }] : contacts.filter((c) => c.memberId === p.memberId).map((c) => ({ email: c.email, locale: c.locale, name: `${c.name} (${p.employeeName})` }));
    for (const r of recipients) {
      const email = deliveryEmail(kind, { locale: r.locale, name: r.name, session, ...extra });
      await enqueueEmail(tx.db, { mutualId: row.mutualId, kind, to: r.email, locale: r.locale, email }, tx.now());
    }
  }
}
__name(notifyParticipants, "notifyParticipants");
var sessionLink = /* @__PURE__ */ __name((deps, sessionId) => `${deps.config.PUBLIC_URL}/delivery/sessions/${sessionId}`, "sessionLink");

// apps/server/src/delivery/attendance-repository.ts
import { sql as sql3 } from "kysely";
function attendanceRepository(db) {
  return {
    forSession(sessionId) {
      return db.selectFrom("attendance").select(["enrolment_id as enrolmentId", "meeting_day_id as meetingDayId", "present", "hours"]).where("session_id", "=", sessionId).execute();
    },
    async upsert(rows, now) {
      for (const r of rows) {
        await db.insertInto("attendance").values({
          enrolment_id: r.enrolmentId,
          meeting_day_id: r.meetingDayId,
          mutual_id: r.mutualId,
          session_id: r.sessionId,
          present: r.present,
          hours: r.hours,
          recorded_by: r.recordedBy,
          recorded_at: now
        }).onConflict(
          (oc) => oc.columns(["enrolment_id", "meeting_day_id"]).doUpdateSet({ present: r.present, hours: r.hours, recorded_by: r.recordedBy, recorded_at: now })
        ).execute();
      }
    },
    /** Confirmed participants who lack attendance for at least one meeting day. */
    async participantsMissing(sessionId) {
      const res = await sql3`
        select count(*)::int as n from enrolment e
        where e.session_id = ${sessionId} and e.status = 'confirmed'
          and (select count(*) from attendance a where a.enrolment_id = e.id)
            < (select count(*) from session_meeting_day d where d.session_id = ${sessionId})`.execute(db);
      return res.rows[0]?.n ?? 0;
    }
  };
}
__name(attendanceRepository, "attendanceRepository");

// apps/server/src/delivery/enrolment-repository.ts
import { sql as sql4 } from "kysely";
function enrolmentRepository(db) {
  const base = /* @__PURE__ */ __name(() => db.selectFrom("enrolment as e").innerJoin("employee as emp", "emp.id", "e.employee_id").innerJoin("member as m", "m.id", "e.member_id").innerJoin("training_session as s", "s.id", "e.session_id").innerJoin("course as c", "c.id", "s.course_id").select([
    "e.id",
    "e.mutual_id as mutualId",
    "e.session_id as sessionId",
    sql4`coalesce(s.title, c.title_fr)`.as("sessionTitle"),
    "e.member_id as memberId",
    "m.legal_name as memberName",
    "e.employee_id as employeeId",
    sql4`emp.first_name || ' ' || emp.last_name`.as("employeeName"),
    "emp.first_name as firstName",
    "emp.last_name as lastName",
    "emp.email as employeeEmail",
    "emp.language as employeeLanguage",
    "emp.job_title as jobTitle",
    "emp.noc_code as nocCode",
    "e.status",
    "e.position",
    "e.outcome",
    "e.score",
    "e.created_at as createdAt",
    "e.status_changed_at as statusChangedAt",
    "e.reminder_sent_at as reminderSentAt"
  ]), "base");
  const ofSession = /* @__PURE__ */ __name((sessionId, memberId, statuses) => {
    let q = base().where("e.session_id", "=", sessionId);
    if (memberId) q = q.where("e.member_id", "=", memberId);
    if (statuses) q = q.where("e.status", "in", [...statuses]);
    return q;
  }, "ofSession");
  const ofScope = /* @__PURE__ */ __name((scope, employeeId) => {
    let q = base().where("e.mutual_id", "=", scope.mutualId);
    if (scope.memberId) q = q.where("e.member_id", "=", scope.memberId);
    if (employeeId) q = q.where("e.employee_id", "=", employeeId);
    return q;
  }, "ofScope");
  const counted = /* @__PURE__ */ __name(async (q) => (await q.clearSelect().select(sql4`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n, "counted");
  return {
    find(id, scope) {
      let q = base().where("e.id", "=", id).where("e.mutual_id", "=", scope.mutualId);
      if (scope.memberId) q = q.where("e.member_id", "=", scope.memberId);
      return q.executeTakeFirst();
    },
    /** A session's enrolments (of one firm when `memberId` is given), in arrival order; a page of them when `page` is given. */
    listForSession(sessionId, memberId, statuses, page) {
      let q = ofSession(sessionId, memberId, statuses).orderBy("e.position");
      if (page) q = q.limit(page.limit).offset(page.offset);
      return q.execute();
    },
    countForSession(sessionId, memberId) {
      return counted(ofSession(sessionId, memberId));
    },
    /** A page of the enrolments of the scope (of one employee when given), newest first. */
    listForMember(scope, employeeId, page) {
      return ofScope(scope, employeeId).orderBy("e.created_at", "desc").orderBy("e.id").limit(page.limit).offset(page.offset).execute();
    },
    countForMember(scope, employeeId) {
      return counted(ofScope(scope, employeeId));
    },
    /** Counts behind the seat rule: confirmed, reserved and waitlisted per member. */
    async seatPicture(sessionId) {
      const counts = await db.selectFrom("enrolment").select(["member_id as memberId", "status", sql4`count(*)::int`.as("n")]).where("session_id", "=", sessionId).where("status", "in", [...ACTIVE_ENROLMENT_STATUSES]).groupBy(["member_id", "status"]).execute();
      const reserved = await db.selectFrom("session_reservation").select(["member_id as memberId", sql4`sum(seats)::int`.as("n")]).where("session_id", "=", sessionId).groupBy("member_id").execute();
      const of = /* @__PURE__ */ __name((status) => Object.fromEntries(counts.filter((r) => r.status === status).map((r) => [r.memberId, r.n])), "of");
      return {
        confirmedByMember: of("confirmed"),
        waitlistedByMember: of("waitlisted"),
        reservedByMember: Object.fromEntries(reserved.map((r) => [r.memberId, r.n]))
      };
    },
    waitlist(sessionId) {
      return db.selectFrom("enrolment").select(["id", "member_id as memberId", "position"]).where("session_id", "=", sessionId).where("status", "=", "waitlisted").orderBy("position").execute();
    },
    /** Whether the employee holds a seat or waits in the session. */
    async isActive(sessionId, employeeId) {
      const row = await db.selectFrom("enrolment").select("id").where("session_id", "=", sessionId).where("employee_id", "=", employeeId).where("status", "in", [...ACTIVE_ENROLMENT_STATUSES]).executeTakeFirst();
      return Boolean(row);
    },
    /** 1 for the next person on the waitlist. */
    async waitlistRank(sessionId, position) {
      const row = await db.selectFrom("enrolment").select((eb) => eb.fn.countAll().as("n")).where("session_id", "=", sessionId).where("status", "=", "waitlisted").where("position", "<=", position).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    insert(values) {
      return db.insertInto("enrolment").values({
        mutual_id: values.mutualId,
        session_id: values.sessionId,
        member_id: values.memberId,
        employee_id: values.employeeId,
        status: values.status,
        enrolled_by: values.enrolledBy
      }).returning(["id", "status", "position"]).executeTakeFirstOrThrow();
    },
    async setStatus(id, status, now, extra = {}) {
      await db.updateTable("enrolment").set({ status, status_changed_at: now, status_reason: extra.reason ?? null, ...extra.replacedBy ? { replaced_by: extra.replacedBy } : {} }).where("id", "=", id).execute();
    },
    /** New waitlist positions (a coordinator's order). */
    async setPositions(moves) {
      for (const m of moves) await db.updateTable("enrolment").set({ position: m.position }).where("id", "=", m.id).execute();
    },
    async setResult(id, result) {
      await db.updateTable("enrolment").set({ outcome: result.outcome, score: result.score, result_note: result.note }).where("id", "=", id).execute();
    },
    /** Scheduled sessions whose first day falls in [from, until] and that have participants not yet reminded. */
    async dueForReminder(from, until) {
      const rows = await sql4`
        select distinct s.id as "sessionId", s.mutual_id as "mutualId" from training_session s
        join enrolment e on e.session_id = s.id and e.status = 'confirmed' and e.reminder_sent_at is null
        where s.status = 'scheduled'
          and (select min(d.day) from session_meeting_day d where d.session_id = s.id) between ${from} and ${until}`.execute(db);
      return rows.rows;
    },
    async markReminded(ids, now) {
      if (ids.length === 0) return;
      await db.updateTable("enrolment").set({ reminder_sent_at: now }).where("id", "in", ids).execute();
    },
    async memberName(memberId) {
      return (await db.selectFrom("member").select("legal_name").where("id", "=", memberId).executeTakeFirstOrThrow()).legal_name;
    },
    employee(employeeId, mutualId) {
      return db.selectFrom("employee").select(["id", "member_id as memberId", "first_name as firstName", "last_name as lastName", "email", "language", "end_date as endDate"]).where("id", "=", employeeId).where("mutual_id", "=", mutualId).executeTakeFirst();
    }
  };
}
__name(enrolmentRepository, "enrolmentRepository");

// apps/server/src/delivery/delivered-facts-of.ts
async function deliveredFactsOf(db, session) {
  const sessions = trainingSessionRepository(db);
  const [days, people, attendance, settings] = await Promise.all([
    sessions.meetingDays(session.id),
    enrolmentRepository(db).listForSession(session.id, null, KEPT_SEAT_STATUSES),
    attendanceRepository(db).forSession(session.id),
    sessions.mutualSettings(session.mutualId)
  ]);
  const facts = deliveredFacts({
    days,
    participants: people.map((p) => ({ enrolmentId: p.id })),
    attendance,
    completionThreshold: settings.completionThresholdPct / 100
  });
  const byEnrolment = new Map(facts.participants.map((p) => [p.enrolmentId, p]));
  return { facts, days, people: people.map((p) => ({ ...p, delivered: byEnrolment.get(p.id) })) };
}
__name(deliveredFactsOf, "deliveredFactsOf");

// apps/server/src/delivery/register-repository.ts
import { sql as sql5 } from "kysely";
function registerRepository(db) {
  return {
    stated(sessionId) {
      return db.selectFrom("session_register").selectAll().where("session_id", "=", sessionId).executeTakeFirst();
    },
    async save(sessionId, mutualId, values, actor, now) {
      await db.insertInto("session_register").values({ session_id: sessionId, mutual_id: mutualId, ...values, updated_by: actor, updated_at: now }).onConflict((oc) => oc.column("session_id").doUpdateSet({ ...values, updated_by: actor, updated_at: now })).execute();
    },
    /**
     * The sessions held in a year (in delivery, delivered or evaluated; the year of their first meeting
     * day, else of their period), by first meeting day then id; a page of them when `page` is given.
     */
    async sessionIdsOfYear(mutualId, year, page) {
      const paging = page ? sql5`limit ${page.limit} offset ${page.offset}` : sql5``;
      const rows = await sql5`
        select s.id from training_session s
        where ${heldInYear(mutualId, year)}
        order by (select min(d.day) from session_meeting_day d where d.session_id = s.id) nulls first, s.id
        ${paging}`.execute(db);
      return rows.rows.map((r) => r.id);
    },
    async countOfYear(mutualId, year) {
      const rows = await sql5`select count(*)::int as n from training_session s where ${heldInYear(mutualId, year)}`.execute(db);
      return rows.rows[0]?.n ?? 0;
    }
  };
}
__name(registerRepository, "registerRepository");
var heldInYear = /* @__PURE__ */ __name((mutualId, year) => sql5`s.mutual_id = ${mutualId}
  and s.status in (${sql5.join([...HELD_STATES])})
  and coalesce(to_char((select min(d.day) from session_meeting_day d where d.session_id = s.id), 'YYYY'), substr(s.period, 1, 4)) = ${String(year)}`, "heldInYear");

// apps/server/src/delivery/register-entry.ts
async function registerEntryOf(db, row) {
  const stated = await registerRepository(db).stated(row.id);
  const { facts, people } = await deliveredFactsOf(db, row);
  const present = people.filter((p) => p.delivered.attended);
  const employers = [...new Set(present.map((p) => p.memberName))].sort((a, b) => a.localeCompare(b));
  const classes = [...new Set(present.map((p) => p.nocCode))].sort();
  const entry = {
    title: stated?.title ?? row.title,
    objectives: stated?.objectives ?? (row.objectives || null),
    content: stated?.content ?? (row.content || null),
    // the session's own hours once it has meeting days; a course's nominal duration only before
    durationHours: facts.days.length > 0 ? facts.hoursScheduled : stated?.duration_hours ?? row.durationHours,
    providerOrTrainer: stated?.provider_or_trainer ?? ([row.providerName, row.trainerName].filter(Boolean).join(" \u2014 ") || null),
    employers,
    participants: facts.attended,
    employmentClasses: classes,
    costCents: stated?.cost_cents ?? row.costCents,
    evaluationResult: stated?.evaluation_result ?? summariseResults(present.map((p) => p.outcome), "fr")
  };
  return {
    entry,
    missing: registerMissing(entry),
    delivered: { firstDay: facts.firstDay, lastDay: facts.lastDay, days: facts.days, participantHours: facts.participantHours, completed: facts.completed }
  };
}
__name(registerEntryOf, "registerEntryOf");
async function registerSessions(db, mutualId, ids) {
  const rows = await trainingSessionRepository(db).list({ kind: "mutual", mutualId }, { ids });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
__name(registerSessions, "registerSessions");

// apps/server/src/delivery/session-facts.ts
async function seatSummaryOf(db, row) {
  const counts = await enrolmentRepository(db).seatPicture(row.id);
  return seatSummary({ seatsMin: row.seatsMin, seatsMax: row.seatsMax, firms: firmSeatsOf(counts) });
}
__name(seatSummaryOf, "seatSummaryOf");
async function sessionFactsOf(db, row, today) {
  const settings = await trainingSessionRepository(db).mutualSettings(row.mutualId);
  const seats = await seatSummaryOf(db, row);
  const days = await trainingSessionRepository(db).meetingDays(row.id);
  const needsRegister = row.status === "in_delivery";
  const facts = {
    state: row.status,
    seatsCommitted: seats.held,
    seatsMin: row.seatsMin,
    seatsMax: row.seatsMax,
    distinctFirms: seats.firms,
    minFirms: settings.minFirms,
    meetingDays: days.length,
    hasPlace: Boolean(row.mode === "virtual" ? row.virtualLink : row.place || row.virtualLink),
    hasTrainer: Boolean(row.trainerUserId || row.trainerName),
    firstDay: days[0]?.day ?? null,
    today,
    registerMissing: needsRegister ? (await registerEntryOf(db, row)).missing : [],
    attendanceMissing: needsRegister ? await attendanceRepository(db).participantsMissing(row.id) : 0
  };
  return {
    ...facts,
    seats,
    goNoGo: goNoGoStatus({ ...facts, goNoGoDate: row.goNoGoDate })
  };
}
__name(sessionFactsOf, "sessionFactsOf");

// apps/server/src/delivery/check-go-no-go.ts
async function runGoNoGoCheck(deps, caller) {
  return { alerted: await checkGoNoGo(deps, { mutualId: mutualOf(caller) }) };
}
__name(runGoNoGoCheck, "runGoNoGoCheck");
async function checkGoNoGo(deps, options = {}) {
  const today = todayInMontreal(deps.now());
  const due = await trainingSessionRepository(deps.db).dueForGoNoGo(today);
  const alerted = [];
  for (const { id, mutualId } of due) {
    if (options.mutualId && mutualId !== options.mutualId) continue;
    const done = await inTransaction(deps, (tx) => alertOne(tx, id, mutualId, today));
    if (done) alerted.push(id);
  }
  return alerted;
}
__name(checkGoNoGo, "checkGoNoGo");
async function alertOne(tx, sessionId, mutualId, today) {
  const repo = trainingSessionRepository(tx.db);
  await repo.lock(sessionId, mutualId);
  const row = await repo.find(sessionId, { kind: "mutual", mutualId });
  if (row?.status !== "proposed" || row.goNoGoAlertedAt) return false;
  const facts = await sessionFactsOf(tx.db, row, today);
  if (facts.goNoGo !== "alert") return false;
  const now = tx.now().toISOString();
  await repo.update(sessionId, { go_no_go_alerted_at: now }, now);
  const detail = { seats: facts.seatsCommitted, seatsMin: facts.seatsMin, firms: facts.distinctFirms, minFirms: facts.minFirms };
  await repo.recordEvent({ mutualId, sessionId, actorUserId: null, kind: "go_no_go_alert", detail });
  const session = await sessionMailFacts(tx.db, row);
  for (const c of await userRepository(tx.db).coordinatorsOf(mutualId)) {
    const email = deliveryEmail("go_no_go_alert", { locale: c.locale, name: c.name, session, detail, link: sessionLink(tx, sessionId) });
    await enqueueEmail(tx.db, { mutualId, kind: "go_no_go_alert", to: c.email, locale: c.locale, email }, tx.now());
  }
  return true;
}
__name(alertOne, "alertOne");

// apps/server/src/delivery/questionnaire-link.ts
var questionnaireLink = /* @__PURE__ */ __name((publicUrl, token, locale) => `${publicUrl.replace(/\/+$/, "")}/questionnaire/${encodeURIComponent(token)}?lang=${locale}`, "questionnaireLink");

// apps/server/src/delivery/questionnaire-repository.ts
function questionnaireRepository(db) {
  return {
    async insertMany(rows) {
      if (rows.length === 0) return;
      await db.insertInto("questionnaire").values(
        rows.map((r) => ({
          mutual_id: r.mutualId,
          session_id: r.sessionId,
          level: r.level,
          enrolment_id: r.enrolmentId,
          member_id: r.memberId,
          to_address: r.toAddress,
          locale: r.locale,
          send_on: r.sendOn,
          closes_on: r.closesOn
        }))
      ).onConflict((oc) => oc.doNothing()).execute();
    },
    due(today, sessionId) {
      let q = db.selectFrom("questionnaire").select(["id", "mutual_id as mutualId", "session_id as sessionId", "level", "to_address as toAddress", "locale", "member_id as memberId", "enrolment_id as enrolmentId"]).where("sent_at", "is", null).where("send_on", "<=", today).where("to_address", "is not", null);
      if (sessionId) q = q.where("session_id", "=", sessionId);
      return q.orderBy("send_on").limit(500).execute();
    },
    async markSent(id, tokenHash, now) {
      await db.updateTable("questionnaire").set({ token_hash: tokenHash, sent_at: now }).where("id", "=", id).execute();
    },
    byTokenHash(tokenHash) {
      return db.selectFrom("questionnaire as q").innerJoin("training_session as s", "s.id", "q.session_id").innerJoin("course as c", "c.id", "s.course_id").select(["q.id", "q.level", "q.locale", "q.answered_at as answeredAt", "q.closes_on as closesOn", "q.session_id as sessionId", "q.mutual_id as mutualId", "s.title", "c.title_fr as titleFr", "c.title_en as titleEn"]).where("q.token_hash", "=", tokenHash).executeTakeFirst();
    },
    /** The participants' questionnaires (levels 1–2) of a session's enrolments. */
    ofEnrolments(sessionId, enrolmentIds) {
      if (enrolmentIds.length === 0) return Promise.resolve([]);
      return db.selectFrom("questionnaire").select(["id", "enrolment_id as enrolmentId", "level", "answered_at as answeredAt", "closes_on as closesOn"]).where("session_id", "=", sessionId).where("enrolment_id", "in", enrolmentIds).execute();
    },
    /** A personal link handed out on paper: a new token (the previous one stops working), open until `closesOn`. */
    async handOut(id, tokenHash, now, closesOn) {
      await db.updateTable("questionnaire").set({ token_hash: tokenHash, sent_at: now, closes_on: closesOn }).where("id", "=", id).where("answered_at", "is", null).execute();
    },
    /** Records the answers once: false when they were already given. */
    async answer(id, answers, now) {
      const res = await db.updateTable("questionnaire").set({ answers: JSON.stringify(answers), answered_at: now }).where("id", "=", id).where("answered_at", "is", null).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    /** Questionnaires (sent and answered) of the sessions matching the filter. */
    forSessions(sessionIds) {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return db.selectFrom("questionnaire").select(["level", "sent_at as sentAt", "answers"]).where("session_id", "in", sessionIds).execute();
    }
  };
}
__name(questionnaireRepository, "questionnaireRepository");

// apps/server/src/delivery/send-due-questionnaires.ts
async function sendDueQuestionnaires(tx, sessionId) {
  const today = todayInMontreal(tx.now());
  const repo = questionnaireRepository(tx.db);
  const due = await repo.due(today, sessionId);
  const sessions = trainingSessionRepository(tx.db);
  let sent = 0;
  for (const q of due) {
    const row = await sessions.find(q.sessionId, { kind: "mutual", mutualId: q.mutualId });
    if (!row) continue;
    const token = newToken();
    const link = questionnaireLink(tx.config.PUBLIC_URL, token, q.locale);
    const name = q.enrolmentId ? (await enrolmentRepository(tx.db).find(q.enrolmentId, { mutualId: q.mutualId, memberId: null }))?.employeeName ?? "" : (await userRepository(tx.db).contactsOf([q.memberId])).find((c) => c.email === q.toAddress)?.name ?? "";
    const kind = q.level === 3 ? "level3_questionnaire" : "questionnaire";
    const email = deliveryEmail(kind, { locale: q.locale, name, session: await sessionMailFacts(tx.db, row), link, detail: { level: q.level } });
    await enqueueEmail(tx.db, { mutualId: q.mutualId, kind: `${kind}_${q.level}`, to: q.toAddress, locale: q.locale, email }, tx.now());
    await repo.markSent(q.id, hashToken(token), tx.now().toISOString());
    sent++;
  }
  return sent;
}
__name(sendDueQuestionnaires, "sendDueQuestionnaires");

// apps/server/src/delivery/send-reminders.ts
async function sendReminders(deps, daysAhead = 3) {
  const today = todayInMontreal(deps.now());
  const until = addDays(today, daysAhead);
  const ids = await enrolmentRepository(deps.db).dueForReminder(today, until);
  let sent = 0;
  for (const { sessionId, mutualId } of ids) {
    await inTransaction(deps, async (tx) => {
      const row = await trainingSessionRepository(tx.db).find(sessionId, { kind: "mutual", mutualId });
      if (row?.status !== "scheduled") return;
      const enrolments = enrolmentRepository(tx.db);
      const people = (await enrolments.listForSession(sessionId, null, ["confirmed"])).filter((p) => !p.reminderSentAt);
      await notifyParticipants(tx, row, people, "session_reminder");
      await enrolments.markReminded(people.map((p) => p.id), deps.now().toISOString());
      sent += people.length;
    });
  }
  return sent;
}
__name(sendReminders, "sendReminders");

// apps/server/src/delivery/delivery-jobs.ts
async function runDeliveryPass(deps) {
  const alerted = await checkGoNoGo(deps);
  const reminded = await sendReminders(deps);
  const questionnaires = await inTransaction(deps, (tx) => sendDueQuestionnaires(tx));
  return { alerted: alerted.length, reminded, questionnaires };
}
__name(runDeliveryPass, "runDeliveryPass");
function startDeliveryJobs(deps, options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  let timer;
  let running;
  let stopped = false;
  const schedule = /* @__PURE__ */ __name((delay) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runDeliveryPass(deps).then((r) => {
        if (r.alerted + r.reminded + r.questionnaires > 0) log(`delivery: ${r.alerted} go/no-go alert(s), ${r.reminded} reminder(s), ${r.questionnaires} questionnaire(s)`);
      }).catch((error) => log(`delivery: pass failed: ${error.message}`)).finally(() => {
        running = void 0;
        schedule(options.intervalMs ?? 6e5);
      });
    }, delay);
    timer.unref?.();
  }, "schedule");
  schedule(5e3);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    }
  };
}
__name(startDeliveryJobs, "startDeliveryJobs");

// apps/server/src/delivery/present.ts
function seesVirtualLink(caller, seats) {
  if (caller.role === "coordinator" || caller.role === "trainer") return true;
  return caller.role === "member_contact" && seats.byFirm.some((f) => f.memberId === caller.memberId && f.confirmed > 0);
}
__name(seesVirtualLink, "seesVirtualLink");
async function presentSessionSummary(db, row, caller, today) {
  const facts = await sessionFactsOf(db, row, today);
  const coordinator = caller.role === "coordinator";
  return {
    id: row.id,
    title: row.title,
    courseId: row.courseId,
    courseTitleFr: row.courseTitleFr,
    courseTitleEn: row.courseTitleEn,
    period: row.period,
    regionCode: row.regionCode,
    language: row.language,
    mode: row.mode,
    status: row.status,
    seatsMin: row.seatsMin,
    seatsMax: row.seatsMax,
    seatsConfirmed: facts.seats.confirmed,
    waitlisted: facts.seats.waitlisted,
    seats: {
      reserved: facts.seats.reserved,
      confirmed: facts.seats.confirmed,
      waitlisted: facts.seats.waitlisted,
      unnamed: facts.seats.unnamed,
      held: facts.seats.held,
      free: facts.seats.free,
      minimumMet: facts.seats.minimumMet
    },
    distinctFirms: coordinator ? facts.distinctFirms : null,
    singleFirm: row.singleFirm,
    goNoGoDate: row.goNoGoDate,
    goNoGo: facts.goNoGo,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    place: row.place,
    virtualLink: seesVirtualLink(caller, facts.seats) ? row.virtualLink : null,
    providerId: row.providerId,
    providerName: row.providerName,
    trainerName: row.trainerName,
    costCents: coordinator ? row.costCents : null,
    cancelReason: row.cancelReason,
    sequence: row.sequence
  };
}
__name(presentSessionSummary, "presentSessionSummary");
async function presentSessionSummaries(db, rows, caller, today) {
  const out = [];
  for (const row of rows) out.push(await presentSessionSummary(db, row, caller, today));
  return out;
}
__name(presentSessionSummaries, "presentSessionSummaries");
async function presentSessionDetail(db, row, caller, today) {
  const summary = await presentSessionSummary(db, row, caller, today);
  const repo = trainingSessionRepository(db);
  const days = await repo.meetingDays(row.id);
  const settings = await repo.mutualSettings(row.mutualId);
  const enrolments = enrolmentRepository(db);
  const picture = await enrolments.seatPicture(row.id);
  const seats = seatSummary({ seatsMin: row.seatsMin, seatsMax: row.seatsMax, firms: firmSeatsOf(picture) });
  const names = new Map((await repo.reservations(row.id)).map((r) => [r.memberId, r.memberName]));
  for (const f of seats.byFirm) if (!names.has(f.memberId)) names.set(f.memberId, await enrolments.memberName(f.memberId));
  const reservations = seats.byFirm.filter((f) => caller.role === "coordinator" || f.memberId === caller.memberId).map((f) => ({ memberId: f.memberId, memberName: names.get(f.memberId), reserved: f.reserved, confirmed: f.confirmed, waitlisted: f.waitlisted })).sort((a, b) => a.memberName.localeCompare(b.memberName));
  const released = Boolean(row.goNoGoDate && today > row.goNoGoDate);
  return {
    ...summary,
    meetingDays: days,
    reservations,
    seatsAvailableForMe: caller.role === "member_contact" && caller.memberId ? seatsAvailableFor({ seatsMax: row.seatsMax, ...picture, reservationsReleased: released }, caller.memberId) : null,
    withdrawalDeadline: days[0] ? withdrawalDeadline(days[0].day, settings.withdrawalDeadlineDays) : null,
    allowedTransitions: caller.role === "coordinator" ? [...ALLOWED_TRANSITIONS[row.status]] : [],
    trainerUserId: caller.role === "coordinator" ? row.trainerUserId : null,
    notes: caller.role === "coordinator" ? row.notes : "",
    overrideReason: row.overrideReason
  };
}
__name(presentSessionDetail, "presentSessionDetail");
function presentSessionEvent(e) {
  return { ...e, id: Number(e.id), detail: e.detail ?? {} };
}
__name(presentSessionEvent, "presentSessionEvent");
async function presentEnrolment(db, row, knownRank) {
  let waitlistRank = knownRank ?? null;
  if (row.status === "waitlisted" && knownRank === void 0) {
    waitlistRank = await enrolmentRepository(db).waitlistRank(row.sessionId, row.position);
  }
  return {
    id: row.id,
    sessionId: row.sessionId,
    sessionTitle: row.sessionTitle,
    memberId: row.memberId,
    memberName: row.memberName,
    employeeId: row.employeeId,
    employeeName: row.employeeName,
    jobTitle: row.jobTitle,
    status: row.status,
    waitlistRank,
    outcome: row.outcome,
    score: row.score,
    createdAt: row.createdAt,
    statusChangedAt: row.statusChangedAt
  };
}
__name(presentEnrolment, "presentEnrolment");
var verifyUrlOf = /* @__PURE__ */ __name((deps, number) => `${deps.config.PUBLIC_URL}/verify/${number}`, "verifyUrlOf");
function presentAttestation(deps, a) {
  return {
    id: a.id,
    number: a.number,
    sessionId: a.sessionId,
    memberId: a.memberId,
    employeeId: a.employeeId,
    participantName: a.participantName,
    courseTitleFr: a.courseTitleFr,
    courseTitleEn: a.courseTitleEn,
    providerName: a.providerName,
    dateFrom: a.dateFrom,
    dateTo: a.dateTo,
    hours: a.hours,
    issuedAt: a.issuedAt,
    reissuedAt: a.reissuedAt,
    reissueCount: a.reissueCount,
    verifyUrl: verifyUrlOf(deps, a.number)
  };
}
__name(presentAttestation, "presentAttestation");
function presentVerification(a) {
  return {
    valid: true,
    number: a.number,
    participantName: a.participantName,
    courseTitleFr: a.courseTitleFr,
    courseTitleEn: a.courseTitleEn,
    dateFrom: a.dateFrom,
    dateTo: a.dateTo,
    hours: a.hours
  };
}
__name(presentVerification, "presentVerification");
async function presentRegisterEntry(db, row) {
  const { entry, missing, delivered } = await registerEntryOf(db, row);
  return {
    sessionId: row.id,
    status: row.status,
    ...entry,
    employers: [...entry.employers],
    employmentClasses: [...entry.employmentClasses],
    firstDay: delivered.firstDay,
    lastDay: delivered.lastDay,
    meetingDays: delivered.days,
    participantHours: delivered.participantHours,
    completed: delivered.completed,
    missing,
    complete: missing.length === 0
  };
}
__name(presentRegisterEntry, "presentRegisterEntry");
async function presentRegisterEntries(db, rows) {
  const out = [];
  for (const row of rows) out.push(await presentRegisterEntry(db, row));
  return out;
}
__name(presentRegisterEntries, "presentRegisterEntries");
function presentCalendarFeed(r) {
  return { id: r.id, kind: r.kind, memberName: r.memberName, employeeName: r.employeeName, createdAt: r.createdAt };
}
__name(presentCalendarFeed, "presentCalendarFeed");

// apps/server/src/delivery/visible-session.ts
function sessionVisibilityOf(caller) {
  const mutualId = mutualOf(caller);
  switch (caller.role) {
    case "coordinator":
      return { kind: "mutual", mutualId };
    case "member_contact":
      return { kind: "member", mutualId, memberId: caller.memberId };
    case "trainer":
      return { kind: "trainer", mutualId, providerId: caller.providerId, userId: caller.userId };
    default:
      throw new AppError("forbidden", `This is not open to the role ${caller.role}`);
  }
}
__name(sessionVisibilityOf, "sessionVisibilityOf");
async function visibleSession(deps, caller, sessionId) {
  const row = await trainingSessionRepository(deps.db).find(sessionId, sessionVisibilityOf(caller));
  if (!row) throw notFound("Session");
  return row;
}
__name(visibleSession, "visibleSession");
async function lockVisibleSession(tx, caller, sessionId) {
  const repo = trainingSessionRepository(tx.db);
  if (!await repo.lock(sessionId, mutualOf(caller))) throw notFound("Session");
  const row = await repo.find(sessionId, sessionVisibilityOf(caller));
  if (!row) throw notFound("Session");
  return row;
}
__name(lockVisibleSession, "lockVisibleSession");

// apps/server/src/delivery/get-roster.ts
async function getRoster(deps, caller, input) {
  const { sessionId } = input;
  const row = await visibleSession(deps, caller, sessionId);
  const memberId = caller.role === "member_contact" ? caller.memberId : null;
  const people = await enrolmentRepository(deps.db).listForSession(sessionId, memberId, ROSTER_STATUSES);
  const days = await trainingSessionRepository(deps.db).meetingDays(sessionId);
  const attendance = await attendanceRepository(deps.db).forSession(sessionId);
  const hoursOf2 = new Map(
    deliveredFacts({ days, participants: people.map((p) => ({ enrolmentId: p.id })), attendance }).participants.map((p) => [p.enrolmentId, p.hoursAttended])
  );
  await auditRepository(deps.db).recordAccess({
    mutualId: row.mutualId,
    actorUserId: caller.userId,
    entityType: "employee",
    entityIds: people.map((p) => p.employeeId),
    purpose: "session roster"
  });
  return {
    session: await presentSessionSummary(deps.db, row, caller, todayInMontreal(deps.now())),
    meetingDays: days,
    participants: people.map((p) => {
      const mine = attendance.filter((a) => a.enrolmentId === p.id);
      return {
        enrolmentId: p.id,
        name: p.employeeName,
        firm: p.memberName,
        jobTitle: p.jobTitle,
        status: p.status,
        outcome: p.outcome,
        score: p.score,
        attendance: mine.map((a) => ({ meetingDayId: a.meetingDayId, present: a.present, hours: a.hours })),
        hoursAttended: hoursOf2.get(p.id) ?? 0
      };
    })
  };
}
__name(getRoster, "getRoster");

// apps/server/src/documents/sign-in-sheet-pdf.ts
import PDFDocument from "pdfkit";
var LABELS = {
  fr: {
    title: "Liste des participants et feuille de pr\xE9sence",
    trainer: "Formateur",
    place: "Lieu",
    virtual: "Classe virtuelle",
    days: "Journ\xE9es",
    total: "Total",
    participant: "Participant",
    firm: "Entreprise",
    jobTitle: "Poste",
    signature: "Signature",
    none: "Aucun participant confirm\xE9.",
    extra: "Lignes vides : rempla\xE7ant ou participant ajout\xE9 (\xE0 confirmer aupr\xE8s de la mutuelle)",
    trainerSignature: "Signature du formateur",
    page: "Page"
  },
  en: {
    title: "Participant roster and sign-in sheet",
    trainer: "Trainer",
    place: "Place",
    virtual: "Virtual class",
    days: "Meeting days",
    total: "Total",
    participant: "Participant",
    firm: "Firm",
    jobTitle: "Job title",
    signature: "Signature",
    none: "No confirmed participant.",
    extra: "Blank rows: substitute or added participant (to be confirmed with the mutual)",
    trainerSignature: "Trainer's signature",
    page: "Page"
  }
};
var plain = /* @__PURE__ */ __name((s) => s.replace(/[\u202f\u00a0]/g, " "), "plain");
var localeOf = /* @__PURE__ */ __name((lang) => lang === "fr" ? "fr-CA" : "en-CA", "localeOf");
var dateOf = /* @__PURE__ */ __name((day, lang, style) => plain(
  new Intl.DateTimeFormat(localeOf(lang), style === "long" ? { dateStyle: "full", timeZone: "UTC" } : { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    /* @__PURE__ */ new Date(`${day}T00:00:00Z`)
  )
), "dateOf");
var hoursOf = /* @__PURE__ */ __name((h, lang) => `${plain(new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(h))} h`, "hoursOf");
var DAYS_PER_PAGE = 5;
var EXTRA_ROWS = 3;
async function renderSignInSheetPdf(sheet, lang) {
  const L = LABELS[lang];
  const O = LABELS[lang === "fr" ? "en" : "fr"];
  const doc = new PDFDocument({ size: "LETTER", layout: "landscape", margin: 36, compress: false, info: { Title: `${L.title} \u2014 ${sheet.title}`, Author: sheet.mutualName } });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  const finished = new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const colon = lang === "fr" ? " : " : ": ";
  const total = sheet.days.reduce((sum, d) => sum + d.hours, 0);
  const groups = [];
  for (let i = 0; i < Math.max(1, sheet.days.length); i += DAYS_PER_PAGE) groups.push(sheet.days.slice(i, i + DAYS_PER_PAGE));
  const header = /* @__PURE__ */ __name(() => {
    doc.fillColor("#0b5cad").font("Helvetica-Bold").fontSize(10).text(sheet.mutualName, left, doc.page.margins.top, { width });
    doc.fillColor("#1a1a1a").fontSize(15).text(L.title, { width });
    doc.font("Helvetica").fontSize(9).fillColor("#555").text(O.title, { width });
    doc.moveDown(0.3);
    doc.fillColor("#1a1a1a").font("Helvetica-Bold").fontSize(12).text(sheet.title, { width });
    doc.font("Helvetica").fontSize(9);
    const facts = [sheet.trainer ? `${L.trainer}${colon}${sheet.trainer}` : null, sheet.place ? `${L.place}${colon}${sheet.place}` : sheet.virtual ? L.virtual : null].filter(Boolean);
    if (facts.length) doc.text(facts.join("   \xB7   "), { width });
    const days = sheet.days.map((d) => `${dateOf(d.day, lang, "long")} ${d.startsAt}\u2013${d.endsAt} (${hoursOf(d.hours, lang)})`);
    doc.text(`${L.days}${colon}${days.join(lang === "fr" ? " ; " : "; ") || "\u2014"}   \xB7   ${L.total}${colon}${hoursOf(total, lang)}`, { width });
    doc.moveDown(0.5);
  }, "header");
  groups.forEach((group, g) => {
    if (g > 0) doc.addPage();
    header();
    const numberW = 22;
    const nameW = 150;
    const firmW = 130;
    const jobW = 110;
    const dayW = (width - numberW - nameW - firmW - jobW) / Math.max(1, group.length);
    const rowH = 30;
    const columns = [
      { label: "#", w: numberW },
      { label: L.participant, w: nameW },
      { label: L.firm, w: firmW },
      { label: L.jobTitle, w: jobW },
      ...group.length ? group.map((d) => ({ label: `${dateOf(d.day, lang, "short")}
${hoursOf(d.hours, lang)}`, w: dayW })) : [{ label: L.signature, w: dayW }]
    ];
    const tableHead = /* @__PURE__ */ __name(() => {
      const y = doc.y;
      let x = left;
      doc.font("Helvetica-Bold").fontSize(8.5).fillColor("#1a1a1a");
      for (const c of columns) {
        doc.rect(x, y, c.w, rowH).fillAndStroke("#e8eef6", "#888");
        doc.fillColor("#1a1a1a").text(c.label, x + 3, y + 4, { width: c.w - 6, height: rowH - 6 });
        x += c.w;
      }
      doc.y = y + rowH;
    }, "tableHead");
    tableHead();
    const rows = [...sheet.participants.map((p, i) => [String(i + 1), p.name, p.firm, p.jobTitle]), ...Array.from({ length: EXTRA_ROWS }, () => ["", "", "", ""])];
    doc.font("Helvetica").fontSize(9);
    rows.forEach((cells) => {
      if (doc.y + rowH > doc.page.height - doc.page.margins.bottom - 40) {
        doc.addPage();
        header();
        tableHead();
        doc.font("Helvetica").fontSize(9);
      }
      const y = doc.y;
      let x = left;
      columns.forEach((c, k) => {
        doc.rect(x, y, c.w, rowH).stroke("#888");
        const value = cells[k] ?? "";
        if (value) doc.fillColor("#1a1a1a").text(value, x + 3, y + 5, { width: c.w - 6, height: rowH - 8, ellipsis: true });
        x += c.w;
      });
      doc.y = y + rowH;
    });
    doc.moveDown(0.4);
    doc.fontSize(8).fillColor("#555").text(sheet.participants.length ? L.extra : L.none, left, doc.y, { width });
    doc.moveDown(1.2);
    doc.fillColor("#1a1a1a").fontSize(9).text(`${L.trainerSignature}${colon}________________________________`, left, doc.y, { width });
  });
  doc.end();
  return finished;
}
__name(renderSignInSheetPdf, "renderSignInSheetPdf");

// apps/server/src/delivery/get-sign-in-sheet.ts
async function getSignInSheet(deps, caller, input) {
  const row = await visibleSession(deps, caller, input.sessionId);
  if (row.status === "proposed" || row.status === "cancelled") {
    throw new AppError("conflict", `A ${row.status} session has no sign-in sheet`);
  }
  const lang = input.lang ?? caller.locale;
  const repo = trainingSessionRepository(deps.db);
  const [people, days, mutual] = await Promise.all([
    enrolmentRepository(deps.db).listForSession(row.id, null, ["confirmed"]),
    repo.meetingDays(row.id),
    repo.mutualSettings(row.mutualId)
  ]);
  await auditRepository(deps.db).recordAccess({
    mutualId: row.mutualId,
    actorUserId: caller.userId,
    entityType: "employee",
    entityIds: people.map((p) => p.employeeId),
    purpose: "sign-in sheet"
  });
  const sorted = [...people].sort((a, b) => a.lastName.localeCompare(b.lastName, lang) || a.firstName.localeCompare(b.firstName, lang));
  const pdf = await renderSignInSheetPdf(
    {
      mutualName: mutual.name,
      title: lang === "en" ? row.courseTitleEn : row.title,
      trainer: [row.providerName, row.trainerName].filter(Boolean).join(" \u2014 ") || null,
      place: row.place,
      virtual: row.mode === "virtual",
      days,
      participants: sorted.map((p) => ({ name: `${p.firstName} ${p.lastName}`, firm: p.memberName, jobTitle: p.jobTitle }))
    },
    lang
  );
  return { filename: `${lang === "fr" ? "feuille-presence" : "sign-in-sheet"}-${row.id.slice(0, 8)}.pdf`, contentType: "application/pdf", body: new Uint8Array(pdf) };
}
__name(getSignInSheet, "getSignInSheet");

// apps/server/src/delivery/mark-all-present.ts
async function markAllPresent(deps, caller, input) {
  const { sessionId, meetingDayId } = input;
  await inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionTakesAttendance(row.status)) throw new AppError("conflict", `Attendance cannot be recorded for a ${row.status} session`);
    const day = (await trainingSessionRepository(tx.db).meetingDays(sessionId)).find((d) => d.id === meetingDayId);
    if (!day) throw invalid("meetingDayId", "not a meeting day of this session");
    const people = await enrolmentRepository(tx.db).listForSession(sessionId, null, ["confirmed"]);
    const rows = people.map((p) => ({ enrolmentId: p.id, meetingDayId, mutualId: row.mutualId, sessionId, present: true, hours: day.hours, recordedBy: caller.userId }));
    await attendanceRepository(tx.db).upsert(rows, deps.now().toISOString());
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: "attendance.all_present",
      entityType: "training_session",
      entityId: sessionId,
      change: { meetingDayId, day: day.day, participants: rows.length, hours: day.hours }
    });
  });
  return getRoster(deps, caller, { sessionId });
}
__name(markAllPresent, "markAllPresent");

// apps/server/src/delivery/record-attendance.ts
async function recordAttendance(deps, caller, input) {
  const { sessionId, entries } = input;
  await inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionTakesAttendance(row.status)) throw new AppError("conflict", `This cannot be recorded for a ${row.status} session`);
    const days = new Map((await trainingSessionRepository(tx.db).meetingDays(sessionId)).map((d) => [d.id, d]));
    const people = new Set((await enrolmentRepository(tx.db).listForSession(sessionId, null, ["confirmed"])).map((e) => e.id));
    const errors = [];
    const rows = entries.map((e, i) => {
      const day = days.get(e.meetingDayId);
      if (!people.has(e.enrolmentId)) errors.push({ field: `entries.${i}.enrolmentId`, message: "not a confirmed participant of this session" });
      if (!day) errors.push({ field: `entries.${i}.meetingDayId`, message: "not a meeting day of this session" });
      const hours = e.present ? e.hours ?? day?.hours ?? 0 : 0;
      if (day && hours > day.hours) errors.push({ field: `entries.${i}.hours`, message: `must be at most ${day.hours}` });
      return { enrolmentId: e.enrolmentId, meetingDayId: e.meetingDayId, mutualId: row.mutualId, sessionId, present: e.present, hours, recordedBy: caller.userId };
    });
    if (errors.length) throw new AppError("validation_failed", errors.map((e) => `${e.field}: ${e.message}`).join("; "), { fields: errors });
    await attendanceRepository(tx.db).upsert(rows, deps.now().toISOString());
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: "attendance.record",
      entityType: "training_session",
      entityId: sessionId,
      change: { entries: rows.map(({ enrolmentId, meetingDayId, present, hours }) => ({ enrolmentId, meetingDayId, present, hours })) }
    });
  });
  return getRoster(deps, caller, { sessionId });
}
__name(recordAttendance, "recordAttendance");

// apps/server/src/delivery/record-results.ts
async function recordResults(deps, caller, input) {
  const { sessionId, entries } = input;
  await inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionTakesResults(row.status)) throw new AppError("conflict", `This cannot be recorded for a ${row.status} session`);
    const enrolments = enrolmentRepository(tx.db);
    const people = new Set((await enrolments.listForSession(sessionId, null, ["confirmed"])).map((e) => e.id));
    const errors = entries.flatMap(
      (e, i) => people.has(e.enrolmentId) ? [] : [{ field: `entries.${i}.enrolmentId`, message: "not a confirmed participant of this session" }]
    );
    if (errors.length) throw new AppError("validation_failed", errors.map((e) => `${e.field}: ${e.message}`).join("; "), { fields: errors });
    for (const e of entries) await enrolments.setResult(e.enrolmentId, { outcome: e.outcome, score: e.score ?? null, note: e.note ?? null });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: "results.record",
      entityType: "training_session",
      entityId: sessionId,
      change: { entries }
    });
  });
  return getRoster(deps, caller, { sessionId });
}
__name(recordResults, "recordResults");

// apps/server/src/delivery/attendance-routes.ts
function registerAttendanceRoutes(app, deps) {
  serve(app, attendanceEndpoints.roster, SESSION_ROLES, ({ params }, caller) => getRoster(deps, caller, params));
  serve(app, attendanceEndpoints.signInSheet, SESSION_WORKER_ROLES, ({ params, query }, caller) => getSignInSheet(deps, caller, { ...params, ...query }));
  serve(app, attendanceEndpoints.recordAttendance, SESSION_WORKER_ROLES, ({ params, body }, caller) => recordAttendance(deps, caller, { ...params, ...body }));
  serve(app, attendanceEndpoints.allPresent, SESSION_WORKER_ROLES, ({ params, body }, caller) => markAllPresent(deps, caller, { ...params, ...body }));
  serve(app, attendanceEndpoints.recordResults, SESSION_WORKER_ROLES, ({ params, body }, caller) => recordResults(deps, caller, { ...params, ...body }));
}
__name(registerAttendanceRoutes, "registerAttendanceRoutes");

// apps/server/src/documents/attestation-pdf.ts
var frDate = /* @__PURE__ */ __name((d) => {
  const months = ["janvier", "f\xE9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\xFBt", "septembre", "octobre", "novembre", "d\xE9cembre"];
  const [y, m, day] = d.split("-").map(Number);
  return `${day}${day === 1 ? "er" : ""} ${months[m - 1]} ${y}`;
}, "frDate");
var enDate = /* @__PURE__ */ __name((d) => {
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const [y, m, day] = d.split("-").map(Number);
  return `${months[m - 1]} ${day}, ${y}`;
}, "enDate");
var hoursFr = /* @__PURE__ */ __name((h) => `${String(h).replace(".", ",")} heure${h >= 2 ? "s" : ""}`, "hoursFr");
var hoursEn = /* @__PURE__ */ __name((h) => `${h} hour${h === 1 ? "" : "s"}`, "hoursEn");
async function renderAttestationPdf(a) {
  const { default: PDFDocument3 } = await import("pdfkit");
  const doc = new PDFDocument3({
    size: "LETTER",
    layout: "landscape",
    margin: 56,
    compress: false,
    info: { Title: `Attestation ${a.number}`, Author: a.mutualName, Subject: "Attestation de participation / Certificate of participation" }
  });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  const finished = new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 112;
  doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).stroke("#0b5cad");
  doc.fillColor("#0b5cad").font("Helvetica-Bold").fontSize(12).text(a.mutualName, { align: "center", width });
  doc.moveDown(0.8);
  doc.fillColor("#1a1a1a").fontSize(24).text("Attestation de participation", { align: "center", width });
  doc.font("Helvetica").fontSize(16).fillColor("#555").text("Certificate of participation", { align: "center", width });
  doc.moveDown(1.2);
  doc.fillColor("#1a1a1a").fontSize(12).text("Nous attestons que / This is to certify that", { align: "center", width });
  doc.moveDown(0.4);
  doc.font("Helvetica-Bold").fontSize(22).text(a.participantName, { align: "center", width });
  doc.moveDown(0.4);
  doc.font("Helvetica").fontSize(12).text("a particip\xE9 \xE0 la formation / took part in the training", { align: "center", width });
  doc.moveDown(0.4);
  doc.font("Helvetica-Bold").fontSize(16).text(a.courseTitleFr, { align: "center", width });
  if (a.courseTitleEn !== a.courseTitleFr) doc.font("Helvetica-Oblique").fontSize(13).text(a.courseTitleEn, { align: "center", width });
  doc.moveDown(0.8);
  const same = a.dateFrom === a.dateTo;
  const fr = same ? `le ${frDate(a.dateFrom)}` : `du ${frDate(a.dateFrom)} au ${frDate(a.dateTo)}`;
  const en = same ? `on ${enDate(a.dateFrom)}` : `from ${enDate(a.dateFrom)} to ${enDate(a.dateTo)}`;
  doc.font("Helvetica").fontSize(12).text(`${fr}, dur\xE9e : ${hoursFr(a.hours)}`, { align: "center", width });
  doc.text(`${en}, duration: ${hoursEn(a.hours)}`, { align: "center", width });
  if (a.providerName) {
    doc.moveDown(0.4);
    doc.text(`Formation donn\xE9e par / Training given by: ${a.providerName}`, { align: "center", width });
  }
  doc.moveDown(1.2);
  doc.fontSize(10).fillColor("#333");
  doc.text(`Num\xE9ro / Number: ${a.number}`, { align: "center", width });
  doc.text(`D\xE9livr\xE9e le / Issued on: ${a.issuedOn}${a.reissuedOn ? ` \u2014 r\xE9\xE9mise le / reissued on: ${a.reissuedOn}` : ""}`, { align: "center", width });
  doc.moveDown(0.4);
  doc.text("V\xE9rifier l\u2019authenticit\xE9 / Verify authenticity:", { align: "center", width });
  doc.fillColor("#0b5cad").text(a.verifyUrl, { align: "center", width, link: a.verifyUrl, underline: true });
  doc.moveDown(0.8);
  doc.fillColor("#666").fontSize(8).text(
    "Attestation d\xE9livr\xE9e en application de l\u2019article 14 du R\xE8glement sur les mutuelles de formation (RLRQ, c. D-8.3, r. 7). / Issued under section 14 of the Regulation respecting training mutuals.",
    { align: "center", width }
  );
  doc.end();
  return finished;
}
__name(renderAttestationPdf, "renderAttestationPdf");

// apps/server/src/delivery/attestation-repository.ts
import { sql as sql6 } from "kysely";
function attestationRepository(db) {
  const columns = [
    "a.id",
    "a.mutual_id as mutualId",
    "a.number",
    "a.enrolment_id as enrolmentId",
    "a.session_id as sessionId",
    "a.member_id as memberId",
    "a.employee_id as employeeId",
    "a.participant_name as participantName",
    "a.course_title_fr as courseTitleFr",
    "a.course_title_en as courseTitleEn",
    "a.provider_name as providerName",
    "a.date_from as dateFrom",
    "a.date_to as dateTo",
    "a.hours",
    "a.issued_at as issuedAt",
    "a.reissued_at as reissuedAt",
    "a.reissue_count as reissueCount"
  ];
  const filtered = /* @__PURE__ */ __name((scope, f) => {
    let q = db.selectFrom("attestation as a").where("a.mutual_id", "=", scope.mutualId);
    if (scope.memberId) q = q.where("a.member_id", "=", scope.memberId);
    if (f.memberId) q = q.where("a.member_id", "=", f.memberId);
    if (f.employeeId) q = q.where("a.employee_id", "=", f.employeeId);
    if (f.sessionId) q = q.where("a.session_id", "=", f.sessionId);
    return q;
  }, "filtered");
  return {
    /** The next number of the mutual's sequence (row-locked by the update). */
    async nextSequence(mutualId) {
      const row = await db.updateTable("mutual").set((eb) => ({ attestation_seq: eb("attestation_seq", "+", 1) })).where("id", "=", mutualId).returning(["attestation_seq", "name"]).executeTakeFirstOrThrow();
      return row.attestation_seq;
    },
    insert(values) {
      return db.insertInto("attestation").values(values).returning("id").executeTakeFirstOrThrow();
    },
    issuedEnrolmentIds(sessionId) {
      return db.selectFrom("attestation").select("enrolment_id").where("session_id", "=", sessionId).execute();
    },
    find(id, scope) {
      let q = db.selectFrom("attestation as a").select(columns).where("a.id", "=", id).where("a.mutual_id", "=", scope.mutualId);
      if (scope.memberId) q = q.where("a.member_id", "=", scope.memberId);
      return q.executeTakeFirst();
    },
    byNumber(number) {
      return db.selectFrom("attestation as a").select(columns).where("a.number", "=", number).executeTakeFirst();
    },
    /** A page of the scope's attestations that match, newest first. */
    list(scope, filter, page) {
      return filtered(scope, filter).select(columns).orderBy("a.issued_at", "desc").orderBy("a.number").limit(page.limit).offset(page.offset).execute();
    },
    async count(scope, filter) {
      return (await filtered(scope, filter).select(sql6`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    },
    async markReissued(id, now, participantName) {
      await db.updateTable("attestation").set((eb) => ({ reissued_at: now, reissue_count: eb("reissue_count", "+", 1), participant_name: participantName })).where("id", "=", id).execute();
    },
    mutualName(mutualId) {
      return db.selectFrom("mutual").select("name").where("id", "=", mutualId).executeTakeFirstOrThrow();
    },
    employeeName(employeeId) {
      return db.selectFrom("employee").select(["first_name", "last_name"]).where("id", "=", employeeId).executeTakeFirstOrThrow();
    },
    countIssued(mutualId, year) {
      return db.selectFrom("attestation").select((eb) => eb.fn.countAll().as("n")).where("mutual_id", "=", mutualId).where("date_to", ">=", `${year}-01-01`).where("date_to", "<=", `${year}-12-31`).executeTakeFirstOrThrow();
    }
  };
}
__name(attestationRepository, "attestationRepository");

// apps/server/src/delivery/visible-attestation.ts
async function visibleAttestation(deps, caller, attestationId) {
  const row = await attestationRepository(deps.db).find(attestationId, memberScopeOf(caller));
  if (!row) throw notFound("Attestation");
  return row;
}
__name(visibleAttestation, "visibleAttestation");

// apps/server/src/delivery/get-attestation-pdf.ts
async function getAttestationPdf(deps, caller, input) {
  const a = await visibleAttestation(deps, caller, input.attestationId);
  await auditRepository(deps.db).recordAccess({ mutualId: a.mutualId, actorUserId: caller.userId, entityType: "employee", entityIds: [a.employeeId], purpose: "attestation pdf" });
  const mutual = await attestationRepository(deps.db).mutualName(a.mutualId);
  const pdf = await renderAttestationPdf({
    ...a,
    mutualName: mutual.name,
    verifyUrl: verifyUrlOf(deps, a.number),
    issuedOn: dateInMontreal(a.issuedAt),
    reissuedOn: a.reissuedAt ? dateInMontreal(a.reissuedAt) : null
  });
  return { filename: `attestation-${a.number}.pdf`, contentType: "application/pdf", body: new Uint8Array(pdf) };
}
__name(getAttestationPdf, "getAttestationPdf");

// apps/server/src/delivery/issue-due-attestations.ts
import { randomBytes } from "node:crypto";
async function issueDueAttestations(tx, sessionId, mutualId, actorUserId) {
  const repo = trainingSessionRepository(tx.db);
  const row = await repo.find(sessionId, { kind: "mutual", mutualId });
  const { facts, people } = await deliveredFactsOf(tx.db, row);
  const attestations = attestationRepository(tx.db);
  const done = new Set((await attestations.issuedEnrolmentIds(sessionId)).map((r) => r.enrolment_id));
  const issued = [];
  const notCompleted = [];
  for (const e of people) {
    if (e.status !== "confirmed" || done.has(e.id)) continue;
    const hours = e.delivered.hoursAttended;
    if (!e.delivered.completed || !facts.firstDay || !facts.lastDay) {
      notCompleted.push({ enrolmentId: e.id, name: e.employeeName, hoursAttended: hours });
      continue;
    }
    const lastDay = facts.lastDay;
    const seq = await attestations.nextSequence(mutualId);
    const number = formatAttestationNumber(Number(lastDay.slice(0, 4)), seq, verificationCode(randomBytes(8)));
    const { id } = await attestations.insert({
      mutual_id: mutualId,
      number,
      enrolment_id: e.id,
      session_id: sessionId,
      member_id: e.memberId,
      employee_id: e.employeeId,
      participant_name: e.employeeName,
      course_title_fr: row.title,
      course_title_en: row.courseTitleEn,
      provider_name: row.providerName,
      date_from: facts.firstDay,
      date_to: lastDay,
      hours,
      issued_at: tx.now().toISOString()
    });
    await auditRepository(tx.db).record({
      at: tx.now(),
      mutualId,
      memberId: e.memberId,
      actorUserId,
      action: "attestation.issue",
      entityType: "attestation",
      entityId: id,
      change: { number, enrolmentId: e.id }
    });
    issued.push(id);
  }
  return { issued, notCompleted };
}
__name(issueDueAttestations, "issueDueAttestations");

// apps/server/src/delivery/issue-attestations.ts
async function issueAttestations(deps, caller, input) {
  const { sessionId } = input;
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsDelivered(row.status)) throw new AppError("conflict", "Attestations are issued once the session is delivered");
    const result = await issueDueAttestations(tx, sessionId, mutualId, caller.userId);
    const attestations = attestationRepository(tx.db);
    const issued = [];
    for (const id of result.issued) issued.push(presentAttestation(deps, await attestations.find(id, { mutualId, memberId: null })));
    return { issued, notCompleted: result.notCompleted };
  });
}
__name(issueAttestations, "issueAttestations");

// apps/server/src/delivery/list-attestations.ts
async function listAttestations(deps, caller, query) {
  const { page, pageSize, ...filter } = query;
  const scope = memberScopeOf(caller);
  const repo = attestationRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(scope, filter, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(scope, filter)]);
  await auditRepository(deps.db).recordAccess({
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    entityType: "employee",
    entityIds: [...new Set(rows.map((r) => r.employeeId))],
    purpose: "attestations"
  });
  return pageOf(
    rows.map((r) => presentAttestation(deps, r)),
    total,
    { page, pageSize }
  );
}
__name(listAttestations, "listAttestations");

// apps/server/src/delivery/reissue-attestation.ts
async function reissueAttestation(deps, caller, input) {
  const scope = memberScopeOf(caller);
  return inTransaction(deps, async (tx) => {
    const attestations = attestationRepository(tx.db);
    const a = await visibleAttestation(tx, caller, input.attestationId);
    const emp = await attestations.employeeName(a.employeeId);
    const name = `${emp.first_name} ${emp.last_name}`;
    await attestations.markReissued(a.id, deps.now().toISOString(), name);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: a.memberId,
      actorUserId: caller.userId,
      action: "attestation.reissue",
      entityType: "attestation",
      entityId: a.id,
      change: { number: a.number, participantName: name }
    });
    return presentAttestation(deps, await attestations.find(a.id, scope));
  });
}
__name(reissueAttestation, "reissueAttestation");

// apps/server/src/delivery/verify-attestation.ts
async function verifyAttestation(deps, input) {
  if (!parseAttestationNumber(input.attestationNumber)) throw notFound("Attestation");
  const a = await attestationRepository(deps.db).byNumber(input.attestationNumber.trim().toUpperCase());
  if (!a) throw notFound("Attestation");
  return presentVerification(a);
}
__name(verifyAttestation, "verifyAttestation");

// apps/server/src/delivery/attestation-routes.ts
function registerAttestationRoutes(app, deps) {
  serve(app, attestationEndpoints.issue, ["coordinator"], ({ params }, caller) => issueAttestations(deps, caller, params));
  serve(app, attestationEndpoints.list, MEMBER_RECORD_ROLES, ({ query }, caller) => listAttestations(deps, caller, query));
  serve(app, attestationEndpoints.pdf, MEMBER_RECORD_ROLES, ({ params }, caller) => getAttestationPdf(deps, caller, params));
  serve(app, attestationEndpoints.reissue, MEMBER_RECORD_ROLES, ({ params }, caller) => reissueAttestation(deps, caller, params));
  servePublic(app, attestationEndpoints.verify, ({ params }) => verifyAttestation(deps, params));
}
__name(registerAttestationRoutes, "registerAttestationRoutes");

// apps/server/src/delivery/calendar-feed-repository.ts
import { sql as sql7 } from "kysely";
function calendarFeedRepository(db) {
  return {
    insert(values) {
      return db.insertInto("calendar_feed").values({
        mutual_id: values.mutualId,
        token_hash: values.tokenHash,
        kind: values.kind,
        user_id: values.userId,
        provider_id: values.providerId,
        member_id: values.memberId,
        employee_id: values.employeeId,
        created_by: values.createdBy
      }).returning(["id", "kind"]).executeTakeFirstOrThrow();
    },
    async memberExists(memberId, mutualId) {
      return Boolean(await db.selectFrom("member").select("id").where("id", "=", memberId).where("mutual_id", "=", mutualId).executeTakeFirst());
    },
    active(tokenHash) {
      return db.selectFrom("calendar_feed").selectAll().where("token_hash", "=", tokenHash).where("revoked_at", "is", null).executeTakeFirst();
    },
    find(id, mutualId) {
      return db.selectFrom("calendar_feed").selectAll().where("id", "=", id).where("mutual_id", "=", mutualId).where("revoked_at", "is", null).executeTakeFirst();
    },
    /** A page of the active feeds of a mutual, or of those one user created, newest first; never their token. */
    listActive(mutualId, createdBy, page) {
      let q = db.selectFrom("calendar_feed as f").leftJoin("member as m", "m.id", "f.member_id").leftJoin("employee as e", "e.id", "f.employee_id").select([
        "f.id",
        "f.kind",
        "m.legal_name as memberName",
        sql7`case when e.id is null then null else e.first_name || ' ' || e.last_name end`.as("employeeName"),
        "f.created_at as createdAt"
      ]).where("f.mutual_id", "=", mutualId).where("f.revoked_at", "is", null);
      if (createdBy) q = q.where("f.created_by", "=", createdBy);
      return q.orderBy("f.created_at", "desc").orderBy("f.id").limit(page.limit).offset(page.offset).execute();
    },
    async countActive(mutualId, createdBy) {
      let q = db.selectFrom("calendar_feed").select(sql7`count(*)::int`.as("n")).where("mutual_id", "=", mutualId).where("revoked_at", "is", null);
      if (createdBy) q = q.where("created_by", "=", createdBy);
      return (await q.executeTakeFirstOrThrow()).n;
    },
    async revoke(id, now) {
      await db.updateTable("calendar_feed").set({ revoked_at: now }).where("id", "=", id).execute();
    },
    /** Session ids of a trainer's feed: its provider's sessions not assigned to another trainer. */
    async trainerSessionIds(mutualId, providerId, userId) {
      const rows = await db.selectFrom("training_session as s").innerJoin("course as c", "c.id", "s.course_id").select("s.id").where("s.mutual_id", "=", mutualId).where((eb) => eb.or([eb("s.provider_id", "=", providerId), eb.and([eb("s.provider_id", "is", null), eb("c.provider_id", "=", providerId)])])).where((eb) => userId ? eb.or([eb("s.trainer_user_id", "is", null), eb("s.trainer_user_id", "=", userId)]) : eb.val(true)).execute();
      return rows.map((r) => r.id);
    },
    /** Enrolments (any status but waitlisted) of a firm or of one employee, with their session. */
    enrolmentsOf(mutualId, filter) {
      let q = db.selectFrom("enrolment").select(["session_id as sessionId", "status", "employee_id as employeeId"]).where("mutual_id", "=", mutualId).where("status", "!=", "waitlisted");
      if (filter.memberId) q = q.where("member_id", "=", filter.memberId);
      if (filter.employeeId) q = q.where("employee_id", "=", filter.employeeId);
      return q.execute();
    }
  };
}
__name(calendarFeedRepository, "calendarFeedRepository");

// apps/server/src/delivery/create-calendar-feed.ts
async function createCalendarFeed(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const values = { mutualId, kind: input.kind, userId: null, providerId: null, memberId: null, employeeId: null };
  if (input.kind === "trainer") {
    if (caller.role !== "trainer") throw new AppError("validation_failed", "Only a trainer has a trainer feed", { fields: [{ field: "kind", message: "trainer feeds are for trainer accounts" }] });
    values.userId = caller.userId;
    values.providerId = caller.providerId;
  } else if (caller.role === "trainer") {
    throw new AppError("validation_failed", "A trainer has only a trainer feed", { fields: [{ field: "kind", message: "must be trainer" }] });
  } else if (input.kind === "member") {
    const memberId = caller.role === "member_contact" ? caller.memberId : input.memberId;
    if (!memberId) throw new AppError("validation_failed", "memberId: required", { fields: [{ field: "memberId", message: "required" }] });
    if (!await calendarFeedRepository(deps.db).memberExists(memberId, mutualId)) throw notFound("Member");
    values.memberId = memberId;
  } else {
    if (!input.employeeId) throw new AppError("validation_failed", "employeeId: required", { fields: [{ field: "employeeId", message: "required" }] });
    const employee = await enrolmentRepository(deps.db).employee(input.employeeId, mutualId);
    if (!employee || caller.role === "member_contact" && employee.memberId !== caller.memberId) {
      throw new AppError("not_found", "Employee not found", { fields: [{ field: "employeeId", message: "no such employee" }] });
    }
    values.employeeId = employee.id;
    values.memberId = employee.memberId;
  }
  const token = newToken();
  const feed = await inTransaction(deps, async (tx) => {
    const row = await calendarFeedRepository(tx.db).insert({ ...values, tokenHash: hashToken(token), createdBy: caller.userId });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      memberId: values.memberId,
      actorUserId: caller.userId,
      action: "calendar_feed.create",
      entityType: "calendar_feed",
      entityId: row.id,
      change: { kind: input.kind, employeeId: values.employeeId, memberId: values.memberId }
    });
    return row;
  });
  return { id: feed.id, kind: feed.kind, url: `${deps.config.PUBLIC_URL}/api/calendar/${token}.ics` };
}
__name(createCalendarFeed, "createCalendarFeed");

// apps/server/src/delivery/list-calendar-feeds.ts
async function listCalendarFeeds(deps, caller, input) {
  const { page, pageSize } = input;
  const mutualId = mutualOf(caller);
  const createdBy = caller.role === "coordinator" ? null : caller.userId;
  const repo = calendarFeedRepository(deps.db);
  const [rows, total] = await Promise.all([repo.listActive(mutualId, createdBy, { limit: pageSize, offset: (page - 1) * pageSize }), repo.countActive(mutualId, createdBy)]);
  return pageOf(rows.map(presentCalendarFeed), total, { page, pageSize });
}
__name(listCalendarFeeds, "listCalendarFeeds");

// apps/server/src/delivery/render-calendar-feed.ts
var TOKEN = /^[A-Za-z0-9_-]{43}$/;
async function renderCalendarFeed(deps, input) {
  const token = input.feedToken.replace(/\.ics$/, "");
  const repo = calendarFeedRepository(deps.db);
  const feed = TOKEN.test(token) ? await repo.active(hashToken(token)) : void 0;
  if (!feed) throw notFound("Calendar");
  const personalStatus = /* @__PURE__ */ new Map();
  let sessionIds;
  if (feed.kind === "trainer") {
    sessionIds = await repo.trainerSessionIds(feed.mutual_id, feed.provider_id, feed.user_id);
  } else {
    const enrolments = await repo.enrolmentsOf(feed.mutual_id, feed.kind === "member" ? { memberId: feed.member_id } : { employeeId: feed.employee_id });
    for (const e of enrolments) {
      const current = personalStatus.get(e.sessionId);
      if (current !== "confirmed") personalStatus.set(e.sessionId, enrolmentKeptSeat(e.status) ? "confirmed" : e.status);
    }
    sessionIds = [...personalStatus.keys()];
  }
  const sessions = trainingSessionRepository(deps.db);
  const rows = await sessions.list({ kind: "mutual", mutualId: feed.mutual_id }, { ids: sessionIds });
  const days = await sessions.meetingDaysOf(rows.map((r) => r.id));
  const events = [];
  for (const row of rows) {
    const mine = days.filter((d) => d.sessionId === row.id);
    const left = personalStatus.has(row.id) && personalStatus.get(row.id) !== "confirmed";
    const link = left || row.status === "cancelled" ? null : row.virtualLink;
    const status = row.status === "cancelled" || left ? "CANCELLED" : sessionIsTentative(row.status) ? "TENTATIVE" : "CONFIRMED";
    const perDay = /* @__PURE__ */ new Map();
    for (const d of mine) {
      const n = (perDay.get(d.day) ?? 0) + 1;
      perDay.set(d.day, n);
      events.push({
        uid: `session-${row.id}-${d.day}-${n}@mutualis`,
        date: d.day,
        startTime: d.startsAt,
        endTime: d.endsAt,
        summary: row.title,
        description: [row.courseTitleEn !== row.title ? row.courseTitleEn : null, row.trainerName ? `Formateur / Trainer: ${row.trainerName}` : null, link].filter(Boolean).join("\n"),
        location: row.mode === "virtual" ? link : row.place,
        url: link,
        // a participant who left sees the cancellation as a newer version of the event
        sequence: row.sequence + (left ? 1 : 0),
        status,
        updatedAt: row.updatedAt
      });
    }
  }
  return writeCalendar({ name: "Mutualis", events });
}
__name(renderCalendarFeed, "renderCalendarFeed");

// apps/server/src/delivery/visible-calendar-feed.ts
async function visibleCalendarFeed(deps, caller, feedId) {
  const feed = await calendarFeedRepository(deps.db).find(feedId, mutualOf(caller));
  if (!feed || caller.role !== "coordinator" && feed.created_by !== caller.userId) throw notFound("Calendar feed");
  return feed;
}
__name(visibleCalendarFeed, "visibleCalendarFeed");

// apps/server/src/delivery/revoke-calendar-feed.ts
async function revokeCalendarFeed(deps, caller, input) {
  const feed = await visibleCalendarFeed(deps, caller, input.feedId);
  await inTransaction(deps, async (tx) => {
    await calendarFeedRepository(tx.db).revoke(feed.id, deps.now().toISOString());
    await auditRepository(tx.db).record({ at: deps.now(), mutualId: feed.mutual_id, actorUserId: caller.userId, action: "calendar_feed.revoke", entityType: "calendar_feed", entityId: feed.id, change: {} });
  });
}
__name(revokeCalendarFeed, "revokeCalendarFeed");

// apps/server/src/delivery/calendar-routes.ts
function registerCalendarRoutes(app, deps) {
  serve(app, calendarEndpoints.create, SESSION_ROLES, ({ body }, caller) => createCalendarFeed(deps, caller, body));
  serve(app, calendarEndpoints.list, SESSION_ROLES, ({ query }, caller) => listCalendarFeeds(deps, caller, query));
  serve(app, calendarEndpoints.revoke, SESSION_ROLES, ({ params }, caller) => revokeCalendarFeed(deps, caller, params).then(() => void 0));
  servePublic(
    app,
    calendarEndpoints.feed,
    async ({ params }, _caller, c) => c.body(await renderCalendarFeed(deps, params), 200, { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, max-age=300" })
  );
}
__name(registerCalendarRoutes, "registerCalendarRoutes");

// apps/server/src/delivery/enrollable-employee.ts
async function enrollableEmployee(enrolments, scope, input) {
  const { sessionId, employeeId, today, field } = input;
  const employee = await enrolments.employee(employeeId, scope.mutualId);
  if (!employee || scope.memberId && employee.memberId !== scope.memberId) {
    throw new AppError("not_found", "Employee not found", { fields: [{ field, message: "no such employee in your firm" }] });
  }
  if (employee.endDate && employee.endDate < today) {
    throw new AppError("validation_failed", "This employee has left the firm", { fields: [{ field, message: "employee has left" }] });
  }
  if (await enrolments.isActive(sessionId, employeeId)) {
    throw new AppError("already_enrolled", "This employee is already enrolled or waitlisted", { fields: [{ field, message: "already enrolled" }] });
  }
  return employee;
}
__name(enrollableEmployee, "enrollableEmployee");

// apps/server/src/delivery/seat-rule-picture.ts
async function seatRulePicture(db, row, today) {
  const picture = await enrolmentRepository(db).seatPicture(row.id);
  return {
    seatsMax: row.seatsMax,
    confirmedByMember: picture.confirmedByMember,
    reservedByMember: picture.reservedByMember,
    reservationsReleased: Boolean(row.goNoGoDate && today > row.goNoGoDate)
  };
}
__name(seatRulePicture, "seatRulePicture");

// apps/server/src/delivery/enrol-participant.ts
async function enrolParticipant(deps, caller, input) {
  const { sessionId, employeeId } = input;
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) throw new AppError("enrolment_closed", `A ${row.status} session takes no enrolment`);
    const enrolments = enrolmentRepository(tx.db);
    const employee = await enrollableEmployee(enrolments, scope, { sessionId, employeeId, today, field: "employeeId" });
    const status = decideEnrolment(await seatRulePicture(tx.db, row, today), employee.memberId);
    const inserted = await enrolments.insert({ mutualId: scope.mutualId, sessionId, memberId: employee.memberId, employeeId, status, enrolledBy: caller.userId });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: employee.memberId,
      actorUserId: caller.userId,
      action: "enrolment.create",
      entityType: "enrolment",
      entityId: inserted.id,
      change: { sessionId, employeeId, status }
    });
    const full = await enrolments.find(inserted.id, { mutualId: scope.mutualId, memberId: null });
    await notifyParticipants(tx, row, [full], status === "confirmed" ? row.status === "scheduled" ? "session_invitation" : "enrolment_confirmation" : "waitlisted");
    return presentEnrolment(tx.db, full);
  });
}
__name(enrolParticipant, "enrolParticipant");

// apps/server/src/delivery/enrol-participants.ts
async function enrolParticipants(deps, caller, input) {
  const { sessionId, employeeIds } = input;
  const scope = memberScopeOf(caller);
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) throw new AppError("enrolment_closed", `A ${row.status} session takes no enrolment`);
    const enrolments = enrolmentRepository(tx.db);
    const employees = [];
    for (const [i, employeeId] of employeeIds.entries()) {
      const field = `employeeIds.${i}`;
      if (employeeIds.indexOf(employeeId) !== i) throw new AppError("validation_failed", "An employee is named twice", { fields: [{ field, message: "named twice" }] });
      employees.push(await enrollableEmployee(enrolments, scope, { sessionId, employeeId, today, field }));
    }
    const statuses = decideEnrolments(await seatRulePicture(tx.db, row, today), employees.map((e) => e.memberId));
    const items = [];
    for (const [i, employee] of employees.entries()) {
      const status = statuses[i];
      const inserted = await enrolments.insert({ mutualId: scope.mutualId, sessionId, memberId: employee.memberId, employeeId: employee.id, status, enrolledBy: caller.userId });
      await auditRepository(tx.db).record({
        at: deps.now(),
        mutualId: scope.mutualId,
        memberId: employee.memberId,
        actorUserId: caller.userId,
        action: "enrolment.create",
        entityType: "enrolment",
        entityId: inserted.id,
        change: { sessionId, employeeId: employee.id, status, batch: true }
      });
      const full = await enrolments.find(inserted.id, { mutualId: scope.mutualId, memberId: null });
      await notifyParticipants(tx, row, [full], status === "confirmed" ? row.status === "scheduled" ? "session_invitation" : "enrolment_confirmation" : "waitlisted");
      items.push(await presentEnrolment(tx.db, full));
    }
    return { items };
  });
}
__name(enrolParticipants, "enrolParticipants");

// apps/server/src/delivery/list-enrolments.ts
async function listEnrolments(deps, caller, query) {
  const { page, pageSize, employeeId } = query;
  const scope = memberScopeOf(caller);
  const repo = enrolmentRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.listForMember(scope, employeeId, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.countForMember(scope, employeeId)
  ]);
  await auditRepository(deps.db).recordAccess({
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    entityType: "employee",
    entityIds: [...new Set(rows.map((r) => r.employeeId))],
    purpose: "enrolments"
  });
  const items = [];
  for (const r of rows) items.push(await presentEnrolment(deps.db, r));
  return pageOf(items, total, { page, pageSize });
}
__name(listEnrolments, "listEnrolments");

// apps/server/src/delivery/list-session-enrolments.ts
async function listSessionEnrolments(deps, caller, input) {
  const { sessionId, page, pageSize } = input;
  const scope = memberScopeOf(caller);
  await visibleSession(deps, caller, sessionId);
  const repo = enrolmentRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.listForSession(sessionId, scope.memberId, void 0, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.countForSession(sessionId, scope.memberId)
  ]);
  await auditRepository(deps.db).recordAccess({
    mutualId: scope.mutualId,
    actorUserId: caller.userId,
    entityType: "employee",
    entityIds: [...new Set(rows.map((r) => r.employeeId))],
    purpose: "session enrolments"
  });
  const waiting = await repo.waitlist(sessionId);
  const rank = new Map(waiting.map((w, i) => [w.id, i + 1]));
  const items = [];
  for (const r of rows) items.push(await presentEnrolment(deps.db, r, r.status === "waitlisted" ? rank.get(r.id) : void 0));
  return pageOf(items, total, { page, pageSize });
}
__name(listSessionEnrolments, "listSessionEnrolments");

// apps/server/src/delivery/promote-waitlist.ts
async function promoteWaitlist(tx, sessionId, mutualId, today) {
  const repo = trainingSessionRepository(tx.db);
  const row = await repo.find(sessionId, { kind: "mutual", mutualId });
  if (!row || !sessionIsOpenForEnrolment(row.status)) return [];
  const enrolments = enrolmentRepository(tx.db);
  const waiting = (await enrolments.waitlist(sessionId)).map((w) => ({ ...w, position: Number(w.position) }));
  const promoted = promotions(await seatRulePicture(tx.db, row, today), waiting);
  const now = tx.now().toISOString();
  const people = [];
  for (const p of promoted) {
    await enrolments.setStatus(p.id, "confirmed", now, { reason: "promoted from the waitlist" });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: p.memberId,
      actorUserId: null,
      action: "enrolment.promote",
      entityType: "enrolment",
      entityId: p.id,
      change: { from: "waitlisted", to: "confirmed" }
    });
    people.push(await enrolments.find(p.id, { mutualId, memberId: null }));
  }
  await notifyParticipants(tx, row, people, "waitlist_promotion");
  return promoted.map((p) => p.id);
}
__name(promoteWaitlist, "promoteWaitlist");

// apps/server/src/delivery/move-participant.ts
async function moveParticipant(deps, caller, input) {
  const { enrolmentId } = input;
  const mutualId = mutualOf(caller);
  const scope = { mutualId, memberId: null };
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const enrolments = enrolmentRepository(tx.db);
    const repo = trainingSessionRepository(tx.db);
    const found = await enrolments.find(enrolmentId, scope);
    if (!found) throw notFound("Enrolment");
    if (input.sessionId === found.sessionId) throw invalid("sessionId", "the participant is already in this session");
    for (const id of [found.sessionId, input.sessionId].sort()) {
      if (!await repo.lock(id, mutualId)) {
        if (id === input.sessionId) throw new AppError("not_found", "Session not found", { fields: [{ field: "sessionId", message: "no such session" }] });
        throw notFound("Enrolment");
      }
    }
    const enrolment = await enrolments.find(enrolmentId, scope);
    const from = await repo.find(enrolment.sessionId, { kind: "mutual", mutualId });
    const to = await repo.find(input.sessionId, { kind: "mutual", mutualId });
    if (!enrolmentIsActive(enrolment.status)) throw new AppError("conflict", `This enrolment is already ${enrolment.status}`);
    if (!sessionIsOpenForEnrolment(from.status)) throw new AppError("enrolment_closed", `A ${from.status} session takes no change of participants`);
    if (!sessionIsOpenForEnrolment(to.status)) {
      throw new AppError("enrolment_closed", `A ${to.status} session takes no enrolment`, { fields: [{ field: "sessionId", message: `the session is ${to.status}` }] });
    }
    await enrollableEmployee(enrolments, scope, { sessionId: to.id, employeeId: enrolment.employeeId, today, field: "sessionId" });
    const status = decideEnrolment(await seatRulePicture(tx.db, to, today), enrolment.memberId);
    if (status === "waitlisted" && !input.waitlistIfFull) {
      throw new AppError("capacity_exceeded", "The firm has no seat left in that session", { fields: [{ field: "sessionId", message: "no seat for this firm" }] });
    }
    const now = deps.now().toISOString();
    const moved = await enrolments.insert({ mutualId, sessionId: to.id, memberId: enrolment.memberId, employeeId: enrolment.employeeId, status, enrolledBy: caller.userId });
    await enrolments.setStatus(enrolmentId, "moved", now, { reason: `moved to session ${to.id}`, replacedBy: moved.id });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: "enrolment.move",
      entityType: "enrolment",
      entityId: enrolmentId,
      change: { fromSession: from.id, toSession: to.id, before: enrolment.status, after: status, newEnrolmentId: moved.id }
    });
    if (enrolment.status === "confirmed") await promoteWaitlist(tx, from.id, mutualId, today);
    const full = await enrolments.find(moved.id, scope);
    await notifyParticipants(tx, to, [full], status === "confirmed" ? to.status === "scheduled" ? "session_invitation" : "enrolment_confirmation" : "waitlisted");
    return presentEnrolment(tx.db, full);
  });
}
__name(moveParticipant, "moveParticipant");

// apps/server/src/delivery/visible-enrolment.ts
async function lockVisibleEnrolment(tx, caller, enrolmentId) {
  const scope = memberScopeOf(caller);
  const enrolments = enrolmentRepository(tx.db);
  const found = await enrolments.find(enrolmentId, scope);
  if (!found) throw notFound("Enrolment");
  const repo = trainingSessionRepository(tx.db);
  await repo.lock(found.sessionId, scope.mutualId);
  const enrolment = await enrolments.find(enrolmentId, scope);
  const session = await repo.find(found.sessionId, { kind: "mutual", mutualId: scope.mutualId });
  const settings = await repo.mutualSettings(scope.mutualId);
  const days = await repo.meetingDays(session.id);
  return { scope, enrolments, enrolment, session, settings, firstDay: days[0]?.day ?? null };
}
__name(lockVisibleEnrolment, "lockVisibleEnrolment");

// apps/server/src/delivery/promote-participant.ts
async function promoteParticipant(deps, caller, input) {
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const { scope, enrolments, enrolment, session } = await lockVisibleEnrolment(tx, caller, input.enrolmentId);
    if (enrolment.status !== "waitlisted") throw new AppError("conflict", "Only a waitlisted person can be promoted");
    if (!sessionIsOpenForEnrolment(session.status)) throw new AppError("enrolment_closed", `A ${session.status} session takes no enrolment`);
    if (seatsAvailableFor(await seatRulePicture(tx.db, session, today), enrolment.memberId) <= 0) {
      throw new AppError("capacity_exceeded", "The firm has no seat available in this session");
    }
    await enrolments.setStatus(enrolment.id, "confirmed", deps.now().toISOString(), { reason: "promoted by a coordinator" });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: "enrolment.promote",
      entityType: "enrolment",
      entityId: enrolment.id,
      change: { before: "waitlisted", after: "confirmed", byHand: true }
    });
    const full = await enrolments.find(enrolment.id, scope);
    await notifyParticipants(tx, session, [full], "waitlist_promotion");
    return presentEnrolment(tx.db, full);
  });
}
__name(promoteParticipant, "promoteParticipant");

// apps/server/src/delivery/reorder-waitlist.ts
async function reorderWaitlist2(deps, caller, input) {
  const { sessionId, enrolmentIds } = input;
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) throw new AppError("enrolment_closed", `A ${row.status} session has no waitlist to reorder`);
    const enrolments = enrolmentRepository(tx.db);
    const waitlist = (await enrolments.waitlist(sessionId)).map((w) => ({ ...w, position: Number(w.position) }));
    const result = reorderWaitlist(waitlist, enrolmentIds);
    if (!result.ok) {
      const index = enrolmentIds.indexOf(result.id);
      const what = { unknown: "not on the waitlist", duplicate: "named twice", missing: `the order leaves out ${result.id}` }[result.problem];
      throw invalid(result.problem === "missing" ? "enrolmentIds" : `enrolmentIds.${result.problem === "duplicate" ? enrolmentIds.lastIndexOf(result.id) : index}`, what);
    }
    await enrolments.setPositions(result.moves);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: "waitlist.reorder",
      entityType: "training_session",
      entityId: sessionId,
      change: { before: waitlist.map((w) => w.id), after: enrolmentIds }
    });
    const items = [];
    for (const [i, id] of enrolmentIds.entries()) items.push(await presentEnrolment(tx.db, await enrolments.find(id, { mutualId: row.mutualId, memberId: null }), i + 1));
    return { items };
  });
}
__name(reorderWaitlist2, "reorderWaitlist");

// apps/server/src/delivery/request-seats.ts
async function requestSeats(deps, caller, input) {
  const { sessionId, seats, note } = input;
  const scope = memberScopeOf(caller);
  const row = await visibleSession(deps, caller, sessionId);
  if (!sessionIsOpenForEnrolment(row.status)) throw new AppError("enrolment_closed", `A ${row.status} session takes no seat request`);
  await inTransaction(deps, async (tx) => {
    const member = await enrolmentRepository(tx.db).memberName(scope.memberId);
    const session = await sessionMailFacts(tx.db, row);
    for (const c of await userRepository(tx.db).coordinatorsOf(scope.mutualId)) {
      const email = deliveryEmail("seat_request", {
        locale: c.locale,
        name: c.name,
        session,
        reason: note ?? null,
        detail: { firm: member, seats },
        link: sessionLink(deps, sessionId)
      });
      await enqueueEmail(tx.db, { mutualId: scope.mutualId, kind: "seat_request", to: c.email, locale: c.locale, email }, deps.now());
    }
    await trainingSessionRepository(tx.db).recordEvent({
      mutualId: scope.mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: "reservation",
      detail: { requestedSeats: seats, memberId: scope.memberId, note: note ?? null }
    });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId: scope.mutualId, memberId: scope.memberId, actorUserId: caller.userId, action: "session.seat_request", entityType: "training_session", entityId: sessionId, change: { seats, note: note ?? null } });
  });
}
__name(requestSeats, "requestSeats");

// apps/server/src/delivery/substitute-participant.ts
async function substituteParticipant(deps, caller, input) {
  const { enrolmentId, employeeId } = input;
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const { scope, enrolments, enrolment, session, settings, firstDay } = await lockVisibleEnrolment(tx, caller, enrolmentId);
    if (enrolment.status !== "confirmed") throw new AppError("conflict", "Only a confirmed participant can be replaced");
    if (!sessionIsOpenForEnrolment(session.status)) throw new AppError("enrolment_closed", `A ${session.status} session takes no substitution`);
    if (leaveKind(today, firstDay, settings.withdrawalDeadlineDays) !== "withdrawn") {
      throw new AppError("deadline_passed", "The substitution deadline has passed");
    }
    const employee = await enrolments.employee(employeeId, scope.mutualId);
    if (!employee || employee.memberId !== enrolment.memberId) {
      throw new AppError("not_found", "Employee not found", { fields: [{ field: "employeeId", message: "no such employee in this firm" }] });
    }
    if (await enrolments.isActive(session.id, employeeId)) {
      throw new AppError("already_enrolled", "This employee is already enrolled or waitlisted", { fields: [{ field: "employeeId", message: "already enrolled" }] });
    }
    const now = deps.now().toISOString();
    const replacement = await enrolments.insert({ mutualId: scope.mutualId, sessionId: session.id, memberId: enrolment.memberId, employeeId, status: "confirmed", enrolledBy: caller.userId });
    await enrolments.setStatus(enrolmentId, "substituted", now, { replacedBy: replacement.id });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: "enrolment.substitute",
      entityType: "enrolment",
      entityId: enrolmentId,
      change: { replacedBy: replacement.id, employeeId }
    });
    const full = await enrolments.find(replacement.id, scope);
    await notifyParticipants(tx, session, [full], session.status === "scheduled" ? "session_invitation" : "enrolment_confirmation");
    return presentEnrolment(tx.db, full);
  });
}
__name(substituteParticipant, "substituteParticipant");

// apps/server/src/delivery/withdraw-participant.ts
async function withdrawParticipant(deps, caller, input) {
  const { enrolmentId, reason } = input;
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const { scope, enrolments, enrolment, session, settings, firstDay } = await lockVisibleEnrolment(tx, caller, enrolmentId);
    if (!enrolmentIsActive(enrolment.status)) throw new AppError("conflict", `This enrolment is already ${enrolment.status}`);
    if (!sessionIsOpenForEnrolment(session.status)) throw new AppError("enrolment_closed", `A ${session.status} session takes no withdrawal; record absence instead`);
    const kind = enrolment.status === "waitlisted" ? "withdrawn" : leaveKind(today, firstDay, settings.withdrawalDeadlineDays);
    await enrolments.setStatus(enrolmentId, kind, deps.now().toISOString(), { reason: reason ?? null });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: enrolment.memberId,
      actorUserId: caller.userId,
      action: `enrolment.${kind}`,
      entityType: "enrolment",
      entityId: enrolmentId,
      change: { from: enrolment.status, to: kind, reason: reason ?? null }
    });
    if (enrolment.status === "confirmed") await promoteWaitlist(tx, session.id, scope.mutualId, today);
    return presentEnrolment(tx.db, await enrolments.find(enrolmentId, scope));
  });
}
__name(withdrawParticipant, "withdrawParticipant");

// apps/server/src/delivery/enrolment-routes.ts
function registerEnrolmentRoutes(app, deps) {
  serve(app, enrolmentEndpoints.listOfSession, MEMBER_RECORD_ROLES, ({ params, query }, caller) => listSessionEnrolments(deps, caller, { ...params, ...query }));
  serve(app, enrolmentEndpoints.enrol, MEMBER_RECORD_ROLES, ({ params, body }, caller) => enrolParticipant(deps, caller, { ...params, ...body }));
  serve(app, enrolmentEndpoints.enrolMany, MEMBER_RECORD_ROLES, ({ params, body }, caller) => enrolParticipants(deps, caller, { ...params, ...body }));
  serve(app, enrolmentEndpoints.reorderWaitlist, ["coordinator"], ({ params, body }, caller) => reorderWaitlist2(deps, caller, { ...params, ...body }));
  serve(app, enrolmentEndpoints.requestSeats, ["member_contact"], async ({ params, body }, caller, c) => {
    await requestSeats(deps, caller, { ...params, ...body });
    return c.body(null, 202);
  });
  serve(app, enrolmentEndpoints.list, MEMBER_RECORD_ROLES, ({ query }, caller) => listEnrolments(deps, caller, query));
  serve(app, enrolmentEndpoints.withdraw, MEMBER_RECORD_ROLES, ({ params, body }, caller) => withdrawParticipant(deps, caller, { ...params, ...body }));
  serve(app, enrolmentEndpoints.move, ["coordinator"], ({ params, body }, caller) => moveParticipant(deps, caller, { ...params, ...body }));
  serve(app, enrolmentEndpoints.promote, ["coordinator"], ({ params }, caller) => promoteParticipant(deps, caller, params));
  serve(app, enrolmentEndpoints.substitute, MEMBER_RECORD_ROLES, ({ params, body }, caller) => substituteParticipant(deps, caller, { ...params, ...body }));
}
__name(registerEnrolmentRoutes, "registerEnrolmentRoutes");

// apps/server/src/delivery/questionnaire-by-token.ts
var TOKEN2 = /^[A-Za-z0-9_-]{43}$/;
async function questionnaireByToken(deps, token) {
  const q = TOKEN2.test(token) ? await questionnaireRepository(deps.db).byTokenHash(hashToken(token)) : void 0;
  if (!q) throw new AppError("not_found", "Questionnaire not found");
  return q;
}
__name(questionnaireByToken, "questionnaireByToken");

// apps/server/src/delivery/answer-questionnaire.ts
async function answerQuestionnaire(deps, input) {
  const { answers } = input;
  const q = await questionnaireByToken(deps, input.questionnaireToken);
  const errors = validateAnswers(q.level, answers);
  if (errors.length) throw new AppError("validation_failed", errors.map((e) => `${e.field}: ${e.message}`).join("; "), { fields: errors });
  if (q.closesOn && todayInMontreal(deps.now()) > q.closesOn) throw new AppError("questionnaire_closed", "This questionnaire is closed");
  await inTransaction(deps, async (tx) => {
    const ok = await questionnaireRepository(tx.db).answer(q.id, answers, deps.now().toISOString());
    if (!ok) throw new AppError("already_answered", "This questionnaire was already answered");
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: q.mutualId,
      actorUserId: null,
      action: "questionnaire.answer",
      entityType: "questionnaire",
      entityId: q.id,
      change: { level: q.level }
    });
  });
}
__name(answerQuestionnaire, "answerQuestionnaire");

// apps/server/src/delivery/summarise-evaluation.ts
async function summariseEvaluation(db, sessionIds, outcomes, options = {}) {
  const rows = await questionnaireRepository(db).forSessions(sessionIds);
  const levels = EVALUATION_LEVELS.map((level) => {
    const mine = rows.filter((r) => r.level === level);
    const answered = mine.map((r) => r.answers).filter((a) => a !== null);
    const summary = summariseAnswers(level, answered);
    const shown = { level, sent: mine.filter((r) => r.sentAt).length, responses: summary.responses, means: summary.means };
    return options.aggregatesOnly ? suppressSmallCell(shown) : { ...shown, suppressed: false };
  });
  return {
    sessions: sessionIds.length,
    levels,
    outcomes: {
      passed: outcomes.filter((o) => o === "passed").length,
      notPassed: outcomes.filter((o) => o === "not_passed").length,
      none: outcomes.filter((o) => o === null).length
    }
  };
}
__name(summariseEvaluation, "summariseEvaluation");

// apps/server/src/delivery/get-evaluation-results.ts
async function getEvaluationResults(deps, caller, filter) {
  const rows = (await trainingSessionRepository(deps.db).list(sessionVisibilityOf(caller))).filter(
    (r) => sessionIsDelivered(r.status) && (!filter.courseId || r.courseId === filter.courseId) && (!filter.providerId || r.providerId === filter.providerId)
  );
  const outcomes = [];
  for (const r of rows) outcomes.push(...(await enrolmentRepository(deps.db).listForSession(r.id, null, ["confirmed"])).map((p) => p.outcome));
  const summary = await summariseEvaluation(deps.db, rows.map((r) => r.id), outcomes);
  return { scope: { sessionId: null, courseId: filter.courseId ?? null, providerId: filter.providerId ?? null }, ...summary };
}
__name(getEvaluationResults, "getEvaluationResults");

// apps/server/src/delivery/get-session-evaluation.ts
async function getSessionEvaluation(deps, caller, input) {
  const row = await visibleSession(deps, caller, input.sessionId);
  const employer = caller.role === "member_contact";
  const people = await enrolmentRepository(deps.db).listForSession(row.id, employer ? caller.memberId : null, employer ? ROSTER_STATUSES : ["confirmed"]);
  if (employer && people.length === 0) throw notFound("Session");
  const outcomes = people.filter((p) => p.status === "confirmed").map((p) => p.outcome);
  const summary = await summariseEvaluation(deps.db, [row.id], outcomes, { aggregatesOnly: employer });
  return { scope: { sessionId: row.id, courseId: null, providerId: null }, ...summary };
}
__name(getSessionEvaluation, "getSessionEvaluation");

// apps/server/src/documents/questionnaire-sheets-pdf.ts
import PDFDocument2 from "pdfkit";
import qrcode from "qrcode-generator";
var LABELS2 = {
  fr: {
    title: "Votre avis sur la formation",
    intro: "Ce questionnaire est personnel : il vous est remis en main propre et vous seul y r\xE9pondez. Votre employeur ne voit jamais vos r\xE9ponses.",
    how: "Photographiez le code avec votre t\xE9l\xE9phone ou tapez l\u2019adresse dans un navigateur.",
    level1: "Satisfaction",
    level2: "Ce que vous avez appris",
    answered: "D\xE9j\xE0 r\xE9pondu \u2014 merci !",
    until: "\xC0 remplir au plus tard le",
    for: "Pour"
  },
  en: {
    title: "Your opinion of the training",
    intro: "This questionnaire is personal: it is handed to you and only you answer it. Your employer never sees your answers.",
    how: "Scan the code with your phone or type the address in a browser.",
    level1: "Satisfaction",
    level2: "What you learned",
    answered: "Already answered \u2014 thank you!",
    until: "Please answer by",
    for: "For"
  }
};
var plain2 = /* @__PURE__ */ __name((s) => s.replace(/[\u202f\u00a0]/g, " "), "plain");
var longDate = /* @__PURE__ */ __name((day, lang) => plain2(new Intl.DateTimeFormat(lang === "fr" ? "fr-CA" : "en-CA", { dateStyle: "long", timeZone: "UTC" }).format(/* @__PURE__ */ new Date(`${day}T00:00:00Z`))), "longDate");
function drawQr(doc, text, x, y, size) {
  const qr = qrcode(0, "M");
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const cell2 = size / n;
  doc.save().fillColor("#000");
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) doc.rect(x + c * cell2, y + r * cell2, cell2 + 0.05, cell2 + 0.05);
  doc.fill().restore();
}
__name(drawQr, "drawQr");
async function renderQuestionnaireSheetsPdf(mutualName, sheets) {
  const doc = new PDFDocument2({ size: "LETTER", margin: 56, compress: false, autoFirstPage: false, info: { Title: "Questionnaires", Author: mutualName } });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  const finished = new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const sheet of sheets) {
    const L = LABELS2[sheet.locale];
    doc.addPage();
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.fillColor("#0b5cad").font("Helvetica-Bold").fontSize(10).text(mutualName, left, doc.page.margins.top, { width });
    doc.moveDown(0.5);
    doc.fillColor("#1a1a1a").fontSize(20).text(L.title, { width });
    doc.moveDown(0.3);
    doc.font("Helvetica").fontSize(12).text(`${L.for} ${sheet.participantName} (${sheet.firm})`, { width });
    doc.font("Helvetica-Bold").text(sheet.sessionTitle, { width });
    doc.font("Helvetica").fontSize(10).fillColor("#555").text(sheet.dates, { width });
    doc.moveDown(0.6);
    doc.fillColor("#1a1a1a").fontSize(10).text(L.intro, { width });
    doc.text(L.how, { width });
    doc.moveDown(1);
    const size = 150;
    for (const link of sheet.links) {
      const top = doc.y;
      doc.font("Helvetica-Bold").fontSize(13).text(link.level === 1 ? L.level1 : L.level2, left, top, { width });
      if (!link.url) {
        doc.font("Helvetica").fontSize(11).fillColor("#555").text(L.answered, { width }).fillColor("#1a1a1a");
        doc.moveDown(1);
        continue;
      }
      const qrTop = top + 34;
      drawQr(doc, link.url, left, qrTop, size);
      if (link.closesOn) doc.font("Helvetica").fontSize(10).text(`${L.until} ${longDate(link.closesOn, sheet.locale)}`, left + size + 24, qrTop + 10, { width: width - size - 24 });
      doc.font("Helvetica").fontSize(8).text(link.url, left, qrTop + size + 18, { width, link: link.url, lineBreak: false });
      doc.y = qrTop + size + 40;
      doc.x = left;
    }
  }
  if (sheets.length === 0) doc.addPage().font("Helvetica").fontSize(12).text("\u2014");
  doc.end();
  return finished;
}
__name(renderQuestionnaireSheetsPdf, "renderQuestionnaireSheetsPdf");

// apps/server/src/delivery/issue-questionnaire-sheets.ts
async function issueQuestionnaireSheets(deps, caller, input) {
  const today = todayInMontreal(deps.now());
  const now = deps.now().toISOString();
  const closesOn = addDays(today, 30);
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, input.sessionId);
    const days = await trainingSessionRepository(tx.db).meetingDays(row.id);
    const lastDay = days[days.length - 1]?.day;
    const handedOutFrom = row.status === "in_delivery" || row.status === "delivered";
    if (!handedOutFrom || !lastDay || row.status === "in_delivery" && today < lastDay) {
      throw new AppError("conflict", "Questionnaire sheets are printed from the last meeting day until the evaluation closes");
    }
    const people = (await enrolmentRepository(tx.db).listForSession(row.id, null, ["confirmed"])).filter((p) => !p.employeeEmail);
    const questionnaires = questionnaireRepository(tx.db);
    await questionnaires.insertMany(
      people.flatMap(
        (p) => PARTICIPANT_LEVELS.map((level) => ({ mutualId: row.mutualId, sessionId: row.id, level, enrolmentId: p.id, memberId: p.memberId, toAddress: null, locale: p.employeeLanguage, sendOn: today, closesOn }))
      )
    );
    const existing = await questionnaires.ofEnrolments(row.id, people.map((p) => p.id));
    const sheets = [];
    for (const p of people) {
      const links = [];
      for (const level of PARTICIPANT_LEVELS) {
        const q = existing.find((x) => x.enrolmentId === p.id && x.level === level);
        if (q.answeredAt) {
          links.push({ level, url: null, closesOn: null });
          continue;
        }
        const token = newToken();
        await questionnaires.handOut(q.id, hashToken(token), now, closesOn);
        links.push({ level, url: questionnaireLink(tx.config.PUBLIC_URL, token, p.employeeLanguage), closesOn });
      }
      sheets.push({
        participantName: p.employeeName,
        firm: p.memberName,
        locale: p.employeeLanguage,
        sessionTitle: p.employeeLanguage === "en" ? row.courseTitleEn : row.title,
        dates: days.length > 1 ? `${days[0].day} \u2013 ${lastDay}` : lastDay,
        links
      });
    }
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: "questionnaire.hand_out",
      entityType: "training_session",
      entityId: row.id,
      change: { participants: people.map((p) => p.id) }
    });
    const mutual = await trainingSessionRepository(tx.db).mutualSettings(row.mutualId);
    const pdf = await renderQuestionnaireSheetsPdf(mutual.name, sheets);
    return { filename: `questionnaires-${row.id.slice(0, 8)}.pdf`, contentType: "application/pdf", body: new Uint8Array(pdf) };
  });
}
__name(issueQuestionnaireSheets, "issueQuestionnaireSheets");

// apps/server/src/delivery/view-questionnaire.ts
async function viewQuestionnaire(deps, input) {
  const q = await questionnaireByToken(deps, input.questionnaireToken);
  const level = q.level;
  return {
    level,
    locale: q.locale,
    sessionTitle: q.locale === "en" ? q.titleEn : q.title ?? q.titleFr,
    answered: q.answeredAt !== null,
    closed: Boolean(q.closesOn && todayInMontreal(deps.now()) > q.closesOn),
    questions: QUESTIONNAIRES[level].map((question) => ({ id: question.id, kind: question.kind, text: question[q.locale] }))
  };
}
__name(viewQuestionnaire, "viewQuestionnaire");

// apps/server/src/delivery/evaluation-routes.ts
function registerEvaluationRoutes(app, deps) {
  servePublic(app, evaluationEndpoints.questionnaire, ({ params }) => viewQuestionnaire(deps, params));
  servePublic(app, evaluationEndpoints.answer, ({ params, body }) => answerQuestionnaire(deps, { ...params, ...body }).then(() => void 0));
  serve(app, evaluationEndpoints.ofSession, SESSION_ROLES, ({ params }, caller) => getSessionEvaluation(deps, caller, params));
  serve(app, evaluationEndpoints.questionnaireSheets, SESSION_WORKER_ROLES, ({ params }, caller) => issueQuestionnaireSheets(deps, caller, params));
  serve(app, evaluationEndpoints.results, SESSION_WORKER_ROLES, ({ query }, caller) => getEvaluationResults(deps, caller, query));
}
__name(registerEvaluationRoutes, "registerEvaluationRoutes");

// apps/server/src/documents/register-export.ts
var money = /* @__PURE__ */ __name((cents2) => cents2 === null ? "" : (cents2 / 100).toFixed(2), "money");
var HEADERS = [
  ["dates", "Dates", 22],
  ["title", "Activit\xE9 / Activity", 36],
  ["objectives", "Objectifs / Objectives", 40],
  ["content", "Contenu / Content", 40],
  ["durationHours", "Dur\xE9e (h) / Duration (h)", 12],
  ["providerOrTrainer", "\xC9tablissement ou formateur / Institution or trainer", 30],
  ["employers", "Employeurs / Employers", 36],
  ["participants", "Participants", 12],
  ["participantHours", "Heures-participants / Participant-hours", 14],
  ["completed", "Attestations (participation compl\xE9t\xE9e) / Attestations (completed)", 16],
  ["employmentClasses", "Cat\xE9gories d'emploi (CNP) / Employment classes (NOC)", 24],
  ["costCents", "Co\xFBt ($) / Cost ($)", 14],
  ["evaluationResult", "R\xE9sultat de l'\xE9valuation / Evaluation result", 36]
];
function cell(e, key) {
  switch (key) {
    case "dates":
      return e.firstDay === e.lastDay ? e.firstDay ?? "" : `${e.firstDay} \u2013 ${e.lastDay}`;
    case "employers":
    case "employmentClasses":
      return e[key].join(", ");
    case "costCents":
      return e.costCents === null ? "" : e.costCents / 100;
    case "durationHours":
    case "participants":
    case "participantHours":
    case "completed":
      return e[key] ?? "";
    default:
      return e[key] ?? "";
  }
}
__name(cell, "cell");
var COLUMNS = HEADERS.map(([key, header, width]) => ({
  header,
  width,
  wrap: true,
  numFmt: key === "costCents" ? "#,##0.00" : void 0,
  value: /* @__PURE__ */ __name((e) => cell(e, key), "value")
}));
function renderRegisterXlsx(mutualName, year, entries) {
  const title = `${mutualName} \u2014 Registre des activit\xE9s / Activity register ${year} (R\xE8glement sur les mutuelles de formation, art. 15)`;
  return writeXlsxSheets([sheetOf(`Registre ${year}`, COLUMNS, entries, { title })]);
}
__name(renderRegisterXlsx, "renderRegisterXlsx");
async function renderRegisterPdf(mutualName, year, entries) {
  const { default: PDFDocument3 } = await import("pdfkit");
  const doc = new PDFDocument3({ size: "LETTER", margin: 50, compress: false, info: { Title: `Registre des activit\xE9s ${year}`, Author: mutualName } });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  const finished = new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font("Helvetica-Bold").fontSize(16).text(`${mutualName}`);
  doc.fontSize(13).text(`Registre des activit\xE9s / Activity register \u2014 ${year}`);
  doc.font("Helvetica").fontSize(9).fillColor("#555").text("R\xE8glement sur les mutuelles de formation, art. 15 / Regulation respecting training mutuals, s. 15");
  doc.fillColor("#1a1a1a").moveDown();
  if (entries.length === 0) doc.fontSize(11).text("Aucune activit\xE9 / No activity");
  entries.forEach((e, i) => {
    if (doc.y > doc.page.height - 200) doc.addPage();
    doc.font("Helvetica-Bold").fontSize(11).text(`${i + 1}. ${e.title ?? ""}`);
    doc.font("Helvetica").fontSize(9);
    for (const [key, label] of HEADERS) {
      if (key === "title") continue;
      const value = key === "costCents" ? money(e.costCents) : String(cell(e, key));
      doc.text(`${label} : ${value || "\u2014"}`, { indent: 12 });
    }
    if (!e.complete) doc.fillColor("#b00020").text(`Incomplet / Incomplete: ${e.missing.join(", ")}`, { indent: 12 }).fillColor("#1a1a1a");
    doc.moveDown(0.6);
  });
  doc.end();
  return finished;
}
__name(renderRegisterPdf, "renderRegisterPdf");

// apps/server/src/delivery/export-register.ts
async function exportRegister(deps, caller, input) {
  const { year, format } = input;
  const mutualId = mutualOf(caller);
  const ids = await registerRepository(deps.db).sessionIdsOfYear(mutualId, year);
  const entries = await presentRegisterEntries(deps.db, await registerSessions(deps.db, mutualId, ids));
  const mutual = await trainingSessionRepository(deps.db).mutualSettings(mutualId);
  const body = format === "xlsx" ? await renderRegisterXlsx(mutual.name, year, entries) : await renderRegisterPdf(mutual.name, year, entries);
  return { filename: `registre-activites-${year}.${format}`, contentType: format === "xlsx" ? contentTypes.xlsx : "application/pdf", body: new Uint8Array(body) };
}
__name(exportRegister, "exportRegister");

// apps/server/src/delivery/get-register-entry.ts
async function getRegisterEntry(deps, caller, input) {
  return presentRegisterEntry(deps.db, await visibleSession(deps, caller, input.sessionId));
}
__name(getRegisterEntry, "getRegisterEntry");

// apps/server/src/delivery/list-register.ts
async function listRegister(deps, caller, query) {
  const { year, page, pageSize } = query;
  const mutualId = mutualOf(caller);
  const register = registerRepository(deps.db);
  const [ids, total] = await Promise.all([register.sessionIdsOfYear(mutualId, year, { limit: pageSize, offset: (page - 1) * pageSize }), register.countOfYear(mutualId, year)]);
  return pageOf(await presentRegisterEntries(deps.db, await registerSessions(deps.db, mutualId, ids)), total, { page, pageSize });
}
__name(listRegister, "listRegister");

// apps/server/src/delivery/update-register-entry.ts
async function updateRegisterEntry(deps, caller, input) {
  const { sessionId, changes } = input;
  const mutualId = mutualOf(caller);
  await inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (row.status === "cancelled") throw new AppError("conflict", "A cancelled session has no register entry");
    if (changes.durationHours !== void 0 && row.firstDay) {
      throw new AppError("conflict", "The duration comes from the meeting days", { fields: [{ field: "durationHours", message: "comes from the meeting days" }] });
    }
    const blankToNull = /* @__PURE__ */ __name((v) => v === void 0 ? void 0 : v?.trim() ? v.trim() : null, "blankToNull");
    await registerRepository(tx.db).save(
      sessionId,
      mutualId,
      {
        title: blankToNull(changes.title),
        objectives: blankToNull(changes.objectives),
        content: blankToNull(changes.content),
        duration_hours: changes.durationHours,
        provider_or_trainer: blankToNull(changes.providerOrTrainer),
        cost_cents: changes.costCents,
        evaluation_result: blankToNull(changes.evaluationResult)
      },
      caller.userId,
      deps.now().toISOString()
    );
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "register.update", entityType: "training_session", entityId: sessionId, change: { ...changes } });
  });
  return getRegisterEntry(deps, caller, { sessionId });
}
__name(updateRegisterEntry, "updateRegisterEntry");

// apps/server/src/delivery/register-routes.ts
function registerRegisterRoutes(app, deps) {
  serve(app, registerEndpoints.get, ["coordinator"], ({ params }, caller) => getRegisterEntry(deps, caller, params));
  serve(app, registerEndpoints.update, ["coordinator"], ({ params, body }, caller) => updateRegisterEntry(deps, caller, { sessionId: params.sessionId, changes: body }));
  serve(app, registerEndpoints.list, ["coordinator"], ({ query }, caller) => listRegister(deps, caller, query));
  serve(app, registerEndpoints.exportXlsx, ["coordinator"], ({ query }, caller) => exportRegister(deps, caller, { year: query.year, format: "xlsx" }));
  serve(app, registerEndpoints.exportPdf, ["coordinator"], ({ query }, caller) => exportRegister(deps, caller, { year: query.year, format: "pdf" }));
}
__name(registerRegisterRoutes, "registerRegisterRoutes");

// apps/server/src/delivery/get-session.ts
async function getSession(deps, caller, input) {
  return presentSessionDetail(deps.db, await visibleSession(deps, caller, input.sessionId), caller, todayInMontreal(deps.now()));
}
__name(getSession, "getSession");

// apps/server/src/delivery/create-session.ts
async function createSession(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const sessionId = await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const course = await repo.course(input.courseId, mutualId);
    if (!course) throw new AppError("not_found", "Course not found", { fields: [{ field: "courseId", message: "no such course" }] });
    if (course.status === "retired") throw invalid("courseId", "this course is retired");
    const seatsMin = input.seatsMin ?? course.min_seats;
    const seatsMax = input.seatsMax ?? course.max_seats;
    if (seatsMax < seatsMin) throw invalid("seatsMax", "must be at least seatsMin");
    const settings = await repo.mutualSettings(mutualId);
    const periodStart = `${input.period}-01`;
    const { id } = await repo.insert({
      mutual_id: mutualId,
      course_id: course.id,
      period: input.period,
      region_code: course.mode === "virtual" ? null : input.regionCode ?? course.regions[0] ?? null,
      seats: seatsMin,
      cost_cents: input.costCents ?? course.fixed_cost_cents + course.seat_cost_cents * seatsMin,
      status: "proposed",
      title: input.title ?? null,
      seats_min: seatsMin,
      seats_max: seatsMax,
      go_no_go_date: input.goNoGoDate ?? addDays(periodStart, -settings.goNoGoDays),
      created_by: caller.userId
    });
    await repo.recordEvent({ mutualId, sessionId: id, actorUserId: caller.userId, kind: "created", toStatus: "proposed", detail: { by: "hand" } });
    await auditRepository(tx.db).record({
      at: tx.now(),
      mutualId,
      actorUserId: caller.userId,
      action: "session.create",
      entityType: "training_session",
      entityId: id,
      change: { ...input }
    });
    return id;
  });
  return getSession(deps, caller, { sessionId });
}
__name(createSession, "createSession");

// apps/server/src/delivery/list-session-history.ts
async function listSessionHistory(deps, caller, input) {
  const row = await visibleSession(deps, caller, input.sessionId);
  const repo = trainingSessionRepository(deps.db);
  const [events, total] = await Promise.all([repo.history(row.id, { limit: input.pageSize, offset: (input.page - 1) * input.pageSize }), repo.countHistory(row.id)]);
  return pageOf(events.map(presentSessionEvent), total, input);
}
__name(listSessionHistory, "listSessionHistory");

// apps/server/src/delivery/list-sessions.ts
async function listSessions(deps, caller, query) {
  const { page, pageSize, ...filter } = query;
  const visibility = sessionVisibilityOf(caller);
  const repo = trainingSessionRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(visibility, filter, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(visibility, filter)]);
  return pageOf(await presentSessionSummaries(deps.db, rows, caller, todayInMontreal(deps.now())), total, { page, pageSize });
}
__name(listSessions, "listSessions");

// apps/server/src/delivery/reserve-seats.ts
async function reserveSeats(deps, caller, input) {
  const { sessionId } = input;
  const mutualId = mutualOf(caller);
  await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) {
      throw new AppError("conflict", `The seats of a ${row.status} session can no longer change`);
    }
    if (!await mutualRepository(tx.db).hasMember(mutualId, input.memberId)) throw invalid("memberId", "no such member in this mutual");
    const picture = await enrolmentRepository(tx.db).seatPicture(sessionId);
    const before = picture.reservedByMember[input.memberId] ?? 0;
    if (before === input.seats) return;
    const fit = reservationFit({ ...picture, seatsMax: row.seatsMax }, input.memberId, input.seats);
    if (!fit.fits) {
      throw new AppError("capacity_exceeded", `Only ${fit.room} seats are free for this firm (maximum ${row.seatsMax})`, {
        fields: [{ field: "seats", message: `at most ${fit.room}` }]
      });
    }
    const rows = await repo.reservationRows(sessionId, input.memberId);
    if (input.seats > before) {
      const byHand = rows.find((r) => r.needId === null);
      const extra = input.seats - before;
      if (byHand) await repo.updateReservation(byHand.id, { seats: byHand.seats + extra, shareCents: 0, standaloneCents: 0 });
      else await repo.insertReservation({ mutualId, sessionId, memberId: input.memberId, seats: extra, createdBy: caller.userId });
    } else {
      for (const cut of cutReservation(rows, before - input.seats)) {
        if (cut.delete) await repo.deleteReservation(cut.id);
        else await repo.updateReservation(cut.id, { seats: cut.seats, shareCents: cut.shareCents, standaloneCents: cut.standaloneCents });
      }
    }
    await repo.recordEvent({
      mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: "reservation",
      detail: { memberId: input.memberId, from: before, to: input.seats }
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      memberId: input.memberId,
      actorUserId: caller.userId,
      action: "session.reservation",
      entityType: "training_session",
      entityId: sessionId,
      change: { memberId: input.memberId, before, after: input.seats }
    });
    if (input.seats > before) await promoteWaitlist(tx, sessionId, mutualId, todayInMontreal(deps.now()));
  });
  return getSession(deps, caller, { sessionId });
}
__name(reserveSeats, "reserveSeats");

// apps/server/src/delivery/set-meeting-days.ts
async function setMeetingDays(deps, caller, input) {
  const { sessionId, days } = input;
  const mutualId = mutualOf(caller);
  const now = deps.now().toISOString();
  await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) {
      throw new AppError("conflict", `The meeting days of a ${row.status} session cannot change`);
    }
    const seen = /* @__PURE__ */ new Set();
    const normalised = days.map((d, i) => {
      if (d.endsAt <= d.startsAt) throw invalid(`days.${i}.endsAt`, "must be after startsAt");
      const key = `${d.day} ${d.startsAt}`;
      if (seen.has(key)) throw invalid(`days.${i}.day`, "duplicate meeting day");
      seen.add(key);
      const [sh, sm] = d.startsAt.split(":").map(Number);
      const [eh, em] = d.endsAt.split(":").map(Number);
      const span = (eh * 60 + em - (sh * 60 + sm)) / 60;
      if (d.hours !== void 0 && d.hours > span) throw invalid(`days.${i}.hours`, `must be at most ${span}`);
      return { day: d.day, startsAt: d.startsAt, endsAt: d.endsAt, hours: d.hours ?? Math.round(span * 100) / 100 };
    });
    await repo.replaceMeetingDays(mutualId, sessionId, normalised);
    await repo.bumpSequence(sessionId, now);
    await repo.recordEvent({ mutualId, sessionId, actorUserId: caller.userId, kind: "change", detail: { meetingDays: normalised } });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "session.meeting_days", entityType: "training_session", entityId: sessionId, change: { days: normalised } });
    if (row.status === "scheduled") {
      const updated = await repo.find(sessionId, { kind: "mutual", mutualId });
      await notifyParticipants(tx, updated, await enrolmentRepository(tx.db).listForSession(sessionId, null, ["confirmed"]), "session_change");
    }
  });
  return getSession(deps, caller, { sessionId });
}
__name(setMeetingDays, "setMeetingDays");

// apps/server/src/delivery/schedule-questionnaires.ts
async function scheduleQuestionnaires(tx, sessionId, mutualId) {
  const today = todayInMontreal(tx.now());
  const days = await trainingSessionRepository(tx.db).meetingDays(sessionId);
  const lastDay = days[days.length - 1]?.day ?? today;
  const people = await enrolmentRepository(tx.db).listForSession(sessionId, null, ["confirmed"]);
  const contacts = await userRepository(tx.db).contactsOf([...new Set(people.map((p) => p.memberId))]);
  const contactOf = /* @__PURE__ */ __name((memberId) => contacts.find((c) => c.memberId === memberId), "contactOf");
  const rows = [];
  for (const p of people) {
    for (const level of PARTICIPANT_LEVELS) {
      rows.push({
        mutualId,
        sessionId,
        level,
        enrolmentId: p.id,
        memberId: p.memberId,
        toAddress: p.employeeEmail ?? null,
        locale: p.employeeLanguage,
        sendOn: today,
        closesOn: addDays(today, 30)
      });
    }
  }
  const window = level3Window(lastDay);
  for (const memberId of new Set(people.map((p) => p.memberId))) {
    const contact = contactOf(memberId);
    rows.push({
      mutualId,
      sessionId,
      level: 3,
      enrolmentId: null,
      memberId,
      toAddress: contact?.email ?? null,
      locale: contact?.locale ?? "fr",
      sendOn: window.sendOn,
      closesOn: window.closesOn
    });
  }
  await questionnaireRepository(tx.db).insertMany(rows);
  await sendDueQuestionnaires(tx, sessionId);
}
__name(scheduleQuestionnaires, "scheduleQuestionnaires");

// apps/server/src/delivery/complete-session.ts
async function onSessionDelivered(tx, sessionId, mutualId, actorUserId) {
  const enrolments = enrolmentRepository(tx.db);
  const days = await trainingSessionRepository(tx.db).meetingDays(sessionId);
  const attendance = await attendanceRepository(tx.db).forSession(sessionId);
  const now = tx.now().toISOString();
  for (const e of await enrolments.listForSession(sessionId, null, ["confirmed"])) {
    const mine = attendance.filter((a) => a.enrolmentId === e.id);
    if (isNoShow(mine, days.length)) {
      await enrolments.setStatus(e.id, "no_show", now, { reason: "absent from every meeting day" });
      await auditRepository(tx.db).record({
        at: now,
        mutualId,
        memberId: e.memberId,
        actorUserId,
        action: "enrolment.no_show",
        entityType: "enrolment",
        entityId: e.id,
        change: { from: "confirmed", to: "no_show" }
      });
    }
  }
  await issueDueAttestations(tx, sessionId, mutualId, actorUserId);
  await scheduleQuestionnaires(tx, sessionId, mutualId);
}
__name(onSessionDelivered, "onSessionDelivered");

// apps/server/src/delivery/transition-session.ts
async function transitionSession(deps, caller, input) {
  const { sessionId, ...request } = input;
  const mutualId = mutualOf(caller);
  const now = deps.now().toISOString();
  const today = todayInMontreal(deps.now());
  await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const row = await lockVisibleSession(tx, caller, sessionId);
    const facts = await sessionFactsOf(tx.db, row, today);
    const refusal = checkTransition(facts, request);
    if (refusal) {
      const fields = "missing" in refusal ? refusal.missing.map((f) => ({ field: f, message: "required by the activity register (s.15)" })) : [];
      if (refusal.code === "reason_required") throw new AppError("validation_failed", refusal.message, { fields: [{ field: "reason", message: "required" }] });
      throw new AppError(refusal.code, refusal.message, { fields });
    }
    const to = request.to;
    const reason = request.reason?.trim() || null;
    await repo.update(
      sessionId,
      {
        status: to,
        ...to === "confirmed" ? { single_firm: isSingleFirm(facts.distinctFirms), override_reason: request.override ? reason : null } : {},
        ...to === "cancelled" ? { cancel_reason: reason, cancelled_at: now } : {}
      },
      now
    );
    if (to === "cancelled" || to === "scheduled") await repo.bumpSequence(sessionId, now);
    const needs = to === "scheduled" || to === "delivered" || to === "cancelled" ? await repo.moveNeeds(sessionId, to === "scheduled" ? "scheduled" : to === "delivered" ? "closed" : "open", now) : null;
    const needsMoved = needs && (needs.opened.length || needs.split.length || needs.closed.length) && to !== "scheduled" ? { needs } : {};
    await repo.recordEvent({
      mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: "transition",
      fromStatus: row.status,
      toStatus: to,
      reason,
      detail: { ...request.override ? { override: true, seatsCommitted: facts.seatsCommitted, distinctFirms: facts.distinctFirms } : {}, ...needsMoved }
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: `session.${to}`,
      entityType: "training_session",
      entityId: sessionId,
      change: { from: row.status, to, reason, override: request.override ?? false, ...needsMoved }
    });
    if (to === "scheduled" || to === "cancelled") {
      const updated = await repo.find(sessionId, { kind: "mutual", mutualId });
      const people = await enrolmentRepository(tx.db).listForSession(sessionId, null, to === "cancelled" ? ACTIVE_ENROLMENT_STATUSES : ["confirmed"]);
      await notifyParticipants(tx, updated, people, to === "cancelled" ? "session_cancelled" : "session_invitation", { reason });
    }
    if (to === "delivered") await onSessionDelivered(tx, sessionId, mutualId, caller.userId);
  });
  return getSession(deps, caller, { sessionId });
}
__name(transitionSession, "transitionSession");

// apps/server/src/catalogue/course-repository.ts
import { sql as sql8 } from "kysely";
function courseRepository(db) {
  const base = /* @__PURE__ */ __name(() => db.selectFrom("course as c").innerJoin("provider as p", "p.id", "c.provider_id").innerJoin("topic as t", "t.id", "c.topic_id").selectAll("c").select(["p.name as provider_name", "t.code as topic_code", "t.name_fr as topic_name_fr", "t.name_en as topic_name_en"]), "base");
  const filtered = /* @__PURE__ */ __name((mutualId, f) => {
    let q = base().where("c.mutual_id", "=", mutualId);
    if (f.providerId) q = q.where("c.provider_id", "=", f.providerId);
    if (f.status) q = q.where("c.status", "=", f.status);
    if (f.topicId) q = q.where("c.topic_id", "=", f.topicId);
    if (f.ids) q = f.ids.length ? q.where("c.id", "in", f.ids) : q.where("c.id", "is", null);
    if (f.pendingReview)
      q = q.where(
        ({ exists, selectFrom }) => exists(selectFrom("course_revision as r").select("r.id").whereRef("r.course_id", "=", "c.id").where("r.status", "=", "pending"))
      );
    return q;
  }, "filtered");
  return {
    /** A page of the courses, by topic code then French title. */
    list(mutualId, f, page) {
      return filtered(mutualId, f).orderBy("t.code").orderBy("c.title_fr").orderBy("c.id").limit(page.limit).offset(page.offset).execute();
    },
    async count(mutualId, f) {
      const row = await filtered(mutualId, f).clearSelect().select(sql8`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return row.n;
    },
    find(mutualId, id) {
      return base().where("c.mutual_id", "=", mutualId).where("c.id", "=", id).executeTakeFirst();
    },
    /** The approved courses pooling and the demand board read (small: one row per course). */
    approved(mutualId) {
      return db.selectFrom("course").select([
        "id",
        "provider_id",
        "topic_id",
        "language",
        "mode",
        "regions",
        "periods",
        "min_seats",
        "max_seats",
        "fixed_cost_cents",
        "seat_cost_cents",
        "max_sessions_per_period",
        "status"
      ]).where("mutual_id", "=", mutualId).where("status", "=", "approved").execute();
    },
    async insert(values) {
      return (await db.insertInto("course").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async update(mutualId, id, values) {
      await db.updateTable("course").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    },
    /** A page of a course's revisions, newest first. */
    revisions(courseId, page) {
      return db.selectFrom("course_revision").selectAll().where("course_id", "=", courseId).orderBy("submitted_at", "desc").limit(page.limit).offset(page.offset).execute();
    },
    async countRevisions(courseId) {
      const row = await db.selectFrom("course_revision").select(sql8`count(*)::int`.as("n")).where("course_id", "=", courseId).executeTakeFirstOrThrow();
      return row.n;
    },
    pendingRevisions(courseIds) {
      if (courseIds.length === 0) return Promise.resolve([]);
      return db.selectFrom("course_revision").selectAll().where("course_id", "in", courseIds).where("status", "=", "pending").execute();
    },
    findRevision(courseId, id) {
      return db.selectFrom("course_revision").selectAll().where("course_id", "=", courseId).where("id", "=", id).executeTakeFirst();
    },
    async insertRevision(values) {
      return db.insertInto("course_revision").values(values).returningAll().executeTakeFirstOrThrow();
    },
    async supersedePending(courseId, now) {
      await db.updateTable("course_revision").set({ status: "superseded", decided_at: now }).where("course_id", "=", courseId).where("status", "=", "pending").execute();
    },
    async decideRevision(id, values) {
      await db.updateTable("course_revision").set(values).where("id", "=", id).execute();
    }
  };
}
__name(courseRepository, "courseRepository");

// packages/domain/src/catalogue/course.ts
var PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
function courseTermIssues(c) {
  const issues = [];
  if (c.minSeats < 1) issues.push({ field: "minSeats", message: "must be at least 1" });
  if (c.maxSeats < c.minSeats) issues.push({ field: "maxSeats", message: "must be at least minSeats" });
  if (c.maxSessionsPerPeriod < 1) issues.push({ field: "maxSessionsPerPeriod", message: "must be at least 1" });
  if (c.fixedCostCents < 0) issues.push({ field: "fixedCostCents", message: "must not be negative" });
  if (c.seatCostCents < 0) issues.push({ field: "seatCostCents", message: "must not be negative" });
  if (!(c.durationHours > 0)) issues.push({ field: "durationHours", message: "must be more than 0" });
  if (c.mode === "in_person" && c.regions.length === 0)
    issues.push({ field: "regions", message: "an in-person course must name at least one region it serves" });
  if (c.periods.some((p) => !PERIOD.test(p))) issues.push({ field: "periods", message: "must be months written YYYY-MM" });
  return issues;
}
__name(courseTermIssues, "courseTermIssues");
function sessionCostCents(terms, seats) {
  return terms.fixedCostCents + terms.seatCostCents * seats;
}
__name(sessionCostCents, "sessionCostCents");
function compareQuoteAnswers(answers, seats) {
  const out = answers.map((a) => {
    if (seats < a.minSeats) return { id: a.id, seatsServed: 0, totalCents: 0, perSeatCents: null, meetsMinimum: false };
    const sessions = Math.ceil(seats / a.maxSeats);
    const base = Math.floor(seats / sessions);
    let total = 0;
    for (let i = 0; i < sessions; i++) {
      const s = base + (i < seats % sessions ? 1 : 0);
      total += sessionCostCents(a, Math.max(s, a.minSeats));
    }
    return { id: a.id, seatsServed: seats, totalCents: total, perSeatCents: Math.round(total / seats), meetsMinimum: true };
  });
  return out.sort((x, y) => {
    if (x.meetsMinimum !== y.meetsMinimum) return x.meetsMinimum ? -1 : 1;
    return (x.perSeatCents ?? 0) - (y.perSeatCents ?? 0) || x.id.localeCompare(y.id);
  });
}
__name(compareQuoteAnswers, "compareQuoteAnswers");
function changedFields(current, proposed) {
  return Object.keys(proposed).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(proposed[k])).sort();
}
__name(changedFields, "changedFields");

// apps/server/src/catalogue/course-fields.ts
var fieldsOf = /* @__PURE__ */ __name((r) => ({
  topicId: r.topic_id,
  titleFr: r.title_fr,
  titleEn: r.title_en,
  descriptionFr: r.description_fr,
  descriptionEn: r.description_en,
  objectives: r.objectives,
  content: r.content,
  durationHours: Number(r.duration_hours),
  language: r.language,
  mode: r.mode,
  regions: r.regions,
  periods: r.periods,
  fixedCostCents: r.fixed_cost_cents,
  seatCostCents: r.seat_cost_cents,
  minSeats: r.min_seats,
  maxSeats: r.max_seats,
  maxSessionsPerPeriod: r.max_sessions_per_period
}), "fieldsOf");
var columnsOf = /* @__PURE__ */ __name((f) => ({
  topic_id: f.topicId,
  title_fr: f.titleFr,
  title_en: f.titleEn,
  description_fr: f.descriptionFr,
  description_en: f.descriptionEn,
  objectives: f.objectives,
  content: f.content,
  duration_hours: f.durationHours,
  language: f.language,
  mode: f.mode,
  regions: modeUsesRegions(f.mode) ? [...f.regions].sort() : [],
  periods: [...f.periods].sort(),
  fixed_cost_cents: f.fixedCostCents,
  seat_cost_cents: f.seatCostCents,
  min_seats: f.minSeats,
  max_seats: f.maxSeats,
  max_sessions_per_period: f.maxSessionsPerPeriod
}), "columnsOf");
function checkCourseTerms(f) {
  const issues = courseTermIssues(f);
  if (issues.length) {
    throw new AppError("validation_failed", issues.map((i) => `${i.field}: ${i.message}`).join("; "), { fields: issues });
  }
}
__name(checkCourseTerms, "checkCourseTerms");

// apps/server/src/catalogue/present.ts
var presentProvider = /* @__PURE__ */ __name((r) => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  accreditationNumber: r.accreditation_number,
  email: r.email,
  phone: r.phone,
  website: r.website,
  address: r.address,
  regions: r.regions,
  contacts: r.contacts ?? [],
  notes: r.notes,
  active: r.active,
  courseCount: r.course_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at
}), "presentProvider");
var presentCourseRevision = /* @__PURE__ */ __name((r, current) => {
  const proposed = r.proposed;
  return {
    id: r.id,
    courseId: r.course_id,
    status: r.status,
    proposed,
    changedFields: current ? changedFields(current, proposed) : Object.keys(proposed).sort(),
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note
  };
}, "presentCourseRevision");
var approvedFieldsOf = /* @__PURE__ */ __name((r) => r.status === "proposed" ? null : fieldsOf(r), "approvedFieldsOf");
function presentCourse(r, pending) {
  const fields = fieldsOf(r);
  return {
    id: r.id,
    providerId: r.provider_id,
    providerName: r.provider_name,
    topicCode: r.topic_code,
    topicNameFr: r.topic_name_fr,
    topicNameEn: r.topic_name_en,
    status: r.status,
    ...fields,
    approvedAt: r.approved_at,
    pendingRevision: pending ? presentCourseRevision(pending, approvedFieldsOf(r)) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}
__name(presentCourse, "presentCourse");
async function presentCourses(db, rows, showPending) {
  const pending = showPending ? await courseRepository(db).pendingRevisions(rows.map((r) => r.id)) : [];
  const byCourse = new Map(pending.map((p) => [p.course_id, p]));
  return rows.map((r) => presentCourse(r, byCourse.get(r.id) ?? null));
}
__name(presentCourses, "presentCourses");

// apps/server/src/catalogue/provider-repository.ts
import { sql as sql9 } from "kysely";
function providerRepository(db) {
  const filtered = /* @__PURE__ */ __name((mutualId, filter) => {
    let q = db.selectFrom("provider as p").where("p.mutual_id", "=", mutualId);
    if (filter.providerId) q = q.where("p.id", "=", filter.providerId);
    if (!filter.includeInactive) q = q.where("p.active", "=", true);
    if (filter.region) q = q.where(sql9`${filter.region} = any(p.regions)`);
    return q;
  }, "filtered");
  const withCourseCount = /* @__PURE__ */ __name((mutualId, filter) => filtered(mutualId, filter).selectAll("p").select(
    sql9`(select count(*)::int from course c where c.provider_id = p.id and c.status = any(${sql9.val([...OFFERED_COURSE_STATUSES])}::text[]))`.as("course_count")
  ), "withCourseCount");
  return {
    list(mutualId, filter, page) {
      return withCourseCount(mutualId, filter).orderBy("p.name").orderBy("p.id").limit(page.limit).offset(page.offset).execute();
    },
    async count(mutualId, filter) {
      const row = await filtered(mutualId, filter).select(sql9`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return row.n;
    },
    find(mutualId, id) {
      return withCourseCount(mutualId, { includeInactive: true }).where("p.id", "=", id).executeTakeFirst();
    },
    findMany(mutualId, ids) {
      if (ids.length === 0) return Promise.resolve([]);
      return db.selectFrom("provider").selectAll().where("mutual_id", "=", mutualId).where("id", "in", ids).execute();
    },
    async insert(values) {
      const row = await db.insertInto("provider").values(values).returning("id").executeTakeFirstOrThrow();
      return row.id;
    },
    async update(mutualId, id, values) {
      await db.updateTable("provider").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    }
  };
}
__name(providerRepository, "providerRepository");

// apps/server/src/catalogue/create-course.ts
async function createCourse(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const isTrainer = caller.role === "trainer";
  let providerId = input.providerId;
  if (isTrainer) {
    if (providerId && providerId !== caller.providerId) throw forbidden("A trainer adds courses for its own provider only");
    providerId = caller.providerId ?? void 0;
  }
  if (!providerId) throw invalid("providerId", "is required");
  const { providerId: _p, ...fields } = input;
  checkCourseTerms(fields);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    if ((await providerRepository(tx.db).findMany(mutualId, [providerId])).length === 0) throw invalid("providerId", "no such provider in this mutual");
    await requireActiveTopic(tx.db, mutualId, fields.topicId);
    const repo = courseRepository(tx.db);
    const nowIso = now.toISOString();
    const id = await repo.insert({
      ...columnsOf(fields),
      mutual_id: mutualId,
      provider_id: providerId,
      status: isTrainer ? "proposed" : "approved",
      approved_at: isTrainer ? null : nowIso,
      approved_by: isTrainer ? null : caller.userId
    });
    if (isTrainer) {
      await repo.insertRevision({
        mutual_id: mutualId,
        course_id: id,
        provider_id: providerId,
        proposed: JSON.stringify(fields),
        submitted_by: caller.userId,
        submitted_at: nowIso
      });
    }
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "course.create", entityType: "course", entityId: id, change: input });
    return (await presentCourses(tx.db, [await repo.find(mutualId, id)], true))[0];
  });
}
__name(createCourse, "createCourse");

// apps/server/src/catalogue/visible-provider.ts
var NO_PROVIDER = "00000000-0000-0000-0000-000000000000";
function providerScopeOf(caller) {
  const mutualId = mutualOf(caller);
  return caller.role === "trainer" ? { mutualId, providerId: caller.providerId ?? NO_PROVIDER } : { mutualId };
}
__name(providerScopeOf, "providerScopeOf");
async function visibleProvider(deps, caller, providerId) {
  const scope = providerScopeOf(caller);
  if (scope.providerId && scope.providerId !== providerId) throw notFound("Provider");
  const row = await providerRepository(deps.db).find(scope.mutualId, providerId);
  if (!row) throw notFound("Provider");
  return row;
}
__name(visibleProvider, "visibleProvider");

// apps/server/src/catalogue/visible-course.ts
function courseScopeOf(caller) {
  return { ...providerScopeOf(caller), inUseOnly: caller.role !== "coordinator" && caller.role !== "trainer" };
}
__name(courseScopeOf, "courseScopeOf");
async function visibleCourse(deps, caller, courseId) {
  const scope = courseScopeOf(caller);
  const row = await courseRepository(deps.db).find(scope.mutualId, courseId);
  if (!row || scope.providerId && row.provider_id !== scope.providerId || scope.inUseOnly && !courseIsInUse(row.status)) {
    throw notFound("Course");
  }
  return row;
}
__name(visibleCourse, "visibleCourse");

// apps/server/src/catalogue/get-course.ts
async function getCourse(deps, caller, input) {
  const row = await visibleCourse(deps, caller, input.courseId);
  return (await presentCourses(deps.db, [row], !courseScopeOf(caller).inUseOnly))[0];
}
__name(getCourse, "getCourse");

// apps/server/src/catalogue/list-course-revisions.ts
async function listCourseRevisions(deps, caller, input) {
  const { courseId, page, pageSize } = input;
  const row = await visibleCourse(deps, caller, courseId);
  const repo = courseRepository(deps.db);
  const [rows, total] = await Promise.all([repo.revisions(courseId, { limit: pageSize, offset: (page - 1) * pageSize }), repo.countRevisions(courseId)]);
  const current = approvedFieldsOf(row);
  return pageOf(rows.map((r) => presentCourseRevision(r, current)), total, { page, pageSize });
}
__name(listCourseRevisions, "listCourseRevisions");

// apps/server/src/catalogue/list-courses.ts
async function listCourses(deps, caller, query) {
  const scope = courseScopeOf(caller);
  const { page, pageSize, ...filter } = query;
  if (scope.providerId && filter.providerId && filter.providerId !== scope.providerId) return pageOf([], 0, { page, pageSize });
  const f = {
    ...filter,
    providerId: scope.providerId ?? filter.providerId,
    status: scope.inUseOnly ? "approved" : filter.status,
    pendingReview: scope.inUseOnly ? void 0 : filter.pendingReview === "true"
  };
  const repo = courseRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(scope.mutualId, f, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(scope.mutualId, f)]);
  return pageOf(await presentCourses(deps.db, rows, !scope.inUseOnly), total, { page, pageSize });
}
__name(listCourses, "listCourses");

// apps/server/src/catalogue/review-course-revision.ts
async function reviewCourseRevision(deps, caller, input) {
  const { courseId, decision } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = courseRepository(tx.db);
    const row = await visibleCourse(tx, caller, courseId);
    const mutualId = row.mutual_id;
    const revision = await repo.findRevision(courseId, input.revisionId);
    if (!revision) throw invalid("revisionId", "no such revision of this course");
    if (revision.status !== "pending") throw new AppError("conflict", `This revision is already ${revision.status}`);
    const nowIso = now.toISOString();
    if (decision === "approved") {
      const merged = { ...fieldsOf(row), ...revision.proposed };
      checkCourseTerms(merged);
      await repo.update(mutualId, courseId, {
        ...columnsOf(merged),
        status: row.status === "retired" ? "retired" : "approved",
        approved_at: nowIso,
        approved_by: caller.userId,
        updated_at: nowIso
      });
    }
    await repo.decideRevision(revision.id, { status: decision, decided_by: caller.userId, decided_at: nowIso, decision_note: input.note ?? null });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: decision === "approved" ? "course.approve_revision" : "course.reject_revision",
      entityType: "course",
      entityId: courseId,
      change: { revisionId: revision.id, note: input.note ?? null }
    });
    return (await presentCourses(tx.db, [await repo.find(mutualId, courseId)], true))[0];
  });
}
__name(reviewCourseRevision, "reviewCourseRevision");

// apps/server/src/catalogue/set-course-retired.ts
async function setCourseRetired(deps, caller, input) {
  const { courseId, retired } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = courseRepository(tx.db);
    const row = await visibleCourse(tx, caller, courseId);
    if (!retired && row.status !== "retired") throw new AppError("conflict", "This course is not retired");
    if (!retired && !row.approved_at) throw new AppError("conflict", "This course was never approved: approve its revision instead");
    await repo.update(row.mutual_id, courseId, { status: retired ? "retired" : "approved", updated_at: now.toISOString() });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: row.mutual_id,
      actorUserId: caller.userId,
      action: retired ? "course.retire" : "course.reinstate",
      entityType: "course",
      entityId: courseId,
      change: {}
    });
    return (await presentCourses(tx.db, [await repo.find(row.mutual_id, courseId)], true))[0];
  });
}
__name(setCourseRetired, "setCourseRetired");

// apps/server/src/catalogue/update-course.ts
async function updateCourse(deps, caller, input) {
  const { courseId: id, changes } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = courseRepository(tx.db);
    const row = await visibleCourse(tx, caller, id);
    const mutualId = row.mutual_id;
    if (row.status === "retired" && caller.role === "trainer") throw new AppError("conflict", "This course is retired");
    const [pending] = await repo.pendingRevisions([id]);
    const base = caller.role === "trainer" && pending ? { ...fieldsOf(row), ...pending.proposed } : fieldsOf(row);
    const merged = { ...base, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== void 0)) };
    checkCourseTerms(merged);
    if (changes.topicId && changes.topicId !== row.topic_id) await requireActiveTopic(tx.db, mutualId, changes.topicId);
    const nowIso = now.toISOString();
    if (caller.role === "trainer") {
      await repo.supersedePending(id, nowIso);
      await repo.insertRevision({
        mutual_id: mutualId,
        course_id: id,
        provider_id: row.provider_id,
        proposed: JSON.stringify(merged),
        submitted_by: caller.userId,
        submitted_at: nowIso
      });
      await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "course.propose_change", entityType: "course", entityId: id, change: changes });
    } else {
      await repo.update(mutualId, id, { ...columnsOf(merged), updated_at: nowIso });
      await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "course.update", entityType: "course", entityId: id, change: changes });
    }
    return (await presentCourses(tx.db, [await repo.find(mutualId, id)], true))[0];
  });
}
__name(updateCourse, "updateCourse");

// apps/server/src/catalogue/course-routes.ts
function registerCourseRoutes(app, deps) {
  serve(app, courseEndpoints.list, COURSE_READER_ROLES, ({ query }, caller) => listCourses(deps, caller, query));
  serve(app, courseEndpoints.create, PROVIDER_RECORD_ROLES, ({ body }, caller) => createCourse(deps, caller, body));
  serve(app, courseEndpoints.get, COURSE_READER_ROLES, ({ params }, caller) => getCourse(deps, caller, params));
  serve(app, courseEndpoints.update, PROVIDER_RECORD_ROLES, ({ params, body }, caller) => updateCourse(deps, caller, { courseId: params.courseId, changes: body }));
  serve(app, courseEndpoints.revisions, PROVIDER_RECORD_ROLES, ({ params, query }, caller) => listCourseRevisions(deps, caller, { ...params, ...query }));
  serve(app, courseEndpoints.approve, ["coordinator"], ({ params, body }, caller) => reviewCourseRevision(deps, caller, { ...params, ...body, decision: "approved" }));
  serve(app, courseEndpoints.reject, ["coordinator"], ({ params, body }, caller) => reviewCourseRevision(deps, caller, { ...params, ...body, decision: "rejected" }));
  serve(app, courseEndpoints.retire, ["coordinator"], ({ params }, caller) => setCourseRetired(deps, caller, { ...params, retired: true }));
  serve(app, courseEndpoints.reinstate, ["coordinator"], ({ params }, caller) => setCourseRetired(deps, caller, { ...params, retired: false }));
}
__name(registerCourseRoutes, "registerCourseRoutes");

// apps/server/src/catalogue/create-provider.ts
async function createProvider(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = providerRepository(tx.db);
    const id = await repo.insert({
      mutual_id: mutualId,
      name: input.name,
      kind: input.kind,
      accreditation_number: input.accreditationNumber ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      website: input.website ?? null,
      address: input.address ?? null,
      regions: input.regions ?? [],
      contacts: JSON.stringify(input.contacts ?? []),
      notes: input.notes ?? ""
    });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "provider.create", entityType: "provider", entityId: id, change: input });
    return presentProvider(await repo.find(mutualId, id));
  });
}
__name(createProvider, "createProvider");

// apps/server/src/catalogue/get-provider.ts
async function getProvider(deps, caller, input) {
  return presentProvider(await visibleProvider(deps, caller, input.providerId));
}
__name(getProvider, "getProvider");

// apps/server/src/catalogue/list-providers.ts
async function listProviders(deps, caller, query) {
  const scope = providerScopeOf(caller);
  const { page, pageSize } = query;
  const filter = { providerId: scope.providerId, region: query.region, includeInactive: query.includeInactive === "true" || !!scope.providerId };
  const repo = providerRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(scope.mutualId, filter, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(scope.mutualId, filter)]);
  return pageOf(rows.map(presentProvider), total, { page, pageSize });
}
__name(listProviders, "listProviders");

// apps/server/src/catalogue/update-provider.ts
async function updateProvider(deps, caller, input) {
  const { providerId: id, changes } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { mutual_id: mutualId } = await visibleProvider(tx, caller, id);
    const repo = providerRepository(tx.db);
    await repo.update(mutualId, id, {
      name: changes.name,
      kind: changes.kind,
      accreditation_number: changes.accreditationNumber,
      email: changes.email,
      phone: changes.phone,
      website: changes.website,
      address: changes.address,
      regions: changes.regions,
      contacts: changes.contacts ? JSON.stringify(changes.contacts) : void 0,
      notes: changes.notes,
      active: changes.active,
      updated_at: now.toISOString()
    });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "provider.update", entityType: "provider", entityId: id, change: changes });
    return presentProvider(await repo.find(mutualId, id));
  });
}
__name(updateProvider, "updateProvider");

// apps/server/src/catalogue/provider-routes.ts
function registerProviderRoutes(app, deps) {
  serve(app, providerEndpoints.list, PROVIDER_RECORD_ROLES, ({ query }, caller) => listProviders(deps, caller, query));
  serve(app, providerEndpoints.create, ["coordinator"], ({ body }, caller) => createProvider(deps, caller, body));
  serve(app, providerEndpoints.get, PROVIDER_RECORD_ROLES, ({ params }, caller) => getProvider(deps, caller, params));
  serve(app, providerEndpoints.update, ["coordinator"], ({ params, body }, caller) => updateProvider(deps, caller, { providerId: params.providerId, changes: body }));
}
__name(registerProviderRoutes, "registerProviderRoutes");

// apps/server/src/delivery/update-session.ts
var VISIBLE = ["title", "place", "virtualLink"];
async function updateSession(deps, caller, input) {
  const { sessionId, changes } = input;
  const mutualId = mutualOf(caller);
  const now = deps.now().toISOString();
  await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (sessionIsFinished(row.status)) throw new AppError("conflict", `A ${row.status} session can no longer be edited`);
    const seatsMin = changes.seatsMin ?? row.seatsMin;
    const seatsMax = changes.seatsMax ?? row.seatsMax;
    if (seatsMax < seatsMin) throw invalid("seatsMax", "must be at least seatsMin");
    if (changes.seatsMax !== void 0 && changes.seatsMax < row.seatsConfirmed) {
      throw invalid("seatsMax", `${row.seatsConfirmed} participants are already confirmed`);
    }
    if (changes.providerId && !await providerRepository(tx.db).find(mutualId, changes.providerId)) {
      throw invalid("providerId", "no such provider in this mutual");
    }
    if (changes.trainerUserId) {
      const trainer = await userRepository(tx.db).findTrainer(mutualId, changes.trainerUserId);
      if (!trainer) throw invalid("trainerUserId", "no such trainer account in this mutual");
      const providerId = changes.providerId ?? row.providerId;
      if (providerId && trainer.provider_id !== providerId) throw invalid("trainerUserId", "this trainer is not the session's provider's");
    }
    await repo.update(
      sessionId,
      {
        title: changes.title,
        seats_min: changes.seatsMin,
        seats_max: changes.seatsMax,
        cost_cents: changes.costCents,
        go_no_go_date: changes.goNoGoDate,
        place: changes.place,
        virtual_link: changes.virtualLink,
        trainer_user_id: changes.trainerUserId,
        trainer_name: changes.trainerName,
        provider_id: changes.providerId,
        notes: changes.notes
      },
      now
    );
    const visibleChange = VISIBLE.some((k) => changes[k] !== void 0 && changes[k] !== row[k]);
    if (visibleChange) await repo.bumpSequence(sessionId, now);
    await repo.recordEvent({ mutualId, sessionId, actorUserId: caller.userId, kind: "change", detail: { ...changes } });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "session.update", entityType: "training_session", entityId: sessionId, change: { ...changes } });
    if (changes.seatsMax !== void 0 && changes.seatsMax > row.seatsMax) await promoteWaitlist(tx, sessionId, mutualId, todayInMontreal(deps.now()));
    if (visibleChange && sessionIsAnnounced(row.status)) {
      const updated = await repo.find(sessionId, { kind: "mutual", mutualId });
      await notifyParticipants(tx, updated, await enrolmentRepository(tx.db).listForSession(sessionId, null, ["confirmed"]), "session_change");
    }
  });
  return getSession(deps, caller, { sessionId });
}
__name(updateSession, "updateSession");

// apps/server/src/delivery/session-routes.ts
function registerSessionRoutes(app, deps) {
  serve(app, sessionEndpoints.list, SESSION_ROLES, ({ query }, caller) => listSessions(deps, caller, query));
  serve(app, sessionEndpoints.create, ["coordinator"], ({ body }, caller) => createSession(deps, caller, body));
  serve(app, sessionEndpoints.goNoGo, ["coordinator"], (_, caller) => runGoNoGoCheck(deps, caller));
  serve(app, sessionEndpoints.get, SESSION_ROLES, ({ params }, caller) => getSession(deps, caller, params));
  serve(app, sessionEndpoints.update, ["coordinator"], ({ params, body }, caller) => updateSession(deps, caller, { sessionId: params.sessionId, changes: body }));
  serve(app, sessionEndpoints.setMeetingDays, ["coordinator"], ({ params, body }, caller) => setMeetingDays(deps, caller, { sessionId: params.sessionId, days: body.days }));
  serve(app, sessionEndpoints.transition, ["coordinator"], ({ params, body }, caller) => transitionSession(deps, caller, { ...params, ...body }));
  serve(app, sessionEndpoints.reserve, ["coordinator"], ({ params, body }, caller) => reserveSeats(deps, caller, { ...params, ...body }));
  serve(app, sessionEndpoints.history, ["coordinator"], ({ params, query }, caller) => listSessionHistory(deps, caller, { ...params, ...query }));
}
__name(registerSessionRoutes, "registerSessionRoutes");

// apps/server/src/pooling/pooling-sources.ts
var poolingNeedOf = /* @__PURE__ */ __name((n) => ({
  id: n.id,
  memberId: n.member_id,
  topicId: n.topic_id,
  seats: n.seats,
  regionCode: n.region_code,
  languages: n.languages,
  modes: n.modes,
  periods: n.periods,
  status: n.status
}), "poolingNeedOf");
var poolingCourseOf = /* @__PURE__ */ __name((c) => ({
  id: c.id,
  providerId: c.provider_id,
  topicId: c.topic_id,
  language: c.language,
  mode: c.mode,
  regions: c.regions,
  periods: c.periods,
  fixedCostCents: c.fixed_cost_cents,
  seatCostCents: c.seat_cost_cents,
  minSeats: c.min_seats,
  maxSeats: c.max_seats,
  maxSessionsPerPeriod: c.max_sessions_per_period,
  status: c.status
}), "poolingCourseOf");

// packages/domain/src/needs/need-import.ts
var PERIOD2 = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
var REGION_CODE = /^(0[1-9]|1[0-7])$/;
var headerAliases = {
  member: ["member_neq", "neq", "membre_neq", "membre", "member"],
  topic: ["topic", "topic_code", "sujet", "theme", "code_sujet"],
  seats: ["seats", "places", "nombre_places"],
  nocCode: ["noc", "noc_code", "cnp", "code_cnp", "job_class", "classe_emploi"],
  languages: ["languages", "language", "langues", "langue"],
  modes: ["modes", "mode", "formule"],
  regionCode: ["region", "region_code", "code_region"],
  periods: ["periods", "period", "periodes", "periode"],
  priority: ["priority", "priorite"],
  maxPricePerSeat: ["max_price_per_seat", "prix_max_par_place", "budget_par_place", "budget_per_seat"],
  notes: ["notes", "note", "commentaires"]
};
var normalize = /* @__PURE__ */ __name((s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase().replace(/[\s-]+/g, "_"), "normalize");
var modeAliases = {
  in_person: "in_person",
  inperson: "in_person",
  presentiel: "in_person",
  en_personne: "in_person",
  virtual: "virtual",
  virtuel: "virtual",
  online: "virtual",
  en_ligne: "virtual",
  distance: "virtual"
};
var priorityAliases = {
  high: "high",
  haute: "high",
  elevee: "high",
  medium: "medium",
  moyenne: "medium",
  low: "low",
  basse: "low",
  faible: "low"
};
var splitList = /* @__PURE__ */ __name((v) => v.split(/[;,|/]+|\s+/).map((s) => s.trim()).filter(Boolean), "splitList");
function parseDollars(text) {
  const cleaned = text.replace(/[\s$\u00a0]/g, "").replace(",", ".");
  if (!/^[0-9]+(\.[0-9]{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
__name(parseDollars, "parseDollars");
function parseNeedImportRows(rows, lookup) {
  const errors = [];
  const lines = [];
  if (rows.length === 0) return { lines, errors: [{ row: 1, field: "(file)", message: "the file has no data rows" }] };
  const present = new Set(
    Object.keys(rows[0]).flatMap((key) => Object.entries(headerAliases).filter(([, aliases]) => aliases.includes(normalize(key))).map(([field]) => field))
  );
  const required = ["topic", "seats", "languages", "modes", "periods", ...lookup.memberByNeq ? ["member"] : []];
  const missing = required.filter((f) => !present.has(f));
  if (missing.length) {
    const names = { member: "member_neq", topic: "topic", seats: "seats", languages: "languages", modes: "modes", periods: "periods" };
    return { lines, errors: missing.map((f) => ({ row: 1, field: names[f], message: "this column is missing from the header row" })) };
  }
  rows.forEach((raw, index) => {
    const rowNumber = index + 2;
    const row = {};
    for (const [key, value] of Object.entries(raw)) {
      const k = normalize(key);
      const field = Object.entries(headerAliases).find(([, aliases]) => aliases.includes(k))?.[0];
      if (field) row[field] = String(value ?? "").trim();
    }
    if (Object.values(row).every((v) => v === "")) return;
    const fail = /* @__PURE__ */ __name((field, message) => errors.push({ row: rowNumber, field, message }), "fail");
    const before = errors.length;
    let member = lookup.ownMember;
    if (lookup.memberByNeq) {
      const neq = (row.member ?? "").replace(/\s/g, "");
      if (!neq) fail("member_neq", "is required");
      else {
        member = lookup.memberByNeq.get(neq) ?? null;
        if (!member) fail("member_neq", `no member with NEQ ${neq} in this mutual`);
      }
    }
    const topicCode = (row.topic ?? "").toLowerCase();
    const topicId = lookup.topicIdByCode.get(topicCode);
    if (!topicCode) fail("topic", "is required");
    else if (!topicId) fail("topic", `unknown or retired topic code "${topicCode}"`);
    const seats = Number(row.seats);
    if (!row.seats) fail("seats", "is required");
    else if (!Number.isInteger(seats) || seats < 1 || seats > 500) fail("seats", "must be a whole number from 1 to 500");
    const nocCode = row.nocCode ? row.nocCode.replace(/\s/g, "") : null;
    if (nocCode && !/^[0-9]{1,5}$/.test(nocCode)) fail("noc_code", "must be a NOC 2021 code of 1 to 5 digits");
    const languages = [...new Set(splitList((row.languages ?? "").toLowerCase()))];
    if (languages.length === 0) fail("languages", "is required (fr, en)");
    else if (languages.some((l) => l !== "fr" && l !== "en")) fail("languages", "must be fr and/or en");
    const rawModes = (row.modes ?? "").split(/[;,|/]+/).map(normalize).filter(Boolean);
    const modes = [...new Set(rawModes.map((m) => modeAliases[m]))];
    if (rawModes.length === 0) fail("modes", "is required (in_person, virtual)");
    else if (modes.some((m) => !m)) fail("modes", "must be in_person and/or virtual");
    const regionCode = row.regionCode ? row.regionCode.padStart(2, "0") : member?.regionCode ?? "";
    if (row.regionCode && !REGION_CODE.test(regionCode)) fail("region", "must be a Quebec region code 01 to 17");
    const periods = [...new Set(splitList(row.periods ?? ""))];
    if (periods.length === 0) fail("periods", "is required (YYYY-MM)");
    else if (periods.some((p) => !PERIOD2.test(p))) fail("periods", "must be months written YYYY-MM");
    const priority = row.priority ? priorityAliases[normalize(row.priority)] : "medium";
    if (!priority) fail("priority", "must be high, medium or low");
    let maxPricePerSeatCents = null;
    if (row.maxPricePerSeat) {
      maxPricePerSeatCents = parseDollars(row.maxPricePerSeat);
      if (maxPricePerSeatCents === null) fail("max_price_per_seat", "must be an amount in dollars");
    }
    if (errors.length > before || !member || !topicId) return;
    lines.push({
      memberId: member.id,
      topicId,
      seats,
      nocCode,
      languages,
      modes,
      regionCode,
      periods: periods.sort(),
      priority,
      maxPricePerSeatCents,
      notes: row.notes ?? ""
    });
  });
  if (errors.length === 0 && lines.length === 0) errors.push({ row: 1, field: "(file)", message: "the file has no data rows" });
  return { lines: errors.length ? [] : lines, errors };
}
__name(parseNeedImportRows, "parseNeedImportRows");

// apps/server/src/needs/repository.ts
import { sql as sql10 } from "kysely";
function needRepository(db) {
  const base = /* @__PURE__ */ __name((scope) => {
    let q = db.selectFrom("need as n").innerJoin("member as m", "m.id", "n.member_id").innerJoin("topic as t", "t.id", "n.topic_id").selectAll("n").select(["m.legal_name as member_name", "t.code as topic_code", "t.name_fr as topic_name_fr", "t.name_en as topic_name_en"]).where("n.mutual_id", "=", scope.mutualId);
    if (scope.memberId) q = q.where("n.member_id", "=", scope.memberId);
    return q;
  }, "base");
  const filtered = /* @__PURE__ */ __name((scope, f) => {
    let q = base(scope);
    if (f.status) q = q.where("n.status", "=", f.status);
    if (f.topicId) q = q.where("n.topic_id", "=", f.topicId);
    if (f.memberId) q = q.where("n.member_id", "=", f.memberId);
    if (f.diagnosticId) q = q.where("n.diagnostic_id", "=", f.diagnosticId);
    if (f.ids) q = f.ids.length ? q.where("n.id", "in", f.ids) : q.where(sql10`false`);
    return q;
  }, "filtered");
  return {
    list(scope, f, page) {
      return filtered(scope, f).orderBy("n.created_at", "desc").orderBy("n.id").limit(page.limit).offset(page.offset).execute();
    },
    async count(scope, f) {
      const row = await filtered(scope, f).clearSelect().select(sql10`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return row.n;
    },
    all(scope, f) {
      return filtered(scope, f).orderBy("n.created_at").orderBy("n.id").execute();
    },
    find(scope, id) {
      return base(scope).where("n.id", "=", id).executeTakeFirst();
    },
    async insert(values) {
      return (await db.insertInto("need").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async insertMany(values) {
      const ids = [];
      for (let i = 0; i < values.length; i += 500) {
        const rows = await db.insertInto("need").values(values.slice(i, i + 500)).returning("id").execute();
        ids.push(...rows.map((r) => r.id));
      }
      return ids;
    },
    async update(mutualId, id, values) {
      await db.updateTable("need").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    },
    async deleteProposedOfDiagnostic(mutualId, diagnosticId) {
      await db.deleteFrom("need").where("mutual_id", "=", mutualId).where("diagnostic_id", "=", diagnosticId).where("status", "=", "proposed").execute();
    },
    async employeesOf(needIds) {
      const map = /* @__PURE__ */ new Map();
      if (needIds.length === 0) return map;
      const rows = await db.selectFrom("need_employee").select(["need_id", "employee_id"]).where("need_id", "in", needIds).orderBy("employee_id").execute();
      for (const r of rows) {
        const list = map.get(r.need_id) ?? [];
        list.push(r.employee_id);
        map.set(r.need_id, list);
      }
      return map;
    },
    async setEmployees(need, employeeIds) {
      await db.deleteFrom("need_employee").where("need_id", "=", need.id).execute();
      if (employeeIds.length === 0) return;
      await db.insertInto("need_employee").values(employeeIds.map((employee_id) => ({ need_id: need.id, employee_id, mutual_id: need.mutual_id, member_id: need.member_id }))).execute();
    },
    /** The employees among `ids` that belong to the member and are still employed. */
    async employeesOfMember(memberId, ids) {
      if (ids.length === 0) return [];
      return db.selectFrom("employee").select(["id", "end_date"]).where("member_id", "=", memberId).where("id", "in", ids).execute();
    },
    member(mutualId, memberId) {
      return db.selectFrom("member").select(["id", "region_code", "legal_name", "status"]).where("mutual_id", "=", mutualId).where("id", "=", memberId).executeTakeFirst();
    },
    membersByNeq(mutualId) {
      return db.selectFrom("member").select(["id", "neq", "region_code"]).where("mutual_id", "=", mutualId).execute();
    }
  };
}
__name(needRepository, "needRepository");

// apps/server/src/needs/change-need-status.ts
async function changeNeedStatus(trx, actor, needIds, to, now, note) {
  const repo = needRepository(trx);
  const rows = await repo.all({ mutualId: actor.mutualId, memberId: null }, { ids: needIds });
  if (rows.length !== new Set(needIds).size) throw notFound("Need");
  const refused = rows.filter((r) => !canTransitionNeed(r.status, to));
  if (refused.length) {
    throw new AppError("conflict", refused.map((r) => `need ${r.id} is ${r.status} and cannot become ${to}`).join("; "), {
      fields: [{ field: "status", message: `cannot go from ${refused[0].status} to ${to}` }]
    });
  }
  for (const r of rows) await repo.update(actor.mutualId, r.id, { status: to, status_changed_at: now.toISOString(), updated_at: now.toISOString() });
  await auditRepository(trx).recordMany(
    rows.map((r) => ({ at: now, mutualId: actor.mutualId, memberId: r.member_id, actorUserId: actor.userId, action: "need.status", entityType: "need", entityId: r.id, change: { from: r.status, to, note: note ?? null } }))
  );
}
__name(changeNeedStatus, "changeNeedStatus");

// apps/server/src/needs/present.ts
function presentNeed(r, employeeIds) {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    topicId: r.topic_id,
    topicCode: r.topic_code,
    topicNameFr: r.topic_name_fr,
    topicNameEn: r.topic_name_en,
    diagnosticId: r.diagnostic_id,
    seats: r.seats,
    employeeIds,
    nocCode: r.noc_code,
    languages: r.languages,
    modes: r.modes,
    regionCode: r.region_code,
    periods: r.periods,
    priority: r.priority,
    maxPricePerSeatCents: r.max_price_per_seat_cents,
    notes: r.notes,
    status: r.status,
    statusChangedAt: r.status_changed_at,
    source: r.source,
    memberMayChange: memberMayChangeNeed(r.status),
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}
__name(presentNeed, "presentNeed");
async function presentNeeds(db, rows) {
  const employees = await needRepository(db).employeesOf(rows.map((r) => r.id));
  return rows.map((r) => presentNeed(r, employees.get(r.id) ?? []));
}
__name(presentNeeds, "presentNeeds");

// apps/server/src/needs/check-named-employees.ts
async function checkNamedEmployees(db, memberId, ids, today) {
  if (ids === void 0) return void 0;
  const unique = [...new Set(ids)];
  const found = await needRepository(db).employeesOfMember(memberId, unique);
  const known = new Map(found.map((e) => [e.id, e]));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) throw invalid("employeeIds", `not employees of this member: ${missing.join(", ")}`);
  const ended = found.filter((e) => e.end_date !== null && e.end_date < today);
  if (ended.length) throw invalid("employeeIds", `no longer employed: ${ended.map((e) => e.id).join(", ")}`);
  return unique;
}
__name(checkNamedEmployees, "checkNamedEmployees");

// apps/server/src/needs/visible-need.ts
async function visibleNeed(deps, caller, needId) {
  const row = await needRepository(deps.db).find(memberScopeOf(caller), needId);
  if (!row) throw notFound("Need");
  return row;
}
__name(visibleNeed, "visibleNeed");

// apps/server/src/needs/get-need.ts
async function getNeed(deps, caller, input) {
  return (await presentNeeds(deps.db, [await visibleNeed(deps, caller, input.needId)]))[0];
}
__name(getNeed, "getNeed");

// apps/server/src/needs/create-need.ts
async function createNeed(deps, caller, input) {
  const scope = memberScopeOf(caller);
  if (scope.memberId && input.memberId && input.memberId !== scope.memberId) throw forbidden("A member contact declares needs for its own firm only");
  const memberId = scope.memberId ?? input.memberId;
  if (!memberId) throw invalid("memberId", "is required");
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = needRepository(tx.db);
    const member = await repo.member(scope.mutualId, memberId);
    if (!member) throw invalid("memberId", "no such member in this mutual");
    await requireActiveTopic(tx.db, scope.mutualId, input.topicId);
    const employeeIds = await checkNamedEmployees(tx.db, memberId, input.employeeIds, todayInMontreal(now)) ?? [];
    const seats = needSeats(input.seats, employeeIds);
    if (seats === null) throw invalid("seats", "give seats or employeeIds");
    const id = await repo.insert({
      mutual_id: scope.mutualId,
      member_id: memberId,
      topic_id: input.topicId,
      seats,
      noc_code: input.nocCode ?? null,
      languages: input.languages,
      modes: input.modes,
      region_code: input.regionCode ?? member.region_code,
      periods: [...input.periods].sort(),
      priority: input.priority ?? "medium",
      max_price_per_seat_cents: input.maxPricePerSeatCents ?? null,
      notes: input.notes ?? "",
      status: "open",
      status_changed_at: now.toISOString(),
      source: "declared",
      created_by: caller.userId
    });
    await repo.setEmployees({ id, mutual_id: scope.mutualId, member_id: memberId }, employeeIds);
    await auditRepository(tx.db).record({ at: now, mutualId: scope.mutualId, memberId, actorUserId: caller.userId, action: "need.create", entityType: "need", entityId: id, change: input });
    return getNeed(tx, caller, { needId: id });
  });
}
__name(createNeed, "createNeed");

// apps/server/src/needs/import-needs.ts
async function importNeeds(deps, caller, input) {
  const { file } = input;
  const scope = memberScopeOf(caller);
  const now = deps.now();
  const table = await readTableFile(file.filename, file.bytes);
  const rows = table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, cellText(r.cells[i])])));
  return inTransaction(deps, async (tx) => {
    const repo = needRepository(tx.db);
    const topics = await topicRepository(tx.db).codes(scope.mutualId);
    const topicIdByCode = new Map(topics.filter((t) => !t.retired_at).map((t) => [t.code, t.id]));
    let lookup;
    if (scope.memberId) {
      const member = await repo.member(scope.mutualId, scope.memberId);
      if (!member) throw notFound("Member");
      lookup = { topicIdByCode, memberByNeq: null, ownMember: { id: member.id, regionCode: member.region_code } };
    } else {
      const members = await repo.membersByNeq(scope.mutualId);
      lookup = { topicIdByCode, memberByNeq: new Map(members.map((m) => [m.neq, { id: m.id, regionCode: m.region_code }])), ownMember: null };
    }
    const { lines, errors } = parseNeedImportRows(rows, lookup);
    if (errors.length) {
      const rowNumbers = table.rows.map((r) => r.rowNumber);
      const fields = errors.map((e) => ({ ...e, row: rowNumbers[e.row - 2] ?? e.row }));
      throw new AppError("import_failed", `Nothing imported: ${fields.length} error(s) in the file`, { fields });
    }
    const nowIso = now.toISOString();
    const ids = await repo.insertMany(
      lines.map((l) => ({
        mutual_id: scope.mutualId,
        member_id: l.memberId,
        topic_id: l.topicId,
        seats: l.seats,
        noc_code: l.nocCode,
        languages: l.languages,
        modes: l.modes,
        region_code: l.regionCode,
        periods: l.periods,
        priority: l.priority,
        max_price_per_seat_cents: l.maxPricePerSeatCents,
        notes: l.notes,
        status: "open",
        status_changed_at: nowIso,
        source: "import",
        created_by: caller.userId
      }))
    );
    await auditRepository(tx.db).record({
      at: now,
      mutualId: scope.mutualId,
      memberId: scope.memberId,
      actorUserId: caller.userId,
      action: "need.import",
      entityType: "need",
      entityId: null,
      change: { filename: file.filename, imported: ids.length }
    });
    return { imported: ids.length, needIds: ids };
  });
}
__name(importNeeds, "importNeeds");

// apps/server/src/needs/list-needs.ts
async function listNeeds(deps, caller, query) {
  const scope = memberScopeOf(caller);
  const { page, pageSize, ...filter } = query;
  const repo = needRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(scope, filter, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(scope, filter)]);
  return pageOf(await presentNeeds(deps.db, rows), total, { page, pageSize });
}
__name(listNeeds, "listNeeds");

// apps/server/src/needs/transition-need.ts
async function transitionNeed(deps, caller, input) {
  return inTransaction(deps, async (tx) => {
    const row = await visibleNeed(tx, caller, input.needId);
    await changeNeedStatus(tx.db, { mutualId: row.mutual_id, userId: caller.userId }, [input.needId], input.status, deps.now(), input.note);
    return getNeed(tx, caller, input);
  });
}
__name(transitionNeed, "transitionNeed");

// apps/server/src/needs/update-need.ts
async function updateNeed(deps, caller, input) {
  const { needId, changes } = input;
  const scope = memberScopeOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = needRepository(tx.db);
    const row = await visibleNeed(tx, caller, needId);
    if (caller.role === "member_contact" && !memberMayChangeNeed(row.status)) {
      throw new AppError("conflict", `This need is ${row.status}: ask the coordinator to change it`);
    }
    if (row.status === "closed" || row.status === "withdrawn") throw new AppError("conflict", `This need is ${row.status}`);
    if (changes.topicId && changes.topicId !== row.topic_id) await requireActiveTopic(tx.db, scope.mutualId, changes.topicId);
    const employeeIds = await checkNamedEmployees(tx.db, row.member_id, changes.employeeIds, todayInMontreal(now));
    let seats = changes.seats ?? row.seats;
    if (employeeIds !== void 0) {
      await repo.setEmployees(row, employeeIds);
      seats = needSeats(changes.seats ?? row.seats, employeeIds) ?? seats;
    } else {
      const current = (await repo.employeesOf([needId])).get(needId) ?? [];
      if (current.length && changes.seats !== void 0 && changes.seats !== current.length) {
        throw invalid("seats", `named employees fix the seats at ${current.length}; change employeeIds instead`);
      }
    }
    await repo.update(scope.mutualId, needId, {
      topic_id: changes.topicId,
      seats,
      noc_code: changes.nocCode,
      languages: changes.languages,
      modes: changes.modes,
      region_code: changes.regionCode,
      periods: changes.periods ? [...changes.periods].sort() : void 0,
      priority: changes.priority,
      max_price_per_seat_cents: changes.maxPricePerSeatCents,
      notes: changes.notes,
      updated_at: now.toISOString()
    });
    await auditRepository(tx.db).record({ at: now, mutualId: scope.mutualId, memberId: row.member_id, actorUserId: caller.userId, action: "need.update", entityType: "need", entityId: needId, change: changes });
    return getNeed(tx, caller, { needId });
  });
}
__name(updateNeed, "updateNeed");

// apps/server/src/needs/withdraw-need.ts
async function withdrawNeed(deps, caller, input) {
  return inTransaction(deps, async (tx) => {
    const row = await visibleNeed(tx, caller, input.needId);
    if (caller.role === "member_contact" && !memberMayChangeNeed(row.status)) {
      throw new AppError("conflict", `This need is ${row.status}: ask the coordinator to withdraw it`);
    }
    await changeNeedStatus(tx.db, { mutualId: row.mutual_id, userId: caller.userId }, [input.needId], "withdrawn", deps.now(), input.reason);
    return getNeed(tx, caller, input);
  });
}
__name(withdrawNeed, "withdrawNeed");

// apps/server/src/needs/routes.ts
function registerNeedRoutes(app, deps) {
  serve(app, needEndpoints.list, MEMBER_RECORD_ROLES, ({ query }, caller) => listNeeds(deps, caller, query));
  serve(app, needEndpoints.create, MEMBER_RECORD_ROLES, ({ body }, caller) => createNeed(deps, caller, body));
  serve(app, needEndpoints.import, MEMBER_RECORD_ROLES, ({ body }, caller) => importNeeds(deps, caller, { file: body }));
  serve(app, needEndpoints.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getNeed(deps, caller, params));
  serve(app, needEndpoints.update, MEMBER_RECORD_ROLES, ({ params, body }, caller) => updateNeed(deps, caller, { needId: params.needId, changes: body }));
  serve(app, needEndpoints.withdraw, MEMBER_RECORD_ROLES, ({ params, body }, caller) => withdrawNeed(deps, caller, { needId: params.needId, reason: body.reason }));
  serve(app, needEndpoints.transition, ["coordinator"], ({ params, body }, caller) => transitionNeed(deps, caller, { needId: params.needId, ...body }));
}
__name(registerNeedRoutes, "registerNeedRoutes");

// apps/server/src/pooling/visible-pooling-run.ts
async function visiblePoolingRun(deps, caller, runId) {
  const row = await poolingRepository(deps.db).findRun(mutualOf(caller), runId);
  if (!row) throw notFound("Pooling run");
  return row;
}
__name(visiblePoolingRun, "visiblePoolingRun");

// apps/server/src/pooling/accept-pooling-plan.ts
var cents = /* @__PURE__ */ __name((dollars2) => Math.round(dollars2 * 100), "cents");
async function acceptPoolingPlan(deps, caller, input) {
  const run = await visiblePoolingRun(deps, caller, input.runId);
  const { mutual_id: mutualId, id: runId } = run;
  if (!poolingRunHasPlan(run.status) || !run.plan) throw new AppError("conflict", `The run has no plan to accept (${run.status})`);
  if (run.accepted_at) throw new AppError("conflict", "This plan has already been accepted");
  const plan = run.plan;
  const now = deps.now();
  const servedByNeed = /* @__PURE__ */ new Map();
  for (const s of plan.sessions) for (const a of s.allocations) servedByNeed.set(a.needId, (servedByNeed.get(a.needId) ?? 0) + a.seats);
  const standaloneByNeed = standaloneCostByNeedCents(run.problem, servedByNeed);
  const partsByNeed = /* @__PURE__ */ new Map();
  for (const [needId] of servedByNeed) {
    const parts = plan.sessions.flatMap((s) => s.allocations.filter((a) => a.needId === needId).map((a) => ({ share: cents(a.share), seats: a.seats })));
    const standalone = standaloneByNeed.get(needId);
    partsByNeed.set(
      needId,
      standalone == null ? parts.map((p) => p.share) : splitByLargestRemainder(
        standalone,
        parts.map((p) => p.seats)
      )
    );
  }
  return inTransaction(deps, async (tx) => {
    const repo = poolingRepository(tx.db);
    if (!await repo.markAccepted(mutualId, runId, caller.userId, now.toISOString())) throw new AppError("conflict", "This plan has already been accepted");
    const needIds = [...servedByNeed.keys()];
    const current = new Map((await needRepository(tx.db).all({ mutualId, memberId: null }, { ids: needIds })).map((n) => [n.id, n]));
    const changed = needIds.filter((id) => {
      const n = current.get(id);
      return n?.status !== "open" || needStateOf(n) !== run.needs_snapshot[id];
    });
    if (changed.length > 0)
      throw new AppError("conflict", `The plan is stale: ${changed.length} need(s) changed since the run (e.g. ${changed[0]}); run it again`, {
        fields: changed.slice(0, 20).map((id) => ({ field: `needs.${id}`, message: "changed since the run" }))
      });
    const courseIds = [...new Set(plan.sessions.map((s) => s.offerId))];
    const courses = new Map((await repo.coursesByIds(mutualId, courseIds)).map((c) => [c.id, c]));
    const retired = courseIds.filter((id) => courses.get(id)?.status !== "approved");
    if (retired.length > 0) throw new AppError("conflict", `The plan is stale: course ${retired[0]} is no longer approved; run it again`);
    const used = /* @__PURE__ */ new Map();
    const sessionIds = [];
    let reservations = 0;
    for (const s of plan.sessions) {
      const id = await repo.createSession({
        mutualId,
        courseId: s.offerId,
        poolingRunId: runId,
        planSessionId: s.id,
        period: s.period,
        regionCode: s.region,
        seats: s.seats,
        costCents: cents(s.cost),
        reservations: s.allocations.map((a) => {
          const k = used.get(a.needId) ?? 0;
          used.set(a.needId, k + 1);
          return { memberId: a.memberId, needId: a.needId, seats: a.seats, shareCents: cents(a.share), standaloneCents: partsByNeed.get(a.needId)?.[k] ?? cents(a.share) };
        })
      });
      await trainingSessionRepository(tx.db).recordEvent({
        mutualId,
        sessionId: id,
        actorUserId: caller.userId,
        kind: "created",
        toStatus: "proposed",
        detail: { by: "pooling", runId, planSessionId: s.id, reservations: s.allocations.length }
      });
      sessionIds.push(id);
      reservations += s.allocations.length;
    }
    await changeNeedStatus(tx.db, { mutualId, userId: caller.userId }, needIds, "planned", now, `pooling run ${runId} accepted`);
    const needsPlanned = needIds.length;
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: "pooling_run.accept",
      entityType: "pooling_run",
      entityId: runId,
      change: { sessions: sessionIds.length, reservations, needsPlanned, cost: plan.totals?.cost ?? null }
    });
    return { runId, sessionIds, reservations, needsPlanned };
  });
}
__name(acceptPoolingPlan, "acceptPoolingPlan");

// apps/server/src/pooling/present.ts
function presentRunListItem(r) {
  return {
    id: r.id,
    label: r.label,
    status: r.status,
    sourceRunId: r.source_run_id,
    progress: r.progress,
    error: r.error,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    acceptedAt: r.accepted_at,
    createdByName: r.created_by_name,
    periods: Array.isArray(r.periods) ? r.periods : [],
    needCount: Number(r.need_count ?? 0),
    totals: r.totals,
    bound: r.bound ?? null
  };
}
__name(presentRunListItem, "presentRunListItem");
function presentRunSummary(row) {
  const plan = row.plan;
  const problem = row.problem;
  return {
    id: row.id,
    label: row.label,
    status: row.status,
    sourceRunId: row.source_run_id,
    progress: row.progress,
    error: row.error,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    acceptedAt: row.accepted_at,
    createdByName: row.created_by_name,
    periods: problem.periods ?? [],
    needCount: problem.needs?.length ?? 0,
    totals: plan?.totals ?? null,
    bound: plan?.bound ?? null
  };
}
__name(presentRunSummary, "presentRunSummary");
async function presentRunDetail(db, row) {
  const sessions = row.accepted_at ? await poolingRepository(db).sessionsOfRun(row.mutual_id, row.id) : [];
  return {
    ...presentRunSummary(row),
    request: row.request,
    policy: row.problem.policy ?? {},
    adjustments: row.adjustments,
    plan: row.plan,
    figures: row.plan ? planFigures(row.plan) : null,
    names: await presentPlanNames(db, row.mutual_id, [row]),
    acceptedSessionIds: sessions.map((s) => s.id)
  };
}
__name(presentRunDetail, "presentRunDetail");
async function presentPlanNames(db, mutualId, runs) {
  const repo = poolingRepository(db);
  const memberIds = /* @__PURE__ */ new Set();
  const offerIds = /* @__PURE__ */ new Set();
  const needIds = /* @__PURE__ */ new Set();
  for (const run of runs) {
    const plan = run.plan;
    for (const s of plan?.sessions ?? []) {
      offerIds.add(s.offerId);
      for (const a of s.allocations) {
        memberIds.add(a.memberId);
        needIds.add(a.needId);
      }
    }
    for (const u of plan?.unserved ?? []) needIds.add(u.needId);
    for (const m of plan?.members ?? []) memberIds.add(m.memberId);
  }
  const [members, courses, topics] = await Promise.all([repo.members(mutualId, [...memberIds]), repo.coursesByIds(mutualId, [...offerIds]), topicRepository(db).list(mutualId, { includeRetired: true })]);
  const topicByCode = new Map(topics.map((t) => [t.code, t]));
  const needs = {};
  for (const run of runs) {
    for (const n of run.problem.needs ?? []) {
      if (!needIds.has(n.id) || needs[n.id]) continue;
      const t = topicByCode.get(n.topic);
      needs[n.id] = { memberId: n.memberId, topicFr: t?.name_fr ?? n.topic, topicEn: t?.name_en ?? n.topic, seats: n.seats };
      memberIds.add(n.memberId);
    }
  }
  return {
    members: Object.fromEntries(members.map((m) => [m.id, m.legal_name])),
    offers: Object.fromEntries(courses.map((c) => [c.id, { titleFr: c.title_fr, titleEn: c.title_en, providerName: c.provider_name }])),
    needs
  };
}
__name(presentPlanNames, "presentPlanNames");
function presentSavingsLine(r) {
  return {
    // the inner join on need keeps out seats reserved by hand (no need behind them)
    needId: r.need_id,
    sessionId: r.session_id,
    topicFr: r.topic_fr,
    topicEn: r.topic_en,
    courseFr: r.course_fr,
    courseEn: r.course_en,
    period: r.period,
    regionCode: r.region_code,
    sessionStatus: r.session_status,
    seats: r.seats,
    pooledCents: r.share_cents,
    standaloneCents: r.standalone_cents,
    savingsCents: r.standalone_cents - r.share_cents
  };
}
__name(presentSavingsLine, "presentSavingsLine");
var savingsTotalsOf = /* @__PURE__ */ __name((lines) => ({
  seats: lines.reduce((t, l) => t + l.seats, 0),
  pooledCents: lines.reduce((t, l) => t + l.pooledCents, 0),
  standaloneCents: lines.reduce((t, l) => t + l.standaloneCents, 0),
  savingsCents: lines.reduce((t, l) => t + l.savingsCents, 0)
}), "savingsTotalsOf");

// apps/server/src/pooling/get-pooling-run.ts
async function getPoolingRun(deps, caller, input) {
  return presentRunDetail(deps.db, await visiblePoolingRun(deps, caller, input.runId));
}
__name(getPoolingRun, "getPoolingRun");

// apps/server/src/pooling/cancel-pooling-run.ts
async function cancelPoolingRun(deps, caller, input) {
  const run = await visiblePoolingRun(deps, caller, input.runId);
  const done = await deps.poolingRuns.cancel(run.mutual_id, run.id);
  if (!done) throw new AppError("conflict", `The run has already ended (${run.status})`);
  await auditRepository(deps.db).record({ at: deps.now(), mutualId: run.mutual_id, actorUserId: caller.userId, action: "pooling_run.cancel", entityType: "pooling_run", entityId: run.id, change: { from: run.status } });
  return getPoolingRun(deps, caller, input);
}
__name(cancelPoolingRun, "cancelPoolingRun");

// apps/server/src/pooling/compare-pooling-runs.ts
async function comparePoolingRuns(deps, caller, input) {
  const [ra, rb] = await Promise.all([visiblePoolingRun(deps, caller, input.a), visiblePoolingRun(deps, caller, input.b)]);
  for (const r of [ra, rb]) if (!poolingRunHasPlan(r.status) || !r.plan) throw new AppError("conflict", `Run ${r.id} has no plan (${r.status})`);
  const cmp2 = comparePlans(ra.plan, rb.plan);
  return { a: presentRunSummary(ra), b: presentRunSummary(rb), ...cmp2, names: await presentPlanNames(deps.db, ra.mutual_id, [ra, rb]) };
}
__name(comparePoolingRuns, "comparePoolingRuns");

// apps/server/src/documents/savings-statement-pdf.ts
var LABELS3 = {
  fr: {
    title: "Relev\xE9 des \xE9conomies de mutualisation",
    year: "Ann\xE9e",
    issued: "\xC9mis le",
    period: "P\xE9riode",
    training: "Formation",
    seats: "Places",
    pooled: "Part mutualis\xE9e",
    alone: "Co\xFBt seul",
    savings: "\xC9conomie",
    total: "Total de l'ann\xE9e",
    none: "Aucune place r\xE9serv\xE9e dans une session mutualis\xE9e cette ann\xE9e.",
    note: "Co\xFBt seul : ce que les m\xEAmes places auraient co\xFBt\xE9 \xE0 l'entreprise en achetant seule des sessions priv\xE9es (minimum de places pay\xE9 par session).",
    notRecognised: /* @__PURE__ */ __name((spans) => `Mutuelle non reconnue (${spans}) : les sommes vers\xE9es \xE0 la mutuelle pendant cette p\xE9riode ne sont pas des d\xE9penses de formation admissibles au sens de la loi du 1 % (R\xE8glement sur les mutuelles de formation, art. 1).`, "notRecognised")
  },
  en: {
    title: "Pooling savings statement",
    year: "Year",
    issued: "Issued on",
    period: "Period",
    training: "Training",
    seats: "Seats",
    pooled: "Pooled share",
    alone: "Cost alone",
    savings: "Savings",
    total: "Total for the year",
    none: "No seat reserved in a pooled session this year.",
    note: "Cost alone: what the same seats would have cost the firm buying private sessions on its own (minimum seats paid per session).",
    notRecognised: /* @__PURE__ */ __name((spans) => `Mutual not recognised (${spans}): amounts paid to the mutual during this period are not eligible training spending under the 1 % law (Regulation respecting training mutuals, s.1).`, "notRecognised")
  }
};
function money2(cents2, lang) {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA", { style: "currency", currency: "CAD" }).format(cents2 / 100).replace(/\u202f|\u00a0/g, " ");
}
__name(money2, "money");
async function renderSavingsStatementPdf(savings, lang, issuedOn) {
  const other = lang === "fr" ? "en" : "fr";
  const L = LABELS3[lang];
  const O = LABELS3[other];
  const both = /* @__PURE__ */ __name((k) => `${L[k]} / ${O[k]}`, "both");
  const { default: PDFDocument3 } = await import("pdfkit");
  const doc = new PDFDocument3({ size: "LETTER", margin: 50, compress: false, info: { Title: both("title"), Author: "Mutualis" } });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  const finished = new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font("Helvetica-Bold").fontSize(16).text(L.title);
  doc.font("Helvetica").fontSize(11).fillColor("#555").text(O.title);
  doc.moveDown();
  doc.fillColor("#000").font("Helvetica-Bold").fontSize(13).text(savings.memberName);
  doc.font("Helvetica").fontSize(10).text(`${both("year")} : ${savings.year}`);
  doc.text(`${both("issued")} : ${issuedOn}`);
  doc.moveDown();
  const notCounted = savings.paymentsDidNotCount ?? [];
  if (notCounted.length > 0) {
    const spans = notCounted.map((s) => s.from === s.to ? s.from : `${s.from} \u2013 ${s.to}`).join(", ");
    doc.font("Helvetica-Bold").fontSize(9).fillColor("#8a1c1c").text(L.notRecognised(spans), 50, doc.y, { width: 512 });
    doc.font("Helvetica").fontSize(8).text(O.notRecognised(spans), { width: 512 });
    doc.fillColor("#000");
    doc.moveDown();
  }
  const lines = savings.lines.filter((l) => l.period.startsWith(`${savings.year}-`));
  const cols = [50, 105, 300, 345, 420, 495];
  const tableRight = 565;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const header = ["period", "training", "seats", "pooled", "alone", "savings"];
  const cellsOf = /* @__PURE__ */ __name((cells) => cells.flatMap((cell2, i) => {
    if (cell2 === "" && i > 0) return [];
    const end = i === 0 && cells[1] === "" ? 2 : i + 1;
    return [{ text: cell2, x: cols[i], width: (cols[end] ?? tableRight) - cols[i] - 4, align: i >= 2 ? "right" : "left" }];
  }), "cellsOf");
  const MAX_LINES = 6;
  const row = /* @__PURE__ */ __name((cells, at, bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
    const lineHeight = doc.currentLineHeight(true);
    const laid = cellsOf(cells).map((c) => ({ ...c, height: Math.min(doc.heightOfString(c.text, { width: c.width, align: c.align }), MAX_LINES * lineHeight) }));
    const height = Math.max(lineHeight, ...laid.map((c) => c.height));
    let y2 = at;
    if (y2 + height > bottom) {
      doc.addPage();
      y2 = doc.page.margins.top;
    }
    for (const c of laid) doc.text(c.text, c.x, y2, { width: c.width, align: c.align, height: c.height + 0.5, ellipsis: "\u2026" });
    return { y: y2, height };
  }, "row");
  let y = doc.y;
  let drawn = row(
    header.map((k) => L[k]),
    y,
    true
  );
  y = drawn.y + drawn.height + 2;
  drawn = row(
    header.map((k) => O[k]),
    y
  );
  y = drawn.y + drawn.height + 5;
  doc.moveTo(50, y - 3).lineTo(562, y - 3).stroke();
  if (lines.length === 0) {
    doc.font("Helvetica").fontSize(10).text(L.none, 50, y);
    doc.fontSize(9).fillColor("#555").text(O.none);
    doc.fillColor("#000");
    y = doc.y + 8;
  }
  for (const l of lines) {
    const training = lang === "fr" ? `${l.courseFr} (${l.topicFr})` : `${l.courseEn} (${l.topicEn})`;
    drawn = row([l.period, training, String(l.seats), money2(l.pooledCents, lang), money2(l.standaloneCents, lang), money2(l.savingsCents, lang)], y);
    y = drawn.y + drawn.height + 3;
  }
  const t = savings.yearToDate;
  if (y + 4 + 12 > bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  doc.moveTo(50, y).lineTo(562, y).stroke();
  drawn = row([both("total"), "", String(t.seats), money2(t.pooledCents, lang), money2(t.standaloneCents, lang), money2(t.savingsCents, lang)], y + 4, true);
  doc.y = drawn.y + drawn.height;
  doc.moveDown(2);
  doc.font("Helvetica").fontSize(8).fillColor("#555").text(L.note, 50, doc.y, { width: 512 });
  doc.text(O.note, { width: 512 });
  doc.end();
  return finished;
}
__name(renderSavingsStatementPdf, "renderSavingsStatementPdf");

// apps/server/src/pooling/firm-savings.ts
function ownFirmOf(caller) {
  const scope = memberScopeOf(caller);
  if (!scope.memberId) throw forbidden("Savings are shown to a member firm\u2019s contacts, for their own firm");
  return { mutualId: scope.mutualId, memberId: scope.memberId };
}
__name(ownFirmOf, "ownFirmOf");
async function readFirmSavings(deps, caller, year) {
  const firm = ownFirmOf(caller);
  const repo = poolingRepository(deps.db);
  const memberName = await repo.memberName(firm.mutualId, firm.memberId);
  if (memberName === null) throw notFound("Member");
  const lines = (await repo.reservationsOfMember(firm.mutualId, firm.memberId)).map(presentSavingsLine);
  const y = year ?? Number(todayInMontreal(deps.now()).slice(0, 4));
  return {
    memberId: firm.memberId,
    memberName,
    year: y,
    lines,
    totals: savingsTotalsOf(lines),
    yearToDate: savingsTotalsOf(lines.filter((l) => l.period.startsWith(`${y}-`)))
  };
}
__name(readFirmSavings, "readFirmSavings");

// apps/server/src/pooling/download-savings-statement.ts
async function downloadSavingsStatement(deps, caller, query) {
  const lang = query.lang ?? caller.locale;
  const savings = await readFirmSavings(deps, caller, query.year);
  const paymentsDidNotCount = await spansPaymentsDidNotCountOf(deps.db, ownFirmOf(caller).mutualId, `${savings.year}-01-01`, `${savings.year}-12-31`);
  const pdf = await renderSavingsStatementPdf({ ...savings, paymentsDidNotCount }, lang, todayInMontreal(deps.now()));
  return {
    filename: `${lang === "fr" ? "releve-economies" : "savings-statement"}-${savings.year}.pdf`,
    contentType: "application/pdf",
    body: new Uint8Array(pdf)
  };
}
__name(downloadSavingsStatement, "downloadSavingsStatement");

// apps/server/src/pooling/get-pooling-problem.ts
async function getPoolingProblem(deps, caller, input) {
  const row = await visiblePoolingRun(deps, caller, input.runId);
  return { problem: row.problem, adjustments: row.adjustments };
}
__name(getPoolingProblem, "getPoolingProblem");

// apps/server/src/pooling/list-firm-savings.ts
async function listFirmSavings(deps, caller, query) {
  const { lines, ...savings } = await readFirmSavings(deps, caller, query.year);
  const { page, pageSize } = query;
  return { ...pageOf(lines.slice((page - 1) * pageSize, page * pageSize), lines.length, { page, pageSize }), ...savings };
}
__name(listFirmSavings, "listFirmSavings");

// apps/server/src/pooling/list-pooling-runs.ts
async function listPoolingRuns(deps, caller, query) {
  const mutualId = mutualOf(caller);
  const { page, pageSize } = query;
  const repo = poolingRepository(deps.db);
  const [rows, total] = await Promise.all([repo.listRuns(mutualId, { limit: pageSize, offset: (page - 1) * pageSize }), repo.countRuns(mutualId)]);
  return pageOf(rows.map(presentRunListItem), total, { page, pageSize });
}
__name(listPoolingRuns, "listPoolingRuns");

// apps/server/src/pooling/queue-pooling-run.ts
function assertSolvable(problem, adjustments) {
  let adjusted;
  try {
    adjusted = applyAdjustments(problem, adjustments).problem;
  } catch (error) {
    if (error instanceof InvalidAdjustmentError) throw invalid(error.field, error.message);
    throw error;
  }
  try {
    parsePoolingProblem(adjusted);
  } catch (error) {
    if (error instanceof InvalidPoolingProblemError) {
      const fields = error.issues.slice(0, 20).map((i) => ({ field: `problem.${i.path}`, message: i.message }));
      throw new AppError("validation_failed", `The pooling problem is not valid: ${error.message}`, { fields });
    }
    throw error;
  }
}
__name(assertSolvable, "assertSolvable");
async function queuePoolingRun(deps, caller, run) {
  const mutualId = mutualOf(caller);
  assertSolvable(run.problem, run.adjustments);
  const created = await inTransaction(deps, async (tx) => {
    const row = await poolingRepository(tx.db).createRun({ ...run, mutualId, createdBy: caller.userId, adjustments: run.adjustments });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: run.sourceRunId ? "pooling_run.rerun" : "pooling_run.start",
      entityType: "pooling_run",
      entityId: row.id,
      change: { sourceRunId: run.sourceRunId, needs: run.problem.needs.length, offers: run.problem.offers.length, periods: run.problem.periods, policy: run.problem.policy ?? {} }
    });
    return row;
  });
  deps.poolingRuns.enqueue(created.id, mutualId);
  return created.id;
}
__name(queuePoolingRun, "queuePoolingRun");

// apps/server/src/pooling/rerun-pooling-run.ts
function policyJson(policy) {
  const out = {};
  if (policy.unservedSeatPenaltyCents !== void 0) out.unservedSeatPenalty = policy.unservedSeatPenaltyCents / 100;
  if (policy.minMembersPerSession !== void 0) out.minMembersPerSession = policy.minMembersPerSession;
  if (policy.timeLimitSeconds !== void 0) out.timeLimitSeconds = policy.timeLimitSeconds;
  if (policy.allocationRule !== void 0) out.allocationRule = policy.allocationRule;
  if (policy.smallFirmDiscount !== void 0) out.smallFirmDiscount = policy.smallFirmDiscount;
  return out;
}
__name(policyJson, "policyJson");
var slotKey = /* @__PURE__ */ __name((s) => `${s.offerId}\0${s.period}\0${s.region ?? ""}`, "slotKey");
async function rerunPoolingRun(deps, caller, input) {
  const { changes } = input;
  const source = await visiblePoolingRun(deps, caller, input.runId);
  const plan = source.plan;
  const sessionById = new Map((plan?.sessions ?? []).map((s) => [s.id, s]));
  const fromPlan = /* @__PURE__ */ __name((field, ids) => (ids ?? []).map((id, i) => {
    if (!plan) throw invalid(field, "the source run has no plan to take sessions from");
    const s = sessionById.get(id);
    if (!s) throw invalid(`${field}.${i}`, `session "${id}" is not in the source run's plan`);
    return s;
  }), "fromPlan");
  const carried = changes.resetAdjustments ? {} : source.adjustments;
  const unpinned = new Set(fromPlan("unpins", changes.unpins).map(slotKey));
  const pins = (carried.pins ?? []).filter((p) => !unpinned.has(slotKey(p)));
  for (const s of fromPlan("pins", changes.pins)) {
    if (s.pinned && !changes.resetAdjustments) continue;
    pins.push({ id: s.id, offerId: s.offerId, period: s.period, region: s.region, seats: s.seats, allocations: s.allocations.map((a) => ({ needId: a.needId, memberId: a.memberId, seats: a.seats })) });
  }
  const excludeSessions = [...carried.excludeSessions ?? []];
  for (const s of fromPlan("excludeSessions", changes.excludeSessions)) {
    if (!excludeSessions.some((x) => slotKey(x) === slotKey(s))) excludeSessions.push({ offerId: s.offerId, period: s.period, region: s.region });
  }
  const included = new Set(changes.includeNeeds ?? []);
  const excludeNeeds = [.../* @__PURE__ */ new Set([...carried.excludeNeeds ?? [], ...changes.excludeNeeds ?? []])].filter((id) => !included.has(id));
  const adjustments = {};
  if (pins.length) adjustments.pins = pins;
  if (excludeSessions.length) adjustments.excludeSessions = excludeSessions;
  if (excludeNeeds.length) adjustments.excludeNeeds = excludeNeeds;
  const problem = source.problem;
  const newProblem = changes.policy ? { ...problem, policy: { ...problem.policy ?? {}, ...policyJson(changes.policy) } } : problem;
  const runId = await queuePoolingRun(deps, caller, {
    label: changes.label ?? source.label,
    sourceRunId: source.id,
    request: { ...source.request, rerun: changes },
    problem: newProblem,
    adjustments,
    needsSnapshot: source.needs_snapshot
  });
  return getPoolingRun(deps, caller, { runId });
}
__name(rerunPoolingRun, "rerunPoolingRun");

// packages/domain/src/demand/pooling-problem.ts
var PERIOD3 = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
var dollars = /* @__PURE__ */ __name((cents2) => Math.round(cents2) / 100, "dollars");
function buildPoolingProblem(input) {
  const bad = input.periods.filter((p2) => !PERIOD3.test(p2));
  if (bad.length) throw new RangeError(`periods: "${bad[0]}" is not a month written YYYY-MM`);
  if (input.periods.length === 0) throw new RangeError("periods: choose at least one period");
  const periods = [...new Set(input.periods)].sort();
  const chosen = new Set(periods);
  const within = /* @__PURE__ */ __name((ps) => [...new Set(ps.filter((p2) => chosen.has(p2)))].sort(), "within");
  const memberIds = input.members ? new Set(input.members.map((m) => m.id)) : null;
  const leftOutNeeds = [];
  const needs = [];
  for (const n of [...input.needs].sort((a, b) => a.id.localeCompare(b.id))) {
    const topic = input.topicCodeById.get(n.topicId);
    const ps = within(n.periods);
    if (n.status !== void 0 && n.status !== "open") leftOutNeeds.push({ id: n.id, reason: "not_open" });
    else if (!topic) leftOutNeeds.push({ id: n.id, reason: "unknown_topic" });
    else if (ps.length === 0) leftOutNeeds.push({ id: n.id, reason: "no_chosen_period" });
    else if (memberIds && !memberIds.has(n.memberId)) leftOutNeeds.push({ id: n.id, reason: "member_unknown" });
    else
      needs.push({
        id: n.id,
        memberId: n.memberId,
        topic,
        seats: n.seats,
        region: n.regionCode,
        languages: [...new Set(n.languages)].sort(),
        modes: [...new Set(n.modes)].sort(),
        periods: ps
      });
  }
  const leftOutCourses = [];
  const offers = [];
  for (const c of [...input.courses].sort((a, b) => a.id.localeCompare(b.id))) {
    const topic = input.topicCodeById.get(c.topicId);
    const ps = within(c.periods);
    if (c.status !== void 0 && c.status !== "approved") leftOutCourses.push({ id: c.id, reason: "not_approved" });
    else if (!topic) leftOutCourses.push({ id: c.id, reason: "unknown_topic" });
    else if (ps.length === 0) leftOutCourses.push({ id: c.id, reason: "no_chosen_period" });
    else
      offers.push({
        id: c.id,
        providerId: c.providerId,
        topic,
        language: c.language,
        mode: c.mode,
        regions: c.mode === "virtual" ? [] : [...new Set(c.regions)].sort(),
        periods: ps,
        fixedCost: dollars(c.fixedCostCents),
        seatCost: dollars(c.seatCostCents),
        minSeats: c.minSeats,
        maxSeats: c.maxSeats,
        maxSessions: c.maxSessionsPerPeriod
      });
  }
  const p = input.policy ?? {};
  const policy = {};
  if (p.unservedSeatPenaltyCents !== void 0) policy.unservedSeatPenalty = dollars(p.unservedSeatPenaltyCents);
  if (p.minMembersPerSession !== void 0) policy.minMembersPerSession = p.minMembersPerSession;
  if (p.timeLimitSeconds !== void 0) policy.timeLimitSeconds = p.timeLimitSeconds;
  if (p.allocationRule !== void 0) policy.allocationRule = p.allocationRule;
  if (p.smallFirmDiscount !== void 0) policy.smallFirmDiscount = p.smallFirmDiscount;
  const problem = { periods, needs, offers, policy };
  if (input.members) {
    const used = new Set(needs.map((n) => n.memberId));
    problem.members = input.members.filter((m) => used.has(m.id)).sort((a, b) => a.id.localeCompare(b.id)).map((m) => ({ ...m }));
  }
  return { problem, leftOutNeeds, leftOutCourses };
}
__name(buildPoolingProblem, "buildPoolingProblem");

// apps/server/src/demand/repository.ts
import { sql as sql11 } from "kysely";
async function forAggregation(db, run) {
  if (db.isTransaction) return run(db);
  return db.transaction().execute(async (trx) => {
    await sql11`set local jit = off`.execute(trx);
    await sql11`set local work_mem = '64MB'`.execute(trx);
    return run(trx);
  });
}
__name(forAggregation, "forAggregation");
var topicFilter = /* @__PURE__ */ __name((ids) => ids ? sql11`and n.topic_id = any(${sql11.val(ids)}::uuid[])` : sql11``, "topicFilter");
function demandRepository(db) {
  return {
    /**
     * Cells (filtered) and virtual pools (all regions: a region filter does not narrow them) of
     * open needs, read from the kept aggregate (migration 0042_demand_cells.sql).
     */
    async cells(mutualId, f) {
      const topics = /* @__PURE__ */ __name((alias) => f.topicIds ? sql11`and ${sql11.ref(`${alias}.topic_id`)} = any(${sql11.val(f.topicIds)}::uuid[])` : sql11``, "topics");
      const period = /* @__PURE__ */ __name((alias) => f.period ? sql11`and ${sql11.ref(`${alias}.period`)} = ${f.period}` : sql11``, "period");
      const language = /* @__PURE__ */ __name((alias) => f.language ? sql11`and ${sql11.ref(`${alias}.language`)} = ${f.language}` : sql11``, "language");
      const result = await sql11`
        select 'cell' as kind, c.topic_id, c.region_code, c.period, c.language, c.seats, c.members, c.needs,
               c.in_person_seats, c.in_person_members, c.virtual_seats, c.virtual_members
        from demand_cell c
        where c.mutual_id = ${mutualId} ${f.regionCode ? sql11`and c.region_code = ${f.regionCode}` : sql11``}
          ${topics("c")} ${period("c")} ${language("c")}
        union all
        select 'pool' as kind, p.topic_id, null as region_code, p.period, p.language, p.seats, p.members, p.needs,
               0 as in_person_seats, 0 as in_person_members, p.seats as virtual_seats, p.members as virtual_members
        from demand_pool p
        where p.mutual_id = ${mutualId} ${topics("p")} ${period("p")} ${language("p")}`.execute(db);
      return result.rows;
    },
    /** Each open need once: count, seats, distinct members. */
    async totals(mutualId, f) {
      const result = await sql11`
        select count(*)::int as needs, coalesce(sum(n.seats), 0)::int as seats, count(distinct n.member_id)::int as members
        from need n
        where n.mutual_id = ${mutualId} and n.status = 'open' ${topicFilter(f.topicIds)}
          ${f.regionCode ? sql11`and n.region_code = ${f.regionCode}` : sql11``}
          ${f.period ? sql11`and ${f.period} = any(n.periods)` : sql11``}
          ${f.language ? sql11`and ${f.language} = any(n.languages)` : sql11``}`.execute(db);
      return result.rows[0];
    },
    /** Open needs grouped by what decides whether they can be met (topic, region, languages, modes, periods). */
    async signatures(mutualId, f) {
      const result = await sql11`
        select n.topic_id, n.region_code, n.languages, n.modes, n.periods, count(*)::int as needs, sum(n.seats)::int as seats
        from need n
        where n.mutual_id = ${mutualId} and n.status = 'open' ${topicFilter(f.topicIds)}
          ${f.regionCode ? sql11`and n.region_code = ${f.regionCode}` : sql11``}
          ${f.period ? sql11`and ${f.period} = any(n.periods)` : sql11``}
          ${f.language ? sql11`and ${f.language} = any(n.languages)` : sql11``}
        group by n.topic_id, n.region_code, n.languages, n.modes, n.periods`.execute(db);
      return result.rows;
    },
    /** A page of open needs (with member and topic) for the unmet list, in a stable order. */
    async openNeedsPage(mutualId, f, after, limit) {
      let q = db.selectFrom("need as n").innerJoin("member as m", "m.id", "n.member_id").innerJoin("topic as t", "t.id", "n.topic_id").select([
        "n.id",
        "n.member_id",
        "m.legal_name as member_name",
        "n.topic_id",
        "t.code as topic_code",
        "n.seats",
        "n.region_code",
        "n.languages",
        "n.modes",
        "n.periods",
        "n.created_at"
      ]).where("n.mutual_id", "=", mutualId).where("n.status", "=", "open");
      if (f.topicIds) q = q.where("n.topic_id", "in", f.topicIds.length ? f.topicIds : ["00000000-0000-0000-0000-000000000000"]);
      if (f.regionCode) q = q.where("n.region_code", "=", f.regionCode);
      if (f.period) q = q.where(sql11`${f.period} = any(n.periods)`);
      if (f.language) q = q.where(sql11`${f.language} = any(n.languages)`);
      if (after) q = q.where(sql11`(n.created_at, n.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
      return q.orderBy("n.created_at").orderBy("n.id").limit(limit).execute();
    },
    /** Open seats per member on a topic (for anonymous counts). */
    async seatsByMember(mutualId, topicIds) {
      return db.selectFrom("need").select(["member_id as memberId", sql11`sum(seats)::int`.as("seats")]).where("mutual_id", "=", mutualId).where("status", "=", "open").where("topic_id", "in", topicIds).groupBy("member_id").execute();
    },
    async minFirmsPerSession(mutualId) {
      const row = await db.selectFrom("mutual").select("min_firms_per_session").where("id", "=", mutualId).executeTakeFirst();
      return row?.min_firms_per_session ?? 1;
    },
    /** Every open need of the mutual, lean, for building a pooling problem. */
    openNeedsForPooling(mutualId, topicIds) {
      let q = db.selectFrom("need").select(["id", "member_id", "topic_id", "seats", "region_code", "languages", "modes", "periods", "status"]).where("mutual_id", "=", mutualId).where("status", "=", "open");
      if (topicIds) q = q.where("topic_id", "in", topicIds.length ? topicIds : ["00000000-0000-0000-0000-000000000000"]);
      return q.execute();
    },
    memberSizes(mutualId) {
      return db.selectFrom("member").select(["id", "headcount"]).where("mutual_id", "=", mutualId).execute();
    }
  };
}
__name(demandRepository, "demandRepository");

// apps/server/src/demand/build-pooling-problem.ts
async function buildMutualPoolingProblem(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const repo = demandRepository(deps.db);
  const [topics, courses, needs, members, minMembers] = await Promise.all([
    topicRepository(deps.db).codes(mutualId),
    courseRepository(deps.db).approved(mutualId),
    repo.openNeedsForPooling(mutualId, input.topicIds),
    repo.memberSizes(mutualId),
    repo.minFirmsPerSession(mutualId)
  ]);
  const topicSet = input.topicIds ? new Set(input.topicIds) : null;
  const built = buildPoolingProblem({
    needs: needs.map(poolingNeedOf),
    courses: courses.filter((c) => !topicSet || topicSet.has(c.topic_id)).map(poolingCourseOf),
    topicCodeById: new Map(topics.map((t) => [t.id, t.code])),
    periods: input.periods,
    policy: { minMembersPerSession: minMembers, ...input.policy },
    members: members.map((m) => ({ id: m.id, sizeClass: sizeClassOf(m.headcount) }))
  });
  return built;
}
__name(buildMutualPoolingProblem, "buildMutualPoolingProblem");

// apps/server/src/demand/demand-context.ts
async function demandContext(db, mutualId, q) {
  const [topics, courses, minMembers] = await Promise.all([
    topicRepository(db).list(mutualId, { includeRetired: true }),
    courseRepository(db).approved(mutualId),
    demandRepository(db).minFirmsPerSession(mutualId)
  ]);
  let topicIds;
  if (q.topicId) {
    if (!topics.some((t) => t.id === q.topicId)) throw invalid("query.topicId", "no such topic in this mutual");
    topicIds = topicWithDescendants(
      topics.map((t) => ({ id: t.id, parentId: t.parent_id })),
      q.topicId
    );
  }
  const catalogue = courses.map((c) => ({
    id: c.id,
    topicId: c.topic_id,
    language: c.language,
    mode: c.mode,
    regions: c.regions,
    periods: c.periods,
    minSeats: c.min_seats
  }));
  const coursesByTopic = /* @__PURE__ */ new Map();
  for (const c of catalogue) coursesByTopic.set(c.topicId, [...coursesByTopic.get(c.topicId) ?? [], c]);
  const filter = { topicIds, regionCode: q.regionCode, period: q.period, language: q.language };
  return { topics: new Map(topics.map((t) => [t.id, t])), coursesByTopic, minMembers, filter, courses };
}
__name(demandContext, "demandContext");
var toDomainCell = /* @__PURE__ */ __name((r) => ({
  topicId: r.topic_id,
  regionCode: r.region_code ?? "",
  period: r.period,
  language: r.language,
  seats: r.seats,
  members: r.members,
  needs: r.needs,
  inPersonSeats: r.in_person_seats,
  inPersonMembers: r.in_person_members,
  virtualSeats: r.virtual_seats,
  virtualMembers: r.virtual_members
}), "toDomainCell");
function splitRows(rows) {
  const cells = [];
  const pools = /* @__PURE__ */ new Map();
  for (const r of rows) {
    if (r.kind === "cell") cells.push(toDomainCell(r));
    else pools.set(poolKey(r.topic_id, r.period, r.language), { topicId: r.topic_id, period: r.period, language: r.language, seats: r.seats, members: r.members });
  }
  return { cells, pools };
}
__name(splitRows, "splitRows");

// apps/server/src/demand/present.ts
function presentCell(cell2, topic, a) {
  return {
    topicId: cell2.topicId,
    regionCode: cell2.regionCode,
    period: cell2.period,
    language: cell2.language,
    seats: cell2.seats,
    members: cell2.members,
    needs: cell2.needs,
    inPersonSeats: cell2.inPersonSeats,
    inPersonMembers: cell2.inPersonMembers,
    virtualSeats: cell2.virtualSeats,
    virtualMembers: cell2.virtualMembers,
    topicCode: topic.code,
    topicNameFr: topic.name_fr,
    topicNameEn: topic.name_en,
    status: a.status,
    readyCourseIds: a.readyCourseIds,
    candidateCourseIds: a.candidateCourseIds,
    missingSeats: a.missingSeats
  };
}
__name(presentCell, "presentCell");
function presentUnmetNeed(n, reason) {
  return {
    needId: n.id,
    memberId: n.member_id,
    memberName: n.member_name,
    topicId: n.topic_id,
    topicCode: n.topic_code,
    seats: n.seats,
    regionCode: n.region_code,
    languages: n.languages,
    modes: n.modes,
    periods: n.periods,
    reason
  };
}
__name(presentUnmetNeed, "presentUnmetNeed");

// apps/server/src/demand/assess-demand-board.ts
async function assessDemandBoard(db, mutualId, q, now) {
  const ctx = await demandContext(db, mutualId, q);
  const [rows, totals] = await Promise.all([
    forAggregation(db, (trx) => demandRepository(trx).cells(mutualId, ctx.filter)),
    forAggregation(db, (trx) => demandRepository(trx).totals(mutualId, ctx.filter))
  ]);
  const { cells, pools } = splitRows(rows);
  const out = [];
  const periods = /* @__PURE__ */ new Set();
  const regions = /* @__PURE__ */ new Set();
  let readyCells = 0;
  for (const cell2 of cells) {
    const a = assessCell(cell2, pools.get(poolKey(cell2.topicId, cell2.period, cell2.language)), ctx.coursesByTopic.get(cell2.topicId) ?? [], ctx.minMembers);
    if (q.status && a.status !== q.status) continue;
    if (cellIsReady(a.status)) readyCells++;
    periods.add(cell2.period);
    regions.add(cell2.regionCode);
    out.push(presentCell(cell2, ctx.topics.get(cell2.topicId), a));
  }
  return {
    cells: out,
    totals: { openNeeds: totals.needs, seats: totals.seats, members: totals.members, readyCells },
    minMembersPerSession: ctx.minMembers,
    periods: [...periods].sort(),
    regions: [...regions].sort(),
    generatedAt: now.toISOString()
  };
}
__name(assessDemandBoard, "assessDemandBoard");
var cmp = /* @__PURE__ */ __name((x, y) => x < y ? -1 : x > y ? 1 : 0, "cmp");
var byPlace = /* @__PURE__ */ __name((a, b) => cmp(a.topicCode, b.topicCode) || cmp(a.regionCode, b.regionCode) || cmp(a.period, b.period) || cmp(a.language, b.language), "byPlace");
var bySeats = /* @__PURE__ */ __name((a, b) => b.seats - a.seats || byPlace(a, b), "bySeats");

// apps/server/src/demand/list-unmet-needs.ts
var sigKey = /* @__PURE__ */ __name((s) => `${s.topic_id}|${s.region_code}|${[...s.languages].sort().join(",")}|${[...s.modes].sort().join(",")}|${[...s.periods].sort().join(",")}`, "sigKey");
async function listUnmetNeeds(deps, caller, query) {
  return findUnmetNeeds(deps.db, mutualOf(caller), query);
}
__name(listUnmetNeeds, "listUnmetNeeds");
async function findUnmetNeeds(db, mutualId, q) {
  return forAggregation(db, (trx) => unmetNeedsOf(trx, mutualId, q));
}
__name(findUnmetNeeds, "findUnmetNeeds");
async function unmetNeedsOf(db, mutualId, q) {
  const ctx = await demandContext(db, mutualId, q);
  const repo = demandRepository(db);
  const [rows, signatures] = await Promise.all([repo.cells(mutualId, { topicIds: ctx.filter.topicIds }), repo.signatures(mutualId, ctx.filter)]);
  const { cells, pools } = splitRows(rows);
  const cellIndex = new Map(cells.map((c) => [cellKey(c.topicId, c.regionCode, c.period, c.language), c]));
  const reasons = /* @__PURE__ */ new Map();
  const summary = new Map(UNMET_REASONS.map((r) => [r, { needs: 0, seats: 0 }]));
  for (const s of signatures) {
    const reason = unmetReason(
      { topicId: s.topic_id, regionCode: s.region_code, languages: s.languages, modes: s.modes, periods: s.periods },
      ctx.coursesByTopic.get(s.topic_id) ?? [],
      cellIndex,
      pools,
      ctx.minMembers
    );
    if (!reason) continue;
    reasons.set(sigKey(s), reason);
    const sum = summary.get(reason);
    sum.needs += s.needs;
    sum.seats += s.seats;
  }
  const wanted = /* @__PURE__ */ __name((r) => r !== void 0 && (!q.reason || r === q.reason), "wanted");
  const total = [...summary.entries()].filter(([r]) => wanted(r)).reduce((n, [, v]) => n + v.needs, 0);
  const offset = (q.page - 1) * q.pageSize;
  const items = [];
  if (total > offset) {
    const unmetTopics = [...new Set([...reasons.entries()].filter(([, r]) => wanted(r)).map(([k]) => k.split("|")[0]))];
    let skipped = 0;
    let after = null;
    for (; ; ) {
      const page = await repo.openNeedsPage(mutualId, { ...ctx.filter, topicIds: unmetTopics }, after, 2e3);
      for (const n of page) {
        const reason = reasons.get(sigKey({ ...n }));
        if (!wanted(reason)) continue;
        if (skipped < offset) {
          skipped++;
          continue;
        }
        items.push(presentUnmetNeed(n, reason));
        if (items.length >= q.pageSize) break;
      }
      if (items.length >= q.pageSize || page.length < 2e3) break;
      const last = page[page.length - 1];
      after = { createdAt: last.created_at, id: last.id };
    }
  }
  return { summary: [...summary.entries()].map(([reason, v]) => ({ reason, ...v })), items, total, page: q.page, pageSize: q.pageSize };
}
__name(unmetNeedsOf, "unmetNeedsOf");

// apps/server/src/demand/export-demand.ts
var statusLabels = {
  fr: {
    ready: "Pr\xEAte",
    below_minimum: "Sous le minimum",
    no_course_on_topic: "Aucun cours sur le sujet",
    no_language_or_mode_match: "Langue ou formule non offerte",
    no_period: "Aucune p\xE9riode commune",
    region_not_served: "R\xE9gion non desservie"
  },
  en: {
    ready: "Ready",
    below_minimum: "Below minimum",
    no_course_on_topic: "No course on the topic",
    no_language_or_mode_match: "No language or mode match",
    no_period: "No common period",
    region_not_served: "Region not served"
  }
};
function cellColumns(fr, labels) {
  return [
    { header: fr ? "Code du sujet" : "Topic code", value: /* @__PURE__ */ __name((c) => c.topicCode, "value") },
    { header: fr ? "Sujet" : "Topic", value: /* @__PURE__ */ __name((c) => fr ? c.topicNameFr : c.topicNameEn, "value") },
    { header: fr ? "R\xE9gion" : "Region", value: /* @__PURE__ */ __name((c) => c.regionCode, "value") },
    { header: fr ? "P\xE9riode" : "Period", value: /* @__PURE__ */ __name((c) => c.period, "value") },
    { header: fr ? "Langue" : "Language", value: /* @__PURE__ */ __name((c) => c.language, "value") },
    { header: fr ? "Places" : "Seats", value: /* @__PURE__ */ __name((c) => c.seats, "value") },
    { header: fr ? "Entreprises" : "Firms", value: /* @__PURE__ */ __name((c) => c.members, "value") },
    { header: fr ? "Besoins" : "Needs", value: /* @__PURE__ */ __name((c) => c.needs, "value") },
    { header: fr ? "Places en pr\xE9sentiel" : "In-person seats", value: /* @__PURE__ */ __name((c) => c.inPersonSeats, "value") },
    { header: fr ? "Places en virtuel" : "Virtual seats", value: /* @__PURE__ */ __name((c) => c.virtualSeats, "value") },
    { header: fr ? "\xC9tat" : "Status", value: /* @__PURE__ */ __name((c) => labels[c.status], "value") },
    { header: fr ? "Places manquantes" : "Missing seats", value: /* @__PURE__ */ __name((c) => c.missingSeats, "value") }
  ];
}
__name(cellColumns, "cellColumns");
function unmetColumns(fr, labels) {
  return [
    { header: fr ? "Besoin" : "Need", value: /* @__PURE__ */ __name((n) => n.needId, "value") },
    { header: fr ? "Entreprise" : "Firm", value: /* @__PURE__ */ __name((n) => n.memberName, "value") },
    { header: fr ? "Code du sujet" : "Topic code", value: /* @__PURE__ */ __name((n) => n.topicCode, "value") },
    { header: fr ? "Places" : "Seats", value: /* @__PURE__ */ __name((n) => n.seats, "value") },
    { header: fr ? "R\xE9gion" : "Region", value: /* @__PURE__ */ __name((n) => n.regionCode, "value") },
    { header: fr ? "Langues" : "Languages", value: /* @__PURE__ */ __name((n) => n.languages.join(", "), "value") },
    { header: fr ? "Formules" : "Modes", value: /* @__PURE__ */ __name((n) => n.modes.join(", "), "value") },
    { header: fr ? "P\xE9riodes" : "Periods", value: /* @__PURE__ */ __name((n) => n.periods.join(", "), "value") },
    { header: fr ? "Raison" : "Reason", value: /* @__PURE__ */ __name((n) => labels[n.reason], "value") }
  ];
}
__name(unmetColumns, "unmetColumns");
function demandWorkbook(board, unmet, locale) {
  const fr = locale === "fr";
  const labels = statusLabels[locale];
  return writeXlsxSheets([
    sheetOf(fr ? "Demande" : "Demand", cellColumns(fr, labels), board.cells),
    sheetOf(fr ? "Besoins non combl\xE9s" : "Unmet needs", unmetColumns(fr, labels), unmet.items)
  ]);
}
__name(demandWorkbook, "demandWorkbook");
var XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
async function exportDemand(deps, caller, query) {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  const board = await assessDemandBoard(deps.db, mutualId, query, now);
  board.cells.sort(byPlace);
  const unmet = await findUnmetNeeds(deps.db, mutualId, { ...query, page: 1, pageSize: 1e4 });
  const body = await demandWorkbook(board, unmet, caller.locale);
  return { filename: `${caller.locale === "fr" ? "demande" : "demand"}-${todayInMontreal(now)}.xlsx`, contentType: XLSX, body };
}
__name(exportDemand, "exportDemand");

// apps/server/src/demand/get-anonymous-demand.ts
async function getAnonymousDemand(deps, caller, input) {
  const { mutualId, memberId } = memberScopeOf(caller);
  if (!memberId) throw new AppError("forbidden", "Member contacts only");
  const { topicId } = input;
  const topics = await topicRepository(deps.db).list(mutualId, { includeRetired: true });
  if (!topics.some((t) => t.id === topicId)) throw notFound("Topic");
  const ids = topicWithDescendants(
    topics.map((t) => ({ id: t.id, parentId: t.parent_id })),
    topicId
  );
  const rows = await demandRepository(deps.db).seatsByMember(mutualId, ids);
  return { topicId, ...anonymousDemand(rows, memberId) };
}
__name(getAnonymousDemand, "getAnonymousDemand");

// apps/server/src/demand/get-demand-board.ts
function pageOfCells(cells, from, size) {
  const ready = cells.filter((c) => cellIsReady(c.status)).sort(bySeats);
  if (from + size <= ready.length) return ready.slice(from, from + size);
  const rest = cells.filter((c) => !cellIsReady(c.status)).sort(bySeats);
  return ready.concat(rest).slice(from, from + size);
}
__name(pageOfCells, "pageOfCells");
function heatOf(cells) {
  const sum = /* @__PURE__ */ __name((keyOf) => {
    const byTopic = /* @__PURE__ */ new Map();
    const out = [];
    for (const c of cells) {
      const key = keyOf(c);
      let sums = byTopic.get(c.topicId);
      if (!sums) {
        sums = /* @__PURE__ */ new Map();
        byTopic.set(c.topicId, sums);
      }
      const v = sums.get(key);
      const ready = cellIsReady(c.status);
      if (v) {
        v.seats += c.seats;
        v.ready ||= ready;
      } else {
        const h = { topicId: c.topicId, key, seats: c.seats, ready };
        sums.set(key, h);
        out.push(h);
      }
    }
    return out;
  }, "sum");
  return { byPeriod: sum((c) => c.period), byRegion: sum((c) => c.regionCode) };
}
__name(heatOf, "heatOf");
async function getDemandBoard(deps, caller, query) {
  const { page, pageSize, ...filter } = query;
  const { cells, ...rest } = await assessDemandBoard(deps.db, mutualOf(caller), filter, deps.now());
  return { ...rest, cells: pageOfCells(cells, (page - 1) * pageSize, pageSize), total: cells.length, page, pageSize, heat: heatOf(cells) };
}
__name(getDemandBoard, "getDemandBoard");

// apps/server/src/demand/routes.ts
function registerDemandRoutes(app, deps) {
  serve(app, demandEndpoints.board, ["coordinator"], ({ query }, caller) => getDemandBoard(deps, caller, query));
  serve(app, demandEndpoints.unmet, ["coordinator"], ({ query }, caller) => listUnmetNeeds(deps, caller, query));
  serve(app, demandEndpoints.export, ["coordinator"], ({ query }, caller, c) => {
    c.header("cache-control", "no-store");
    return exportDemand(deps, caller, query);
  });
  serve(app, demandEndpoints.anonymous, ["member_contact"], ({ params }, caller) => getAnonymousDemand(deps, caller, params));
  serve(app, demandEndpoints.poolingProblem, ["coordinator"], ({ body }, caller) => buildMutualPoolingProblem(deps, caller, body));
}
__name(registerDemandRoutes, "registerDemandRoutes");

// apps/server/src/pooling/start-pooling-run.ts
var DEFAULT_TIME_LIMIT_SECONDS = 30;
var DEFAULT_PENALTY_CENTS = 1e5;
async function startPoolingRun(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const demand = demandRepository(deps.db);
  const [needs, courses, topics, members, minFirms] = await Promise.all([
    poolingRepository(deps.db).openNeeds(mutualId, { needIds: input.needIds, ...input.filters }),
    courseRepository(deps.db).approved(mutualId),
    topicRepository(deps.db).codes(mutualId),
    demand.memberSizes(mutualId),
    demand.minFirmsPerSession(mutualId)
  ]);
  const policy = {
    unservedSeatPenaltyCents: input.policy.unservedSeatPenaltyCents ?? DEFAULT_PENALTY_CENTS,
    minMembersPerSession: input.policy.minMembersPerSession ?? minFirms,
    timeLimitSeconds: input.policy.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS,
    allocationRule: input.policy.allocationRule ?? "per_seat",
    ...input.policy.smallFirmDiscount !== void 0 ? { smallFirmDiscount: input.policy.smallFirmDiscount } : {}
  };
  const built = buildPoolingProblem({
    needs: needs.map(poolingNeedOf),
    courses: courses.map(poolingCourseOf),
    topicCodeById: new Map(topics.map((t) => [t.id, t.code])),
    periods: input.periods,
    policy,
    members: members.map((m) => ({ id: m.id, sizeClass: sizeClassOf(m.headcount) }))
  });
  const problem = built.problem;
  if (problem.needs.length === 0) throw invalid("periods", "no open need of the selection accepts any of the chosen periods");
  const state = new Map(needs.map((n) => [n.id, needStateOf(n)]));
  const needsSnapshot = Object.fromEntries(problem.needs.map((n) => [n.id, state.get(n.id) ?? ""]));
  const runId = await queuePoolingRun(deps, caller, {
    label: input.label ?? null,
    sourceRunId: null,
    request: { ...input, leftOutNeeds: built.leftOutNeeds.length, leftOutCourses: built.leftOutCourses.length },
    problem,
    adjustments: {},
    needsSnapshot
  });
  return getPoolingRun(deps, caller, { runId });
}
__name(startPoolingRun, "startPoolingRun");

// apps/server/src/pooling/routes.ts
function registerPoolingRoutes(app, deps) {
  serve(app, poolingRunEndpoints.start, ["coordinator"], ({ body }, caller) => startPoolingRun(deps, caller, body));
  serve(app, poolingRunEndpoints.list, ["coordinator"], ({ query }, caller) => listPoolingRuns(deps, caller, query));
  serve(app, poolingRunEndpoints.compare, ["coordinator"], ({ query }, caller) => comparePoolingRuns(deps, caller, query));
  serve(app, poolingRunEndpoints.get, ["coordinator"], ({ params }, caller) => getPoolingRun(deps, caller, params));
  serve(app, poolingRunEndpoints.problem, ["coordinator"], ({ params }, caller) => getPoolingProblem(deps, caller, params));
  serve(app, poolingRunEndpoints.cancel, ["coordinator"], ({ params }, caller) => cancelPoolingRun(deps, caller, params));
  serve(app, poolingRunEndpoints.rerun, ["coordinator"], ({ params, body }, caller) => rerunPoolingRun(deps, caller, { runId: params.runId, changes: body }));
  serve(app, poolingRunEndpoints.accept, ["coordinator"], ({ params }, caller) => acceptPoolingPlan(deps, caller, params));
  serve(app, savingsEndpoints.mine, ["member_contact"], ({ query }, caller) => listFirmSavings(deps, caller, query));
  serve(app, savingsEndpoints.statement, ["member_contact"], ({ query }, caller) => downloadSavingsStatement(deps, caller, query));
}
__name(registerPoolingRoutes, "registerPoolingRoutes");

export {
  courseRepository,
  courseTermIssues,
  compareQuoteAnswers,
  providerRepository,
  providerScopeOf,
  registerCourseRoutes,
  registerProviderRoutes,
  needRepository,
  changeNeedStatus,
  presentNeeds,
  registerNeedRoutes,
  createPoolingRunner,
  failInterruptedPoolingRuns,
  registerAttendanceRoutes,
  registerAttestationRoutes,
  registerCalendarRoutes,
  startDeliveryJobs,
  registerEnrolmentRoutes,
  registerEvaluationRoutes,
  registerRegisterRoutes,
  registerSessionRoutes,
  registerPoolingRoutes,
  registerDemandRoutes
};
//# sourceMappingURL=chunk-OYUDEUZA.mjs.map
