import {
  AppError
} from "./chunk-YGYWNK2I.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/http/problem.ts
import { HTTPException } from "hono/http-exception";
function problem(c, status, code, detail, errors) {
  const body = { type: `about:blank#${code}`, title: code.replace(/_/g, " "), status, code, detail };
  if (errors?.length) body.errors = errors;
  return c.body(JSON.stringify(body), status, { "content-type": "application/problem+json" });
}
__name(problem, "problem");
function zodFieldErrors(error, prefix) {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)",
    message: issue.message
  }));
}
__name(zodFieldErrors, "zodFieldErrors");
var pgClientErrors = {
  "23505": [409, "conflict"],
  "23503": [409, "conflict"],
  "23514": [400, "validation_failed"],
  "23502": [400, "validation_failed"],
  // not null
  "22P02": [400, "validation_failed"],
  "22007": [400, "validation_failed"],
  "22008": [400, "validation_failed"],
  "22003": [400, "validation_failed"],
  "22001": [400, "validation_failed"],
  // value too long for the column
  "22021": [400, "validation_failed"],
  // NUL byte in text
  "22P05": [400, "validation_failed"]
  // NUL or lone surrogate in jsonb
};
var camel = /* @__PURE__ */ __name((column) => column.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), "camel");
function pgField(e) {
  const columns = (e.detail?.match(/^Key \((.+?)\)=/)?.[1] ?? "").split(", ").filter((c) => /^[a-z_]+$/.test(c));
  if (columns.length > 0) return camel(columns[columns.length - 1]);
  if (e.column) return camel(e.column);
  return e.constraint ?? "request";
}
__name(pgField, "pgField");
function errorToResponse(error, c) {
  if (error instanceof AppError) return problem(c, error.status, error.code, error.message, error.fields);
  if (error instanceof HTTPException) {
    const status = error.status;
    const byStatus = { 401: "unauthenticated", 403: "forbidden", 404: "not_found", 413: "payload_too_large", 415: "unsupported_media_type" };
    const code = byStatus[status] ?? (status >= 500 ? "internal_error" : "malformed_request");
    return problem(c, status, code, error.message || "Bad request");
  }
  const pgCode = error?.code;
  if (typeof pgCode === "string" && pgClientErrors[pgCode]) {
    const [status, code] = pgClientErrors[pgCode];
    const e = error;
    return problem(c, status, code, e.detail ?? e.message, [{ field: pgField(e), message: e.message }]);
  }
  if (pgCode === "40P01" || pgCode === "40001") {
    c.header("Retry-After", "1");
    return problem(c, 503, "busy_try_again", "Another change to the same records was in progress; nothing was saved. Please try again.");
  }
  console.error("internal error", error);
  return problem(c, 500, "internal_error", "An unexpected error occurred; it has been logged.");
}
__name(errorToResponse, "errorToResponse");

// apps/server/src/http/admission.ts
var AdmissionQueue = class {
  static {
    __name(this, "AdmissionQueue");
  }
  options;
  inProgress = 0;
  queue = [];
  head = 0;
  waitingCount = 0;
  stats = { admitted: 0, refusedFull: 0, refusedWaited: 0, abandoned: 0 };
  constructor(options) {
    if (options.concurrency < 1 || options.queueLimit < 0 || options.maxWaitMs < 0)
      throw new Error("bad admission options");
    this.options = options;
  }
  /** Requests waiting for their turn now. */
  get waiting() {
    return this.waitingCount;
  }
  /**
   * Resolves with a release function when the request may start, or with null when it is refused
   * (queue full: at once; waited too long: after maxWaitMs; its client gone: when `signal` aborts).
   * Call release exactly once when done.
   */
  enter(signal) {
    if (this.inProgress < this.options.concurrency && this.waiting === 0) {
      this.inProgress++;
      this.stats.admitted++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting >= this.options.queueLimit) {
      this.stats.refusedFull++;
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const waiter = {
        settled: false,
        admit: /* @__PURE__ */ __name(() => {
          clearTimeout(waiter.timer);
          waiter.settled = true;
          this.waitingCount--;
          this.stats.admitted++;
          resolve(this.releaser());
        }, "admit"),
        timer: setTimeout(() => leave("refusedWaited"), this.options.maxWaitMs)
      };
      const leave = /* @__PURE__ */ __name((why) => {
        if (waiter.settled) return;
        clearTimeout(waiter.timer);
        waiter.settled = true;
        this.waitingCount--;
        this.stats[why]++;
        resolve(null);
      }, "leave");
      this.queue.push(waiter);
      this.waitingCount++;
      const clientSignal = signal?.();
      if (clientSignal?.aborted) leave("abandoned");
      else clientSignal?.addEventListener("abort", () => leave("abandoned"), { once: true });
    });
  }
  releaser() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inProgress--;
      this.next();
    };
  }
  next() {
    while (this.inProgress < this.options.concurrency && this.head < this.queue.length) {
      const waiter = this.queue[this.head++];
      if (waiter.settled) continue;
      this.inProgress++;
      waiter.admit();
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }
  snapshot() {
    return { ...this.stats, inProgress: this.inProgress, waiting: this.waitingCount };
  }
};
function retryAfterSeconds(queue) {
  return Math.max(1, Math.min(30, Math.ceil(queue.options.maxWaitMs / 1e3)));
}
__name(retryAfterSeconds, "retryAfterSeconds");
function busy(c, queue) {
  c.header("Retry-After", String(retryAfterSeconds(queue)));
  c.header("Cache-Control", "no-store");
  return problem(c, 503, "busy_try_again", "The server is busy; nothing was done. Please try again in a moment.");
}
__name(busy, "busy");
function admission(queue) {
  const exempt = queue.options.exempt ?? (() => false);
  return async (c, next) => {
    if (exempt(c.req.path)) return next();
    const release = await queue.enter(() => c.req.raw.signal);
    if (!release) return busy(c, queue);
    try {
      await next();
    } finally {
      release();
    }
  };
}
__name(admission, "admission");

export {
  problem,
  zodFieldErrors,
  errorToResponse,
  AdmissionQueue,
  admission
};
//# sourceMappingURL=chunk-BDZYE73J.mjs.map
