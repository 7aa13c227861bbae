import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/errors.ts
var statusByCode = {
  validation_failed: 400,
  malformed_request: 400,
  import_failed: 422,
  invalid_credentials: 401,
  unauthenticated: 401,
  token_invalid: 400,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  busy_try_again: 503,
  capacity_exceeded: 409,
  already_enrolled: 409,
  enrolment_closed: 409,
  deadline_passed: 409,
  questionnaire_closed: 409,
  already_answered: 409,
  transition_not_allowed: 409,
  minimum_not_reached: 409,
  too_few_firms: 409,
  not_scheduled: 409,
  not_started: 409,
  register_incomplete: 409,
  attendance_incomplete: 409
};
var AppError = class extends Error {
  static {
    __name(this, "AppError");
  }
  code;
  status;
  fields;
  constructor(code, message, options = {}) {
    super(message);
    this.code = code;
    this.status = statusByCode[code];
    this.fields = options.fields ?? [];
  }
};
var notFound = /* @__PURE__ */ __name((what) => new AppError("not_found", `${what} not found`), "notFound");
var forbidden = /* @__PURE__ */ __name((message = "You may not do this") => new AppError("forbidden", message), "forbidden");
var invalid = /* @__PURE__ */ __name((field, message) => new AppError("validation_failed", `${field}: ${message}`, { fields: [{ field, message }] }), "invalid");

export {
  AppError,
  notFound,
  forbidden,
  invalid
};
//# sourceMappingURL=chunk-YGYWNK2I.mjs.map
