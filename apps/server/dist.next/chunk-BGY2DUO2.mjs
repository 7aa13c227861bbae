import {
  PLAN_COMPARISON_KEYS,
  PLAN_MEASURE_KINDS,
  PLAN_SOLVER_STEPS,
  POOLING_RUN_STATUSES
} from "./chunk-UP7KH2ZN.mjs";
import {
  ALLOCATION_RULES,
  SIZE_CLASS_CODES,
  sizeClassOf
} from "./chunk-KNC77P3G.mjs";
import {
  AppError,
  forbidden,
  invalid,
  notFound
} from "./chunk-YGYWNK2I.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/http/openapi.ts
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// packages/contracts/src/endpoint.ts
import { z } from "zod";
var endpoint = /* @__PURE__ */ __name((e) => e, "endpoint");
var fileAnswer = /* @__PURE__ */ __name((...mediaTypes) => ({ kind: "file", mediaTypes }), "fileAnswer");
var fileUpload = { kind: "upload" };
var noContent = { kind: "none" };
var isFileAnswer = /* @__PURE__ */ __name((r) => r.kind === "file", "isFileAnswer");
var isNoContent = /* @__PURE__ */ __name((r) => r.kind === "none", "isNoContent");
var isFileUpload = /* @__PURE__ */ __name((b) => b?.kind === "upload", "isFileUpload");
var fileUploadJsonSchema = z.object({ filename: z.string().min(1).max(255), contentBase64: z.string().min(1) }).meta({ id: "FileUploadJson", description: "A file sent as JSON: its name and its bytes in base64" });
var fileUploadFormSchema = z.object({ file: z.any().meta({ type: "string", format: "binary" }) }).meta({ id: "FileUploadForm" });

// packages/contracts/src/paging.ts
import { z as z2 } from "zod";
var pageQueryFieldsUpTo = /* @__PURE__ */ __name((maxPageSize) => ({
  page: z2.coerce.number().int().min(1).max(1e6).default(1),
  pageSize: z2.coerce.number().int().min(1).max(maxPageSize).default(50)
}), "pageQueryFieldsUpTo");
var pageQueryFields = pageQueryFieldsUpTo(200);
var pagedListSchema = /* @__PURE__ */ __name((item, id) => z2.object({ items: z2.array(item), total: z2.number().int(), page: z2.number().int(), pageSize: z2.number().int() }).meta({ id }), "pagedListSchema");
var pageOf = /* @__PURE__ */ __name((items, total, paging) => ({ items, total, page: paging.page, pageSize: paging.pageSize }), "pageOf");

// packages/contracts/src/auth.ts
import { z as z3 } from "zod";

// packages/domain/src/accounts/locale.ts
var ACCOUNT_LOCALES = ["fr", "en"];

// packages/domain/src/accounts/roles.ts
var ROLES = ["platform_admin", "coordinator", "member_contact", "trainer", "board_viewer", "funder", "researcher"];
var MUTUAL_ROLES = ["coordinator", "member_contact", "trainer", "board_viewer"];
var MEMBER_RECORD_ROLES = ["coordinator", "member_contact"];
var PROVIDER_RECORD_ROLES = ["coordinator", "trainer"];
var COURSE_READER_ROLES = ["coordinator", "trainer", "member_contact"];
var OBSERVER_ROLES = ["platform_admin", "funder", "researcher"];
var GOVERNANCE_READER_ROLES = ["coordinator", "board_viewer"];
var MUTUAL_ADMIN_ROLES = ["platform_admin", "coordinator"];
var MUTUAL_READER_ROLES = ["platform_admin", "coordinator", "board_viewer"];
var roleBelongsToMutual = /* @__PURE__ */ __name((role) => !OBSERVER_ROLES.includes(role), "roleBelongsToMutual");
var roleBelongsToFunder = /* @__PURE__ */ __name((role) => role === "funder", "roleBelongsToFunder");
var roleBelongsToMember = /* @__PURE__ */ __name((role) => role === "member_contact", "roleBelongsToMember");
var roleBelongsToProvider = /* @__PURE__ */ __name((role) => role === "trainer", "roleBelongsToProvider");
var SESSION_ROLES = ["coordinator", "member_contact", "trainer"];
var SESSION_WORKER_ROLES = ["coordinator", "trainer"];
function mayGrantRole(granter, role) {
  if (granter === "platform_admin") return true;
  if (granter === "coordinator") return roleBelongsToMutual(role);
  return false;
}
__name(mayGrantRole, "mayGrantRole");

// packages/contracts/src/auth.ts
var roleSchema = z3.enum(ROLES);
var loginRequestSchema = z3.object({ email: z3.string().trim().email().max(254), password: z3.string().min(1).max(1e3) }).meta({ id: "LoginRequest" });
var meSchema = z3.object({
  userId: z3.string(),
  email: z3.string(),
  displayName: z3.string(),
  locale: z3.enum(ACCOUNT_LOCALES),
  role: roleSchema,
  mutualId: z3.string().nullable(),
  memberId: z3.string().nullable(),
  providerId: z3.string().nullable(),
  csrfToken: z3.string()
}).meta({ id: "Me" });
var authEndpoints = {
  login: endpoint({
    method: "post",
    path: "/api/auth/login",
    tag: "auth",
    summary: "Log in with e-mail and password; sets the session cookie",
    description: "Too many failed attempts for an e-mail or from an address answer 429 rate_limited, with Retry-After.",
    body: loginRequestSchema,
    response: meSchema,
    otherProblems: [429]
  }),
  logout: endpoint({ method: "post", path: "/api/auth/logout", tag: "auth", summary: "Log out: ends the session", response: noContent, status: 204 }),
  me: endpoint({ method: "get", path: "/api/auth/me", tag: "auth", summary: "Who am I: the logged-in account, its role and its CSRF token", response: meSchema })
};

// packages/contracts/src/problem.ts
import { z as z4 } from "zod";
var ERROR_CODES = [
  "validation_failed",
  "malformed_request",
  "import_failed",
  "invalid_credentials",
  "unauthenticated",
  "token_invalid",
  "forbidden",
  "csrf_failed",
  "not_found",
  "conflict",
  "capacity_exceeded",
  "already_enrolled",
  "enrolment_closed",
  "deadline_passed",
  "questionnaire_closed",
  "already_answered",
  "transition_not_allowed",
  "minimum_not_reached",
  "too_few_firms",
  "not_scheduled",
  "not_started",
  "register_incomplete",
  "attendance_incomplete",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal_error",
  "busy_try_again"
];
var problemSchema = z4.object({
  type: z4.string(),
  title: z4.string(),
  status: z4.number().int(),
  code: z4.enum(ERROR_CODES).meta({ description: "Stable error code" }),
  detail: z4.string().optional(),
  errors: z4.array(z4.object({ field: z4.string(), message: z4.string(), row: z4.number().int().optional() })).optional()
}).meta({ id: "Problem" });

// packages/contracts/src/accounts.ts
import { z as z5 } from "zod";

// packages/domain/src/accounts/account-status.ts
var ACCOUNT_STATUSES = ["invited", "active", "deactivated"];
function accountStatusOf(account) {
  if (!account.active) return "deactivated";
  return account.hasPassword ? "active" : "invited";
}
__name(accountStatusOf, "accountStatusOf");

// packages/contracts/src/accounts.ts
var localeSchema = z5.enum(ACCOUNT_LOCALES).meta({ id: "Locale" });
var newPasswordSchema = z5.string().min(12, "must be at least 12 characters").max(200);
var email = z5.string().trim().email().max(254);
var displayName = z5.string().trim().min(1).max(120);
var userStatusSchema = z5.enum(ACCOUNT_STATUSES).meta({ id: "UserStatus" });
var userSchema = z5.object({
  id: z5.string(),
  email: z5.string(),
  displayName: z5.string(),
  locale: localeSchema,
  role: roleSchema,
  status: userStatusSchema,
  mutualId: z5.string().nullable(),
  mutualName: z5.string().nullable(),
  memberId: z5.string().nullable(),
  memberName: z5.string().nullable(),
  providerId: z5.string().nullable(),
  providerName: z5.string().nullable(),
  funderId: z5.string().nullable(),
  funderName: z5.string().nullable(),
  createdAt: z5.string(),
  lastLoginAt: z5.string().nullable(),
  /** Expiry of the pending invitation link, when the account is still invited. */
  invitationExpiresAt: z5.string().nullable()
}).meta({ id: "User" });
var userPageSchema = pagedListSchema(userSchema, "UserPage");
var userListQuerySchema = z5.object({
  q: z5.string().trim().max(200).optional().meta({ description: "Search in name and e-mail" }),
  role: roleSchema.optional(),
  status: userStatusSchema.optional(),
  mutualId: z5.string().uuid().optional().meta({ description: "Platform administrator only: one mutual" }),
  ...pageQueryFields
});
var inviteUserRequestSchema = z5.object({
  email,
  displayName,
  role: roleSchema,
  locale: localeSchema.default("fr"),
  mutualId: z5.string().uuid().optional(),
  memberId: z5.string().uuid().optional(),
  providerId: z5.string().uuid().optional(),
  funderId: z5.string().uuid().optional().meta({ description: "Required for a funder (platform administrator only)" })
}).meta({ id: "InviteUserRequest" });
var updateUserRequestSchema = z5.object({
  displayName: displayName.optional(),
  role: roleSchema.optional(),
  memberId: z5.string().uuid().nullable().optional(),
  providerId: z5.string().uuid().nullable().optional(),
  locale: localeSchema.optional()
}).meta({ id: "UpdateUserRequest" });
var acceptInvitationRequestSchema = z5.object({ token: z5.string().min(10).max(200), password: newPasswordSchema, displayName: displayName.optional() }).meta({ id: "AcceptInvitationRequest" });
var passwordResetRequestSchema = z5.object({ email }).meta({ id: "PasswordResetRequest" });
var passwordResetConfirmSchema = z5.object({ token: z5.string().min(10).max(200), password: newPasswordSchema }).meta({ id: "PasswordResetConfirm" });
var updateMeRequestSchema = z5.object({ displayName: displayName.optional(), locale: localeSchema.optional() }).meta({ id: "UpdateMeRequest" });
var changePasswordRequestSchema = z5.object({ currentPassword: z5.string().min(1).max(1e3), newPassword: newPasswordSchema }).meta({ id: "ChangePasswordRequest" });
var userIdParamSchema = z5.object({ userId: z5.string().uuid() });
var tooMany = "Too many attempts answer 429 rate_limited, with Retry-After.";
var userEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/users",
    tag: "users",
    summary: "List and search accounts (a coordinator: its mutual's)",
    query: userListQuerySchema,
    response: userPageSchema
  }),
  invite: endpoint({
    method: "post",
    path: "/api/users",
    tag: "users",
    summary: "Invite someone: creates the account without password and e-mails a link valid 7 days",
    body: inviteUserRequestSchema,
    response: userSchema,
    status: 201
  }),
  get: endpoint({ method: "get", path: "/api/users/{userId}", tag: "users", summary: "One account", params: userIdParamSchema, response: userSchema }),
  update: endpoint({
    method: "patch",
    path: "/api/users/{userId}",
    tag: "users",
    summary: "Change an account: name, language, role scope (role, member, provider)",
    params: userIdParamSchema,
    body: updateUserRequestSchema,
    response: userSchema
  }),
  deactivate: endpoint({
    method: "post",
    path: "/api/users/{userId}/deactivate",
    tag: "users",
    summary: "Deactivate an account: it can no longer log in and its sessions end",
    params: userIdParamSchema,
    response: userSchema
  }),
  reactivate: endpoint({ method: "post", path: "/api/users/{userId}/reactivate", tag: "users", summary: "Reactivate an account", params: userIdParamSchema, response: userSchema }),
  resendInvitation: endpoint({
    method: "post",
    path: "/api/users/{userId}/resend-invitation",
    tag: "users",
    summary: "Send a new invitation link to an account that has no password yet (the old link stops working)",
    params: userIdParamSchema,
    response: userSchema
  })
};
var accountEndpoints = {
  acceptInvitation: endpoint({
    method: "post",
    path: "/api/auth/invitations/accept",
    tag: "auth",
    summary: "Accept an invitation: choose a password (12+ characters); logs in (sets the session cookie)",
    description: tooMany,
    otherProblems: [429],
    body: acceptInvitationRequestSchema,
    response: meSchema
  }),
  requestPasswordReset: endpoint({
    method: "post",
    path: "/api/auth/password-reset",
    tag: "auth",
    summary: "Ask for a password reset link by e-mail; always 202, whether the account exists or not",
    description: `If the account exists, a link valid one hour is on its way. ${tooMany}`,
    otherProblems: [429],
    body: passwordResetRequestSchema,
    response: noContent,
    status: 202
  }),
  confirmPasswordReset: endpoint({
    method: "post",
    path: "/api/auth/password-reset/confirm",
    tag: "auth",
    summary: "Set a new password with the e-mailed token; ends every session of the account",
    description: tooMany,
    otherProblems: [429],
    body: passwordResetConfirmSchema,
    response: noContent,
    status: 204
  }),
  updateMe: endpoint({
    method: "patch",
    path: "/api/auth/me",
    tag: "auth",
    summary: "Change my display name and language (fr, en)",
    body: updateMeRequestSchema,
    response: meSchema
  }),
  changePassword: endpoint({
    method: "post",
    path: "/api/auth/me/password",
    tag: "auth",
    summary: "Change my password (current and new); ends my other sessions and renews this one (new CSRF token)",
    body: changePasswordRequestSchema,
    response: meSchema
  })
};

// packages/contracts/src/audit.ts
import { z as z7 } from "zod";

// packages/contracts/src/dates.ts
import { z as z6 } from "zod";
var message = "must be a real date written YYYY-MM-DD";
var isoDateSchema = z6.iso.date(message).refine((value) => !value.startsWith("0000"), message);

// packages/contracts/src/audit.ts
var auditEntrySchema = z7.object({
  id: z7.number().int(),
  at: z7.string(),
  mutualId: z7.string().nullable(),
  actorUserId: z7.string().nullable(),
  actorName: z7.string().nullable(),
  action: z7.string(),
  entityType: z7.string(),
  /** Null when hidden: the platform administrator does not see which member record changed. */
  entityId: z7.string().nullable(),
  change: z7.record(z7.string(), z7.unknown()).nullable()
}).meta({ id: "AuditEntry" });
var auditPageSchema = pagedListSchema(auditEntrySchema, "AuditPage");
var auditQuerySchema = z7.object({
  entityType: z7.string().max(60).optional(),
  entityId: z7.string().max(100).optional(),
  actorUserId: z7.string().uuid().optional(),
  action: z7.string().max(60).optional(),
  from: isoDateSchema.optional().meta({ description: "First day included, YYYY-MM-DD (UTC)" }),
  to: isoDateSchema.optional().meta({ description: "Last day included, YYYY-MM-DD (UTC)" }),
  mutualId: z7.string().uuid().optional().meta({ description: "Platform administrator only" }),
  ...pageQueryFields
});
var auditEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/audit-log",
    tag: "audit",
    summary: "The audit log, newest first (a coordinator: its mutual's); filter by entity, actor, action, dates",
    query: auditQuerySchema,
    response: auditPageSchema
  })
};

// packages/contracts/src/mutuals.ts
import { z as z8 } from "zod";

// packages/domain/src/mutuals/mutual-kind.ts
var MUTUAL_KINDS = ["regional", "sectoral", "client_subcontractor", "specific_clientele", "csmo", "parity_committee"];

// packages/contracts/src/mutuals.ts
var mutualKindSchema = z8.enum(MUTUAL_KINDS).meta({ id: "MutualKind" });
var mutualSchema = z8.object({
  id: z8.string(),
  slug: z8.string(),
  name: z8.string(),
  kind: mutualKindSchema,
  regionCode: z8.string().nullable(),
  scianCode: z8.string().nullable(),
  recognisedSince: z8.string().nullable(),
  minFirmsPerSession: z8.number().int(),
  /** Delivery: free withdrawal until this many days before the first meeting day. */
  withdrawalDeadlineDays: z8.number().int(),
  /** Delivery: the go/no-go decision this many days before a planned session's period. */
  goNoGoDays: z8.number().int(),
  /** Delivery: share of the hours a participant must attend to receive an attestation. */
  completionThresholdPct: z8.number().int(),
  createdAt: z8.string()
}).meta({ id: "Mutual" });
var mutualListSchema = pagedListSchema(mutualSchema, "MutualList");
var mutualListQuerySchema = z8.object({ ...pageQueryFieldsUpTo(500) });
var isoDate = isoDateSchema;
var createMutualRequestSchema = z8.object({
  name: z8.string().trim().min(2).max(200),
  slug: z8.string().trim().min(2).max(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase letters, digits and dashes"),
  kind: mutualKindSchema,
  regionCode: z8.string().regex(/^\d{2}$/, "a two-digit Quebec region code").nullable().optional(),
  scianCode: z8.string().regex(/^\d{2,6}$/, "a SCIAN code of 2 to 6 digits").nullable().optional(),
  recognisedSince: isoDate.nullable().optional(),
  minFirmsPerSession: z8.number().int().min(1).max(100).optional(),
  withdrawalDeadlineDays: z8.number().int().min(0).max(120).optional(),
  goNoGoDays: z8.number().int().min(0).max(365).optional(),
  completionThresholdPct: z8.number().int().min(1).max(100).optional()
}).meta({ id: "CreateMutualRequest" });
var updateMutualRequestSchema = createMutualRequestSchema.partial().meta({ id: "UpdateMutualRequest" });
var deliverySettingsRequestSchema = z8.object({
  withdrawalDeadlineDays: z8.number().int().min(0).max(120),
  goNoGoDays: z8.number().int().min(0).max(365),
  completionThresholdPct: z8.number().int().min(1).max(100),
  minFirmsPerSession: z8.number().int().min(1).max(100)
}).partial().meta({ id: "DeliverySettingsRequest" });
var mutualIdParamSchema = z8.object({ mutualId: z8.string().uuid() });
var mutualEndpoints = {
  list: endpoint({ method: "get", path: "/api/mutuals", tag: "mutuals", summary: "Every mutual", query: mutualListQuerySchema, response: mutualListSchema }),
  create: endpoint({
    method: "post",
    path: "/api/mutuals",
    tag: "mutuals",
    summary: "Create a mutual (then invite its first coordinator with POST /api/users)",
    body: createMutualRequestSchema,
    response: mutualSchema,
    status: 201
  }),
  get: endpoint({
    method: "get",
    path: "/api/mutuals/{mutualId}",
    tag: "mutuals",
    summary: "One mutual (coordinators and board viewers: their own)",
    params: mutualIdParamSchema,
    response: mutualSchema
  }),
  update: endpoint({
    method: "patch",
    path: "/api/mutuals/{mutualId}",
    tag: "mutuals",
    summary: "Edit a mutual's name, slug, kind, region, sector, recognition date and delivery settings",
    params: mutualIdParamSchema,
    body: updateMutualRequestSchema,
    response: mutualSchema
  }),
  updateDeliverySettings: endpoint({
    method: "patch",
    path: "/api/mutuals/{mutualId}/delivery-settings",
    tag: "mutuals",
    summary: "Edit a mutual's delivery settings: withdrawal deadline (days), go/no-go lead time (days), attendance threshold for attestations (%), minimum firms per session",
    description: "Coordinators edit their own mutual (another answers 404); the platform administrator any.",
    params: mutualIdParamSchema,
    body: deliverySettingsRequestSchema,
    response: mutualSchema
  })
};

// packages/contracts/src/outbox.ts
import { z as z9 } from "zod";

// packages/domain/src/outbox/outbox-status.ts
var OUTBOX_STATUSES = ["pending", "sent", "failed"];
var OUTBOX_RETRYABLE_STATUSES = ["failed"];
var outboxMayRetry = /* @__PURE__ */ __name((status) => OUTBOX_RETRYABLE_STATUSES.includes(status), "outboxMayRetry");
var statusAfterFailedAttempt = /* @__PURE__ */ __name((attempts, maxAttempts) => attempts >= maxAttempts ? "failed" : "pending", "statusAfterFailedAttempt");

// packages/contracts/src/outbox.ts
var outboxStatusSchema = z9.enum(OUTBOX_STATUSES).meta({ id: "OutboxStatus" });
var outboxMessageSchema = z9.object({
  id: z9.number().int(),
  mutualId: z9.string().nullable(),
  kind: z9.string(),
  toAddress: z9.string(),
  locale: z9.string(),
  subject: z9.string(),
  status: outboxStatusSchema,
  attempts: z9.number().int(),
  lastError: z9.string().nullable(),
  nextAttemptAt: z9.string(),
  createdAt: z9.string(),
  sentAt: z9.string().nullable()
}).meta({ id: "OutboxMessage" });
var outboxPageSchema = pagedListSchema(outboxMessageSchema, "OutboxPage");
var outboxQuerySchema = z9.object({
  status: outboxStatusSchema.optional(),
  mutualId: z9.string().uuid().optional().meta({ description: "Platform administrator only" }),
  ...pageQueryFields
});
var outboxMessageIdParamSchema = z9.object({ messageId: z9.coerce.number().int().positive().max(2 ** 53) });
var outboxEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/outbox",
    tag: "outbox",
    summary: "The mutual's e-mails, newest first; filter by status",
    query: outboxQuerySchema,
    response: outboxPageSchema
  }),
  retry: endpoint({
    method: "post",
    path: "/api/outbox/{messageId}/retry",
    tag: "outbox",
    summary: "Send a failed e-mail again (a fresh set of attempts)",
    params: outboxMessageIdParamSchema,
    response: outboxMessageSchema
  })
};

// packages/contracts/src/reference.ts
import { z as z10 } from "zod";
var label = { fr: z10.string(), en: z10.string() };
var referenceDataSchema = z10.object({
  regions: z10.array(z10.object({ code: z10.string(), ...label })),
  scianSectors: z10.array(z10.object({ code: z10.string(), ...label, prefixes: z10.array(z10.string()) })),
  scianSubsectors: z10.array(z10.object({ code: z10.string(), sector: z10.string(), ...label })),
  nocBroadCategories: z10.array(z10.object({ code: z10.string(), ...label })),
  teerLevels: z10.array(z10.object({ teer: z10.number().int(), ...label, descriptionFr: z10.string(), descriptionEn: z10.string() })),
  educationLevels: z10.array(z10.object({ code: z10.string(), ...label, lowSkilled: z10.boolean() })),
  languages: z10.array(z10.object({ code: z10.string(), ...label })),
  sizeClasses: z10.array(z10.object({ code: z10.string(), min: z10.number().int(), max: z10.number().int().nullable(), ...label })),
  endReasons: z10.array(z10.object({ code: z10.string(), ...label })),
  memberStatuses: z10.array(z10.object({ code: z10.string(), ...label, next: z10.array(z10.string()) })),
  employeeImportColumns: z10.array(
    z10.object({ field: z10.string(), ...label, required: z10.boolean(), aliases: z10.array(z10.string()) })
  )
}).meta({ id: "ReferenceData" });
var referenceEndpoints = {
  get: endpoint({
    method: "get",
    path: "/api/reference",
    tag: "reference",
    summary: "All reference data (French and English labels); public and cacheable",
    response: referenceDataSchema
  })
};

// packages/contracts/src/health.ts
import { z as z11 } from "zod";
var healthSchema = z11.object({ status: z11.literal("ok"), database: z11.literal("ok"), time: z11.string() });
var healthEndpoints = {
  get: endpoint({ method: "get", path: "/api/health", tag: "system", summary: "Liveness and database check", response: healthSchema })
};

// packages/contracts/src/members.ts
import { z as z12 } from "zod";

// packages/domain/src/members/status.ts
var MEMBER_STATUSES = ["prospect", "active", "lapsed", "withdrawn"];
var MEMBER_STATUS_LABELS = {
  prospect: { fr: "Prospect", en: "Prospect" },
  active: { fr: "Active", en: "Active" },
  lapsed: { fr: "\xC9chue", en: "Lapsed" },
  withdrawn: { fr: "Retir\xE9e", en: "Withdrawn" }
};
var CURRENT_MEMBER_STATUSES = ["active"];
var LEFT_MEMBER_STATUSES = ["lapsed", "withdrawn"];
function memberIsCurrent(status) {
  return CURRENT_MEMBER_STATUSES.includes(status);
}
__name(memberIsCurrent, "memberIsCurrent");
function memberHasLeft(status) {
  return LEFT_MEMBER_STATUSES.includes(status);
}
__name(memberHasLeft, "memberHasLeft");
var ALLOWED = {
  prospect: ["active", "withdrawn"],
  active: ["lapsed", "withdrawn"],
  lapsed: ["active", "withdrawn"],
  withdrawn: ["prospect"]
};
function allowedNextStatuses(from) {
  return ALLOWED[from];
}
__name(allowedNextStatuses, "allowedNextStatuses");
var isoDate2 = /^\d{4}-\d{2}-\d{2}$/;
function changeMemberStatus(current, change, today) {
  if (change.to === current.status) return { ok: false, field: "status", message: `is already ${current.status}` };
  if (!ALLOWED[current.status].includes(change.to)) {
    return { ok: false, field: "status", message: `cannot go from ${current.status} to ${change.to}` };
  }
  if (!isoDate2.test(change.on)) return { ok: false, field: "on", message: "must be a date YYYY-MM-DD" };
  if (change.on > today) return { ok: false, field: "on", message: "cannot be in the future" };
  if (change.on < current.statusChangedOn) {
    return { ok: false, field: "on", message: `cannot be before the last status change (${current.statusChangedOn})` };
  }
  const reason = change.reason?.trim() || null;
  if (memberHasLeft(change.to) && !reason) {
    return { ok: false, field: "reason", message: `is required to mark a member ${change.to}` };
  }
  const next = { ...current, status: change.to, statusChangedOn: change.on, statusReason: reason };
  if (change.to === "active") {
    next.joinedOn = current.joinedOn ?? change.on;
    next.leftOn = null;
  } else if (memberHasLeft(change.to)) {
    next.leftOn = change.on;
  } else if (change.to === "prospect") {
    next.leftOn = null;
  }
  return { ok: true, next };
}
__name(changeMemberStatus, "changeMemberStatus");

// packages/contracts/src/members.ts
var isoDate3 = isoDateSchema;
var memberStatusSchema = z12.enum(MEMBER_STATUSES).meta({ id: "MemberStatus" });
var sizeClassSchema = z12.enum(SIZE_CLASS_CODES).meta({ id: "SizeClass" });
var TABLE_FILE_FORMATS = ["csv", "xlsx"];
var TABLE_FILE_MEDIA_TYPES = ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];
var tableFileQueryFields = {
  format: z12.enum(TABLE_FILE_FORMATS).default("csv"),
  lang: z12.enum(["fr", "en"]).default("fr")
};
var memberSchema = z12.object({
  id: z12.string(),
  mutualId: z12.string(),
  legalName: z12.string(),
  neq: z12.string(),
  scianCode: z12.string(),
  regionCode: z12.string(),
  headcount: z12.number().int(),
  annualPayrollCents: z12.number().int(),
  sizeClass: sizeClassSchema,
  status: memberStatusSchema,
  statusChangedOn: z12.string(),
  statusReason: z12.string().nullable(),
  joinedOn: z12.string().nullable(),
  leftOn: z12.string().nullable(),
  consentOutcomeData: z12.boolean(),
  address: z12.string().nullable(),
  city: z12.string().nullable(),
  postalCode: z12.string().nullable(),
  phone: z12.string().nullable(),
  website: z12.string().nullable(),
  createdAt: z12.string(),
  updatedAt: z12.string()
}).meta({ id: "Member" });
var optionalText = /* @__PURE__ */ __name((max) => z12.string().trim().max(max).nullable().optional(), "optionalText");
var memberContactDetailsSchema = z12.object({
  address: optionalText(300),
  city: optionalText(100),
  postalCode: z12.string().trim().regex(/^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/, "must be a Canadian postal code like H2X 1Y4").nullable().optional(),
  phone: optionalText(40),
  website: optionalText(300)
});
var MEMBER_CONTACT_DETAIL_FIELDS = ["address", "city", "postalCode", "phone", "website"];
var createMemberRequestSchema = z12.object({
  legalName: z12.string().trim().min(2).max(200),
  neq: z12.string().trim().min(1).max(20).meta({ description: "10 digits; spaces and dashes are removed" }),
  scianCode: z12.string().trim().min(2).max(6).meta({ description: "A SCIAN 2022 sector or subsector code of GET /api/reference" }),
  regionCode: z12.string().trim().meta({ description: "Quebec administrative region 01\u201317" }),
  headcount: z12.number().int().min(0).max(1e6),
  annualPayrollCents: z12.number().int().min(0).max(1e15),
  consentOutcomeData: z12.boolean().optional(),
  ...memberContactDetailsSchema.shape
}).meta({ id: "CreateMemberRequest" });
var updateMemberRequestSchema = createMemberRequestSchema.partial().meta({ id: "UpdateMemberRequest" });
var changeMemberStatusRequestSchema = z12.object({
  status: memberStatusSchema,
  on: isoDate3.optional().meta({ description: "Effective date; today when omitted" }),
  reason: z12.string().trim().max(1e3).nullable().optional().meta({ description: "Required for lapsed and withdrawn" })
}).meta({ id: "ChangeMemberStatusRequest" });
var memberSortSchema = z12.enum(["name", "headcount", "payroll", "status", "joinedOn"]);
var memberFilterQuerySchema = z12.object({
  search: z12.string().trim().max(200).optional().meta({ description: "Part of the legal name or NEQ; case and accents ignored" }),
  status: memberStatusSchema.optional(),
  region: z12.string().regex(/^\d{2}$/, "must be a region code 01\u201317").optional(),
  sizeClass: sizeClassSchema.optional(),
  sector: z12.string().max(6).optional().meta({ description: "SCIAN sector ('31-33') or subsector ('332')" })
});
var memberListQuerySchema = memberFilterQuerySchema.extend({
  sort: memberSortSchema.default("name"),
  order: z12.enum(["asc", "desc"]).default("asc"),
  ...pageQueryFields
});
var memberExportQuerySchema = memberFilterQuerySchema.extend({
  sort: memberSortSchema.default("name"),
  order: z12.enum(["asc", "desc"]).default("asc"),
  ...tableFileQueryFields
});
var memberListSchema = pagedListSchema(memberSchema, "MemberList");
var memberContactSchema = z12.object({
  id: z12.string(),
  memberId: z12.string(),
  name: z12.string(),
  email: z12.string().nullable(),
  phone: z12.string().nullable(),
  roleTitle: z12.string().nullable(),
  isPrimary: z12.boolean(),
  createdAt: z12.string()
}).meta({ id: "MemberContact" });
var memberContactRequestSchema = z12.object({
  name: z12.string().trim().min(1).max(200),
  email: z12.string().trim().email().max(254).nullable().optional(),
  phone: optionalText(40),
  roleTitle: optionalText(200),
  isPrimary: z12.boolean().optional()
}).meta({ id: "MemberContactRequest" });
var updateMemberContactRequestSchema = memberContactRequestSchema.partial().meta({ id: "UpdateMemberContactRequest" });
var memberContactListSchema = pagedListSchema(memberContactSchema, "MemberContactList");
var historyEntrySchema = z12.object({
  id: z12.number().int(),
  at: z12.string(),
  action: z12.string(),
  entityType: z12.string(),
  entityId: z12.string().nullable(),
  actorUserId: z12.string().nullable(),
  actorName: z12.string().nullable(),
  change: z12.record(z12.string(), z12.unknown()).meta({ description: "For updates: { field: { from, to } }" })
}).meta({ id: "HistoryEntry" });
var memberHistorySchema = pagedListSchema(historyEntrySchema, "MemberHistory");
var upTo500 = pageQueryFieldsUpTo(500);
var shortListQuerySchema = z12.object({ page: upTo500.page, pageSize: upTo500.pageSize.default(500) });
var memberIdParamSchema = z12.object({ memberId: z12.string().uuid() });
var memberContactParamSchema = z12.object({ memberId: z12.string().uuid(), contactId: z12.string().uuid() });
var memberEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/members",
    tag: "members",
    summary: "List, search, filter, sort and page the members of the mutual",
    query: memberListQuerySchema,
    response: memberListSchema
  }),
  export: endpoint({
    method: "get",
    path: "/api/members/export",
    tag: "members",
    summary: "Export the members that match the filters as CSV or XLSX (headers in French or English)",
    query: memberExportQuerySchema,
    response: fileAnswer(...TABLE_FILE_MEDIA_TYPES)
  }),
  create: endpoint({
    method: "post",
    path: "/api/members",
    tag: "members",
    summary: "Add a member firm (as a prospect)",
    body: createMemberRequestSchema,
    response: memberSchema,
    status: 201
  }),
  get: endpoint({
    method: "get",
    path: "/api/members/{memberId}",
    tag: "members",
    summary: "One member (a member contact: only its own firm)",
    params: memberIdParamSchema,
    response: memberSchema
  }),
  update: endpoint({
    method: "patch",
    path: "/api/members/{memberId}",
    tag: "members",
    summary: "Change a member's fields (a member contact: only address, city, postalCode, phone, website of its own firm)",
    params: memberIdParamSchema,
    body: updateMemberRequestSchema,
    response: memberSchema
  }),
  changeStatus: endpoint({
    method: "post",
    path: "/api/members/{memberId}/status",
    tag: "members",
    summary: "Change the status: prospect \u2192 active \u2192 lapsed / withdrawn, lapsed \u2192 active, withdrawn \u2192 prospect (reason required for lapsed and withdrawn)",
    params: memberIdParamSchema,
    body: changeMemberStatusRequestSchema,
    response: memberSchema
  }),
  history: endpoint({
    method: "get",
    path: "/api/members/{memberId}/history",
    tag: "members",
    summary: "The history of changes to the member and its contacts (from the audit log), newest first",
    params: memberIdParamSchema,
    query: shortListQuerySchema,
    response: memberHistorySchema
  })
};
var memberContactEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/members/{memberId}/contacts",
    tag: "members",
    summary: "The member's contact people",
    params: memberIdParamSchema,
    query: shortListQuerySchema,
    response: memberContactListSchema
  }),
  add: endpoint({
    method: "post",
    path: "/api/members/{memberId}/contacts",
    tag: "members",
    summary: "Add a contact person to the member",
    params: memberIdParamSchema,
    body: memberContactRequestSchema,
    response: memberContactSchema,
    status: 201
  }),
  update: endpoint({
    method: "patch",
    path: "/api/members/{memberId}/contacts/{contactId}",
    tag: "members",
    summary: "Change a contact person",
    params: memberContactParamSchema,
    body: updateMemberContactRequestSchema,
    response: memberContactSchema
  }),
  remove: endpoint({
    method: "delete",
    path: "/api/members/{memberId}/contacts/{contactId}",
    tag: "members",
    summary: "Remove a contact person",
    params: memberContactParamSchema,
    response: noContent,
    status: 204
  })
};

// packages/contracts/src/employees.ts
import { z as z13 } from "zod";

// packages/domain/src/employees/employment.ts
var EMPLOYMENT_FILTERS = ["current", "ended", "all"];
var EMPLOYEE_IMPORT_STATUSES = ["preview", "committed"];
var IMPORT_ROW_ACTIONS = ["create", "update", "invalid"];
function importCommitRefusal(saved, nowIso) {
  if (saved.status === "committed") return "already_committed";
  if (saved.expiresAt < nowIso) return "expired";
  return null;
}
__name(importCommitRefusal, "importCommitRefusal");

// packages/domain/src/reference/people.ts
var EDUCATION_LEVELS = [
  { code: "none", fr: "Aucun dipl\xF4me", en: "No diploma", lowSkilled: true },
  { code: "secondary", fr: "Dipl\xF4me d'\xE9tudes secondaires (DES)", en: "Secondary school diploma (DES)", lowSkilled: true },
  { code: "vocational", fr: "Dipl\xF4me d'\xE9tudes professionnelles (DEP)", en: "Vocational diploma (DEP)", lowSkilled: false },
  { code: "college", fr: "\xC9tudes coll\xE9giales (DEC, AEC)", en: "College diploma or attestation (DEC, AEC)", lowSkilled: false },
  { code: "bachelor", fr: "Baccalaur\xE9at", en: "Bachelor's degree", lowSkilled: false },
  { code: "graduate", fr: "\xC9tudes sup\xE9rieures (ma\xEEtrise, doctorat)", en: "Graduate degree (master's, doctorate)", lowSkilled: false }
];
var EDUCATION_CODES = EDUCATION_LEVELS.map((e) => e.code);
var LANGUAGES = [
  { code: "fr", fr: "Fran\xE7ais", en: "French" },
  { code: "en", fr: "Anglais", en: "English" }
];
var END_REASONS = [
  { code: "resignation", fr: "D\xE9mission", en: "Resignation" },
  { code: "layoff", fr: "Mise \xE0 pied", en: "Layoff" },
  { code: "dismissal", fr: "Cong\xE9diement", en: "Dismissal" },
  { code: "retirement", fr: "Retraite", en: "Retirement" },
  { code: "end_of_contract", fr: "Fin de contrat", en: "End of contract" },
  { code: "other", fr: "Autre", en: "Other" }
];
var END_REASON_CODES = END_REASONS.map((e) => e.code);

// packages/contracts/src/employees.ts
var isoDate4 = isoDateSchema;
var educationLevelSchema = z13.enum(EDUCATION_CODES).meta({ id: "EducationLevel" });
var endReasonSchema = z13.enum(END_REASON_CODES).meta({ id: "EndReason" });
var languageSchema = z13.enum(LANGUAGES.map((l) => l.code));
var employeeSchema = z13.object({
  id: z13.string(),
  memberId: z13.string(),
  memberName: z13.string(),
  firstName: z13.string(),
  lastName: z13.string(),
  email: z13.string().nullable(),
  jobTitle: z13.string(),
  nocCode: z13.string(),
  teer: z13.number().int(),
  educationLevel: educationLevelSchema,
  language: languageSchema,
  birthYear: z13.number().int().nullable(),
  hireDate: z13.string(),
  endDate: z13.string().nullable(),
  endReason: endReasonSchema.nullable(),
  currentHourlyWageCents: z13.number().int().nullable(),
  createdAt: z13.string(),
  updatedAt: z13.string()
}).meta({ id: "Employee" });
var nocCode = z13.string().regex(/^[0-9][0-5][0-9]{3}$/, "must be a NOC 2021 code of 5 digits (2nd digit 0\u20135)");
var createEmployeeRequestSchema = z13.object({
  firstName: z13.string().trim().min(1).max(100),
  lastName: z13.string().trim().min(1).max(100),
  email: z13.string().trim().toLowerCase().email().max(254).nullable().optional(),
  jobTitle: z13.string().trim().min(1).max(200),
  nocCode,
  educationLevel: educationLevelSchema,
  language: languageSchema.optional(),
  birthYear: z13.number().int().min(1900).max(2100).nullable().optional(),
  hireDate: isoDate4,
  hourlyWageCents: z13.number().int().min(1).max(1e5).optional().meta({ description: "Starting wage, effective on the hire date" })
}).meta({ id: "CreateEmployeeRequest" });
var updateEmployeeRequestSchema = createEmployeeRequestSchema.omit({ hourlyWageCents: true }).partial().extend({
  endDate: isoDate4.nullable().optional().meta({ description: "null to undo an end" }),
  endReason: endReasonSchema.nullable().optional()
}).meta({ id: "UpdateEmployeeRequest" });
var endEmployeeRequestSchema = z13.object({ endDate: isoDate4, endReason: endReasonSchema }).meta({ id: "EndEmployeeRequest" });
var wageSchema = z13.object({ id: z13.string(), employeeId: z13.string(), effectiveOn: z13.string(), hourlyWageCents: z13.number().int(), createdAt: z13.string() }).meta({ id: "Wage" });
var wageListSchema = pagedListSchema(wageSchema, "WageList");
var addWageRequestSchema = z13.object({ effectiveOn: isoDate4, hourlyWageCents: z13.number().int().min(1).max(1e5) }).meta({ id: "AddWageRequest" });
var employeeSortSchema = z13.enum(["name", "hireDate", "jobTitle", "teer", "member"]);
var employeeFilterFields = {
  search: z13.string().trim().max(200).optional().meta({ description: "Part of the first or last name or e-mail; case and accents ignored" }),
  status: z13.enum(EMPLOYMENT_FILTERS).default("current"),
  teer: z13.coerce.number().int().min(0).max(5).optional(),
  educationLevel: educationLevelSchema.optional()
};
var employeeListQuerySchema = z13.object({
  ...employeeFilterFields,
  sort: employeeSortSchema.default("name"),
  order: z13.enum(["asc", "desc"]).default("asc"),
  ...pageQueryFields
});
var employeeExportQuerySchema = z13.object({
  ...employeeFilterFields,
  ...tableFileQueryFields
});
var employeeListSchema = pagedListSchema(employeeSchema, "EmployeeList");
var importTemplateQuerySchema = z13.object({ ...tableFileQueryFields });
var rowErrorSchema = z13.object({ row: z13.number().int(), field: z13.string(), message: z13.string() });
var employeeImportPreviewSchema = z13.object({
  importId: z13.string(),
  memberId: z13.string(),
  filename: z13.string(),
  status: z13.enum(EMPLOYEE_IMPORT_STATUSES),
  expiresAt: z13.string(),
  counts: z13.object({
    rows: z13.number().int(),
    valid: z13.number().int(),
    invalid: z13.number().int(),
    toCreate: z13.number().int(),
    toUpdate: z13.number().int()
  }),
  ignoredColumns: z13.array(z13.string()),
  errors: z13.array(rowErrorSchema).meta({ description: "Row numbers count the header as row 1, as a spreadsheet shows them" }),
  rows: z13.array(
    z13.object({
      row: z13.number().int(),
      action: z13.enum(IMPORT_ROW_ACTIONS),
      firstName: z13.string(),
      lastName: z13.string(),
      email: z13.string().nullable(),
      jobTitle: z13.string(),
      nocCode: z13.string(),
      teer: z13.number().int().nullable(),
      educationLevel: z13.string(),
      hireDate: z13.string().nullable(),
      hourlyWageCents: z13.number().int().nullable()
    })
  ).meta({ description: "The first 200 rows, for display" })
}).meta({ id: "EmployeeImportPreview" });
var employeeImportResultSchema = z13.object({ importId: z13.string(), created: z13.number().int(), updated: z13.number().int(), wages: z13.number().int() }).meta({ id: "EmployeeImportResult" });
var employeeIdParamSchema = z13.object({ employeeId: z13.string().uuid() });
var importParamSchema = z13.object({ memberId: z13.string().uuid(), importId: z13.string().uuid() });
var tableFile = fileAnswer(...TABLE_FILE_MEDIA_TYPES);
var employeeEndpoints = {
  listOfMutual: endpoint({
    method: "get",
    path: "/api/employees",
    tag: "employees",
    summary: "Employees across every member of the mutual (search, filter, sort, page); the read is logged",
    query: employeeListQuerySchema,
    response: employeeListSchema
  }),
  exportOfMutual: endpoint({
    method: "get",
    path: "/api/employees/export",
    tag: "employees",
    summary: "Export the employees of the whole mutual as CSV or XLSX (same columns as the import); the read is logged",
    query: employeeExportQuerySchema,
    response: tableFile
  }),
  listOfMember: endpoint({
    method: "get",
    path: "/api/members/{memberId}/employees",
    tag: "employees",
    summary: "A member's employees (search, filter, sort, page); the read is logged",
    params: memberIdParamSchema,
    query: employeeListQuerySchema,
    response: employeeListSchema
  }),
  exportOfMember: endpoint({
    method: "get",
    path: "/api/members/{memberId}/employees/export",
    tag: "employees",
    summary: "Export a member's employees as CSV or XLSX; the read is logged",
    params: memberIdParamSchema,
    query: employeeExportQuerySchema,
    response: tableFile
  }),
  create: endpoint({
    method: "post",
    path: "/api/members/{memberId}/employees",
    tag: "employees",
    summary: "Add an employee to a member (TEER derived from the NOC code)",
    params: memberIdParamSchema,
    body: createEmployeeRequestSchema,
    response: employeeSchema,
    status: 201
  }),
  get: endpoint({
    method: "get",
    path: "/api/employees/{employeeId}",
    tag: "employees",
    summary: "One employee; the read is logged",
    params: employeeIdParamSchema,
    response: employeeSchema
  }),
  update: endpoint({
    method: "patch",
    path: "/api/employees/{employeeId}",
    tag: "employees",
    summary: "Change an employee (endDate + endReason end the employment; endDate null undoes it)",
    params: employeeIdParamSchema,
    body: updateEmployeeRequestSchema,
    response: employeeSchema
  }),
  end: endpoint({
    method: "post",
    path: "/api/employees/{employeeId}/end",
    tag: "employees",
    summary: "End an employment on a date, with a reason",
    params: employeeIdParamSchema,
    body: endEmployeeRequestSchema,
    response: employeeSchema
  })
};
var wageEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/employees/{employeeId}/wages",
    tag: "employees",
    summary: "The hourly wage history of an employee, newest first; the read is logged",
    params: employeeIdParamSchema,
    query: shortListQuerySchema,
    response: wageListSchema
  }),
  add: endpoint({
    method: "post",
    path: "/api/employees/{employeeId}/wages",
    tag: "employees",
    summary: "Add an hourly wage from a date (replaces a wage with the same date)",
    params: employeeIdParamSchema,
    body: addWageRequestSchema,
    response: wageSchema,
    status: 201
  })
};
var employeeImportEndpoints = {
  template: endpoint({
    method: "get",
    path: "/api/employees/import-template",
    tag: "employees",
    summary: "An employee import file to fill in: headers in French or English, one example row",
    query: importTemplateQuerySchema,
    response: tableFile
  }),
  preview: endpoint({
    method: "post",
    path: "/api/members/{memberId}/employees/imports",
    tag: "employees",
    summary: "Upload an employee file (CSV or XLSX, French or English headers) and get a preview with row errors; nothing is written yet",
    description: 'Send multipart/form-data with a field "file", or JSON { filename, contentBase64 }. Rows are matched to existing employees by e-mail, else by first name + last name + hire date (case and accents ignored): matched rows update the employee (only the columns the file has), the others create one. The preview is kept one hour; commit it with POST \u2026/imports/{importId}/commit. A file over 15 MB is refused (413 payload_too_large), one that is not CSV or XLSX too (415 unsupported_media_type), and a header row without the required columns (422 import_failed).',
    params: memberIdParamSchema,
    body: fileUpload,
    response: employeeImportPreviewSchema,
    status: 201,
    otherProblems: [413, 415, 422]
  }),
  get: endpoint({
    method: "get",
    path: "/api/members/{memberId}/employees/imports/{importId}",
    tag: "employees",
    summary: "An import preview again",
    params: importParamSchema,
    response: employeeImportPreviewSchema
  }),
  commit: endpoint({
    method: "post",
    path: "/api/members/{memberId}/employees/imports/{importId}/commit",
    tag: "employees",
    summary: "Write a previewed import: every row in one transaction, or nothing (422 with the row errors; 409 if expired or already committed)",
    params: importParamSchema,
    response: employeeImportResultSchema,
    otherProblems: [422]
  })
};

// packages/contracts/src/dashboard.ts
import { z as z14 } from "zod";
var countBy = z14.array(z14.object({ key: z14.string(), count: z14.number().int() }));
var dashboardSchema = z14.object({
  activeMembers: z14.number().int(),
  currentEmployees: z14.number().int(),
  membersByStatus: countBy,
  membersBySizeClass: countBy.meta({ description: "Active members only" }),
  membersByRegion: countBy.meta({ description: "Active members only" }),
  employeesByTeer: countBy.meta({ description: "Current employees of active members" }),
  employeesByEducation: countBy.meta({ description: "Current employees of active members" }),
  recentActivity: z14.array(
    z14.object({
      at: z14.string(),
      action: z14.string(),
      entityType: z14.string(),
      entityId: z14.string().nullable(),
      actorName: z14.string().nullable().meta({ description: "null for board viewers" }),
      memberName: z14.string().nullable().meta({ description: "null for board viewers" })
    })
  )
}).meta({ id: "Dashboard" });
var myFirmSummarySchema = z14.object({
  memberId: z14.string(),
  legalName: z14.string(),
  status: memberStatusSchema,
  headcount: z14.number().int(),
  sizeClass: sizeClassSchema,
  currentEmployees: z14.number().int(),
  endedEmployees: z14.number().int(),
  employeesByTeer: countBy
}).meta({ id: "MyFirmSummary" });
var dashboardEndpoints = {
  mutual: endpoint({
    method: "get",
    path: "/api/dashboard",
    tag: "dashboard",
    summary: "The mutual's figures: members by status, size class and region, employees by TEER and education, recent activity (no names for board viewers)",
    response: dashboardSchema
  }),
  myFirm: endpoint({
    method: "get",
    path: "/api/my-firm/summary",
    tag: "dashboard",
    summary: "A member contact's own firm: status, headcount, employee counts",
    response: myFirmSummarySchema
  })
};

// packages/domain/src/delivery/lifecycle.ts
var SESSION_STATES = [
  "proposed",
  "confirmed",
  "scheduled",
  "in_delivery",
  "delivered",
  "evaluated",
  "cancelled"
];
var isIn = /* @__PURE__ */ __name((states, state) => states.includes(state), "isIn");
var OPEN_FOR_ENROLMENT = ["proposed", "confirmed", "scheduled"];
var sessionIsOpenForEnrolment = /* @__PURE__ */ __name((state) => isIn(OPEN_FOR_ENROLMENT, state), "sessionIsOpenForEnrolment");
var OPEN_TO_EVERY_MEMBER = ["confirmed", "scheduled"];
var TENTATIVE_STATES = ["proposed", "confirmed"];
var sessionIsTentative = /* @__PURE__ */ __name((state) => isIn(TENTATIVE_STATES, state), "sessionIsTentative");
var ANNOUNCED_STATES = ["scheduled", "in_delivery"];
var sessionIsAnnounced = /* @__PURE__ */ __name((state) => isIn(ANNOUNCED_STATES, state), "sessionIsAnnounced");
var STILL_TO_DELIVER = [...OPEN_FOR_ENROLMENT, "in_delivery"];
var HELD_STATES = ["in_delivery", "delivered", "evaluated"];
var DELIVERED_STATES = ["delivered", "evaluated"];
var sessionIsDelivered = /* @__PURE__ */ __name((state) => isIn(DELIVERED_STATES, state), "sessionIsDelivered");
var FINISHED_STATES = [...DELIVERED_STATES, "cancelled"];
var sessionIsFinished = /* @__PURE__ */ __name((state) => isIn(FINISHED_STATES, state), "sessionIsFinished");
var TAKES_RESULTS = ["in_delivery", "delivered"];
var sessionTakesResults = /* @__PURE__ */ __name((state) => isIn(TAKES_RESULTS, state), "sessionTakesResults");
var sessionTakesAttendance = /* @__PURE__ */ __name((state) => state === "in_delivery", "sessionTakesAttendance");
var ALLOWED_TRANSITIONS = {
  proposed: ["confirmed", "cancelled"],
  confirmed: ["scheduled", "cancelled"],
  scheduled: ["in_delivery", "cancelled"],
  in_delivery: ["delivered"],
  delivered: ["evaluated"],
  evaluated: [],
  cancelled: []
};
function checkTransition(facts, request) {
  const { state } = facts;
  const { to } = request;
  if (!ALLOWED_TRANSITIONS[state].includes(to)) {
    return { code: "transition_not_allowed", message: `A ${state} session cannot become ${to}` };
  }
  const reason = request.reason?.trim() ?? "";
  switch (to) {
    case "cancelled":
      if (!reason) return { code: "reason_required", message: "A cancellation needs a reason" };
      return null;
    case "confirmed": {
      if (request.override) {
        if (!reason) return { code: "reason_required", message: "Confirming below the minimum needs a reason" };
        return null;
      }
      if (facts.seatsCommitted < facts.seatsMin) {
        return {
          code: "minimum_not_reached",
          message: `${facts.seatsCommitted} of the ${facts.seatsMin} minimum seats are filled`
        };
      }
      if (facts.distinctFirms < facts.minFirms) {
        return {
          code: "too_few_firms",
          message: `${facts.distinctFirms} firm(s) take part; the mutual requires ${facts.minFirms}`
        };
      }
      return null;
    }
    case "scheduled":
      if (facts.meetingDays === 0 || !facts.hasPlace || !facts.hasTrainer) {
        const missing2 = [
          facts.meetingDays === 0 ? "meeting days" : null,
          facts.hasPlace ? null : "place or virtual link",
          facts.hasTrainer ? null : "trainer"
        ].filter(Boolean);
        return { code: "not_scheduled", message: `Scheduling needs: ${missing2.join(", ")}` };
      }
      return null;
    case "in_delivery":
      if (!facts.firstDay || facts.firstDay > facts.today) {
        return { code: "not_started", message: "Delivery starts on the first meeting day" };
      }
      return null;
    case "delivered":
      if (facts.attendanceMissing > 0) {
        return {
          code: "attendance_incomplete",
          message: `Attendance is missing for ${facts.attendanceMissing} participant(s)`
        };
      }
      if (facts.registerMissing.length > 0) {
        return {
          code: "register_incomplete",
          message: `The activity register entry is incomplete: ${facts.registerMissing.join(", ")}`,
          missing: facts.registerMissing
        };
      }
      return null;
    default:
      return null;
  }
}
__name(checkTransition, "checkTransition");
function isSingleFirm(distinctFirms) {
  return distinctFirms <= 1;
}
__name(isSingleFirm, "isSingleFirm");
var GO_NO_GO_STATUSES = ["open", "go", "alert"];
function goNoGoStatus(input) {
  const met = input.seatsCommitted >= input.seatsMin && input.distinctFirms >= input.minFirms;
  if (input.state !== "proposed") return input.state === "cancelled" ? "open" : "go";
  if (met) return "go";
  if (input.goNoGoDate && input.today >= input.goNoGoDate) return "alert";
  return "open";
}
__name(goNoGoStatus, "goNoGoStatus");

// packages/contracts/src/delivery-sessions.ts
import { z as z15 } from "zod";
var uuid = z15.string().uuid();
var isoDate5 = isoDateSchema;
var hhmm = z15.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM");
var sessionStateSchema = z15.enum(SESSION_STATES).meta({ id: "SessionState" });
var meetingDaySchema = z15.object({ id: z15.string(), day: isoDate5, startsAt: hhmm, endsAt: hhmm, hours: z15.number() }).meta({ id: "MeetingDay" });
var sessionSeatsSchema = z15.object({
  /** Seats the firms reserved (pooling plan or by hand), named or not. */
  reserved: z15.number().int(),
  /** Participants named into seats. */
  confirmed: z15.number().int(),
  waitlisted: z15.number().int(),
  /** Reserved seats no participant is named into yet. */
  unnamed: z15.number().int(),
  /** Seats the firms hold (per firm the larger of reserved and confirmed): what the go/no-go minimum counts. */
  held: z15.number().int(),
  /** Seats nobody holds. */
  free: z15.number().int(),
  /** The go/no-go minimum (seats held ≥ seatsMin). */
  minimumMet: z15.boolean()
}).meta({ id: "SessionSeats" });
var sessionSummarySchema = z15.object({
  id: z15.string(),
  title: z15.string(),
  courseId: z15.string(),
  courseTitleFr: z15.string(),
  courseTitleEn: z15.string(),
  period: z15.string(),
  regionCode: z15.string().nullable(),
  language: z15.enum(["fr", "en"]),
  mode: z15.enum(["in_person", "virtual"]),
  status: sessionStateSchema,
  seatsMin: z15.number().int(),
  seatsMax: z15.number().int(),
  seatsConfirmed: z15.number().int(),
  waitlisted: z15.number().int(),
  seats: sessionSeatsSchema,
  /** Coordinators only: distinct firms with seats (confirmed or reserved). */
  distinctFirms: z15.number().int().nullable(),
  singleFirm: z15.boolean(),
  goNoGoDate: isoDate5.nullable(),
  goNoGo: z15.enum(GO_NO_GO_STATUSES),
  firstDay: isoDate5.nullable(),
  lastDay: isoDate5.nullable(),
  place: z15.string().nullable(),
  virtualLink: z15.string().nullable(),
  providerId: z15.string().nullable(),
  providerName: z15.string().nullable(),
  trainerName: z15.string().nullable(),
  /** Coordinators only. */
  costCents: z15.number().int().nullable(),
  cancelReason: z15.string().nullable(),
  sequence: z15.number().int()
}).meta({ id: "SessionSummary" });
var sessionReservationSchema = z15.object({ memberId: z15.string(), memberName: z15.string(), reserved: z15.number().int(), confirmed: z15.number().int(), waitlisted: z15.number().int() }).meta({ id: "SessionReservation" });
var sessionDetailSchema = sessionSummarySchema.extend({
  meetingDays: z15.array(meetingDaySchema),
  /** Coordinators see every firm; a member contact only its own. */
  reservations: z15.array(sessionReservationSchema),
  /** For a member contact: seats its firm may still fill now. */
  seatsAvailableForMe: z15.number().int().nullable(),
  withdrawalDeadline: isoDate5.nullable(),
  allowedTransitions: z15.array(sessionStateSchema),
  trainerUserId: z15.string().nullable(),
  notes: z15.string(),
  overrideReason: z15.string().nullable()
}).meta({ id: "SessionDetail" });
var sessionListSchema = pagedListSchema(sessionSummarySchema, "SessionList");
var sessionListQuerySchema = z15.object({
  status: sessionStateSchema.optional(),
  period: z15.string().regex(/^\d{4}(-\d{2})?$/).optional(),
  // Up to 500 a page: the sessions page shows a mutual's sessions in one page.
  ...pageQueryFieldsUpTo(500)
});
var createSessionRequestSchema = z15.object({
  courseId: uuid,
  period: z15.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a period YYYY-MM"),
  regionCode: z15.string().min(1).max(10).nullable().optional(),
  title: z15.string().trim().min(1).max(300).optional(),
  seatsMin: z15.number().int().min(1).max(500).optional(),
  seatsMax: z15.number().int().min(1).max(500).optional(),
  costCents: z15.number().int().min(0).max(1e10).optional(),
  goNoGoDate: isoDate5.optional()
}).meta({ id: "CreateSessionRequest" });
var updateSessionRequestSchema = z15.object({
  title: z15.string().trim().min(1).max(300),
  seatsMin: z15.number().int().min(1).max(500),
  seatsMax: z15.number().int().min(1).max(500),
  costCents: z15.number().int().min(0).max(1e10),
  goNoGoDate: isoDate5.nullable(),
  place: z15.string().trim().max(500).nullable(),
  virtualLink: z15.string().trim().url().max(1e3).nullable(),
  trainerUserId: uuid.nullable(),
  trainerName: z15.string().trim().max(200).nullable(),
  providerId: uuid.nullable(),
  notes: z15.string().max(5e3)
}).partial().meta({ id: "UpdateSessionRequest" });
var meetingDaysRequestSchema = z15.object({
  days: z15.array(z15.object({ day: isoDate5, startsAt: hhmm, endsAt: hhmm, hours: z15.number().positive().max(24).optional() })).max(60)
}).meta({ id: "MeetingDaysRequest" });
var transitionRequestSchema = z15.object({
  to: sessionStateSchema,
  reason: z15.string().trim().max(2e3).optional(),
  override: z15.boolean().optional()
}).meta({ id: "SessionTransitionRequest" });
var sessionEventSchema = z15.object({
  id: z15.number().int(),
  at: z15.string(),
  actorName: z15.string().nullable(),
  kind: z15.string(),
  fromStatus: z15.string().nullable(),
  toStatus: z15.string().nullable(),
  reason: z15.string().nullable(),
  detail: z15.record(z15.string(), z15.unknown())
}).meta({ id: "SessionEvent" });
var sessionHistorySchema = pagedListSchema(sessionEventSchema, "SessionHistory");
var sessionHistoryQuerySchema = z15.object(pageQueryFieldsUpTo(500));
var reservationRequestSchema = z15.object({ memberId: uuid, seats: z15.number().int().min(0).max(500) }).meta({ id: "ReservationRequest" });
var goNoGoRunSchema = z15.object({ alerted: z15.array(z15.string()) }).meta({ id: "GoNoGoRun" });
var sessionIdParamSchema = z15.object({ sessionId: uuid });
var sessionEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/sessions",
    tag: "sessions",
    summary: "Sessions: a coordinator all of the mutual; a trainer those assigned to it; a member contact those open or with its firm",
    query: sessionListQuerySchema,
    response: sessionListSchema
  }),
  create: endpoint({
    method: "post",
    path: "/api/sessions",
    tag: "sessions",
    summary: "Create a session by hand from a course (state proposed)",
    body: createSessionRequestSchema,
    response: sessionDetailSchema,
    status: 201
  }),
  goNoGo: endpoint({
    method: "post",
    path: "/api/sessions/go-no-go",
    tag: "sessions",
    summary: "Run the go/no-go check now: alerts coordinators of sessions below their minimum at their decision date",
    response: goNoGoRunSchema
  }),
  get: endpoint({
    method: "get",
    path: "/api/sessions/{sessionId}",
    tag: "sessions",
    summary: "One session with meeting days, seats per firm (a member contact sees only its own) and allowed transitions",
    params: sessionIdParamSchema,
    response: sessionDetailSchema
  }),
  update: endpoint({
    method: "patch",
    path: "/api/sessions/{sessionId}",
    tag: "sessions",
    summary: "Edit a session: title, seats, cost, go/no-go date, place or virtual link, provider and trainer",
    params: sessionIdParamSchema,
    body: updateSessionRequestSchema,
    response: sessionDetailSchema
  }),
  setMeetingDays: endpoint({
    method: "put",
    path: "/api/sessions/{sessionId}/meeting-days",
    tag: "sessions",
    summary: "Replace the meeting days (date, start and end time, hours) of a session not yet in delivery",
    params: sessionIdParamSchema,
    body: meetingDaysRequestSchema,
    response: sessionDetailSchema
  }),
  transition: endpoint({
    method: "post",
    path: "/api/sessions/{sessionId}/transitions",
    tag: "sessions",
    summary: "Move a session along its lifecycle (confirm, schedule, start, deliver, close evaluation, cancel with a reason)",
    description: "Refusals are 409 with a code: transition_not_allowed, minimum_not_reached, too_few_firms, not_scheduled, not_started, attendance_incomplete, register_incomplete (fields name what the register lacks).",
    params: sessionIdParamSchema,
    body: transitionRequestSchema,
    response: sessionDetailSchema
  }),
  reserve: endpoint({
    method: "put",
    path: "/api/sessions/{sessionId}/reservations",
    tag: "sessions",
    summary: "Set a firm's reserved seats in a session (0 removes them); refused with capacity_exceeded past the maximum",
    description: "Added seats are reserved by hand (no need, no pooled share); removed seats come off the seats reserved by hand first, then the pooled ones, whose cost shares shrink per seat. Confirmed participants stay; the firm's waitlisted people fill new seats.",
    params: sessionIdParamSchema,
    body: reservationRequestSchema,
    response: sessionDetailSchema
  }),
  history: endpoint({
    method: "get",
    path: "/api/sessions/{sessionId}/history",
    tag: "sessions",
    summary: "The history of a session: creation, changes, transitions, go/no-go alerts",
    params: sessionIdParamSchema,
    query: sessionHistoryQuerySchema,
    response: sessionHistorySchema
  })
};

// packages/domain/src/dates.ts
var MUTUAL_TIME_ZONE = "America/Montreal";
var DAY_MS = 864e5;
var wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: MUTUAL_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit"
});
function wallClockMs(instant) {
  const part = {};
  for (const p of wallClock.formatToParts(new Date(instant))) if (p.type !== "literal") part[p.type] = Number(p.value);
  const d = /* @__PURE__ */ new Date(0);
  d.setUTCFullYear(part.year, part.month - 1, part.day);
  d.setUTCHours(part.hour, part.minute, part.second, 0);
  return d.getTime();
}
__name(wallClockMs, "wallClockMs");
function dateInMontreal(instant) {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  return new Date(wallClockMs(ms)).toISOString().slice(0, 10);
}
__name(dateInMontreal, "dateInMontreal");
function todayInMontreal(now) {
  return dateInMontreal(now);
}
__name(todayInMontreal, "todayInMontreal");
function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}
__name(addDays, "addDays");
function startOfDayInMontreal(date) {
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  const noon = midnightAsUtc + DAY_MS / 2;
  const guess = midnightAsUtc - (wallClockMs(noon) - noon);
  return new Date(midnightAsUtc - (wallClockMs(guess) - guess)).toISOString();
}
__name(startOfDayInMontreal, "startOfDayInMontreal");

// packages/domain/src/delivery/enrolment.ts
var ENROLMENT_STATUSES = ["confirmed", "waitlisted", "withdrawn", "late_cancelled", "no_show", "substituted", "moved"];
var isIn2 = /* @__PURE__ */ __name((statuses, status) => statuses.includes(status), "isIn");
var ACTIVE_ENROLMENT_STATUSES = ["confirmed", "waitlisted"];
var enrolmentIsActive = /* @__PURE__ */ __name((status) => isIn2(ACTIVE_ENROLMENT_STATUSES, status), "enrolmentIsActive");
var ROSTER_STATUSES = ["confirmed", "no_show", "late_cancelled"];
var KEPT_SEAT_STATUSES = ["confirmed", "no_show"];
var enrolmentKeptSeat = /* @__PURE__ */ __name((status) => isIn2(KEPT_SEAT_STATUSES, status), "enrolmentKeptSeat");
var ENROLMENT_OUTCOMES = ["passed", "not_passed"];
function seatsAvailableFor(picture, memberId) {
  const confirmed = Object.values(picture.confirmedByMember).reduce((a, b) => a + b, 0);
  const free = picture.seatsMax - confirmed;
  if (free <= 0) return 0;
  if (picture.reservationsReleased) return free;
  let heldByOthers = 0;
  for (const [member, reserved] of Object.entries(picture.reservedByMember)) {
    if (member === memberId) continue;
    heldByOthers += Math.max(0, reserved - (picture.confirmedByMember[member] ?? 0));
  }
  return Math.max(0, free - heldByOthers);
}
__name(seatsAvailableFor, "seatsAvailableFor");
function decideEnrolment(picture, memberId) {
  return seatsAvailableFor(picture, memberId) > 0 ? "confirmed" : "waitlisted";
}
__name(decideEnrolment, "decideEnrolment");
function decideEnrolments(picture, memberIds) {
  const confirmedByMember = { ...picture.confirmedByMember };
  return memberIds.map((memberId) => {
    const status = decideEnrolment({ ...picture, confirmedByMember }, memberId);
    if (status === "confirmed") confirmedByMember[memberId] = (confirmedByMember[memberId] ?? 0) + 1;
    return status;
  });
}
__name(decideEnrolments, "decideEnrolments");
function promotions(picture, waitlist) {
  const confirmedByMember = { ...picture.confirmedByMember };
  const promoted = [];
  for (const entry of [...waitlist].sort((a, b) => a.position - b.position)) {
    const current = { ...picture, confirmedByMember };
    if (seatsAvailableFor(current, entry.memberId) > 0) {
      promoted.push(entry);
      confirmedByMember[entry.memberId] = (confirmedByMember[entry.memberId] ?? 0) + 1;
    }
  }
  return promoted;
}
__name(promotions, "promotions");
function reorderWaitlist(waitlist, order) {
  const known = new Map(waitlist.map((w) => [w.id, w]));
  const seen = /* @__PURE__ */ new Set();
  for (const id of order) {
    if (!known.has(id)) return { ok: false, problem: "unknown", id };
    if (seen.has(id)) return { ok: false, problem: "duplicate", id };
    seen.add(id);
  }
  const missing2 = waitlist.find((w) => !seen.has(w.id));
  if (missing2) return { ok: false, problem: "missing", id: missing2.id };
  const positions = waitlist.map((w) => w.position).sort((a, b) => a - b);
  const moves = order.flatMap((id, i) => known.get(id).position === positions[i] ? [] : [{ id, position: positions[i] }]);
  return { ok: true, moves };
}
__name(reorderWaitlist, "reorderWaitlist");
function withdrawalDeadline(firstDay, deadlineDays) {
  return addDays(firstDay, -deadlineDays);
}
__name(withdrawalDeadline, "withdrawalDeadline");
function leaveKind(today, firstDay, deadlineDays) {
  if (!firstDay) return "withdrawn";
  return today <= withdrawalDeadline(firstDay, deadlineDays) ? "withdrawn" : "late_cancelled";
}
__name(leaveKind, "leaveKind");
function isNoShow(attendance, meetingDays) {
  return meetingDays > 0 && attendance.length >= meetingDays && attendance.every((a) => !a.present);
}
__name(isNoShow, "isNoShow");

// packages/contracts/src/delivery-enrolment.ts
import { z as z16 } from "zod";
var uuid2 = z16.string().uuid();
var enrolmentStatusSchema = z16.enum(ENROLMENT_STATUSES).meta({ id: "EnrolmentStatus" });
var enrolmentOutcomeSchema = z16.enum(ENROLMENT_OUTCOMES);
var enrolmentSchema = z16.object({
  id: z16.string(),
  sessionId: z16.string(),
  sessionTitle: z16.string(),
  memberId: z16.string(),
  memberName: z16.string(),
  employeeId: z16.string(),
  employeeName: z16.string(),
  jobTitle: z16.string(),
  status: enrolmentStatusSchema,
  /** Rank on the waitlist (1 = next), null when not waitlisted. */
  waitlistRank: z16.number().int().nullable(),
  outcome: enrolmentOutcomeSchema.nullable(),
  score: z16.number().nullable(),
  createdAt: z16.string(),
  statusChangedAt: z16.string()
}).meta({ id: "Enrolment" });
var enrolmentListSchema = pagedListSchema(enrolmentSchema, "EnrolmentList");
var sessionEnrolmentListQuerySchema = z16.object(pageQueryFieldsUpTo(500));
var enrolmentListQuerySchema = z16.object({ employeeId: uuid2.optional(), ...pageQueryFieldsUpTo(500) });
var enrolRequestSchema = z16.object({ employeeId: uuid2 }).meta({ id: "EnrolRequest" });
var withdrawRequestSchema = z16.object({ reason: z16.string().trim().max(2e3).optional() }).meta({ id: "WithdrawRequest" });
var substituteRequestSchema = z16.object({ employeeId: uuid2 }).meta({ id: "SubstituteRequest" });
var seatRequestSchema = z16.object({ seats: z16.number().int().min(1).max(100), note: z16.string().trim().max(2e3).optional() }).meta({ id: "SeatRequest" });
var enrolManyRequestSchema = z16.object({ employeeIds: z16.array(uuid2).min(1).max(100) }).meta({ id: "EnrolManyRequest", description: "Employees of one or several firms, enrolled in this order" });
var enrolmentsSchema = z16.object({ items: z16.array(enrolmentSchema) }).meta({ id: "Enrolments" });
var moveRequestSchema = z16.object({
  sessionId: uuid2,
  /** When the firm has no seat in the target session: put the person on its waitlist (else 409 capacity_exceeded). */
  waitlistIfFull: z16.boolean().optional()
}).meta({ id: "MoveEnrolmentRequest" });
var waitlistOrderRequestSchema = z16.object({ enrolmentIds: z16.array(uuid2).max(500) }).meta({ id: "WaitlistOrderRequest", description: "Every waitlisted enrolment of the session once, first served first" });
var enrolmentIdParamSchema = z16.object({ enrolmentId: uuid2 });
var enrolmentEndpoints = {
  listOfSession: endpoint({
    method: "get",
    path: "/api/sessions/{sessionId}/enrolments",
    tag: "enrolment",
    summary: "A session's enrolments (a member contact: only its own employees), waitlist in order",
    params: sessionIdParamSchema,
    query: sessionEnrolmentListQuerySchema,
    response: enrolmentListSchema
  }),
  enrol: endpoint({
    method: "post",
    path: "/api/sessions/{sessionId}/enrolments",
    tag: "enrolment",
    summary: "Enrol an employee: confirmed if the firm has a seat (its reservation or a free seat), else waitlisted",
    params: sessionIdParamSchema,
    body: enrolRequestSchema,
    response: enrolmentSchema,
    status: 201
  }),
  enrolMany: endpoint({
    method: "post",
    path: "/api/sessions/{sessionId}/enrolments/batch",
    tag: "enrolment",
    summary: "Enrol several employees at once (a coordinator on a firm's behalf): all or none, each decided in turn like one enrolment",
    description: "Each is confirmed while its firm has a seat (its reservation or a free seat), else waitlisted. A bad employee refuses the whole batch, naming employeeIds.<index>.",
    params: sessionIdParamSchema,
    body: enrolManyRequestSchema,
    response: enrolmentsSchema,
    status: 201
  }),
  reorderWaitlist: endpoint({
    method: "put",
    path: "/api/sessions/{sessionId}/waitlist",
    tag: "enrolment",
    summary: "Reorder a session's waitlist by hand (coordinators): every waitlisted enrolment once, first served first",
    params: sessionIdParamSchema,
    body: waitlistOrderRequestSchema,
    response: enrolmentsSchema
  }),
  requestSeats: endpoint({
    method: "post",
    path: "/api/sessions/{sessionId}/seat-requests",
    tag: "enrolment",
    summary: "A member contact asks the coordinators for more seats (e-mail through the outbox)",
    params: sessionIdParamSchema,
    body: seatRequestSchema,
    response: noContent,
    status: 202
  }),
  list: endpoint({
    method: "get",
    path: "/api/enrolments",
    tag: "enrolment",
    summary: "Enrolments across sessions (a member contact: its firm's), newest first",
    query: enrolmentListQuerySchema,
    response: enrolmentListSchema
  }),
  withdraw: endpoint({
    method: "post",
    path: "/api/enrolments/{enrolmentId}/withdraw",
    tag: "enrolment",
    summary: "Withdraw: free until the mutual's deadline, a late cancellation (billed) after it; the seat goes to the waitlist",
    params: enrolmentIdParamSchema,
    body: withdrawRequestSchema,
    response: enrolmentSchema
  }),
  move: endpoint({
    method: "post",
    path: "/api/enrolments/{enrolmentId}/move",
    tag: "enrolment",
    summary: "Move a participant to another open session (coordinators): decided there like an enrolment of its firm; the seat left goes to the waitlist",
    description: "The old enrolment becomes moved (neither a withdrawal nor a late cancellation). Without a seat for the firm in the target session: 409 capacity_exceeded, unless waitlistIfFull.",
    params: enrolmentIdParamSchema,
    body: moveRequestSchema,
    response: enrolmentSchema
  }),
  promote: endpoint({
    method: "post",
    path: "/api/enrolments/{enrolmentId}/promote",
    tag: "enrolment",
    summary: "Promote a waitlisted person by hand, out of turn (coordinators), when the firm has a seat available (else 409 capacity_exceeded)",
    params: enrolmentIdParamSchema,
    response: enrolmentSchema
  }),
  substitute: endpoint({
    method: "post",
    path: "/api/enrolments/{enrolmentId}/substitute",
    tag: "enrolment",
    summary: "Replace a confirmed participant by another employee of the same firm, until the deadline",
    params: enrolmentIdParamSchema,
    body: substituteRequestSchema,
    response: enrolmentSchema
  })
};

// packages/contracts/src/delivery-attendance.ts
import { z as z17 } from "zod";
var uuid3 = z17.string().uuid();
var rosterEntrySchema = z17.object({
  enrolmentId: z17.string(),
  name: z17.string(),
  firm: z17.string(),
  jobTitle: z17.string(),
  status: enrolmentStatusSchema,
  outcome: enrolmentOutcomeSchema.nullable(),
  score: z17.number().nullable(),
  attendance: z17.array(z17.object({ meetingDayId: z17.string(), present: z17.boolean(), hours: z17.number() })),
  hoursAttended: z17.number()
}).meta({ id: "RosterEntry" });
var rosterSchema = z17.object({ session: sessionSummarySchema, meetingDays: z17.array(meetingDaySchema), participants: z17.array(rosterEntrySchema) }).meta({ id: "Roster" });
var attendanceRequestSchema = z17.object({
  entries: z17.array(z17.object({ enrolmentId: uuid3, meetingDayId: uuid3, present: z17.boolean(), hours: z17.number().min(0).max(24).optional() })).min(1).max(5e3)
}).meta({ id: "AttendanceRequest" });
var resultsRequestSchema = z17.object({
  entries: z17.array(
    z17.object({
      enrolmentId: uuid3,
      outcome: enrolmentOutcomeSchema.nullable(),
      score: z17.number().min(0).max(100).nullable().optional(),
      note: z17.string().max(2e3).optional()
    })
  ).min(1).max(1e3)
}).meta({ id: "ResultsRequest" });
var allPresentRequestSchema = z17.object({ meetingDayId: uuid3 }).meta({ id: "AllPresentRequest" });
var signInSheetQuerySchema = z17.object({ lang: z17.enum(["fr", "en"]).optional() });
var attendanceEndpoints = {
  roster: endpoint({
    method: "get",
    path: "/api/sessions/{sessionId}/roster",
    tag: "trainer portal",
    summary: "The roster: participants' names, firm and job title (never wages), attendance and results; a member contact sees only its own",
    params: sessionIdParamSchema,
    response: rosterSchema
  }),
  signInSheet: endpoint({
    method: "get",
    path: "/api/sessions/{sessionId}/sign-in-sheet.pdf",
    tag: "trainer portal",
    summary: "The roster and sign-in sheet (PDF): confirmed participants, their firm and job title, a signature column per meeting day with its date and hours; in lang, else the caller's language",
    description: "For the session\u2019s trainer and the coordinators, once the session is confirmed (409 before, or when cancelled).",
    params: sessionIdParamSchema,
    query: signInSheetQuerySchema,
    response: fileAnswer("application/pdf")
  }),
  recordAttendance: endpoint({
    method: "put",
    path: "/api/sessions/{sessionId}/attendance",
    tag: "trainer portal",
    summary: "Record attendance per participant and meeting day (present/absent, hours); session in delivery",
    params: sessionIdParamSchema,
    body: attendanceRequestSchema,
    response: rosterSchema
  }),
  allPresent: endpoint({
    method: "post",
    path: "/api/sessions/{sessionId}/attendance/all-present",
    tag: "trainer portal",
    summary: "Mark every confirmed participant present for the whole of one meeting day (still editable after); session in delivery",
    params: sessionIdParamSchema,
    body: allPresentRequestSchema,
    response: rosterSchema
  }),
  recordResults: endpoint({
    method: "put",
    path: "/api/sessions/{sessionId}/results",
    tag: "trainer portal",
    summary: "Record each participant's evaluation result (passed / not passed, score 0\u2013100)",
    params: sessionIdParamSchema,
    body: resultsRequestSchema,
    response: rosterSchema
  })
};

// packages/contracts/src/delivery-attestations.ts
import { z as z18 } from "zod";
var uuid4 = z18.string().uuid();
var isoDate6 = isoDateSchema;
var attestationSchema = z18.object({
  id: z18.string(),
  number: z18.string(),
  sessionId: z18.string(),
  memberId: z18.string(),
  employeeId: z18.string(),
  participantName: z18.string(),
  courseTitleFr: z18.string(),
  courseTitleEn: z18.string(),
  providerName: z18.string().nullable(),
  dateFrom: isoDate6,
  dateTo: isoDate6,
  hours: z18.number(),
  issuedAt: z18.string(),
  reissuedAt: z18.string().nullable(),
  reissueCount: z18.number().int(),
  verifyUrl: z18.string()
}).meta({ id: "Attestation" });
var attestationListSchema = pagedListSchema(attestationSchema, "AttestationList");
var attestationListQuerySchema = z18.object({
  memberId: uuid4.optional(),
  employeeId: uuid4.optional(),
  sessionId: uuid4.optional(),
  // Up to 500 a page: a firm's or a session's attestations are shown in one page.
  ...pageQueryFieldsUpTo(500)
});
var attestationVerificationSchema = z18.object({
  valid: z18.literal(true),
  number: z18.string(),
  participantName: z18.string(),
  courseTitleFr: z18.string(),
  courseTitleEn: z18.string(),
  dateFrom: isoDate6,
  dateTo: isoDate6,
  hours: z18.number()
}).meta({ id: "AttestationVerification" });
var issueAttestationsResultSchema = z18.object({ issued: z18.array(attestationSchema), notCompleted: z18.array(z18.object({ enrolmentId: z18.string(), name: z18.string(), hoursAttended: z18.number() })) }).meta({ id: "IssueAttestationsResult" });
var attestationIdParamSchema = z18.object({ attestationId: uuid4 });
var attestationNumberParamSchema = z18.object({ attestationNumber: z18.string().max(40) });
var attestationEndpoints = {
  issue: endpoint({
    method: "post",
    path: "/api/sessions/{sessionId}/attestations",
    tag: "attestations",
    summary: "Issue the attestations still due for a delivered session (issued automatically at delivery)",
    params: sessionIdParamSchema,
    response: issueAttestationsResultSchema
  }),
  list: endpoint({
    method: "get",
    path: "/api/attestations",
    tag: "attestations",
    summary: "Attestations per participant, firm or session (a member contact: its firm's)",
    query: attestationListQuerySchema,
    response: attestationListSchema
  }),
  pdf: endpoint({
    method: "get",
    path: "/api/attestations/{attestationId}/pdf",
    tag: "attestations",
    summary: "The bilingual attestation PDF",
    params: attestationIdParamSchema,
    response: fileAnswer("application/pdf")
  }),
  reissue: endpoint({
    method: "post",
    path: "/api/attestations/{attestationId}/reissue",
    tag: "attestations",
    summary: "Reissue an attestation: same number, the participant's current name, dated reissue",
    params: attestationIdParamSchema,
    response: attestationSchema
  }),
  verify: endpoint({
    method: "get",
    path: "/api/attestations/verify/{attestationNumber}",
    tag: "attestations",
    summary: "Public: check that an attestation is genuine; shows only name, course, dates and hours",
    params: attestationNumberParamSchema,
    response: attestationVerificationSchema
  })
};

// packages/domain/src/delivery/evaluation.ts
var EVALUATION_LEVELS = [1, 2, 3];
var PARTICIPANT_LEVELS = [1, 2];
var QUESTION_KINDS = ["scale", "text"];
var SCALE_POINTS = [1, 2, 3, 4, 5];
var QUESTIONNAIRES = {
  1: [
    { id: "overall", kind: "scale", fr: "Dans l\u2019ensemble, \xEAtes-vous satisfait de la formation ?", en: "Overall, are you satisfied with the training?" },
    { id: "trainer", kind: "scale", fr: "La formatrice ou le formateur \xE9tait clair et comp\xE9tent.", en: "The trainer was clear and competent." },
    { id: "relevance", kind: "scale", fr: "Le contenu est utile pour mon travail.", en: "The content is useful for my work." },
    { id: "logistics", kind: "scale", fr: "Le lieu, l\u2019horaire et le mat\xE9riel convenaient.", en: "The place, schedule and materials were suitable." },
    { id: "comment", kind: "text", fr: "Commentaires", en: "Comments" }
  ],
  2: [
    { id: "objectives", kind: "scale", fr: "J\u2019ai atteint les objectifs de la formation.", en: "I reached the objectives of the training." },
    { id: "before", kind: "scale", fr: "Mon niveau de comp\xE9tence avant la formation.", en: "My skill level before the training." },
    { id: "after", kind: "scale", fr: "Mon niveau de comp\xE9tence apr\xE8s la formation.", en: "My skill level after the training." },
    { id: "confidence", kind: "scale", fr: "Je me sens capable d\u2019appliquer ce que j\u2019ai appris.", en: "I feel able to apply what I learned." }
  ],
  3: [
    { id: "applied", kind: "scale", fr: "Les employ\xE9s utilisent au travail les comp\xE9tences acquises.", en: "The employees use the skills they acquired at work." },
    { id: "improvement", kind: "scale", fr: "Nous observons une am\xE9lioration du travail.", en: "We see an improvement in the work." },
    { id: "obstacles", kind: "text", fr: "Obstacles \xE0 l\u2019application", en: "Obstacles to applying the skills" }
  ]
};
function validateAnswers(level, answers) {
  const errors = [];
  const known = new Set(QUESTIONNAIRES[level].map((q) => q.id));
  for (const key of Object.keys(answers)) if (!known.has(key)) errors.push({ field: `answers.${key}`, message: "unknown question" });
  for (const q of QUESTIONNAIRES[level]) {
    const v = answers[q.id];
    if (q.kind === "scale") {
      if (v === void 0) errors.push({ field: `answers.${q.id}`, message: "required" });
      else if (typeof v !== "number" || !SCALE_POINTS.includes(v))
        errors.push({ field: `answers.${q.id}`, message: "must be an integer from 1 to 5" });
    } else if (v !== void 0 && (typeof v !== "string" || v.length > 4e3)) {
      errors.push({ field: `answers.${q.id}`, message: "must be text of at most 4000 characters" });
    }
  }
  return errors;
}
__name(validateAnswers, "validateAnswers");
function summariseAnswers(level, all) {
  const means = {};
  for (const q of QUESTIONNAIRES[level]) {
    if (q.kind !== "scale") continue;
    const values = all.map((a) => a[q.id]).filter((v) => typeof v === "number");
    means[q.id] = values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length * 100) / 100 : null;
  }
  return { level, responses: all.length, means };
}
__name(summariseAnswers, "summariseAnswers");
function level3Window(lastDay) {
  return { sendOn: addDays(lastDay, 60), closesOn: addDays(lastDay, 90) };
}
__name(level3Window, "level3Window");
var SMALL_CELL_MIN = 5;
function suppressSmallCell(summary, min = SMALL_CELL_MIN) {
  if (summary.responses === 0 || summary.responses >= min) return { ...summary, suppressed: false };
  return { ...summary, means: Object.fromEntries(Object.keys(summary.means).map((k) => [k, null])), suppressed: true };
}
__name(suppressSmallCell, "suppressSmallCell");

// packages/contracts/src/delivery-evaluation.ts
import { z as z19 } from "zod";
var uuid5 = z19.string().uuid();
var questionnaireViewSchema = z19.object({
  level: z19.number().int(),
  locale: z19.enum(["fr", "en"]),
  sessionTitle: z19.string(),
  answered: z19.boolean(),
  closed: z19.boolean(),
  questions: z19.array(z19.object({ id: z19.string(), kind: z19.enum(QUESTION_KINDS), text: z19.string() }))
}).meta({ id: "QuestionnaireView" });
var questionnaireAnswersSchema = z19.object({ answers: z19.record(z19.string(), z19.union([z19.number(), z19.string()])) }).meta({ id: "QuestionnaireAnswers" });
var levelSummarySchema = z19.object({
  level: z19.number().int(),
  sent: z19.number().int(),
  responses: z19.number().int(),
  means: z19.record(z19.string(), z19.number().nullable()),
  /** For a member contact: fewer than 5 answers, so no mean is shown (they would give people's answers away). */
  suppressed: z19.boolean()
}).meta({ id: "EvaluationLevelSummary" });
var evaluationResultsSchema = z19.object({
  scope: z19.object({ sessionId: z19.string().nullable(), courseId: z19.string().nullable(), providerId: z19.string().nullable() }),
  sessions: z19.number().int(),
  levels: z19.array(levelSummarySchema),
  outcomes: z19.object({ passed: z19.number().int(), notPassed: z19.number().int(), none: z19.number().int() })
}).meta({ id: "EvaluationResults" });
var evaluationQuerySchema = z19.object({ courseId: uuid5.optional(), providerId: uuid5.optional() });
var questionnaireTokenParamSchema = z19.object({ questionnaireToken: z19.string().max(100) });
var evaluationEndpoints = {
  questionnaire: endpoint({
    method: "get",
    path: "/api/questionnaires/{questionnaireToken}",
    tag: "evaluation",
    summary: "Public with a personal token: the questions, in the recipient\u2019s language",
    params: questionnaireTokenParamSchema,
    response: questionnaireViewSchema
  }),
  answer: endpoint({
    method: "post",
    path: "/api/questionnaires/{questionnaireToken}",
    tag: "evaluation",
    summary: "Public with a personal token: answer once (scales 1\u20135, optional comments)",
    params: questionnaireTokenParamSchema,
    body: questionnaireAnswersSchema,
    response: noContent,
    status: 204
  }),
  ofSession: endpoint({
    method: "get",
    path: "/api/sessions/{sessionId}/evaluation",
    tag: "evaluation",
    summary: "Evaluation results of a session: questionnaire means per level and participants\u2019 outcomes",
    description: "Coordinators and the session\u2019s trainers read every level\u2019s means. A member contact whose firm took part reads aggregates only: means over at least 5 answers (else null and suppressed), and its own participants\u2019 outcomes; never an individual answer.",
    params: sessionIdParamSchema,
    response: evaluationResultsSchema
  }),
  questionnaireSheets: endpoint({
    method: "post",
    path: "/api/sessions/{sessionId}/questionnaire-sheets",
    tag: "evaluation",
    summary: "Print the personal questionnaire sheets (PDF, link and QR code) of the participants without an e-mail, to hand out at the last meeting day",
    description: "For the session\u2019s trainer and the coordinators, from the last meeting day (in delivery) and once delivered (409 otherwise). Each printing issues fresh links: the unanswered ones printed before stop working.",
    params: sessionIdParamSchema,
    response: fileAnswer("application/pdf")
  }),
  results: endpoint({
    method: "get",
    path: "/api/evaluation-results",
    tag: "evaluation",
    summary: "Evaluation results over delivered sessions, for a course or a provider (or all)",
    query: evaluationQuerySchema,
    response: evaluationResultsSchema
  })
};

// packages/contracts/src/delivery-register.ts
import { z as z20 } from "zod";
var isoDate7 = isoDateSchema;
var XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
var registerEntrySchema = z20.object({
  sessionId: z20.string(),
  status: sessionStateSchema,
  title: z20.string().nullable(),
  objectives: z20.string().nullable(),
  content: z20.string().nullable(),
  /** The session's hours: the sum of its meeting days' (a course's nominal duration only while it has none). */
  durationHours: z20.number().nullable(),
  providerOrTrainer: z20.string().nullable(),
  employers: z20.array(z20.string()),
  /** Participants present at least once (attendance). */
  participants: z20.number().int(),
  employmentClasses: z20.array(z20.string()),
  costCents: z20.number().int().nullable(),
  evaluationResult: z20.string().nullable(),
  firstDay: isoDate7.nullable(),
  lastDay: isoDate7.nullable(),
  /** The meeting days, in order. */
  meetingDays: z20.array(isoDate7),
  /** Hours present summed over participants. */
  participantHours: z20.number(),
  /** Participants present for the completion threshold of the hours: one attestation each. */
  completed: z20.number().int(),
  missing: z20.array(z20.string()),
  complete: z20.boolean()
}).meta({ id: "RegisterEntry" });
var registerUpdateSchema = z20.object({
  title: z20.string().trim().max(300).nullable(),
  objectives: z20.string().trim().max(5e3).nullable(),
  content: z20.string().trim().max(1e4).nullable(),
  durationHours: z20.number().positive().max(2e3).nullable(),
  providerOrTrainer: z20.string().trim().max(300).nullable(),
  costCents: z20.number().int().min(0).max(1e10).nullable(),
  evaluationResult: z20.string().trim().max(2e3).nullable()
}).partial().meta({ id: "RegisterUpdate" });
var registerQuerySchema = z20.object({ year: z20.coerce.number().int().min(2e3).max(2100) });
var registerListQuerySchema = registerQuerySchema.extend(pageQueryFieldsUpTo(500));
var registerListSchema = pagedListSchema(registerEntrySchema, "RegisterEntryList");
var registerEndpoints = {
  get: endpoint({
    method: "get",
    path: "/api/sessions/{sessionId}/register",
    tag: "register",
    summary: "The register entry of a session and what it still lacks",
    params: sessionIdParamSchema,
    response: registerEntrySchema
  }),
  update: endpoint({
    method: "put",
    path: "/api/sessions/{sessionId}/register",
    tag: "register",
    summary: "State register values (null falls back to the course's, the session's or the results')",
    params: sessionIdParamSchema,
    body: registerUpdateSchema,
    response: registerEntrySchema
  }),
  list: endpoint({
    method: "get",
    path: "/api/register",
    tag: "register",
    summary: "The register of a year: every activity held",
    query: registerListQuerySchema,
    response: registerListSchema
  }),
  exportXlsx: endpoint({
    method: "get",
    path: "/api/register/export.xlsx",
    tag: "register",
    summary: "The register of a year as XLSX",
    query: registerQuerySchema,
    response: fileAnswer(XLSX)
  }),
  exportPdf: endpoint({
    method: "get",
    path: "/api/register/export.pdf",
    tag: "register",
    summary: "The register of a year as PDF",
    query: registerQuerySchema,
    response: fileAnswer("application/pdf")
  })
};

// packages/domain/src/delivery/ical.ts
var CALENDAR_FEED_KINDS = ["trainer", "member", "participant"];
var TIME_ZONE = "America/Montreal";
var VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TIME_ZONE}`,
  "X-LIC-LOCATION:America/Montreal",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "TZNAME:EDT",
  "DTSTART:20070311T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "TZNAME:EST",
  "DTSTART:20071104T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
  "END:STANDARD",
  "END:VTIMEZONE"
];
function escapeText(value) {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}
__name(escapeText, "escapeText");
function foldLine(line) {
  const encoder = new TextEncoder();
  const parts = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
__name(foldLine, "foldLine");
var localDateTime = /* @__PURE__ */ __name((date, time) => `${date.replace(/-/g, "")}T${time.replace(":", "")}00`, "localDateTime");
var utcStamp = /* @__PURE__ */ __name((iso) => `${iso.slice(0, 19).replace(/[-:]/g, "")}Z`, "utcStamp");
function writeCalendar(input) {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${input.productId ?? "-//Mutualis//Sessions//FR"}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE
  ];
  const events = [...input.events].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime) || a.uid.localeCompare(b.uid));
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(e.updatedAt)}`,
      `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
      `SEQUENCE:${e.sequence}`,
      `STATUS:${e.status}`,
      `DTSTART;TZID=${TIME_ZONE}:${localDateTime(e.date, e.startTime)}`,
      `DTEND;TZID=${TIME_ZONE}:${localDateTime(e.date, e.endTime)}`,
      `SUMMARY:${escapeText(e.status === "CANCELLED" ? `[ANNUL\xC9 / CANCELLED] ${e.summary}` : e.summary)}`
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r
`;
}
__name(writeCalendar, "writeCalendar");

// packages/contracts/src/delivery-calendar.ts
import { z as z21 } from "zod";
var uuid6 = z21.string().uuid();
var calendarFeedKindSchema = z21.enum(CALENDAR_FEED_KINDS);
var calendarFeedRequestSchema = z21.object({ kind: calendarFeedKindSchema, employeeId: uuid6.optional(), memberId: uuid6.optional() }).meta({ id: "CalendarFeedRequest" });
var calendarFeedSchema = z21.object({ id: z21.string(), kind: z21.string(), url: z21.string() }).meta({ id: "CalendarFeed" });
var calendarFeedListItemSchema = z21.object({
  id: z21.string(),
  kind: calendarFeedKindSchema,
  memberName: z21.string().nullable(),
  employeeName: z21.string().nullable(),
  createdAt: z21.string()
}).meta({ id: "CalendarFeedListItem" });
var calendarFeedListSchema = pagedListSchema(calendarFeedListItemSchema, "CalendarFeedList");
var calendarFeedListQuerySchema = z21.object(pageQueryFieldsUpTo(500));
var calendarEndpoints = {
  create: endpoint({
    method: "post",
    path: "/api/calendar-feeds",
    tag: "calendar",
    summary: "Create a private iCalendar URL (trainer: own sessions; firm; participant); the URL is shown once",
    body: calendarFeedRequestSchema,
    response: calendarFeedSchema,
    status: 201
  }),
  list: endpoint({
    method: "get",
    path: "/api/calendar-feeds",
    tag: "calendar",
    summary: "Active calendar URLs one may revoke (a coordinator: all of the mutual; others: their own), without their token",
    query: calendarFeedListQuerySchema,
    response: calendarFeedListSchema
  }),
  revoke: endpoint({
    method: "delete",
    path: "/api/calendar-feeds/{feedId}",
    tag: "calendar",
    summary: "Revoke a calendar URL",
    params: z21.object({ feedId: uuid6 }),
    response: noContent,
    status: 204
  }),
  feed: endpoint({
    method: "get",
    path: "/api/calendar/{feedToken}",
    tag: "calendar",
    summary: "Public with a private token: the iCalendar feed (RFC 5545, America/Montreal)",
    params: z21.object({ feedToken: z21.string().max(100) }),
    response: fileAnswer("text/calendar")
  })
};

// packages/contracts/src/topics.ts
import { z as z22 } from "zod";
var uuid7 = z22.string().uuid();
var nocTag = z22.string().regex(/^[0-9]{1,5}$/, "must be a NOC 2021 code of 1 to 5 digits");
var topicSchema = z22.object({
  id: uuid7,
  code: z22.string().meta({ description: "Stable code, e.g. health-safety.forklift; pooling problems use it" }),
  parentId: uuid7.nullable(),
  nameFr: z22.string(),
  nameEn: z22.string(),
  nocCodes: z22.array(z22.string()).meta({ description: "NOC 2021 groups the topic suits" }),
  sortOrder: z22.number().int(),
  retired: z22.boolean(),
  retiredAt: z22.string().nullable()
}).meta({ id: "Topic" });
var topicListSchema = pagedListSchema(topicSchema, "TopicList");
var topicListQuerySchema = z22.object({
  includeRetired: z22.enum(["true", "false"]).optional(),
  // Up to 500 a page: the web app reads the whole tree (81 starter topics) in one page.
  ...pageQueryFieldsUpTo(500)
});
var createTopicRequestSchema = z22.object({
  code: z22.string().trim().regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/, "lower-case letters, digits, dashes; dots between levels").max(120).optional().meta({ description: "Made from the English name under the parent code when absent" }),
  parentId: uuid7.nullable().optional(),
  nameFr: z22.string().trim().min(1).max(200),
  nameEn: z22.string().trim().min(1).max(200),
  nocCodes: z22.array(nocTag).max(30).optional(),
  sortOrder: z22.number().int().min(0).max(1e5).optional()
}).meta({ id: "CreateTopicRequest" });
var updateTopicRequestSchema = z22.object({
  parentId: uuid7.nullable().optional(),
  nameFr: z22.string().trim().min(1).max(200).optional(),
  nameEn: z22.string().trim().min(1).max(200).optional(),
  nocCodes: z22.array(nocTag).max(30).optional(),
  sortOrder: z22.number().int().min(0).max(1e5).optional()
}).meta({ id: "UpdateTopicRequest" });
var topicIdParamSchema = z22.object({ topicId: uuid7 });
var installStarterTopicsResultSchema = z22.object({ added: z22.number().int(), total: z22.number().int() }).meta({ id: "InstallStarterTopicsResult" });
var topicEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/topics",
    tag: "topics",
    summary: "The mutual's training topics (flat list; parentId gives the tree)",
    query: topicListQuerySchema,
    response: topicListSchema
  }),
  create: endpoint({
    method: "post",
    path: "/api/topics",
    tag: "topics",
    summary: "Add a topic (code made from the English name under its parent when not given)",
    body: createTopicRequestSchema,
    response: topicSchema,
    status: 201
  }),
  installStarter: endpoint({
    method: "post",
    path: "/api/topics/starter",
    tag: "topics",
    summary: "Add the starter topics the mutual does not have yet (idempotent)",
    response: installStarterTopicsResultSchema
  }),
  get: endpoint({ method: "get", path: "/api/topics/{topicId}", tag: "topics", summary: "One topic", params: topicIdParamSchema, response: topicSchema }),
  update: endpoint({
    method: "patch",
    path: "/api/topics/{topicId}",
    tag: "topics",
    summary: "Rename a topic, move it in the tree or change its NOC tags",
    params: topicIdParamSchema,
    body: updateTopicRequestSchema,
    response: topicSchema
  }),
  retire: endpoint({
    method: "post",
    path: "/api/topics/{topicId}/retire",
    tag: "topics",
    summary: "Retire a topic (hidden from new needs and courses)",
    params: topicIdParamSchema,
    response: topicSchema
  }),
  restore: endpoint({
    method: "post",
    path: "/api/topics/{topicId}/restore",
    tag: "topics",
    summary: "Restore a retired topic",
    params: topicIdParamSchema,
    response: topicSchema
  })
};

// packages/domain/src/catalogue/catalogue-vocabulary.ts
var TRAINING_LANGUAGES = ["fr", "en"];
var TRAINING_MODES = ["in_person", "virtual"];
var modeUsesRegions = /* @__PURE__ */ __name((mode) => mode === "in_person", "modeUsesRegions");
var PROVIDER_KINDS = ["recognised_institution", "accredited_trainer", "accredited_body"];
var COURSE_STATUSES = ["proposed", "approved", "retired"];
var OFFERED_COURSE_STATUSES = ["proposed", "approved"];
var courseIsInUse = /* @__PURE__ */ __name((status) => status === "approved", "courseIsInUse");
var COURSE_REVISION_STATUSES = ["pending", "approved", "rejected", "superseded"];
var QUOTE_REQUEST_STATUSES = ["open", "accepted", "cancelled"];
var quoteRequestIsOpen = /* @__PURE__ */ __name((status) => status === "open", "quoteRequestIsOpen");
var QUOTE_PROVIDER_STATUSES = ["sent", "answered", "declined", "accepted", "not_selected"];
var QUOTE_RESPONSE_STATUSES = ["submitted", "superseded", "accepted", "not_selected"];
var quoteResponseIsCompared = /* @__PURE__ */ __name((status) => status === "submitted" || status === "accepted", "quoteResponseIsCompared");
var QUOTE_EVENTS_SHOWN_TO_EVERY_PROVIDER = ["created", "cancelled"];

// packages/contracts/src/catalogue.ts
import { z as z23 } from "zod";
var uuid8 = z23.string().uuid();
var trainingLanguageSchema = z23.enum(TRAINING_LANGUAGES).meta({ id: "TrainingLanguage" });
var trainingModeSchema = z23.enum(TRAINING_MODES).meta({ id: "TrainingMode" });
var monthPeriodSchema = z23.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM").meta({ id: "MonthPeriod", example: "2027-02" });
var quebecRegionCodeSchema = z23.string().regex(/^(0[1-9]|1[0-7])$/, "must be a Quebec region code 01 to 17").meta({ id: "QuebecRegionCode", example: "14" });
var nocTagSchema = z23.string().regex(/^[0-9]{1,5}$/, "must be a NOC 2021 code of 1 to 5 digits");
var centsSchema = z23.number().int().min(0).max(1e10);
var uniqueList = /* @__PURE__ */ __name((item, max) => z23.array(item).max(max).refine((a) => new Set(a).size === a.length, "must not repeat a value"), "uniqueList");
var providerKindSchema = z23.enum(PROVIDER_KINDS).meta({ id: "ProviderKind" });
var providerContactSchema = z23.object({
  name: z23.string().trim().min(1).max(200),
  role: z23.string().trim().max(200).nullable().optional(),
  email: z23.string().trim().email().max(254).nullable().optional(),
  phone: z23.string().trim().max(40).nullable().optional()
}).meta({ id: "ProviderContact" });
var providerSchema = z23.object({
  id: uuid8,
  name: z23.string(),
  kind: providerKindSchema,
  accreditationNumber: z23.string().nullable(),
  email: z23.string().nullable(),
  phone: z23.string().nullable(),
  website: z23.string().nullable(),
  address: z23.string().nullable(),
  regions: z23.array(z23.string()),
  contacts: z23.array(providerContactSchema),
  notes: z23.string(),
  active: z23.boolean(),
  courseCount: z23.number().int(),
  createdAt: z23.string(),
  updatedAt: z23.string()
}).meta({ id: "Provider" });
var providerListSchema = pagedListSchema(providerSchema, "ProviderList");
var providerListQuerySchema = z23.object({
  includeInactive: z23.enum(["true", "false"]).optional(),
  region: quebecRegionCodeSchema.optional(),
  // Up to 500 a page: the web app's pickers read every provider in one page.
  ...pageQueryFieldsUpTo(500)
});
var createProviderRequestSchema = z23.object({
  name: z23.string().trim().min(1).max(200),
  kind: providerKindSchema,
  accreditationNumber: z23.string().trim().max(100).nullable().optional(),
  email: z23.string().trim().email().max(254).nullable().optional(),
  phone: z23.string().trim().max(40).nullable().optional(),
  website: z23.string().trim().url().max(500).nullable().optional(),
  address: z23.string().trim().max(500).nullable().optional(),
  regions: uniqueList(quebecRegionCodeSchema, 17).optional(),
  contacts: z23.array(providerContactSchema).max(20).optional(),
  notes: z23.string().max(5e3).optional()
}).meta({ id: "CreateProviderRequest" });
var updateProviderRequestSchema = createProviderRequestSchema.partial().extend({ active: z23.boolean().optional() }).meta({ id: "UpdateProviderRequest" });
var providerIdParamSchema = z23.object({ providerId: uuid8 });
var courseStatusSchema = z23.enum(COURSE_STATUSES).meta({ id: "CourseStatus" });
var courseFieldsShape = {
  topicId: uuid8,
  titleFr: z23.string().trim().min(1).max(300),
  titleEn: z23.string().trim().min(1).max(300),
  descriptionFr: z23.string().max(1e4),
  descriptionEn: z23.string().max(1e4),
  objectives: z23.string().max(1e4),
  content: z23.string().max(2e4),
  durationHours: z23.number().positive().max(2e3),
  language: trainingLanguageSchema,
  mode: trainingModeSchema,
  regions: uniqueList(quebecRegionCodeSchema, 17).meta({ description: "Regions an in-person course can run in (ignored for virtual)" }),
  periods: uniqueList(monthPeriodSchema, 60).meta({ description: "Months the course can run" }),
  fixedCostCents: centsSchema.meta({ description: "Fixed cost of one session, cents" }),
  seatCostCents: centsSchema.meta({ description: "Cost per seat, cents" }),
  minSeats: z23.number().int().min(1).max(1e3),
  maxSeats: z23.number().int().min(1).max(1e3),
  maxSessionsPerPeriod: z23.number().int().min(1).max(100)
};
var courseFieldsSchema = z23.object(courseFieldsShape).meta({ id: "CourseFields" });
var createCourseRequestSchema = z23.object({
  ...courseFieldsShape,
  providerId: uuid8.optional().meta({ description: "Required for a coordinator; a trainer creates for its own provider" }),
  descriptionFr: courseFieldsShape.descriptionFr.default(""),
  descriptionEn: courseFieldsShape.descriptionEn.default(""),
  objectives: courseFieldsShape.objectives.default(""),
  content: courseFieldsShape.content.default(""),
  regions: courseFieldsShape.regions.default([]),
  periods: courseFieldsShape.periods.default([]),
  maxSessionsPerPeriod: courseFieldsShape.maxSessionsPerPeriod.default(1)
}).meta({ id: "CreateCourseRequest" });
var updateCourseRequestSchema = z23.object(courseFieldsShape).partial().meta({ id: "UpdateCourseRequest" });
var courseRevisionSchema = z23.object({
  id: uuid8,
  courseId: uuid8,
  status: z23.enum(COURSE_REVISION_STATUSES),
  proposed: courseFieldsSchema.partial(),
  changedFields: z23.array(z23.string()),
  submittedBy: z23.string().nullable(),
  submittedAt: z23.string(),
  decidedBy: z23.string().nullable(),
  decidedAt: z23.string().nullable(),
  decisionNote: z23.string().nullable()
}).meta({ id: "CourseRevision" });
var courseSchema = z23.object({
  id: uuid8,
  providerId: uuid8,
  providerName: z23.string(),
  topicCode: z23.string(),
  topicNameFr: z23.string(),
  topicNameEn: z23.string(),
  status: courseStatusSchema,
  ...courseFieldsShape,
  approvedAt: z23.string().nullable(),
  pendingRevision: courseRevisionSchema.nullable().meta({ description: "Changes waiting for a coordinator" }),
  createdAt: z23.string(),
  updatedAt: z23.string()
}).meta({ id: "Course" });
var courseListSchema = pagedListSchema(courseSchema, "CourseList");
var courseListQuerySchema = z23.object({
  status: courseStatusSchema.optional(),
  topicId: uuid8.optional(),
  providerId: uuid8.optional(),
  pendingReview: z23.enum(["true", "false"]).optional().meta({ description: "Only courses with changes to approve" }),
  // Up to 500 a page: the catalogue and the session and evaluation pickers read it in one page.
  ...pageQueryFieldsUpTo(500)
});
var courseRevisionListSchema = pagedListSchema(courseRevisionSchema, "CourseRevisionList");
var courseRevisionListQuerySchema = z23.object({ ...pageQueryFieldsUpTo(500) });
var courseIdParamSchema = z23.object({ courseId: uuid8 });
var reviewCourseRevisionRequestSchema = z23.object({ revisionId: uuid8, note: z23.string().trim().max(2e3).optional() }).meta({ id: "ReviewCourseRevisionRequest" });
var providerEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/providers",
    tag: "catalogue",
    summary: "The mutual's providers (a trainer: its own)",
    query: providerListQuerySchema,
    response: providerListSchema
  }),
  create: endpoint({ method: "post", path: "/api/providers", tag: "catalogue", summary: "Add a provider", body: createProviderRequestSchema, response: providerSchema, status: 201 }),
  get: endpoint({ method: "get", path: "/api/providers/{providerId}", tag: "catalogue", summary: "One provider", params: providerIdParamSchema, response: providerSchema }),
  update: endpoint({
    method: "patch",
    path: "/api/providers/{providerId}",
    tag: "catalogue",
    summary: "Change a provider (details, regions served, contacts, active)",
    params: providerIdParamSchema,
    body: updateProviderRequestSchema,
    response: providerSchema
  })
};
var courseEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/courses",
    tag: "catalogue",
    summary: "Courses: all (coordinator), its provider\u2019s (trainer), approved ones (member contact)",
    query: courseListQuerySchema,
    response: courseListSchema
  }),
  create: endpoint({
    method: "post",
    path: "/api/courses",
    tag: "catalogue",
    summary: "Add a course: approved at once for a coordinator, proposed (pending approval) for a trainer",
    body: createCourseRequestSchema,
    response: courseSchema,
    status: 201
  }),
  get: endpoint({
    method: "get",
    path: "/api/courses/{courseId}",
    tag: "catalogue",
    summary: "One course, with the pending revision if any",
    params: courseIdParamSchema,
    response: courseSchema
  }),
  update: endpoint({
    method: "patch",
    path: "/api/courses/{courseId}",
    tag: "catalogue",
    summary: "Change a course: applied at once for a coordinator, a pending revision for a trainer",
    params: courseIdParamSchema,
    body: updateCourseRequestSchema,
    response: courseSchema
  }),
  revisions: endpoint({
    method: "get",
    path: "/api/courses/{courseId}/revisions",
    tag: "catalogue",
    summary: "Every revision of a course, newest first, with the fields each changes",
    params: courseIdParamSchema,
    query: courseRevisionListQuerySchema,
    response: courseRevisionListSchema
  }),
  approve: endpoint({
    method: "post",
    path: "/api/courses/{courseId}/approve",
    tag: "catalogue",
    summary: "Approve a pending revision: it becomes the version pooling uses",
    params: courseIdParamSchema,
    body: reviewCourseRevisionRequestSchema,
    response: courseSchema
  }),
  reject: endpoint({
    method: "post",
    path: "/api/courses/{courseId}/reject",
    tag: "catalogue",
    summary: "Reject a pending revision",
    params: courseIdParamSchema,
    body: reviewCourseRevisionRequestSchema,
    response: courseSchema
  }),
  retire: endpoint({
    method: "post",
    path: "/api/courses/{courseId}/retire",
    tag: "catalogue",
    summary: "Retire a course (pooling stops using it)",
    params: courseIdParamSchema,
    response: courseSchema
  }),
  reinstate: endpoint({
    method: "post",
    path: "/api/courses/{courseId}/reinstate",
    tag: "catalogue",
    summary: "Reinstate a retired course as approved",
    params: courseIdParamSchema,
    response: courseSchema
  })
};

// packages/contracts/src/needs.ts
import { z as z24 } from "zod";

// packages/domain/src/diagnostics/diagnostic-status.ts
var DIAGNOSTIC_STATUSES = ["scheduled", "in_progress", "completed", "validated", "cancelled"];
var DIAGNOSTIC_COORDINATOR_MOVES = ["in_progress", "completed", "cancelled"];
var diagnosticTransitions = {
  scheduled: ["in_progress", "cancelled"],
  in_progress: ["completed", "cancelled"],
  // A completed diagnostic can be reopened by the coordinator until the member validates it.
  completed: ["validated", "in_progress"],
  validated: [],
  cancelled: []
};
function canTransitionDiagnostic(from, to) {
  return diagnosticTransitions[from].includes(to);
}
__name(canTransitionDiagnostic, "canTransitionDiagnostic");
function diagnosticIsEditable(status) {
  return status === "scheduled" || status === "in_progress";
}
__name(diagnosticIsEditable, "diagnosticIsEditable");

// packages/domain/src/needs/need-status.ts
var NEED_STATUSES = ["proposed", "open", "planned", "scheduled", "closed", "withdrawn"];
var NEED_PRIORITIES = ["high", "medium", "low"];
var NEED_SOURCES = ["declared", "diagnostic", "import"];
var needTransitions = {
  proposed: ["open", "withdrawn"],
  open: ["planned", "withdrawn"],
  planned: ["scheduled", "open", "withdrawn"],
  scheduled: ["closed", "planned", "withdrawn"],
  closed: [],
  withdrawn: []
};
function canTransitionNeed(from, to) {
  return needTransitions[from].includes(to);
}
__name(canTransitionNeed, "canTransitionNeed");
function memberMayChangeNeed(status) {
  return status === "proposed" || status === "open";
}
__name(memberMayChangeNeed, "memberMayChangeNeed");
function needSeats(declaredSeats, employeeIds) {
  if (employeeIds.length > 0) return new Set(employeeIds).size;
  return declaredSeats && declaredSeats >= 1 ? declaredSeats : null;
}
__name(needSeats, "needSeats");

// packages/contracts/src/needs.ts
var uuid9 = z24.string().uuid();
var uniqueList2 = /* @__PURE__ */ __name((item, min, max) => z24.array(item).min(min).max(max).refine((a) => new Set(a).size === a.length, "must not repeat a value"), "uniqueList");
var needStatusSchema = z24.enum(NEED_STATUSES).meta({
  id: "NeedStatus",
  description: "proposed (from a diagnostic, awaiting the member) \u2192 open \u2192 planned \u2192 scheduled \u2192 closed; withdrawn at any step before closed"
});
var needPrioritySchema = z24.enum(NEED_PRIORITIES).meta({ id: "NeedPriority" });
var needSourceSchema = z24.enum(NEED_SOURCES).meta({ id: "NeedSource" });
var needSchema = z24.object({
  id: uuid9,
  memberId: uuid9,
  memberName: z24.string(),
  topicId: uuid9,
  topicCode: z24.string(),
  topicNameFr: z24.string(),
  topicNameEn: z24.string(),
  diagnosticId: uuid9.nullable(),
  seats: z24.number().int(),
  employeeIds: z24.array(uuid9).meta({ description: "Named employees; when present they fix the seats" }),
  nocCode: z24.string().nullable(),
  languages: z24.array(trainingLanguageSchema),
  modes: z24.array(trainingModeSchema),
  regionCode: z24.string(),
  periods: z24.array(z24.string()),
  priority: needPrioritySchema,
  maxPricePerSeatCents: z24.number().int().nullable(),
  notes: z24.string(),
  status: needStatusSchema,
  statusChangedAt: z24.string(),
  source: needSourceSchema,
  memberMayChange: z24.boolean().meta({ description: "Whether the member contact may still edit or withdraw it" }),
  createdAt: z24.string(),
  updatedAt: z24.string()
}).meta({ id: "Need" });
var needListSchema = pagedListSchema(needSchema, "NeedList");
var needListQuerySchema = z24.object({
  status: needStatusSchema.optional(),
  topicId: uuid9.optional(),
  memberId: uuid9.optional(),
  diagnosticId: uuid9.optional(),
  // Up to 500 a page: a firm's own needs and a topic's open needs are read in one page.
  ...pageQueryFieldsUpTo(500)
});
var needFields = {
  topicId: uuid9,
  seats: z24.number().int().min(1).max(500).optional().meta({ description: "Required unless employeeIds are given" }),
  employeeIds: uniqueList2(uuid9, 0, 500).optional().meta({ description: "Named employees of the need's member; they fix the seats" }),
  nocCode: nocTagSchema.nullable().optional(),
  languages: uniqueList2(trainingLanguageSchema, 1, 2),
  modes: uniqueList2(trainingModeSchema, 1, 2),
  regionCode: quebecRegionCodeSchema.optional().meta({ description: "Defaults to the member's region" }),
  periods: uniqueList2(monthPeriodSchema, 1, 36),
  priority: needPrioritySchema.optional(),
  maxPricePerSeatCents: centsSchema.nullable().optional(),
  notes: z24.string().max(5e3).optional()
};
var createNeedRequestSchema = z24.object({ memberId: uuid9.optional().meta({ description: "Required for a coordinator; a member contact declares for its own firm" }), ...needFields }).refine((v) => v.seats !== void 0 || (v.employeeIds?.length ?? 0) > 0, { message: "give seats or employeeIds", path: ["seats"] }).meta({ id: "CreateNeedRequest" });
var updateNeedRequestSchema = z24.object({ ...needFields, topicId: uuid9.optional(), languages: needFields.languages.optional(), modes: needFields.modes.optional(), periods: needFields.periods.optional() }).meta({ id: "UpdateNeedRequest" });
var needTransitionRequestSchema = z24.object({ status: needStatusSchema, note: z24.string().max(2e3).optional() }).meta({ id: "NeedTransitionRequest" });
var withdrawNeedRequestSchema = z24.object({ reason: z24.string().max(2e3).optional() }).meta({ id: "WithdrawNeedRequest" });
var needIdParamSchema = z24.object({ needId: uuid9 });
var needImportResultSchema = z24.object({ imported: z24.number().int(), needIds: z24.array(uuid9) }).meta({ id: "NeedImportResult" });
var needEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/needs",
    tag: "needs",
    summary: "Needs: all of the mutual (coordinator) or the firm\u2019s own (member contact)",
    query: needListQuerySchema,
    response: needListSchema
  }),
  create: endpoint({
    method: "post",
    path: "/api/needs",
    tag: "needs",
    summary: "Declare a need (seats, or named employees that fix the seats)",
    body: createNeedRequestSchema,
    response: needSchema,
    status: 201
  }),
  import: endpoint({
    method: "post",
    path: "/api/needs/import",
    tag: "needs",
    summary: "Import needs from CSV or XLSX, all or nothing",
    description: 'Columns (French or English names): member_neq (coordinators only), topic (topic code), seats, languages (fr;en), modes (in_person;virtual), periods (2027-02;2027-03), region (optional, defaults to the member\u2019s), noc_code, priority (high|medium|low), max_price_per_seat (dollars), notes. Send multipart/form-data with a field "file", or JSON { filename, contentBase64 }. One wrong row and nothing is imported: the answer (422 import_failed) lists every row and column.',
    body: fileUpload,
    response: needImportResultSchema,
    status: 201,
    otherProblems: [413, 415, 422]
  }),
  get: endpoint({ method: "get", path: "/api/needs/{needId}", tag: "needs", summary: "One need", params: needIdParamSchema, response: needSchema }),
  update: endpoint({
    method: "patch",
    path: "/api/needs/{needId}",
    tag: "needs",
    summary: "Change a need (member contacts: only while proposed or open)",
    params: needIdParamSchema,
    body: updateNeedRequestSchema,
    response: needSchema
  }),
  withdraw: endpoint({
    method: "post",
    path: "/api/needs/{needId}/withdraw",
    tag: "needs",
    summary: "Withdraw a need (member contacts: only while proposed or open)",
    params: needIdParamSchema,
    body: withdrawNeedRequestSchema,
    response: needSchema
  }),
  transition: endpoint({
    method: "post",
    path: "/api/needs/{needId}/status",
    tag: "needs",
    summary: "Move a need along open \u2192 planned \u2192 scheduled \u2192 closed (or back, or withdrawn), per the transition rules",
    params: needIdParamSchema,
    body: needTransitionRequestSchema,
    response: needSchema
  })
};

// packages/contracts/src/diagnostics.ts
import { z as z25 } from "zod";
var uuid10 = z25.string().uuid();
var isoDate8 = isoDateSchema;
var diagnosticStatusSchema = z25.enum(DIAGNOSTIC_STATUSES).meta({ id: "DiagnosticStatus", description: "scheduled \u2192 in_progress \u2192 completed \u2192 validated (by the member contact); cancelled" });
var skillsGapSchema = z25.object({
  nocCode: nocTagSchema.meta({ description: "Job class (NOC 2021)" }),
  jobTitle: z25.string().trim().max(200).optional(),
  description: z25.string().trim().min(1).max(2e3),
  employees: z25.number().int().min(0).max(1e5).optional().meta({ description: "How many employees have the gap" })
}).meta({ id: "SkillsGap" });
var diagnosticConstraintsSchema = z25.object({
  languages: z25.array(trainingLanguageSchema).max(2).default([]),
  modes: z25.array(trainingModeSchema).max(2).default([]),
  regionCode: quebecRegionCodeSchema.nullable().default(null),
  periods: z25.array(monthPeriodSchema).max(36).default([]),
  maxPricePerSeatCents: centsSchema.nullable().default(null),
  notes: z25.string().max(5e3).default("")
}).meta({ id: "DiagnosticConstraints" });
var diagnosticSchema = z25.object({
  id: uuid10,
  memberId: uuid10,
  memberName: z25.string(),
  status: diagnosticStatusSchema,
  scheduledOn: z25.string(),
  conductedBy: uuid10.nullable(),
  challenges: z25.string(),
  skillsGaps: z25.array(skillsGapSchema),
  priorities: z25.string(),
  constraints: diagnosticConstraintsSchema,
  notes: z25.string(),
  startedAt: z25.string().nullable(),
  completedAt: z25.string().nullable(),
  validatedAt: z25.string().nullable(),
  validatedBy: uuid10.nullable(),
  needs: z25.array(needSchema).meta({ description: "Need lines the diagnostic produced (proposed until validated)" }),
  createdAt: z25.string(),
  updatedAt: z25.string()
}).meta({ id: "Diagnostic" });
var diagnosticSummarySchema = diagnosticSchema.omit({ needs: true }).extend({ needCount: z25.number().int() });
var diagnosticListSchema = pagedListSchema(diagnosticSummarySchema, "DiagnosticList");
var diagnosticListQuerySchema = z25.object({
  memberId: uuid10.optional(),
  status: diagnosticStatusSchema.optional(),
  // Up to 500 a page: a mutual's diagnostics, or a firm's, are read in one page.
  ...pageQueryFieldsUpTo(500)
});
var contentFields = {
  challenges: z25.string().max(2e4).optional(),
  skillsGaps: z25.array(skillsGapSchema).max(100).optional(),
  priorities: z25.string().max(2e4).optional(),
  constraints: diagnosticConstraintsSchema.optional(),
  notes: z25.string().max(2e4).optional()
};
var createDiagnosticRequestSchema = z25.object({ memberId: uuid10, scheduledOn: isoDate8, ...contentFields }).meta({ id: "CreateDiagnosticRequest" });
var updateDiagnosticRequestSchema = z25.object({ scheduledOn: isoDate8.optional(), ...contentFields }).meta({ id: "UpdateDiagnosticRequest" });
var diagnosticTransitionRequestSchema = z25.object({ status: z25.enum(DIAGNOSTIC_COORDINATOR_MOVES) }).meta({ id: "DiagnosticTransitionRequest" });
var proposedNeedLineSchema = z25.object({
  topicId: uuid10,
  seats: z25.number().int().min(1).max(500),
  nocCode: nocTagSchema.nullable().optional(),
  languages: z25.array(trainingLanguageSchema).min(1).max(2).optional().meta({ description: "Defaults to the constraints" }),
  modes: z25.array(trainingModeSchema).min(1).max(2).optional(),
  regionCode: quebecRegionCodeSchema.optional(),
  periods: z25.array(monthPeriodSchema).min(1).max(36).optional(),
  priority: needPrioritySchema.optional(),
  maxPricePerSeatCents: centsSchema.nullable().optional(),
  notes: z25.string().max(5e3).optional()
}).meta({ id: "ProposedNeedLine" });
var setProposedNeedsRequestSchema = z25.object({ lines: z25.array(proposedNeedLineSchema).max(200) }).meta({ id: "SetProposedNeedsRequest" });
var validateDiagnosticRequestSchema = z25.object({ rejectedNeedIds: z25.array(uuid10).max(200).optional().meta({ description: "Lines the member does not want; the others become open needs" }) }).meta({ id: "ValidateDiagnosticRequest" });
var diagnosticIdParamSchema = z25.object({ diagnosticId: uuid10 });
var diagnosticEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/diagnostics",
    tag: "needs",
    summary: "Diagnostics: all (coordinator) or the firm\u2019s own (member contact)",
    query: diagnosticListQuerySchema,
    response: diagnosticListSchema
  }),
  create: endpoint({
    method: "post",
    path: "/api/diagnostics",
    tag: "needs",
    summary: "Schedule a diagnostic with a member",
    body: createDiagnosticRequestSchema,
    response: diagnosticSchema,
    status: 201
  }),
  get: endpoint({
    method: "get",
    path: "/api/diagnostics/{diagnosticId}",
    tag: "needs",
    summary: "One diagnostic with its need lines",
    params: diagnosticIdParamSchema,
    response: diagnosticSchema
  }),
  update: endpoint({
    method: "patch",
    path: "/api/diagnostics/{diagnosticId}",
    tag: "needs",
    summary: "Record the content: challenges, skills gaps by NOC, priorities, constraints, notes (until completed)",
    params: diagnosticIdParamSchema,
    body: updateDiagnosticRequestSchema,
    response: diagnosticSchema
  }),
  transition: endpoint({
    method: "post",
    path: "/api/diagnostics/{diagnosticId}/status",
    tag: "needs",
    summary: "Start, complete (needs at least one proposed line), reopen (completed \u2192 in_progress) or cancel",
    params: diagnosticIdParamSchema,
    body: diagnosticTransitionRequestSchema,
    response: diagnosticSchema
  }),
  setProposedNeeds: endpoint({
    method: "put",
    path: "/api/diagnostics/{diagnosticId}/needs",
    tag: "needs",
    summary: "Replace the proposed need lines (defaults from the constraints and the member)",
    params: diagnosticIdParamSchema,
    body: setProposedNeedsRequestSchema,
    response: diagnosticSchema
  }),
  validate: endpoint({
    method: "post",
    path: "/api/diagnostics/{diagnosticId}/validate",
    tag: "needs",
    summary: "The member contact validates a completed diagnostic: its lines become open needs, except those rejected",
    params: diagnosticIdParamSchema,
    body: validateDiagnosticRequestSchema,
    response: diagnosticSchema
  })
};

// packages/domain/src/demand/demand.ts
var CELL_STATUSES = ["ready", "below_minimum", "no_course_on_topic", "no_language_or_mode_match", "no_period", "region_not_served"];
var UNMET_REASONS = ["no_course_on_topic", "no_language_or_mode_match", "no_period", "region_not_served", "below_minimum"];
var cellIsReady = /* @__PURE__ */ __name((status) => status === "ready", "cellIsReady");
var cellKey = /* @__PURE__ */ __name((topicId, regionCode, period2, language) => `${topicId}|${regionCode}|${period2}|${language}`, "cellKey");
var poolKey = /* @__PURE__ */ __name((topicId, period2, language) => `${topicId}|${period2}|${language}`, "poolKey");
function assessCell(cell, pool, coursesOfTopic, minMembers) {
  let onTopic = false;
  let matching = false;
  let inPeriod = false;
  const serving = [];
  for (const c of coursesOfTopic) {
    if (c.topicId !== cell.topicId) continue;
    onTopic = true;
    if (c.language !== cell.language || !(c.mode === "virtual" ? cell.virtualSeats > 0 : cell.inPersonSeats > 0)) continue;
    matching = true;
    if (!c.periods.includes(cell.period)) continue;
    inPeriod = true;
    if (c.mode === "virtual" || c.regions.includes(cell.regionCode)) serving.push(c);
  }
  const none = /* @__PURE__ */ __name((status) => ({ status, readyCourseIds: [], candidateCourseIds: [], missingSeats: null }), "none");
  if (!onTopic) return none("no_course_on_topic");
  if (!matching) return none("no_language_or_mode_match");
  if (!inPeriod) return none("no_period");
  if (serving.length === 0) return none("region_not_served");
  const ready = [];
  let missing2 = Number.POSITIVE_INFINITY;
  for (const c of serving) {
    const seats = c.mode === "virtual" ? pool?.seats ?? cell.virtualSeats : cell.inPersonSeats;
    const members = c.mode === "virtual" ? pool?.members ?? cell.virtualMembers : cell.inPersonMembers;
    if (seats >= c.minSeats && members >= minMembers) ready.push(c.id);
    else missing2 = Math.min(missing2, Math.max(0, c.minSeats - seats));
  }
  return {
    status: ready.length ? "ready" : "below_minimum",
    readyCourseIds: ready,
    candidateCourseIds: serving.map((c) => c.id),
    missingSeats: ready.length ? null : missing2
  };
}
__name(assessCell, "assessCell");
function unmetReason(need, coursesOfTopic, cells, pools, minMembers) {
  const onTopic = coursesOfTopic.filter((c) => c.topicId === need.topicId);
  if (onTopic.length === 0) return "no_course_on_topic";
  const matching = onTopic.filter((c) => need.languages.includes(c.language) && need.modes.includes(c.mode));
  if (matching.length === 0) return "no_language_or_mode_match";
  const inPeriod = matching.filter((c) => c.periods.some((p) => need.periods.includes(p)));
  if (inPeriod.length === 0) return "no_period";
  const serving = inPeriod.filter((c) => c.mode === "virtual" || c.regions.includes(need.regionCode));
  if (serving.length === 0) return "region_not_served";
  for (const c of serving) {
    for (const period2 of c.periods) {
      if (!need.periods.includes(period2)) continue;
      let seats = 0;
      let members = 0;
      if (c.mode === "virtual") {
        const p = pools.get(poolKey(need.topicId, period2, c.language));
        seats = p?.seats ?? 0;
        members = p?.members ?? 0;
      } else {
        const cell = cells.get(cellKey(need.topicId, need.regionCode, period2, c.language));
        seats = cell?.inPersonSeats ?? 0;
        members = cell?.inPersonMembers ?? 0;
      }
      if (seats >= c.minSeats && members >= minMembers) return null;
    }
  }
  return "below_minimum";
}
__name(unmetReason, "unmetReason");
function anonymousDemand(rows, ownMemberId) {
  const others = /* @__PURE__ */ new Set();
  let otherSeats = 0;
  let ownSeats = 0;
  for (const r of rows) {
    if (r.memberId === ownMemberId) ownSeats += r.seats;
    else {
      others.add(r.memberId);
      otherSeats += r.seats;
    }
  }
  return { otherMembers: others.size, otherSeats, ownSeats };
}
__name(anonymousDemand, "anonymousDemand");

// packages/contracts/src/demand.ts
import { z as z26 } from "zod";
var uuid11 = z26.string().uuid();
var cellStatusSchema = z26.enum(CELL_STATUSES).meta({ id: "DemandCellStatus" });
var unmetReasonSchema = z26.enum(UNMET_REASONS).meta({ id: "UnmetReason" });
var demandQuerySchema = z26.object({
  topicId: uuid11.optional().meta({ description: "A topic and all its sub-topics" }),
  regionCode: quebecRegionCodeSchema.optional(),
  period: monthPeriodSchema.optional(),
  language: trainingLanguageSchema.optional(),
  status: cellStatusSchema.optional()
});
var demandBoardQuerySchema = demandQuerySchema.extend(pageQueryFieldsUpTo(500));
var demandCellSchema = z26.object({
  topicId: uuid11,
  topicCode: z26.string(),
  topicNameFr: z26.string(),
  topicNameEn: z26.string(),
  regionCode: z26.string(),
  period: z26.string(),
  language: z26.string(),
  seats: z26.number().int(),
  members: z26.number().int().meta({ description: "Distinct member firms" }),
  needs: z26.number().int(),
  inPersonSeats: z26.number().int(),
  inPersonMembers: z26.number().int(),
  virtualSeats: z26.number().int(),
  virtualMembers: z26.number().int(),
  status: cellStatusSchema,
  readyCourseIds: z26.array(uuid11),
  candidateCourseIds: z26.array(uuid11),
  missingSeats: z26.number().int().nullable()
}).meta({ id: "DemandCell" });
var demandHeatSchema = z26.object({
  topicId: uuid11,
  key: z26.string().meta({ description: "The period (byPeriod) or the region code (byRegion)" }),
  seats: z26.number().int(),
  ready: z26.boolean().meta({ description: "At least one ready cell adds up here" })
}).meta({ id: "DemandHeat" });
var demandBoardSchema = z26.object({
  cells: z26.array(demandCellSchema).meta({ description: "One page of the cells matching the filters: ready cells first, then most seats" }),
  total: z26.number().int().meta({ description: "Cells matching the filters (all pages)" }),
  page: z26.number().int(),
  pageSize: z26.number().int(),
  heat: z26.object({ byPeriod: z26.array(demandHeatSchema), byRegion: z26.array(demandHeatSchema) }).meta({ description: "Seats of every cell matching the filters, summed per topic \xD7 period and per topic \xD7 region" }),
  totals: z26.object({
    openNeeds: z26.number().int(),
    seats: z26.number().int(),
    members: z26.number().int(),
    readyCells: z26.number().int()
  }),
  minMembersPerSession: z26.number().int(),
  periods: z26.array(z26.string()),
  regions: z26.array(z26.string()),
  generatedAt: z26.string()
}).meta({
  id: "DemandBoard",
  description: "Open needs by topic \xD7 region \xD7 period \xD7 language. A need that accepts several periods or languages counts in each cell it accepts; totals count each need once."
});
var unmetQuerySchema = demandQuerySchema.omit({ status: true }).extend({
  reason: unmetReasonSchema.optional(),
  ...pageQueryFieldsUpTo(1e3)
});
var unmetNeedSchema = z26.object({
  needId: uuid11,
  memberId: uuid11,
  memberName: z26.string(),
  topicId: uuid11,
  topicCode: z26.string(),
  seats: z26.number().int(),
  regionCode: z26.string(),
  languages: z26.array(z26.string()),
  modes: z26.array(z26.string()),
  periods: z26.array(z26.string()),
  reason: unmetReasonSchema
}).meta({ id: "UnmetNeed" });
var unmetNeedsSchema = z26.object({
  summary: z26.array(z26.object({ reason: unmetReasonSchema, needs: z26.number().int(), seats: z26.number().int() })),
  items: z26.array(unmetNeedSchema).meta({ description: "One page of the unmet needs, oldest first" }),
  total: z26.number().int().meta({ description: "Unmet needs matching the filters (all pages)" }),
  page: z26.number().int(),
  pageSize: z26.number().int()
}).meta({ id: "UnmetNeeds" });
var anonymousDemandSchema = z26.object({
  topicId: uuid11,
  otherMembers: z26.number().int().meta({ description: "Other firms of the mutual with open needs on this topic (never named)" }),
  otherSeats: z26.number().int(),
  ownSeats: z26.number().int()
}).meta({ id: "AnonymousDemand" });
var poolingProblemRequestSchema = z26.object({
  periods: z26.array(monthPeriodSchema).min(1).max(36),
  topicIds: z26.array(uuid11).max(500).optional().meta({ description: "Only these topics (default: all)" }),
  policy: z26.object({
    unservedSeatPenaltyCents: z26.number().int().min(0).optional(),
    minMembersPerSession: z26.number().int().min(1).max(50).optional(),
    timeLimitSeconds: z26.number().positive().max(3600).optional(),
    allocationRule: z26.enum(["per_seat", "fixed_equal_by_firm", "small_firm_discount"]).optional(),
    smallFirmDiscount: z26.number().min(0).lt(1).optional()
  }).optional()
}).meta({ id: "PoolingProblemRequest" });
var leftOut = z26.object({ id: z26.string(), reason: z26.string() });
var poolingProblemBuildSchema = z26.object({
  problem: z26.record(z26.string(), z26.unknown()).meta({ description: "The pooling problem, exactly as the shared spec pooling.md defines it" }),
  leftOutNeeds: z26.array(leftOut),
  leftOutCourses: z26.array(leftOut)
}).meta({ id: "PoolingProblemBuild" });
var XLSX2 = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
var demandEndpoints = {
  board: endpoint({
    method: "get",
    path: "/api/demand",
    tag: "demand",
    summary: "Open needs by topic \xD7 region \xD7 period \xD7 language, each cell marked ready or with what it lacks: one page of cells (ready first, then most seats) and the heat map\u2019s sums",
    query: demandBoardQuerySchema,
    response: demandBoardSchema
  }),
  unmet: endpoint({
    method: "get",
    path: "/api/demand/unmet",
    tag: "demand",
    summary: "Open needs that cannot be met yet, with the reason, and a count per reason",
    query: unmetQuerySchema,
    response: unmetNeedsSchema
  }),
  export: endpoint({
    method: "get",
    path: "/api/demand/export",
    tag: "demand",
    summary: "The board and the unmet needs (first 10,000) as an XLSX workbook, in the caller\u2019s language",
    query: demandQuerySchema,
    response: fileAnswer(XLSX2)
  }),
  anonymous: endpoint({
    method: "get",
    path: "/api/demand/topics/{topicId}",
    tag: "demand",
    summary: "Anonymous demand on a topic: how many other firms want how many seats (never who)",
    params: topicIdParamSchema,
    response: anonymousDemandSchema
  }),
  poolingProblem: endpoint({
    method: "post",
    path: "/api/demand/pooling-problem",
    tag: "demand",
    summary: "Build the pooling problem (shared spec pooling.md) from open needs and approved courses for the chosen periods",
    body: poolingProblemRequestSchema,
    response: poolingProblemBuildSchema
  })
};

// packages/contracts/src/quotes.ts
import { z as z27 } from "zod";
var uuid12 = z27.string().uuid();
var isoDate9 = isoDateSchema;
var quoteRequestStatusSchema = z27.enum(QUOTE_REQUEST_STATUSES).meta({ id: "QuoteRequestStatus" });
var quoteProviderStatusSchema = z27.enum(QUOTE_PROVIDER_STATUSES).meta({ id: "QuoteProviderStatus" });
var createQuoteRequestSchema = z27.object({
  topicId: uuid12,
  title: z27.string().trim().min(1).max(300),
  details: z27.string().max(1e4).optional(),
  regionCode: quebecRegionCodeSchema.nullable().optional(),
  language: trainingLanguageSchema.nullable().optional(),
  modes: z27.array(trainingModeSchema).max(2).optional(),
  periods: z27.array(monthPeriodSchema).max(36).optional(),
  needIds: z27.array(uuid12).max(5e3).optional().meta({ description: "The needs asked about; when absent, the open needs of the cell (topic, region, periods, language) are used" }),
  providerIds: z27.array(uuid12).min(1).max(50),
  responseDueOn: isoDate9.nullable().optional()
}).meta({ id: "CreateQuoteRequest" });
var quoteAnswerRequestSchema = z27.object({
  fixedCostCents: centsSchema,
  seatCostCents: centsSchema,
  minSeats: z27.number().int().min(1).max(1e3),
  maxSeats: z27.number().int().min(1).max(1e3),
  periods: z27.array(monthPeriodSchema).min(1).max(36),
  durationHours: z27.number().positive().max(2e3).nullable().optional(),
  conditions: z27.string().max(1e4).optional()
}).refine((v) => v.maxSeats >= v.minSeats, { message: "must be at least minSeats", path: ["maxSeats"] }).meta({ id: "QuoteAnswerRequest" });
var declineQuoteRequestSchema = z27.object({ reason: z27.string().max(2e3).optional() }).meta({ id: "DeclineQuoteRequest" });
var cancelQuoteRequestSchema = z27.object({ reason: z27.string().max(2e3).optional() }).meta({ id: "CancelQuoteRequest" });
var acceptQuoteRequestSchema = z27.object({
  responseId: uuid12,
  courseId: uuid12.optional().meta({ description: "Update this course of the answering provider; when absent a new approved course is created" }),
  course: z27.object({
    titleFr: z27.string().trim().min(1).max(300).optional(),
    titleEn: z27.string().trim().min(1).max(300).optional(),
    durationHours: z27.number().positive().max(2e3).optional(),
    language: trainingLanguageSchema.optional(),
    mode: trainingModeSchema.optional(),
    regions: z27.array(quebecRegionCodeSchema).max(17).optional(),
    maxSessionsPerPeriod: z27.number().int().min(1).max(100).optional()
  }).optional().meta({ description: "Course details to use instead of those drawn from the request" })
}).meta({ id: "AcceptQuoteRequest" });
var quoteResponseSchema = z27.object({
  id: uuid12,
  providerId: uuid12,
  providerName: z27.string(),
  fixedCostCents: z27.number().int(),
  seatCostCents: z27.number().int(),
  minSeats: z27.number().int(),
  maxSeats: z27.number().int(),
  periods: z27.array(z27.string()),
  durationHours: z27.number().nullable(),
  conditions: z27.string(),
  status: z27.enum(QUOTE_RESPONSE_STATUSES),
  submittedAt: z27.string(),
  comparison: z27.object({
    rank: z27.number().int(),
    totalCents: z27.number().int(),
    perSeatCents: z27.number().int().nullable(),
    meetsMinimum: z27.boolean()
  }).nullable().meta({ description: "Cost of serving the request's seats with this answer (coordinators only; current answers)" })
}).meta({ id: "QuoteResponse" });
var quoteEventSchema = z27.object({
  at: z27.string(),
  kind: z27.string(),
  providerId: uuid12.nullable(),
  actorName: z27.string().nullable(),
  detail: z27.record(z27.string(), z27.unknown())
}).meta({ id: "QuoteEvent" });
var quoteRequestSchema = z27.object({
  id: uuid12,
  topicId: uuid12,
  topicCode: z27.string(),
  topicNameFr: z27.string(),
  topicNameEn: z27.string(),
  title: z27.string(),
  details: z27.string(),
  regionCode: z27.string().nullable(),
  language: z27.string().nullable(),
  modes: z27.array(z27.string()),
  periods: z27.array(z27.string()),
  seats: z27.number().int(),
  membersCount: z27.number().int().meta({ description: "Distinct firms behind the request (never named to providers)" }),
  needIds: z27.array(uuid12).meta({ description: "Coordinators only; empty for trainers" }),
  responseDueOn: z27.string().nullable(),
  status: quoteRequestStatusSchema,
  acceptedResponseId: uuid12.nullable(),
  courseId: uuid12.nullable(),
  providers: z27.array(
    z27.object({ providerId: uuid12, providerName: z27.string(), status: quoteProviderStatusSchema, sentAt: z27.string(), answeredAt: z27.string().nullable() })
  ),
  responses: z27.array(quoteResponseSchema),
  events: z27.array(quoteEventSchema),
  createdAt: z27.string(),
  updatedAt: z27.string()
}).meta({ id: "QuoteRequest" });
var quoteRequestSummarySchema = z27.object({
  id: uuid12,
  topicId: uuid12,
  topicCode: z27.string(),
  title: z27.string(),
  regionCode: z27.string().nullable(),
  language: z27.string().nullable(),
  periods: z27.array(z27.string()),
  seats: z27.number().int(),
  membersCount: z27.number().int(),
  responseDueOn: z27.string().nullable(),
  status: quoteRequestStatusSchema,
  providerCount: z27.number().int(),
  answerCount: z27.number().int(),
  myStatus: quoteProviderStatusSchema.nullable().meta({ description: "Trainers: their provider's status" }),
  createdAt: z27.string()
}).meta({ id: "QuoteRequestSummary" });
var quoteRequestListSchema = pagedListSchema(quoteRequestSummarySchema, "QuoteRequestList");
var quoteRequestListQuerySchema = z27.object({
  status: quoteRequestStatusSchema.optional(),
  topicId: uuid12.optional(),
  // Up to 500 a page: the web app's list and the trainer portal read them in one page.
  ...pageQueryFieldsUpTo(500)
});
var quoteRequestIdParamSchema = z27.object({ quoteRequestId: uuid12 });
var quoteEndpoints = {
  list: endpoint({
    method: "get",
    path: "/api/quotes",
    tag: "quotes",
    summary: "Requests for quotes: all (coordinator) or those sent to the trainer's provider",
    query: quoteRequestListQuerySchema,
    response: quoteRequestListSchema
  }),
  create: endpoint({
    method: "post",
    path: "/api/quotes",
    tag: "quotes",
    summary: "Send a request for quote for a cell (topic, region, periods, language) or a set of needs to chosen providers",
    body: createQuoteRequestSchema,
    response: quoteRequestSchema,
    status: 201
  }),
  get: endpoint({
    method: "get",
    path: "/api/quotes/{quoteRequestId}",
    tag: "quotes",
    summary: "One request: providers, answers side by side (ranked for coordinators), history",
    params: quoteRequestIdParamSchema,
    response: quoteRequestSchema
  }),
  answer: endpoint({
    method: "post",
    path: "/api/quotes/{quoteRequestId}/answer",
    tag: "quotes",
    summary: "Answer for the trainer's provider: fixed price, price per seat, seat limits, periods, conditions",
    params: quoteRequestIdParamSchema,
    body: quoteAnswerRequestSchema,
    response: quoteRequestSchema
  }),
  decline: endpoint({
    method: "post",
    path: "/api/quotes/{quoteRequestId}/decline",
    tag: "quotes",
    summary: "Decline for the trainer's provider",
    params: quoteRequestIdParamSchema,
    body: declineQuoteRequestSchema,
    response: quoteRequestSchema
  }),
  accept: endpoint({
    method: "post",
    path: "/api/quotes/{quoteRequestId}/accept",
    tag: "quotes",
    summary: "Accept one answer: creates an approved course from it, or updates the given course of that provider",
    params: quoteRequestIdParamSchema,
    body: acceptQuoteRequestSchema,
    response: quoteRequestSchema
  }),
  cancel: endpoint({
    method: "post",
    path: "/api/quotes/{quoteRequestId}/cancel",
    tag: "quotes",
    summary: "Cancel an open request",
    params: quoteRequestIdParamSchema,
    body: cancelQuoteRequestSchema,
    response: quoteRequestSchema
  })
};

// packages/contracts/src/pooling.ts
import { z as z28 } from "zod";
var period = z28.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM");
var uuid13 = z28.string().uuid();
var allocationRuleSchema = z28.enum(ALLOCATION_RULES).meta({ id: "AllocationRule" });
var poolingPolicyInputSchema = z28.object({
  unservedSeatPenaltyCents: z28.number().int().min(0).max(1e8).optional().meta({ description: "Cost of leaving one seat unserved (default $1,000)" }),
  minMembersPerSession: z28.number().int().min(1).max(50).optional().meta({ description: "Default: the mutual's minimum firms per session" }),
  timeLimitSeconds: z28.number().int().min(1).max(600).optional().meta({ description: "Default 30 s" }),
  allocationRule: allocationRuleSchema.optional(),
  smallFirmDiscount: z28.number().min(0).max(0.9).optional()
}).strict().meta({ id: "PoolingPolicyInput" });
var startPoolingRunSchema = z28.object({
  label: z28.string().trim().max(200).optional(),
  periods: z28.array(period).min(1).max(36),
  policy: poolingPolicyInputSchema.default({}),
  /** Only these needs (else every open need matching the filters). */
  needIds: z28.array(uuid13).max(5e4).optional(),
  filters: z28.object({
    topicIds: z28.array(uuid13).max(1e3).optional(),
    regionCodes: z28.array(z28.string().regex(/^[0-9]{2}$/, "must be a 2-digit region code")).max(17).optional(),
    memberIds: z28.array(uuid13).max(1e4).optional()
  }).strict().optional()
}).strict().meta({ id: "StartPoolingRun" });
var rerunPoolingRunSchema = z28.object({
  label: z28.string().trim().max(200).optional(),
  /** Policy fields to change (the others stay as in the source run). */
  policy: poolingPolicyInputSchema.optional(),
  /** Session ids of the source run's plan to force into the new plan. */
  pins: z28.array(z28.string().min(1).max(40)).max(500).optional(),
  /** Pinned sessions of the source run's plan to release. */
  unpins: z28.array(z28.string().min(1).max(40)).max(500).optional(),
  /** Session ids of the source run's plan whose offer, period and region may not be used. */
  excludeSessions: z28.array(z28.string().min(1).max(40)).max(500).optional(),
  /** Needs to leave out. */
  excludeNeeds: z28.array(uuid13).max(5e4).optional(),
  /** Needs excluded by the source run to bring back. */
  includeNeeds: z28.array(uuid13).max(5e4).optional(),
  /** Start from the problem without any of the source run's pins and excludes. */
  resetAdjustments: z28.boolean().optional()
}).strict().meta({ id: "RerunPoolingRun" });
var poolingRunStatusSchema = z28.enum(POOLING_RUN_STATUSES).meta({ id: "PoolingRunStatus" });
var poolingProgressSchema = z28.object({
  phase: z28.string().optional(),
  percent: z28.number().optional(),
  objective: z28.number().optional().meta({ description: "Current best objective (dollars)" }),
  lowerBound: z28.number().optional().meta({ description: "Proven lower bound so far (dollars)" }),
  componentsDone: z28.number().optional(),
  componentsTotal: z28.number().optional(),
  elapsedMs: z28.number().optional()
}).loose().meta({ id: "PoolingProgress" });
var poolingRunSummarySchema = z28.object({
  id: z28.string(),
  label: z28.string().nullable(),
  status: poolingRunStatusSchema,
  sourceRunId: z28.string().nullable(),
  progress: poolingProgressSchema,
  error: z28.string().nullable(),
  createdAt: z28.string(),
  startedAt: z28.string().nullable(),
  finishedAt: z28.string().nullable(),
  acceptedAt: z28.string().nullable(),
  createdByName: z28.string().nullable(),
  periods: z28.array(z28.string()),
  needCount: z28.number(),
  totals: z28.record(z28.string(), z28.number()).nullable(),
  bound: z28.object({ lowerBound: z28.number(), gap: z28.number(), optimal: z28.boolean() }).nullable()
}).meta({ id: "PoolingRunSummary" });
var poolingRunListSchema = pagedListSchema(poolingRunSummarySchema, "PoolingRunList");
var poolingRunListQuerySchema = z28.object(pageQueryFieldsUpTo(200));
var planAllocationSchema = z28.object({ needId: z28.string(), memberId: z28.string(), seats: z28.number(), share: z28.number() });
var planSessionSchema = z28.object({
  id: z28.string(),
  offerId: z28.string(),
  period: z28.string(),
  region: z28.string().nullable(),
  seats: z28.number(),
  cost: z28.number(),
  allocations: z28.array(planAllocationSchema),
  pinned: z28.boolean().optional()
}).meta({ id: "PlanSession" });
var poolingPlanSchema = z28.object({
  sessions: z28.array(planSessionSchema),
  unserved: z28.array(z28.object({ needId: z28.string(), seats: z28.number(), reason: z28.string() })),
  members: z28.array(z28.object({ memberId: z28.string(), seats: z28.number(), pooledCost: z28.number(), standaloneCost: z28.number(), savings: z28.number() })),
  totals: z28.object({
    cost: z28.number(),
    penalty: z28.number(),
    objective: z28.number(),
    seatsServed: z28.number(),
    seatsUnserved: z28.number(),
    standaloneCost: z28.number(),
    savings: z28.number()
  }),
  bound: z28.object({ lowerBound: z28.number(), gap: z28.number(), optimal: z28.boolean() }),
  baseline: z28.object({ objective: z28.number(), cost: z28.number(), seatsUnserved: z28.number(), improvement: z28.number() }).optional(),
  warnings: z28.array(z28.object({ memberId: z28.string(), message: z28.string() })).optional(),
  pinsNotKept: z28.array(z28.string()).optional()
}).loose().meta({ id: "PoolingPlan" });
var planFiguresSchema = z28.object({
  realCostCents: z28.number().int().meta({ description: "The plan's sessions' cost, without any penalty" }),
  sessions: z28.number().int(),
  seatsRequested: z28.number().int(),
  seatsServed: z28.number().int(),
  seatsUnserved: z28.number().int(),
  costPerSeatServedCents: z28.number().int().nullable(),
  aloneCostCents: z28.number().int().meta({ description: "What the same served seats would cost if each firm bought private sessions alone" }),
  savingVsAloneCents: z28.number().int(),
  savingVsAloneRate: z28.number(),
  baseline: z28.object({
    realCostCents: z28.number().int(),
    seatsServed: z28.number().int(),
    seatsUnserved: z28.number().int(),
    costPerSeatServedCents: z28.number().int().nullable(),
    savingCents: z28.number().int().meta({ description: "Baseline real cost \u2212 plan real cost" }),
    extraSeatsServed: z28.number().int(),
    costPerSeatSavingRate: z28.number().nullable()
  }).nullable().meta({ description: "Grouping by hand (first come, first served) on the same problem; null for plans stored without it" }),
  technical: z28.object({
    objective: z28.number().meta({ description: "The optimiser's score: real cost + a weight per unserved seat (dollars-like, not money)" }),
    penaltyPerUnservedSeat: z28.number().nullable(),
    lowerBound: z28.number(),
    gap: z28.number(),
    optimal: z28.boolean(),
    baselineObjective: z28.number().nullable(),
    improvementOnObjective: z28.number().nullable(),
    method: z28.object({ byComponent: z28.boolean(), steps: z28.array(z28.enum(PLAN_SOLVER_STEPS)), other: z28.array(z28.string()) }),
    milliseconds: z28.number().nullable(),
    components: z28.number().nullable(),
    componentsOptimal: z28.number().nullable()
  })
}).meta({ id: "PlanFigures" });
var poolingAdjustmentsSchema = z28.object({
  pins: z28.array(z28.object({ id: z28.string(), offerId: z28.string(), period: z28.string(), region: z28.string().nullable(), seats: z28.number(), allocations: z28.array(z28.object({ needId: z28.string(), memberId: z28.string(), seats: z28.number() })) })).optional(),
  excludeSessions: z28.array(z28.object({ offerId: z28.string(), period: z28.string(), region: z28.string().nullable() })).optional(),
  excludeNeeds: z28.array(z28.string()).optional()
}).meta({ id: "PoolingAdjustments" });
var poolingNamesSchema = z28.object({
  members: z28.record(z28.string(), z28.string()),
  offers: z28.record(z28.string(), z28.object({ titleFr: z28.string(), titleEn: z28.string(), providerName: z28.string() })),
  needs: z28.record(z28.string(), z28.object({ memberId: z28.string(), topicFr: z28.string(), topicEn: z28.string(), seats: z28.number() }))
}).meta({ id: "PoolingNames" });
var poolingRunDetailSchema = poolingRunSummarySchema.extend({
  request: z28.record(z28.string(), z28.unknown()),
  policy: z28.record(z28.string(), z28.unknown()),
  adjustments: poolingAdjustmentsSchema,
  plan: poolingPlanSchema.nullable(),
  /** the plan's real figures (null without a plan) */
  figures: planFiguresSchema.nullable(),
  names: poolingNamesSchema,
  acceptedSessionIds: z28.array(z28.string())
}).meta({ id: "PoolingRunDetail" });
var planComparisonRowSchema = z28.object({ key: z28.enum(PLAN_COMPARISON_KEYS), kind: z28.enum(PLAN_MEASURE_KINDS), a: z28.number().nullable(), b: z28.number().nullable(), difference: z28.number().nullable() }).meta({ id: "PlanComparisonRow" });
var poolingComparisonSchema = z28.object({
  a: poolingRunSummarySchema,
  b: poolingRunSummarySchema,
  /** real figures (money in cents, seats): never the optimiser's penalty */
  figures: z28.array(planComparisonRowSchema),
  /** the optimiser's objective (a score), for the technical details */
  technical: z28.array(planComparisonRowSchema),
  sessions: z28.object({
    both: z28.array(z28.object({ a: planSessionSchema, b: planSessionSchema })),
    onlyA: z28.array(planSessionSchema),
    onlyB: z28.array(planSessionSchema)
  }),
  names: poolingNamesSchema
}).meta({ id: "PoolingComparison" });
var acceptPoolingRunSchema = z28.object({}).strict().meta({ id: "AcceptPoolingRun" });
var acceptedPlanSchema = z28.object({ runId: z28.string(), sessionIds: z28.array(z28.string()), reservations: z28.number(), needsPlanned: z28.number() }).meta({ id: "AcceptedPlan" });
var savingsLineSchema = z28.object({
  needId: z28.string(),
  sessionId: z28.string(),
  topicFr: z28.string(),
  topicEn: z28.string(),
  courseFr: z28.string(),
  courseEn: z28.string(),
  period: z28.string(),
  regionCode: z28.string().nullable(),
  sessionStatus: z28.string(),
  seats: z28.number(),
  pooledCents: z28.number(),
  standaloneCents: z28.number(),
  savingsCents: z28.number()
}).meta({ id: "SavingsLine" });
var savingsTotalsSchema = z28.object({ seats: z28.number(), pooledCents: z28.number(), standaloneCents: z28.number(), savingsCents: z28.number() });
var myFirmSavingsSchema = pagedListSchema(savingsLineSchema, "SavingsLineList").extend({
  memberId: z28.string(),
  memberName: z28.string(),
  year: z28.number(),
  /** over every line, all years */
  totals: savingsTotalsSchema,
  /** sessions of `year` only (periods YYYY-MM of that year) */
  yearToDate: savingsTotalsSchema
}).meta({ id: "MyFirmSavings" });
var savingsQuerySchema = z28.object({
  year: z28.coerce.number().int().min(2e3).max(2100).optional(),
  lang: z28.enum(["fr", "en"]).optional()
});
var savingsListQuerySchema = savingsQuerySchema.extend(pageQueryFieldsUpTo(500));
var runIdParamSchema = z28.object({ runId: uuid13 });
var compareQuerySchema = z28.object({ a: uuid13, b: uuid13 });
var poolingRunInputSchema = z28.object({ problem: z28.record(z28.string(), z28.unknown()), adjustments: poolingAdjustmentsSchema });
var poolingRunEndpoints = {
  start: endpoint({
    method: "post",
    path: "/api/pooling/runs",
    tag: "pooling",
    summary: "Build a pooling problem from the mutual's open needs and approved courses for the chosen periods and policy, and run it in the background",
    description: "Queued; poll GET /api/pooling/runs/{runId}",
    body: startPoolingRunSchema,
    response: poolingRunDetailSchema,
    status: 202
  }),
  list: endpoint({
    method: "get",
    path: "/api/pooling/runs",
    tag: "pooling",
    summary: "The mutual's pooling runs, newest first (without problems and plans)",
    query: poolingRunListQuerySchema,
    response: poolingRunListSchema
  }),
  // served before get, so that "compare" is not read as a run id
  compare: endpoint({
    method: "get",
    path: "/api/pooling/runs/compare",
    tag: "pooling",
    summary: "Two runs side by side: totals, differences, and the sessions only one of them has",
    query: compareQuerySchema,
    response: poolingComparisonSchema
  }),
  get: endpoint({
    method: "get",
    path: "/api/pooling/runs/{runId}",
    tag: "pooling",
    summary: "A run: status, progress (poll it), its plan with firm and course names",
    params: runIdParamSchema,
    response: poolingRunDetailSchema
  }),
  problem: endpoint({
    method: "get",
    path: "/api/pooling/runs/{runId}/problem",
    tag: "pooling",
    summary: "A run's full input: the problem (pooling contract JSON) and the pins and excludes applied to it",
    params: runIdParamSchema,
    response: poolingRunInputSchema
  }),
  cancel: endpoint({
    method: "post",
    path: "/api/pooling/runs/{runId}/cancel",
    tag: "pooling",
    summary: "Cancel a queued or running run (its worker is stopped)",
    params: runIdParamSchema,
    response: poolingRunDetailSchema
  }),
  rerun: endpoint({
    method: "post",
    path: "/api/pooling/runs/{runId}/rerun",
    tag: "pooling",
    summary: "Run a stored problem again, with sessions of its plan pinned or excluded, needs excluded, or policy changes",
    params: runIdParamSchema,
    body: rerunPoolingRunSchema,
    response: poolingRunDetailSchema,
    status: 202
  }),
  accept: endpoint({
    method: "post",
    path: "/api/pooling/runs/{runId}/accept",
    tag: "pooling",
    summary: "Accept a run's plan: its sessions are created as proposed with seats reserved per member and need, and the needs become planned",
    params: runIdParamSchema,
    body: acceptPoolingRunSchema,
    bodyOptional: true,
    response: acceptedPlanSchema
  })
};
var savingsEndpoints = {
  mine: endpoint({
    method: "get",
    path: "/api/my-firm/savings",
    tag: "pooling",
    summary: "The firm's savings from pooling: each need's pooled share against its cost alone, and the year's totals",
    query: savingsListQuerySchema,
    response: myFirmSavingsSchema
  }),
  statement: endpoint({
    method: "get",
    path: "/api/my-firm/savings/statement.pdf",
    tag: "pooling",
    summary: "The firm's savings statement for a year, as a bilingual PDF (lang = the language shown first)",
    query: savingsQuerySchema,
    response: fileAnswer("application/pdf")
  })
};

// packages/domain/src/governance/board.ts
var BOARD_SEAT_KINDS = ["employer", "workforce", "other"];
var BOARD_OFFICES = ["chair", "vice_chair", "secretary", "treasurer", "director"];
var MEETING_KINDS = ["regular", "special", "annual_general"];
var DECISION_OUTCOMES = ["adopted", "rejected", "deferred"];
var LEADER_ROLES = ["chair", "coordinator", "champion"];
var CONTRIBUTION_KINDS = ["meeting", "recruitment", "resource"];
var sitsOn = /* @__PURE__ */ __name((term, day) => term.termStart <= day && (term.termEnd === null || term.termEnd >= day), "sitsOn");
var BOARD_BREACHES = ["no_board", "employer_not_majority", "no_workforce_representative"];
var BOARD_WARNINGS = ["no_chair", "vacant_seats"];
function checkBoardComposition(sitting, seats = sitting.length) {
  const count2 = /* @__PURE__ */ __name((kind) => sitting.filter((m) => m.seatKind === kind).length, "count");
  const employer = count2("employer");
  const workforce = count2("workforce");
  const other = count2("other");
  const total = sitting.length;
  const employerMajorityNeeds = Math.floor(total / 2) + 1;
  const breaches = [];
  if (total === 0) breaches.push("no_board");
  else {
    if (employer < employerMajorityNeeds) breaches.push("employer_not_majority");
    if (workforce === 0) breaches.push("no_workforce_representative");
  }
  const warnings = [];
  if (total > 0 && !sitting.some((m) => m.office === "chair")) warnings.push("no_chair");
  const vacantSeats = Math.max(0, seats - total);
  if (vacantSeats > 0) warnings.push("vacant_seats");
  return { sitting: total, employer, workforce, other, employerMajorityNeeds, vacantSeats, breaches, warnings, compliant: breaches.length === 0 };
}
__name(checkBoardComposition, "checkBoardComposition");
function hasQuorum(present, sitting) {
  return sitting > 0 && present > sitting / 2;
}
__name(hasQuorum, "hasQuorum");
function attendanceRate(meetings) {
  const sitting = meetings.reduce((n, m) => n + m.sitting, 0);
  return sitting === 0 ? 0 : meetings.reduce((n, m) => n + m.present, 0) / sitting;
}
__name(attendanceRate, "attendanceRate");

// packages/domain/src/governance/ecosystem.ts
var PARTNER_KINDS = [
  "csmo",
  "college",
  "school_service_centre",
  "services_quebec",
  "employer_association",
  "chamber_of_commerce",
  "funder",
  "trainer",
  "other"
];
var SUPPORT_KINDS = ["material", "organisational", "financial"];
function fundingDiversity(amountsBySource) {
  const positive = amountsBySource.filter((a) => a > 0);
  const total = positive.reduce((s, a) => s + a, 0);
  if (total === 0) return 0;
  return 1 - positive.reduce((s, a) => s + (a / total) ** 2, 0);
}
__name(fundingDiversity, "fundingDiversity");
var runsOn = /* @__PURE__ */ __name((p, day) => p.startsOn <= day && (p.endsOn === null || p.endsOn >= day), "runsOn");

// packages/domain/src/governance/recognition.ts
var MUTUAL_BASES = ["regional", "sectoral", "client_subcontractor", "specific_clientele", "csmo", "parity_committee"];
var EMPLOYER_GROUP_BASES = ["regional", "sectoral", "client_subcontractor", "specific_clientele"];
var isEmployerGroup = /* @__PURE__ */ __name((basis) => EMPLOYER_GROUP_BASES.includes(basis), "isEmployerGroup");
var requiresSupportingResolution = /* @__PURE__ */ __name((basis) => basis === "sectoral", "requiresSupportingResolution");
var RECOGNITION_STATUSES = ["none", "applied", "recognised", "refused", "under_notice", "suspended", "revoked"];
var RECOGNITION_EVENTS = ["applied", "recognised", "refused", "notice_given", "suspended", "revoked", "restored"];
var NOTICE_MIN_DAYS = 10;
var MOVES = {
  applied: { from: ["none", "refused", "revoked"], to: "applied" },
  recognised: { from: ["applied"], to: "recognised" },
  refused: { from: ["applied"], to: "refused" },
  notice_given: { from: ["recognised"], to: "under_notice" },
  suspended: { from: ["under_notice"], to: "suspended" },
  revoked: { from: ["under_notice", "suspended"], to: "revoked" },
  restored: { from: ["under_notice", "suspended"], to: "recognised" }
};
var earliestAnswerDue = /* @__PURE__ */ __name((noticeOn) => addDays(noticeOn, NOTICE_MIN_DAYS), "earliestAnswerDue");
function nextRecognitionEvents(status) {
  return RECOGNITION_EVENTS.filter((k) => MOVES[k].from.includes(status));
}
__name(nextRecognitionEvents, "nextRecognitionEvents");
function recognitionStatusOf(events) {
  let status = "none";
  for (const e of events) status = MOVES[e.kind].to;
  return status;
}
__name(recognitionStatusOf, "recognitionStatusOf");
function recognitionStatusOn(events, day) {
  return recognitionStatusOf(events.filter((e) => e.occurredOn <= day));
}
__name(recognitionStatusOn, "recognitionStatusOn");
function pendingNotice(events) {
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].kind === "notice_given") return events[i];
    if (events[i].kind === "recognised" || events[i].kind === "restored") return void 0;
  }
  return void 0;
}
__name(pendingNotice, "pendingNotice");
function checkRecognitionEvent(history, next) {
  const from = recognitionStatusOf(history);
  if (!MOVES[next.kind].from.includes(from)) return { reason: "transition_not_allowed", from };
  const last = history.at(-1);
  if (last && next.occurredOn < last.occurredOn) return { reason: "before_last_event", lastOn: last.occurredOn };
  if (next.kind === "notice_given") {
    if (!next.answerDueOn) return { reason: "answer_due_missing" };
    const earliest = earliestAnswerDue(next.occurredOn);
    if (next.answerDueOn < earliest) return { reason: "notice_too_short", earliestDueOn: earliest };
  }
  if (next.kind === "suspended" || next.kind === "revoked" && from === "under_notice") {
    const notice = pendingNotice(history);
    const due = notice?.answerDueOn ?? (notice ? earliestAnswerDue(notice.occurredOn) : null);
    if (due && next.occurredOn <= due) return { reason: "answer_period_running", answerDueOn: due };
  }
  return null;
}
__name(checkRecognitionEvent, "checkRecognitionEvent");
function paymentsCountAsTrainingSpending(status) {
  return status === "recognised" || status === "under_notice";
}
__name(paymentsCountAsTrainingSpending, "paymentsCountAsTrainingSpending");
function spansPaymentsDidNotCount(events, from, to) {
  const spans = [];
  let counts = paymentsCountAsTrainingSpending(recognitionStatusOn(events, from));
  let start = from;
  for (const [i, e] of events.entries()) {
    if (e.occurredOn <= from || e.occurredOn > to) continue;
    const next = paymentsCountAsTrainingSpending(recognitionStatusOf(events.slice(0, i + 1)));
    if (next === counts) continue;
    const end = addDays(e.occurredOn, -1);
    if (!counts && end >= start) spans.push({ from: start, to: end });
    counts = next;
    start = e.occurredOn;
  }
  if (!counts) spans.push({ from: start, to });
  return spans;
}
__name(spansPaymentsDidNotCount, "spansPaymentsDidNotCount");
function answerDueOf(events) {
  if (recognitionStatusOf(events) !== "under_notice") return null;
  const notice = pendingNotice(events);
  return notice ? notice.answerDueOn ?? earliestAnswerDue(notice.occurredOn) : null;
}
__name(answerDueOf, "answerDueOf");
var RECOGNITION_FILE_GAPS = [
  "legal_name",
  "neq",
  "skills_problems",
  "pooling_rationale",
  "supporting_resolution",
  "viability_target",
  "too_few_members",
  "board_breaks_rules"
];
function recognitionFileGaps(f) {
  const gaps = [];
  if (!f.legalName?.trim()) gaps.push("legal_name");
  if (!f.neq?.trim()) gaps.push("neq");
  if (!f.skillsProblems.trim()) gaps.push("skills_problems");
  if (!f.poolingRationale.trim()) gaps.push("pooling_rationale");
  if (requiresSupportingResolution(f.basis) && !f.hasSupportingResolution) gaps.push("supporting_resolution");
  if (f.viableMembers === null) gaps.push("viability_target");
  else if (f.activeMembers < f.viableMembers) gaps.push("too_few_members");
  if (isEmployerGroup(f.basis) && f.boardBreaches > 0) gaps.push("board_breaks_rules");
  return gaps;
}
__name(recognitionFileGaps, "recognitionFileGaps");

// packages/domain/src/governance/suppression.ts
var MIN_PEOPLE_PER_CELL = 5;
var MIN_FIRMS_PER_CELL = 3;
function isSmallCell(base) {
  const small = /* @__PURE__ */ __name((n, min) => n !== null && n !== void 0 && n > 0 && n < min, "small");
  return small(base.people, MIN_PEOPLE_PER_CELL) || small(base.firms, MIN_FIRMS_PER_CELL);
}
__name(isSmallCell, "isSmallCell");

// packages/domain/src/governance/scorecard.ts
var SCORECARD_DIMENSIONS = ["leadership", "ecosystem", "viability", "reach", "results"];
var INDICATOR_KEYS = [
  "board_compliant",
  "board_meetings",
  "board_attendance",
  "active_leaders",
  "active_partners",
  "partner_kinds",
  "support_kinds",
  "financial_support",
  "funding_diversity",
  "active_members",
  "renewal_rate",
  "ledger_balance",
  "grant_dependency",
  "firms_served",
  "workers_served",
  "micro_small_share",
  "low_skilled_share",
  "retention_12m",
  "wage_change",
  "productivity_change"
];
var INDICATOR_UNITS = ["flag", "share", "count", "cents"];
var INDICATOR_SOURCES = ["board", "ecosystem", "members", "activity", "finance", "evidence"];
var RATINGS = ["green", "amber", "red", "none"];
var RATING_REASONS = ["meets_target", "below_target", "below_alert", "above_target", "above_alert", "breaks_rules", "not_available", "suppressed"];
var def = /* @__PURE__ */ __name((key, dimension, unit, source, defaultThreshold, restsOn = "nobody", better = "higher") => ({ key, dimension, unit, better, source, defaultThreshold, restsOn }), "def");
var INDICATORS = [
  def("board_compliant", "leadership", "flag", "board", null),
  def("board_meetings", "leadership", "count", "board", { green: 4, amber: 2 }),
  def("board_attendance", "leadership", "share", "board", { green: 0.75, amber: 0.6 }),
  def("active_leaders", "leadership", "count", "board", { green: 4, amber: 2 }),
  def("active_partners", "ecosystem", "count", "ecosystem", { green: 6, amber: 3 }),
  def("partner_kinds", "ecosystem", "count", "ecosystem", { green: 4, amber: 2 }),
  def("support_kinds", "ecosystem", "count", "ecosystem", { green: 3, amber: 2 }),
  def("financial_support", "ecosystem", "cents", "ecosystem", { green: 5e6, amber: 15e5 }),
  def("funding_diversity", "ecosystem", "share", "ecosystem", { green: 0.5, amber: 0.25 }),
  def("active_members", "viability", "count", "members", { green: 30, amber: 15 }, "firms"),
  def("renewal_rate", "viability", "share", "members", { green: 0.85, amber: 0.7 }, "firms"),
  def("ledger_balance", "viability", "cents", "finance", { green: 5e6, amber: 0 }),
  def("grant_dependency", "viability", "share", "finance", { green: 0.5, amber: 0.7 }, "nobody", "lower"),
  def("firms_served", "reach", "count", "activity", { green: 20, amber: 10 }, "firms"),
  def("workers_served", "reach", "count", "activity", { green: 150, amber: 60 }, "people"),
  def("micro_small_share", "reach", "share", "activity", { green: 0.6, amber: 0.4 }, "firms"),
  def("low_skilled_share", "reach", "share", "activity", { green: 0.4, amber: 0.25 }, "people"),
  def("retention_12m", "results", "share", "evidence", { green: 0.85, amber: 0.75 }, "people"),
  def("wage_change", "results", "share", "evidence", { green: 0.03, amber: 0 }, "people"),
  def("productivity_change", "results", "share", "evidence", { green: 0.02, amber: 0 }, "firms")
];
var indicatorDefinition = /* @__PURE__ */ __name((key) => INDICATORS.find((d) => d.key === key), "indicatorDefinition");
function isValidThreshold(key, t) {
  const d = indicatorDefinition(key);
  if (!d.defaultThreshold) return false;
  if (!Number.isFinite(t.green) || !Number.isFinite(t.amber)) return false;
  if (d.unit === "share" && d.source !== "evidence" && (t.green < 0 || t.green > 1 || t.amber < 0 || t.amber > 1)) return false;
  return d.better === "higher" ? t.green >= t.amber : t.green <= t.amber;
}
__name(isValidThreshold, "isValidThreshold");
var missing = { value: null, status: "not_available", base: {} };
var ok = /* @__PURE__ */ __name((value, base = {}, numerator, denominator) => ({
  value,
  status: "ok",
  base,
  ...numerator !== void 0 ? { numerator, denominator } : {}
}), "ok");
var share = /* @__PURE__ */ __name((num, den, base) => den > 0 ? ok(Math.round(num / den * 1e4) / 1e4, base, num, den) : missing, "share");
function computeIndicators(f) {
  const financial = f.ecosystem.financialByPartnerCents;
  const a = f.activity;
  const e = f.evidence;
  const evidence = /* @__PURE__ */ __name((v, base) => v === null || v === void 0 ? missing : ok(v, base), "evidence");
  return {
    board_compliant: f.board ? ok(f.board.compliant ? 1 : 0) : missing,
    board_meetings: f.board ? ok(f.board.meetings.length) : missing,
    board_attendance: f.board && f.board.meetings.length > 0 ? ok(Math.round(attendanceRate(f.board.meetings) * 1e4) / 1e4) : missing,
    active_leaders: ok(f.activeLeaders),
    active_partners: ok(f.ecosystem.activePartners),
    partner_kinds: ok(f.ecosystem.partnerKinds),
    support_kinds: ok(f.ecosystem.supportKinds),
    financial_support: ok(financial.reduce((s, c) => s + c, 0)),
    funding_diversity: ok(Math.round(fundingDiversity(financial) * 1e4) / 1e4),
    active_members: ok(f.members.activeAtEnd, { firms: f.members.activeAtEnd }),
    renewal_rate: share(f.members.renewed, f.members.activeAtStart, { firms: f.members.activeAtStart }),
    ledger_balance: f.finance ? ok(f.finance.balanceCents) : missing,
    grant_dependency: f.finance ? ok(f.finance.grantDependency) : missing,
    firms_served: a ? ok(a.firmsServed, { firms: a.firmsServed }) : missing,
    workers_served: a ? ok(a.workersServed, { people: a.workersServed }) : missing,
    micro_small_share: a ? share(a.microSmallFirmsServed, a.firmsServed, { firms: a.firmsServed }) : missing,
    low_skilled_share: a ? share(a.lowSkilledWorkersServed, a.workersServed, { people: a.workersServed }) : missing,
    retention_12m: evidence(e?.retention12m, { people: e?.people }),
    wage_change: evidence(e?.wageChange, { people: e?.people }),
    productivity_change: evidence(e?.productivityChange, { firms: e?.firms })
  };
}
__name(computeIndicators, "computeIndicators");
function suppressSmallCells(values) {
  const out = { ...values };
  for (const key of INDICATOR_KEYS) {
    const v = values[key];
    if (v.status === "ok" && isSmallCell(v.base)) out[key] = { value: null, status: "suppressed", base: {} };
  }
  return out;
}
__name(suppressSmallCells, "suppressSmallCells");
function rateIndicator(key, v, threshold) {
  if (v.status === "suppressed") return { rating: "none", reason: "suppressed" };
  if (v.value === null) return { rating: "none", reason: "not_available" };
  const d = indicatorDefinition(key);
  if (d.unit === "flag") return v.value >= 1 ? { rating: "green", reason: "meets_target" } : { rating: "red", reason: "breaks_rules" };
  const t = threshold ?? d.defaultThreshold;
  if (!t) return { rating: "none", reason: "not_available" };
  if (d.better === "higher") {
    if (v.value >= t.green) return { rating: "green", reason: "meets_target" };
    if (v.value >= t.amber) return { rating: "amber", reason: "below_target" };
    return { rating: "red", reason: "below_alert" };
  }
  if (v.value <= t.green) return { rating: "green", reason: "meets_target" };
  if (v.value <= t.amber) return { rating: "amber", reason: "above_target" };
  return { rating: "red", reason: "above_alert" };
}
__name(rateIndicator, "rateIndicator");
var TREND_DIRECTIONS = ["rising", "falling", "steady", "unknown"];
function trendOf(key, series) {
  const known = series.filter((v) => v !== null);
  if (known.length < 2) return { direction: "unknown", improving: null, change: null };
  const last = known[known.length - 1];
  const previous = known[known.length - 2];
  const change = last - previous;
  const d = indicatorDefinition(key);
  const scale = d.unit === "share" || d.unit === "flag" ? 1 : Math.max(Math.abs(previous), 1);
  if (Math.abs(change) <= 0.02 * scale) return { direction: "steady", improving: null, change };
  const rising = change > 0;
  return { direction: rising ? "rising" : "falling", improving: d.better === "higher" ? rising : !rising, change };
}
__name(trendOf, "trendOf");

// packages/contracts/src/governance.ts
import { z as z29 } from "zod";
var uuid14 = z29.string().uuid();
var text = /* @__PURE__ */ __name((max) => z29.string().trim().max(max), "text");
var year = z29.number().int().min(1990).max(2100);
var mutualBasisSchema = z29.enum(MUTUAL_BASES).meta({ id: "MutualBasis", description: "The basis of recognition (s.3)" });
var recognitionStatusSchema = z29.enum(RECOGNITION_STATUSES).meta({ id: "RecognitionStatus" });
var recognitionEventKindSchema = z29.enum(RECOGNITION_EVENTS).meta({ id: "RecognitionEventKind" });
var boardSeatKindSchema = z29.enum(BOARD_SEAT_KINDS).meta({ id: "BoardSeatKind" });
var boardOfficeSchema = z29.enum(BOARD_OFFICES).meta({ id: "BoardOffice" });
var meetingKindSchema = z29.enum(MEETING_KINDS).meta({ id: "MeetingKind" });
var decisionOutcomeSchema = z29.enum(DECISION_OUTCOMES).meta({ id: "DecisionOutcome" });
var leaderRoleSchema = z29.enum(LEADER_ROLES).meta({ id: "LeaderRole" });
var contributionKindSchema = z29.enum(CONTRIBUTION_KINDS).meta({ id: "ContributionKind" });
var partnerKindSchema = z29.enum(PARTNER_KINDS).meta({ id: "PartnerKind" });
var supportKindSchema = z29.enum(SUPPORT_KINDS).meta({ id: "SupportKind" });
var indicatorKeySchema = z29.enum(INDICATOR_KEYS).meta({ id: "IndicatorKey" });
var governanceDocumentSchema = z29.object({ id: uuid14, filename: z29.string(), contentType: z29.string(), sizeBytes: z29.number().int(), uploadedAt: z29.string(), uploadedByName: z29.string().nullable() }).meta({ id: "GovernanceDocument" });
var recognitionEventSchema = z29.object({
  id: uuid14,
  kind: recognitionEventKindSchema,
  occurredOn: z29.string(),
  answerDueOn: z29.string().nullable(),
  note: z29.string(),
  documents: z29.array(governanceDocumentSchema),
  createdAt: z29.string(),
  createdByName: z29.string().nullable()
}).meta({ id: "RecognitionEvent" });
var recognitionStandingSchema = z29.object({
  mutualId: uuid14,
  status: recognitionStatusSchema,
  since: z29.string().nullable(),
  answerDueOn: z29.string().nullable(),
  paymentsCount: z29.boolean().meta({ description: "Whether payments to the mutual count as training spending today (s.1)" })
}).meta({ id: "RecognitionStanding" });
var recognitionFileSchema = z29.object({
  mutualId: uuid14,
  mutualName: z29.string(),
  basis: mutualBasisSchema,
  legalName: z29.string(),
  neq: z29.string(),
  incorporatedOn: z29.string().nullable(),
  address: z29.string(),
  skillsProblems: z29.string(),
  poolingRationale: z29.string(),
  collaboration: z29.string(),
  viableMembers: z29.number().int().nullable(),
  viabilityBudgetCents: z29.number().int().nullable(),
  viabilityActivity: z29.string(),
  resolutionRequired: z29.boolean().meta({ description: "A sectoral group needs its CSMO\u2019s supporting resolution (s.5)" }),
  resolutionBody: z29.string(),
  resolutionAdoptedOn: z29.string().nullable(),
  resolutionReference: z29.string(),
  standing: recognitionStandingSchema,
  nextEvents: z29.array(recognitionEventKindSchema),
  events: z29.array(recognitionEventSchema),
  activeMembers: z29.number().int(),
  members: z29.array(z29.object({ id: uuid14, legalName: z29.string(), sizeClass: z29.enum(SIZE_CLASS_CODES), regionCode: z29.string(), joinedOn: z29.string().nullable() })),
  boardCompliant: z29.boolean(),
  boardBreaches: z29.array(z29.enum(BOARD_BREACHES)),
  gaps: z29.array(z29.enum(RECOGNITION_FILE_GAPS)).meta({ description: "What the application still lacks (s.4\u20135)" }),
  documents: z29.array(governanceDocumentSchema),
  updatedAt: z29.string().nullable()
}).meta({ id: "RecognitionFile" });
var updateRecognitionFileSchema = z29.object({
  basis: mutualBasisSchema,
  legalName: text(200),
  neq: z29.string().regex(/^[0-9]{10}$/, "ten digits").or(z29.literal("")),
  incorporatedOn: isoDateSchema.nullable(),
  address: text(500),
  skillsProblems: text(5e3),
  poolingRationale: text(5e3),
  collaboration: text(5e3),
  viableMembers: z29.number().int().min(1).max(1e5).nullable(),
  viabilityBudgetCents: centsSchema.nullable(),
  viabilityActivity: text(5e3),
  resolutionBody: text(200),
  resolutionAdoptedOn: isoDateSchema.nullable(),
  resolutionReference: text(200)
}).partial().meta({ id: "UpdateRecognitionFile" });
var recordRecognitionEventSchema = z29.object({
  kind: recognitionEventKindSchema,
  occurredOn: isoDateSchema,
  answerDueOn: isoDateSchema.nullable().optional().meta({ description: "For a notice: at least 10 days after it (s.7)" }),
  note: text(5e3).optional()
}).meta({ id: "RecordRecognitionEvent" });
var boardCompositionSchema = z29.object({
  on: z29.string(),
  sitting: z29.number().int(),
  employer: z29.number().int(),
  workforce: z29.number().int(),
  other: z29.number().int(),
  employerMajorityNeeds: z29.number().int(),
  vacantSeats: z29.number().int(),
  breaches: z29.array(z29.enum(BOARD_BREACHES)),
  warnings: z29.array(z29.enum(BOARD_WARNINGS)),
  compliant: z29.boolean()
}).meta({ id: "BoardComposition" });
var boardMemberSchema = z29.object({
  id: uuid14,
  seatId: uuid14,
  seatKind: boardSeatKindSchema,
  seatLabel: z29.string(),
  name: z29.string(),
  organisation: z29.string(),
  memberId: uuid14.nullable(),
  memberName: z29.string().nullable(),
  email: z29.string().nullable(),
  office: boardOfficeSchema,
  termStart: z29.string(),
  termEnd: z29.string().nullable(),
  sitting: z29.boolean(),
  userId: uuid14.nullable()
}).meta({ id: "BoardMember" });
var boardSeatSchema = z29.object({ id: uuid14, kind: boardSeatKindSchema, label: z29.string(), position: z29.number().int(), active: z29.boolean(), holderId: uuid14.nullable(), holderName: z29.string().nullable() }).meta({ id: "BoardSeat" });
var boardSchema = z29.object({
  seats: z29.array(boardSeatSchema),
  members: z29.array(boardMemberSchema),
  composition: boardCompositionSchema,
  canManage: z29.boolean().meta({ description: "Whether the caller may change the board and record its meetings (coordinator or chair)" })
}).meta({ id: "Board" });
var boardQuerySchema = z29.object({ on: isoDateSchema.optional().meta({ description: "The day the composition is checked on (default today)" }) });
var createBoardSeatSchema = z29.object({ kind: boardSeatKindSchema, label: text(120).min(1) }).meta({ id: "CreateBoardSeat" });
var updateBoardSeatSchema = z29.object({ kind: boardSeatKindSchema, label: text(120).min(1), position: z29.number().int().min(0).max(1e3), active: z29.boolean() }).partial().meta({ id: "UpdateBoardSeat" });
var boardMemberFields = {
  seatId: uuid14,
  name: text(200).min(1),
  organisation: text(200),
  memberId: uuid14.nullable(),
  email: z29.string().trim().email().max(254).nullable(),
  office: boardOfficeSchema,
  termStart: isoDateSchema,
  termEnd: isoDateSchema.nullable(),
  userId: uuid14.nullable().meta({ description: "A board_viewer account of the mutual; when the office is chair, that account records meetings" })
};
var createBoardMemberSchema = z29.object({ ...boardMemberFields, organisation: boardMemberFields.organisation.optional(), memberId: boardMemberFields.memberId.optional(), email: boardMemberFields.email.optional(), office: boardOfficeSchema.optional(), termEnd: boardMemberFields.termEnd.optional(), userId: boardMemberFields.userId.optional() }).meta({ id: "CreateBoardMember" });
var updateBoardMemberSchema = z29.object(boardMemberFields).partial().meta({ id: "UpdateBoardMember" });
var meetingAttendanceSchema = z29.object({ boardMemberId: uuid14, name: z29.string(), seatKind: boardSeatKindSchema, office: boardOfficeSchema, present: z29.boolean() });
var boardDecisionSchema = z29.object({ id: uuid14, position: z29.number().int(), text: z29.string(), outcome: decisionOutcomeSchema }).meta({ id: "BoardDecision" });
var boardMeetingSummarySchema = z29.object({ id: uuid14, heldOn: z29.string(), kind: meetingKindSchema, held: z29.boolean(), present: z29.number().int(), sitting: z29.number().int(), quorum: z29.boolean(), decisions: z29.number().int() }).meta({ id: "BoardMeetingSummary" });
var boardMeetingSchema = z29.object({
  id: uuid14,
  heldOn: z29.string(),
  kind: meetingKindSchema,
  held: z29.boolean(),
  agenda: z29.string(),
  minutes: z29.string(),
  present: z29.number().int(),
  sitting: z29.number().int(),
  quorum: z29.boolean(),
  attendance: z29.array(meetingAttendanceSchema),
  decisions: z29.array(boardDecisionSchema),
  documents: z29.array(governanceDocumentSchema),
  createdAt: z29.string()
}).meta({ id: "BoardMeeting" });
var boardMeetingListSchema = pagedListSchema(boardMeetingSummarySchema, "BoardMeetingList");
var boardMeetingListQuerySchema = z29.object({ year: z29.coerce.number().int().min(1990).max(2100).optional(), ...pageQueryFieldsUpTo(200) });
var createBoardMeetingSchema = z29.object({ heldOn: isoDateSchema, kind: meetingKindSchema.optional(), held: z29.boolean().optional(), agenda: text(1e4), minutes: text(2e4).optional() }).meta({ id: "CreateBoardMeeting" });
var updateBoardMeetingSchema = z29.object({ heldOn: isoDateSchema, kind: meetingKindSchema, held: z29.boolean(), agenda: text(1e4), minutes: text(2e4) }).partial().meta({ id: "UpdateBoardMeeting" });
var recordAttendanceSchema = z29.object({ present: z29.array(uuid14).max(200).meta({ description: "The board members present; every other member sitting that day is absent" }) }).meta({ id: "RecordAttendance" });
var addDecisionSchema = z29.object({ text: text(5e3).min(1), outcome: decisionOutcomeSchema }).meta({ id: "AddBoardDecision" });
var leaderYearSchema = z29.object({ year: z29.number().int(), meetings: z29.number().int(), firmsRecruited: z29.number().int(), resourcesCents: z29.number().int() });
var leaderSchema = z29.object({
  id: uuid14,
  name: z29.string(),
  role: leaderRoleSchema,
  memberId: uuid14.nullable(),
  memberName: z29.string().nullable(),
  boardMemberId: uuid14.nullable(),
  email: z29.string().nullable(),
  since: z29.string(),
  until: z29.string().nullable(),
  active: z29.boolean(),
  involvement: z29.array(leaderYearSchema).meta({ description: "By year: meetings attended (board meetings and others), firms recruited, resources secured" })
}).meta({ id: "Leader" });
var leaderListSchema = pagedListSchema(leaderSchema, "LeaderList");
var leaderListQuerySchema = z29.object({ ...pageQueryFieldsUpTo(200) });
var leaderFields = {
  name: text(200).min(1),
  role: leaderRoleSchema,
  memberId: uuid14.nullable(),
  boardMemberId: uuid14.nullable(),
  email: z29.string().trim().email().max(254).nullable(),
  since: isoDateSchema,
  until: isoDateSchema.nullable()
};
var createLeaderSchema = z29.object({ ...leaderFields, memberId: leaderFields.memberId.optional(), boardMemberId: leaderFields.boardMemberId.optional(), email: leaderFields.email.optional(), until: leaderFields.until.optional() }).meta({ id: "CreateLeader" });
var updateLeaderSchema = z29.object(leaderFields).partial().meta({ id: "UpdateLeader" });
var addContributionSchema = z29.object({
  kind: contributionKindSchema,
  occurredOn: isoDateSchema,
  memberId: uuid14.nullable().optional().meta({ description: "The firm recruited" }),
  amountCents: centsSchema.nullable().optional().meta({ description: "The resource secured, in cents" }),
  note: text(2e3).optional()
}).meta({ id: "AddLeaderContribution" });
var partnerSupportSchema = z29.object({ id: uuid14, kind: supportKindSchema, description: z29.string(), amountCents: z29.number().int().nullable(), startsOn: z29.string(), endsOn: z29.string().nullable() }).meta({ id: "PartnerSupport" });
var partnerAgreementSchema = z29.object({ id: uuid14, title: z29.string(), signedOn: z29.string().nullable(), startsOn: z29.string(), endsOn: z29.string().nullable(), notes: z29.string(), documents: z29.array(governanceDocumentSchema) }).meta({ id: "PartnerAgreement" });
var partnerContactSchema = z29.object({ id: uuid14, name: z29.string(), roleTitle: z29.string(), email: z29.string().nullable(), phone: z29.string().nullable() }).meta({ id: "PartnerContact" });
var partnerSummarySchema = z29.object({
  id: uuid14,
  name: z29.string(),
  kind: partnerKindSchema,
  since: z29.string(),
  until: z29.string().nullable(),
  active: z29.boolean(),
  supportKinds: z29.array(supportKindSchema),
  financialCents: z29.number().int().meta({ description: "Financial support over the partner\u2019s whole relation" }),
  lastSupportOn: z29.string().nullable()
}).meta({ id: "PartnerSummary" });
var partnerSchema = partnerSummarySchema.extend({
  website: z29.string(),
  notes: z29.string(),
  supports: z29.array(partnerSupportSchema),
  agreements: z29.array(partnerAgreementSchema),
  contacts: z29.array(partnerContactSchema)
}).meta({ id: "Partner" });
var partnerListSchema = pagedListSchema(partnerSummarySchema, "PartnerList");
var partnerListQuerySchema = z29.object({ kind: partnerKindSchema.optional(), active: z29.enum(["true", "false"]).optional(), ...pageQueryFieldsUpTo(200) });
var partnerFields = { name: text(200).min(1), kind: partnerKindSchema, website: text(300), notes: text(5e3), since: isoDateSchema, until: isoDateSchema.nullable() };
var createPartnerSchema = z29.object({ ...partnerFields, website: partnerFields.website.optional(), notes: partnerFields.notes.optional(), until: partnerFields.until.optional() }).meta({ id: "CreatePartner" });
var updatePartnerSchema = z29.object(partnerFields).partial().meta({ id: "UpdatePartner" });
var addSupportSchema = z29.object({
  kind: supportKindSchema,
  description: text(2e3).min(1),
  amountCents: centsSchema.nullable().optional().meta({ description: "Required for financial support; the value of material support when known" }),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable().optional().meta({ description: "Last day of a support that lasts (a one-off support has none)" })
}).meta({ id: "AddPartnerSupport" });
var addAgreementSchema = z29.object({ title: text(300).min(1), signedOn: isoDateSchema.nullable().optional(), startsOn: isoDateSchema, endsOn: isoDateSchema.nullable().optional(), notes: text(5e3).optional() }).meta({ id: "AddPartnerAgreement" });
var addPartnerContactSchema = z29.object({ name: text(200).min(1), roleTitle: text(200).optional(), email: z29.string().trim().email().max(254).nullable().optional(), phone: text(40).nullable().optional() }).meta({ id: "AddPartnerContact" });
var ecosystemSchema = z29.object({
  mutual: z29.object({ id: uuid14, name: z29.string() }),
  partners: z29.array(z29.object({ id: uuid14, name: z29.string(), kind: partnerKindSchema, supportKinds: z29.array(supportKindSchema), financialCents: z29.number().int(), active: z29.boolean() })),
  members: z29.array(z29.object({ id: uuid14, name: z29.string(), sizeClass: z29.enum(SIZE_CLASS_CODES) })),
  timeline: z29.array(
    z29.object({
      year: z29.number().int(),
      activePartners: z29.number().int(),
      material: z29.number().int(),
      organisational: z29.number().int(),
      financialCents: z29.number().int()
    })
  )
}).meta({ id: "Ecosystem", description: "The network (the mutual, its partners and its active member firms) and support by year" });
var thresholdSchema = z29.object({ green: z29.number(), amber: z29.number() }).meta({ id: "Threshold" });
var indicatorValueSchema = z29.object({ year: z29.number().int(), value: z29.number().nullable(), status: z29.enum(["ok", "not_available", "suppressed"]) });
var scorecardIndicatorSchema = z29.object({
  key: indicatorKeySchema,
  dimension: z29.enum(SCORECARD_DIMENSIONS),
  unit: z29.enum(INDICATOR_UNITS),
  better: z29.enum(["higher", "lower"]),
  source: z29.enum(INDICATOR_SOURCES),
  threshold: thresholdSchema.nullable(),
  thresholdIsDefault: z29.boolean(),
  values: z29.array(indicatorValueSchema),
  current: indicatorValueSchema,
  rating: z29.enum(RATINGS),
  reason: z29.enum(RATING_REASONS),
  trend: z29.object({ direction: z29.enum(TREND_DIRECTIONS), improving: z29.boolean().nullable(), change: z29.number().nullable() })
}).meta({ id: "ScorecardIndicator" });
var scorecardSchema = z29.object({
  mutualId: uuid14,
  mutualName: z29.string(),
  basis: mutualBasisSchema,
  year: z29.number().int(),
  years: z29.array(z29.number().int()),
  suppressed: z29.boolean().meta({ description: "True when seen from outside the mutual: cells under 5 people or 3 firms are not shown" }),
  indicators: z29.array(scorecardIndicatorSchema),
  dimensions: z29.array(z29.object({ dimension: z29.enum(SCORECARD_DIMENSIONS), green: z29.number().int(), amber: z29.number().int(), red: z29.number().int(), none: z29.number().int() }))
}).meta({ id: "Scorecard" });
var scorecardQuerySchema = z29.object({
  year: z29.coerce.number().int().min(1990).max(2100).optional().meta({ description: "The year rated (default: the current year)" }),
  from: z29.coerce.number().int().min(1990).max(2100).optional().meta({ description: "First year of the trajectories (default: 9 years before)" })
});
var setThresholdsSchema = z29.object({
  thresholds: z29.array(z29.object({ indicator: indicatorKeySchema, green: z29.number().min(-1e12).max(1e12).nullable(), amber: z29.number().min(-1e12).max(1e12).nullable() })).min(1).max(INDICATOR_KEYS.length).meta({ description: "null green and amber return the indicator to its default" })
}).meta({ id: "SetScorecardThresholds" });
var activityYearSchema = z29.object({
  year: z29.number().int(),
  firmsServed: z29.number().int(),
  microSmallFirmsServed: z29.number().int(),
  workersServed: z29.number().int(),
  lowSkilledWorkersServed: z29.number().int(),
  source: z29.enum(["report", "mutualis"]).meta({ description: "report: figures of the annual activity report (s.16) entered by hand; mutualis: computed from the sessions held in Mutualis" })
}).meta({ id: "ActivityYear" });
var activityYearListSchema = pagedListSchema(activityYearSchema, "ActivityYearList");
var activityYearListQuerySchema = z29.object({ ...pageQueryFieldsUpTo(100) });
var count = z29.number().int().min(0).max(1e7);
var saveActivityYearSchema = z29.object({ year, firmsServed: count, microSmallFirmsServed: count, workersServed: count, lowSkilledWorkersServed: count }).refine((v) => v.microSmallFirmsServed <= v.firmsServed, { message: "cannot exceed the firms served", path: ["microSmallFirmsServed"] }).refine((v) => v.lowSkilledWorkersServed <= v.workersServed, { message: "cannot exceed the workers served", path: ["lowSkilledWorkersServed"] }).meta({ id: "SaveActivityYear" });
var idParam = /* @__PURE__ */ __name((name) => z29.object({ [name]: uuid14 }), "idParam");
var docAnswer = fileAnswer("application/pdf", "application/octet-stream", "image/png", "image/jpeg", "text/plain");
var governanceEndpoints = {
  standing: endpoint({
    method: "get",
    path: "/api/recognition/standing",
    tag: "governance",
    summary: "Whether the mutual is recognised today and payments to it count as training spending (s.1)",
    response: recognitionStandingSchema
  }),
  recognition: endpoint({ method: "get", path: "/api/recognition", tag: "governance", summary: "The recognition file, its status history and what it still lacks", response: recognitionFileSchema }),
  updateRecognition: endpoint({
    method: "patch",
    path: "/api/recognition",
    tag: "governance",
    summary: "Change the recognition file (basis, legal identity, resolution, skills problems, viability)",
    body: updateRecognitionFileSchema,
    response: recognitionFileSchema
  }),
  recordEvent: endpoint({
    method: "post",
    path: "/api/recognition/events",
    tag: "governance",
    summary: "Record a step of the recognition: applied, recognised, refused, notice (\u2265 10 days to answer), suspended, revoked, restored",
    body: recordRecognitionEventSchema,
    response: recognitionFileSchema,
    status: 201
  }),
  uploadFileDocument: endpoint({
    method: "post",
    path: "/api/recognition/documents",
    tag: "governance",
    summary: "Attach a document to the recognition file (the application, the CSMO resolution\u2026)",
    body: fileUpload,
    response: governanceDocumentSchema,
    status: 201
  }),
  uploadEventDocument: endpoint({
    method: "post",
    path: "/api/recognition/events/{eventId}/documents",
    tag: "governance",
    summary: "Attach a document to a step of the recognition (letter of recognition, notice, answer)",
    params: idParam("eventId"),
    body: fileUpload,
    response: governanceDocumentSchema,
    status: 201
  }),
  document: endpoint({
    method: "get",
    path: "/api/governance/documents/{documentId}",
    tag: "governance",
    summary: "Download a governance document",
    params: idParam("documentId"),
    response: docAnswer
  }),
  deleteDocument: endpoint({
    method: "delete",
    path: "/api/governance/documents/{documentId}",
    tag: "governance",
    summary: "Remove a governance document",
    params: idParam("documentId"),
    response: noContent,
    status: 204
  }),
  board: endpoint({ method: "get", path: "/api/board", tag: "governance", summary: "The board: seats, members and their terms, and the composition checked against s.3", query: boardQuerySchema, response: boardSchema }),
  createSeat: endpoint({ method: "post", path: "/api/board/seats", tag: "governance", summary: "Add a board seat", body: createBoardSeatSchema, response: boardSchema, status: 201 }),
  updateSeat: endpoint({ method: "patch", path: "/api/board/seats/{seatId}", tag: "governance", summary: "Change a board seat", params: idParam("seatId"), body: updateBoardSeatSchema, response: boardSchema }),
  createBoardMember: endpoint({ method: "post", path: "/api/board/members", tag: "governance", summary: "Seat a board member for a term", body: createBoardMemberSchema, response: boardSchema, status: 201 }),
  updateBoardMember: endpoint({
    method: "patch",
    path: "/api/board/members/{boardMemberId}",
    tag: "governance",
    summary: "Change a board member (office, term; end a term by setting its last day)",
    params: idParam("boardMemberId"),
    body: updateBoardMemberSchema,
    response: boardSchema
  }),
  meetings: endpoint({ method: "get", path: "/api/board/meetings", tag: "governance", summary: "The board\u2019s meetings, newest first", query: boardMeetingListQuerySchema, response: boardMeetingListSchema }),
  createMeeting: endpoint({ method: "post", path: "/api/board/meetings", tag: "governance", summary: "Record a board meeting (agenda)", body: createBoardMeetingSchema, response: boardMeetingSchema, status: 201 }),
  meeting: endpoint({ method: "get", path: "/api/board/meetings/{meetingId}", tag: "governance", summary: "A meeting: agenda, attendance, decisions, documents", params: idParam("meetingId"), response: boardMeetingSchema }),
  updateMeeting: endpoint({
    method: "patch",
    path: "/api/board/meetings/{meetingId}",
    tag: "governance",
    summary: "Change a meeting (date, agenda, minutes, held)",
    params: idParam("meetingId"),
    body: updateBoardMeetingSchema,
    response: boardMeetingSchema
  }),
  recordAttendance: endpoint({
    method: "put",
    path: "/api/board/meetings/{meetingId}/attendance",
    tag: "governance",
    summary: "Record who attended (every member sitting that day; the others are absent)",
    params: idParam("meetingId"),
    body: recordAttendanceSchema,
    response: boardMeetingSchema
  }),
  addDecision: endpoint({
    method: "post",
    path: "/api/board/meetings/{meetingId}/decisions",
    tag: "governance",
    summary: "Record a decision of the meeting",
    params: idParam("meetingId"),
    body: addDecisionSchema,
    response: boardMeetingSchema,
    status: 201
  }),
  uploadMeetingDocument: endpoint({
    method: "post",
    path: "/api/board/meetings/{meetingId}/documents",
    tag: "governance",
    summary: "Attach a document to a meeting (minutes, resolution)",
    params: idParam("meetingId"),
    body: fileUpload,
    response: governanceDocumentSchema,
    status: 201
  }),
  leaders: endpoint({ method: "get", path: "/api/leaders", tag: "governance", summary: "The mutual\u2019s leaders and their involvement year by year", query: leaderListQuerySchema, response: leaderListSchema }),
  createLeader: endpoint({ method: "post", path: "/api/leaders", tag: "governance", summary: "Add a leader (chair, coordinator, champion in a member firm)", body: createLeaderSchema, response: leaderSchema, status: 201 }),
  updateLeader: endpoint({ method: "patch", path: "/api/leaders/{leaderId}", tag: "governance", summary: "Change a leader", params: idParam("leaderId"), body: updateLeaderSchema, response: leaderSchema }),
  addContribution: endpoint({
    method: "post",
    path: "/api/leaders/{leaderId}/contributions",
    tag: "governance",
    summary: "Record a leader\u2019s involvement: a meeting attended, a firm recruited, a resource secured",
    params: idParam("leaderId"),
    body: addContributionSchema,
    response: leaderSchema,
    status: 201
  }),
  partners: endpoint({ method: "get", path: "/api/partners", tag: "governance", summary: "Partner organisations of the mutual", query: partnerListQuerySchema, response: partnerListSchema }),
  createPartner: endpoint({ method: "post", path: "/api/partners", tag: "governance", summary: "Add a partner organisation", body: createPartnerSchema, response: partnerSchema, status: 201 }),
  partner: endpoint({ method: "get", path: "/api/partners/{partnerId}", tag: "governance", summary: "A partner: support, agreements, contacts", params: idParam("partnerId"), response: partnerSchema }),
  updatePartner: endpoint({ method: "patch", path: "/api/partners/{partnerId}", tag: "governance", summary: "Change a partner (end the relation by setting its last day)", params: idParam("partnerId"), body: updatePartnerSchema, response: partnerSchema }),
  addSupport: endpoint({
    method: "post",
    path: "/api/partners/{partnerId}/supports",
    tag: "governance",
    summary: "Record support received: material, organisational or financial (with its amount and dates)",
    params: idParam("partnerId"),
    body: addSupportSchema,
    response: partnerSchema,
    status: 201
  }),
  addAgreement: endpoint({ method: "post", path: "/api/partners/{partnerId}/agreements", tag: "governance", summary: "Record an agreement with the partner", params: idParam("partnerId"), body: addAgreementSchema, response: partnerSchema, status: 201 }),
  addPartnerContact: endpoint({ method: "post", path: "/api/partners/{partnerId}/contacts", tag: "governance", summary: "Add a contact at the partner", params: idParam("partnerId"), body: addPartnerContactSchema, response: partnerSchema, status: 201 }),
  uploadAgreementDocument: endpoint({
    method: "post",
    path: "/api/partners/agreements/{agreementId}/documents",
    tag: "governance",
    summary: "Attach the signed agreement",
    params: idParam("agreementId"),
    body: fileUpload,
    response: governanceDocumentSchema,
    status: 201
  }),
  ecosystem: endpoint({ method: "get", path: "/api/ecosystem", tag: "governance", summary: "The network view and the support received year by year", response: ecosystemSchema }),
  scorecard: endpoint({ method: "get", path: "/api/scorecard", tag: "governance", summary: "The mutual\u2019s health scorecard", query: scorecardQuerySchema, response: scorecardSchema }),
  setThresholds: endpoint({ method: "put", path: "/api/scorecard/thresholds", tag: "governance", summary: "Set the board\u2019s thresholds (null returns to the default)", body: setThresholdsSchema, response: scorecardSchema }),
  activityYears: endpoint({
    method: "get",
    path: "/api/activity-years",
    tag: "governance",
    summary: "Firms and workers reached each year: the annual reports\u2019 figures, or those computed from Mutualis sessions",
    query: activityYearListQuerySchema,
    response: activityYearListSchema
  }),
  saveActivityYear: endpoint({
    method: "put",
    path: "/api/activity-years",
    tag: "governance",
    summary: "Save a year\u2019s figures from the annual activity report (s.16)",
    body: saveActivityYearSchema,
    response: activityYearSchema
  })
};

// packages/domain/src/governance/funders.ts
var FUNDER_KINDS = ["government", "foundation", "sector_fund", "other"];

// packages/domain/src/governance/observatory.ts
var MUTUAL_SIZE_CLASSES = ["small", "medium", "large"];
function mutualSizeClassOf(activeMembers) {
  if (activeMembers < 25) return "small";
  if (activeMembers < 75) return "medium";
  return "large";
}
__name(mutualSizeClassOf, "mutualSizeClassOf");
var MUTUAL_TYPES = ["regional", "sectoral", "other"];
function mutualTypeOf(basis) {
  if (basis === "regional") return "regional";
  if (basis === "sectoral" || basis === "csmo" || basis === "parity_committee") return "sectoral";
  return "other";
}
__name(mutualTypeOf, "mutualTypeOf");
function groupFigure(key, values) {
  const d = indicatorDefinition(key);
  const known = values.filter((v) => v.status === "ok" && v.value !== null);
  if (known.length === 0) {
    const suppressedOnly = values.some((v) => v.status === "suppressed");
    return { value: null, status: suppressedOnly ? "suppressed" : "not_available", mutuals: 0 };
  }
  const people = known.reduce((n, v) => n + (v.base.people ?? 0), 0);
  const firms = known.reduce((n, v) => n + (v.base.firms ?? 0), 0);
  const base = {
    people: known.some((v) => v.base.people !== void 0 && v.base.people !== null) ? people : void 0,
    firms: known.some((v) => v.base.firms !== void 0 && v.base.firms !== null) ? firms : void 0
  };
  if (isSmallCell(base)) return { value: null, status: "suppressed", mutuals: known.length };
  const pooled = known.every((v) => v.numerator !== void 0 && v.denominator !== void 0);
  let value;
  if (d.unit === "share" && pooled) {
    const den = known.reduce((n, v) => n + (v.denominator ?? 0), 0);
    value = den > 0 ? known.reduce((n, v) => n + (v.numerator ?? 0), 0) / den : 0;
  } else {
    value = known.reduce((n, v) => n + (v.value ?? 0), 0) / known.length;
  }
  return { value: Math.round(value * 1e4) / 1e4, status: "ok", mutuals: known.length };
}
__name(groupFigure, "groupFigure");

// packages/contracts/src/observatory.ts
import { z as z30 } from "zod";
var uuid15 = z30.string().uuid();
var yearQuery = z30.coerce.number().int().min(1990).max(2100);
var mutualTypeSchema = z30.enum(MUTUAL_TYPES).meta({ id: "MutualType" });
var mutualSizeClassSchema = z30.enum(MUTUAL_SIZE_CLASSES).meta({ id: "MutualSizeClass" });
var funderKindSchema = z30.enum(FUNDER_KINDS).meta({ id: "FunderKind" });
var observedMutualSchema = z30.object({
  id: uuid15,
  name: z30.string(),
  basis: mutualBasisSchema,
  type: mutualTypeSchema,
  regionCode: z30.string().nullable(),
  scianCode: z30.string().nullable(),
  sizeClass: mutualSizeClassSchema,
  activeMembers: z30.number().int().nullable().meta({ description: "null when under 3 firms (suppressed)" }),
  recognition: recognitionStatusSchema
}).meta({ id: "ObservedMutual" });
var observedMutualListSchema = pagedListSchema(observedMutualSchema, "ObservedMutualList");
var observedMutualListQuerySchema = z30.object({ ...pageQueryFieldsUpTo(500) });
var cellSchema = z30.object({ year: z30.number().int(), value: z30.number().nullable(), status: z30.enum(["ok", "not_available", "suppressed"]) });
var observatorySchema = z30.object({
  years: z30.array(z30.number().int()),
  indicators: z30.array(indicatorKeySchema),
  mutuals: z30.array(observedMutualSchema),
  series: z30.array(z30.object({ mutualId: uuid15, indicator: indicatorKeySchema, values: z30.array(cellSchema) })),
  groups: z30.array(
    z30.object({
      by: z30.enum(["type", "size"]),
      group: z30.string(),
      indicator: indicatorKeySchema,
      values: z30.array(cellSchema.extend({ mutuals: z30.number().int() }))
    })
  )
}).meta({ id: "Observatory" });
var indicatorList = z30.string().max(1e3).transform((s, ctx) => {
  const keys = s.split(",").map((k) => k.trim()).filter(Boolean);
  const unknown = keys.filter((k) => !INDICATOR_KEYS.includes(k));
  if (unknown.length) ctx.addIssue({ code: "custom", message: `unknown indicator ${unknown.join(", ")}` });
  return keys;
});
var observatoryQuerySchema = z30.object({
  from: yearQuery.optional().meta({ description: "First year (default: 9 years before the last)" }),
  to: yearQuery.optional().meta({ description: "Last year (default: this year)" }),
  indicators: indicatorList.optional().meta({ description: "Comma-separated indicator keys (default: all)" }),
  type: mutualTypeSchema.optional(),
  sizeClass: mutualSizeClassSchema.optional()
});
var openDataQuerySchema = z30.object({ from: yearQuery.optional(), to: yearQuery.optional(), lang: z30.enum(["fr", "en"]).optional() });
var funderSchema = z30.object({
  id: uuid15,
  name: z30.string(),
  kind: funderKindSchema,
  mutuals: z30.array(z30.object({ id: uuid15, name: z30.string() })),
  accounts: z30.number().int(),
  createdAt: z30.string()
}).meta({ id: "Funder" });
var funderListSchema = pagedListSchema(funderSchema, "FunderList");
var funderListQuerySchema = z30.object({ ...pageQueryFieldsUpTo(200) });
var createFunderSchema = z30.object({ name: z30.string().trim().min(2).max(200), kind: funderKindSchema }).meta({ id: "CreateFunder" });
var updateFunderSchema = createFunderSchema.partial().meta({ id: "UpdateFunder" });
var setFundedMutualsSchema = z30.object({ mutualIds: z30.array(uuid15).max(1e3) }).meta({ id: "SetFundedMutuals" });
var researchConsentSchema = z30.object({ consented: z30.boolean(), decidedOn: z30.string().nullable(), note: z30.string() }).meta({ id: "ResearchConsent", description: "Whether the mutual lets researchers see its aggregate indicators in the observatory" });
var setResearchConsentSchema = z30.object({ consented: z30.boolean(), note: z30.string().trim().max(2e3).optional() }).meta({ id: "SetResearchConsent" });
var mutualParam = z30.object({ mutualId: uuid15 });
var funderParam = z30.object({ funderId: uuid15 });
var observatoryEndpoints = {
  mutuals: endpoint({
    method: "get",
    path: "/api/observatory/mutuals",
    tag: "observatory",
    summary: "The mutuals the caller observes (all for the platform, funded ones for a funder, consenting ones for a researcher)",
    query: observedMutualListQuerySchema,
    response: observedMutualListSchema
  }),
  observatory: endpoint({
    method: "get",
    path: "/api/observatory",
    tag: "observatory",
    summary: "Indicators side by side and year by year, with comparisons by type and size (small cells suppressed)",
    query: observatoryQuerySchema,
    response: observatorySchema
  }),
  scorecard: endpoint({
    method: "get",
    path: "/api/observatory/mutuals/{mutualId}/scorecard",
    tag: "observatory",
    summary: "One observed mutual\u2019s scorecard, as seen from outside (small cells suppressed)",
    params: mutualParam,
    query: z30.object({ year: yearQuery.optional(), from: yearQuery.optional() }),
    response: scorecardSchema
  }),
  openData: endpoint({
    method: "get",
    path: "/api/observatory/open-data",
    tag: "observatory",
    summary: "Anonymised open data: a ZIP of the indicators (CSV), their data dictionary (CSV) and the licence",
    query: openDataQuerySchema,
    response: fileAnswer("application/zip")
  }),
  consent: endpoint({ method: "get", path: "/api/observatory/consent", tag: "observatory", summary: "Whether the mutual lets researchers see it", response: researchConsentSchema }),
  setConsent: endpoint({
    method: "put",
    path: "/api/observatory/consent",
    tag: "observatory",
    summary: "Record the board\u2019s decision to let researchers see the mutual (or to withdraw it)",
    body: setResearchConsentSchema,
    response: researchConsentSchema
  }),
  funders: endpoint({ method: "get", path: "/api/funders", tag: "observatory", summary: "Funders and the mutuals they fund", query: funderListQuerySchema, response: funderListSchema }),
  createFunder: endpoint({ method: "post", path: "/api/funders", tag: "observatory", summary: "Add a funder", body: createFunderSchema, response: funderSchema, status: 201 }),
  updateFunder: endpoint({ method: "patch", path: "/api/funders/{funderId}", tag: "observatory", summary: "Rename a funder", params: funderParam, body: updateFunderSchema, response: funderSchema }),
  setFundedMutuals: endpoint({
    method: "put",
    path: "/api/funders/{funderId}/mutuals",
    tag: "observatory",
    summary: "The mutuals the funder funds (its accounts see them in the observatory)",
    params: funderParam,
    body: setFundedMutualsSchema,
    response: funderSchema
  })
};

// packages/contracts/src/emulation.ts
import { z as z31 } from "zod";
var uuid16 = z31.string().uuid();
var share2 = z31.number().min(0).max(1);
var firmCountSchema = z31.object({
  scianCode: z31.string().regex(/^[0-9]{2,3}$/, "a SCIAN sector or subsector (2 or 3 digits)"),
  sizeClass: z31.enum(SIZE_CLASS_CODES),
  firms: z31.number().int().min(0).max(1e5)
}).meta({ id: "FirmCount" });
var emulationAssumptionsSchema = z31.object({
  participationRate: z31.number().min(1e-3).max(1),
  needsPerFirm: z31.object({ micro: z31.number().min(0).max(20), small: z31.number().min(0).max(20), medium: z31.number().min(0).max(20), large: z31.number().min(0).max(20) }),
  topics: z31.number().int().min(1).max(60),
  periods: z31.number().int().min(1).max(12),
  virtualShare: share2,
  coursePrice: z31.object({ fixedCostCents: centsSchema, seatCostCents: centsSchema, minSeats: z31.number().int().min(1).max(50), maxSeats: z31.number().int().min(1).max(100) }).refine((p) => p.maxSeats >= p.minSeats, { message: "must be at least the minimum", path: ["maxSeats"] }),
  minFirmsPerSession: z31.number().int().min(1).max(20),
  operatingCostCents: centsSchema,
  publicFundingShare: share2,
  timeLimitSeconds: z31.number().int().min(1).max(30),
  seed: z31.number().int().min(0).max(2147483647)
}).meta({ id: "EmulationAssumptions" });
var emulationPointSchema = z31.object({
  participationRate: z31.number(),
  firms: z31.number().int(),
  needs: z31.number().int(),
  seats: z31.number().int(),
  seatsServed: z31.number().int(),
  sessions: z31.number().int(),
  firmsPerSession: z31.number(),
  pooledCostCents: z31.number().int(),
  standaloneCostCents: z31.number().int(),
  savingsCents: z31.number().int(),
  savingsShare: z31.number(),
  savingsPerFirmCents: z31.number().int(),
  uncoveredCostCents: z31.number().int(),
  viable: z31.boolean()
}).meta({ id: "EmulationPoint" });
var emulationResultSchema = z31.object({
  firmsInTerritory: z31.number().int(),
  chosen: emulationPointSchema,
  points: z31.array(emulationPointSchema).meta({ description: "The same scenario at participation levels around the chosen one" }),
  membersNeeded: z31.number().int().nullable().meta({ description: "Fewest participating firms whose savings cover the operating cost public funding leaves; null if no level reaches it" }),
  solverMilliseconds: z31.number().int(),
  ranAt: z31.string()
}).meta({ id: "EmulationResult" });
var emulationScenarioSchema = z31.object({
  id: uuid16,
  name: z31.string(),
  territory: z31.string(),
  regionCode: z31.string().nullable(),
  scianCode: z31.string().nullable(),
  firmCounts: z31.array(firmCountSchema),
  assumptions: emulationAssumptionsSchema,
  status: z31.enum(["draft", "done", "failed"]),
  result: emulationResultSchema.nullable(),
  error: z31.string().nullable(),
  createdAt: z31.string(),
  updatedAt: z31.string()
}).meta({ id: "EmulationScenario" });
var emulationScenarioListSchema = pagedListSchema(emulationScenarioSchema, "EmulationScenarioList");
var emulationScenarioListQuerySchema = z31.object({ ...pageQueryFieldsUpTo(100) });
var scenarioFields = {
  name: z31.string().trim().min(1).max(200),
  territory: z31.string().trim().min(1).max(200).meta({ description: "The region or sector studied, in words" }),
  regionCode: z31.string().regex(/^\d{2}$/, "a two-digit Quebec region code").nullable(),
  scianCode: z31.string().regex(/^\d{2,3}$/).nullable(),
  firmCounts: z31.array(firmCountSchema).min(1).max(500),
  assumptions: emulationAssumptionsSchema
};
var createEmulationScenarioSchema = z31.object({ ...scenarioFields, regionCode: scenarioFields.regionCode.optional(), scianCode: scenarioFields.scianCode.optional(), assumptions: emulationAssumptionsSchema.optional() }).meta({ id: "CreateEmulationScenario" });
var updateEmulationScenarioSchema = z31.object(scenarioFields).partial().meta({ id: "UpdateEmulationScenario" });
var firmCountImportSchema = z31.object({ firmCounts: z31.array(firmCountSchema), firms: z31.number().int(), ignoredRows: z31.number().int() }).meta({ id: "FirmCountImport" });
var scenarioParam = z31.object({ scenarioId: uuid16 });
var emulationEndpoints = {
  list: endpoint({ method: "get", path: "/api/emulation/scenarios", tag: "emulation", summary: "Saved emulation scenarios", query: emulationScenarioListQuerySchema, response: emulationScenarioListSchema }),
  create: endpoint({ method: "post", path: "/api/emulation/scenarios", tag: "emulation", summary: "Save a scenario (firm counts and assumptions)", body: createEmulationScenarioSchema, response: emulationScenarioSchema, status: 201 }),
  get: endpoint({ method: "get", path: "/api/emulation/scenarios/{scenarioId}", tag: "emulation", summary: "A scenario and its result", params: scenarioParam, response: emulationScenarioSchema }),
  update: endpoint({
    method: "patch",
    path: "/api/emulation/scenarios/{scenarioId}",
    tag: "emulation",
    summary: "Change a scenario (its result is cleared until it runs again)",
    params: scenarioParam,
    body: updateEmulationScenarioSchema,
    response: emulationScenarioSchema
  }),
  remove: endpoint({ method: "delete", path: "/api/emulation/scenarios/{scenarioId}", tag: "emulation", summary: "Delete a scenario", params: scenarioParam, response: noContent, status: 204 }),
  run: endpoint({
    method: "post",
    path: "/api/emulation/scenarios/{scenarioId}/run",
    tag: "emulation",
    summary: "Run the pooling engine on the scenario\u2019s synthetic members and needs, at its participation rate and around it",
    params: scenarioParam,
    response: emulationScenarioSchema
  }),
  brief: endpoint({
    method: "get",
    path: "/api/emulation/scenarios/{scenarioId}/brief.pdf",
    tag: "emulation",
    summary: "The scenario as a PDF brief: result and assumptions side by side",
    params: scenarioParam,
    query: z31.object({ lang: z31.enum(["fr", "en"]).optional() }),
    response: fileAnswer("application/pdf")
  }),
  importFirmCounts: endpoint({
    method: "post",
    path: "/api/emulation/firm-counts",
    tag: "emulation",
    summary: "Read firm counts by sector and size class from a CSV of public business statistics",
    description: "Columns (French or English names): scian (or naics, sector), then either size_class (micro|small|medium|large) and firms (or count), or Statistics Canada employment-size columns (1-4, 5-9, 10-19, 20-49, 50-99, 100-199, 200-499, 500+). Rows for the same sector and size class add up. Nothing is saved.",
    body: fileUpload,
    response: firmCountImportSchema
  })
};

// apps/server/src/http/openapi.ts
var problemContent = { "application/problem+json": { schema: problemSchema } };
var problemResponses = {
  400: { description: "Invalid request (validation_failed, malformed_request)", content: problemContent },
  401: { description: "Not logged in (unauthenticated)", content: problemContent },
  403: { description: "Not allowed (forbidden, csrf_failed)", content: problemContent },
  404: { description: "Not found, or not yours (not_found)", content: problemContent },
  409: { description: "Conflict with existing data (conflict)", content: problemContent }
};
var otherProblemResponses = {
  413: { description: "The body or file is too large (payload_too_large)", content: problemContent },
  415: { description: "The file is not CSV or XLSX (unsupported_media_type)", content: problemContent },
  422: { description: "The file has errors, listed by row and column; nothing was written (import_failed)", content: problemContent },
  429: { description: "Too many attempts (rate_limited); the Retry-After header says when to try again", content: problemContent }
};
var description = `The Mutualis API. Everything the web app does goes through it.

Authentication: POST /api/auth/login sets an HttpOnly session cookie. Every write must also
send the header X-CSRF-Token with the csrfToken returned by login or GET /api/auth/me.

Errors are application/problem+json with a stable \`code\`: validation_failed, malformed_request,
unauthenticated, invalid_credentials, forbidden, csrf_failed, not_found, conflict, rate_limited,
token_invalid, import_failed, payload_too_large, unsupported_media_type, internal_error.
Validation errors list the failing fields in \`errors\`.

Each operation's \`x-access\` lists the roles that may call it.`;
function registerOpenApi(app) {
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "mutualis_session"
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Mutualis API", version: "0.1.0", description }
  });
  const uiDir = path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  const assets = {
    "swagger-ui.css": "text/css",
    "swagger-ui-bundle.js": "text/javascript"
  };
  app.get("/api/docs/:asset", (c) => {
    const asset = c.req.param("asset");
    if (asset === "init.js") {
      return c.body("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });", 200, {
        "content-type": "text/javascript"
      });
    }
    const type = assets[asset];
    if (!type) return c.notFound();
    return c.body(fs.readFileSync(path.join(uiDir, asset)), 200, {
      "content-type": type,
      "cache-control": "public, max-age=86400"
    });
  });
  app.get(
    "/api/docs",
    (c) => c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mutualis API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`)
  );
}
__name(registerOpenApi, "registerOpenApi");

// apps/server/src/accounts/auth-routes.ts
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

// apps/server/src/http/access.ts
import { createRoute } from "@hono/zod-openapi";
var SAFE_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
function authorize(access) {
  return async (c, next) => {
    if (access === "public") return next();
    const caller = c.get("caller");
    if (!caller) throw new AppError("unauthenticated", "Log in first");
    if (access !== "authenticated" && !access.includes(caller.role)) {
      throw new AppError("forbidden", `This is not open to the role ${caller.role}`);
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header("x-csrf-token");
      if (!sent || sent !== caller.csrfToken) {
        throw new AppError("csrf_failed", "Missing or wrong X-CSRF-Token header");
      }
    }
    return next();
  };
}
__name(authorize, "authorize");
function route(config) {
  const { access, ...rest } = config;
  const roles = access === "public" || access === "authenticated" ? [access] : [...access];
  const security = access === "public" ? [] : [{ session: [] }];
  const full = { ...rest, security, "x-access": roles, middleware: [authorize(access)] };
  return createRoute(full);
}
__name(route, "route");

// apps/server/src/http/api.ts
var MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
var DESCRIPTIONS = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No content" };
function requestOf(e) {
  const request = {};
  if (e.params) request.params = e.params;
  if (e.query) request.query = e.query;
  if (e.body) {
    request.body = isFileUpload(e.body) ? { required: false, content: { "multipart/form-data": { schema: fileUploadFormSchema }, "application/json": { schema: fileUploadJsonSchema } } } : { required: !e.bodyOptional, content: { "application/json": { schema: e.body } } };
  }
  return request;
}
__name(requestOf, "requestOf");
function responsesOf(e) {
  const status = e.status ?? 200;
  const description2 = DESCRIPTIONS[status] ?? "OK";
  const r = e.response;
  const success = isNoContent(r) ? { description: description2 } : isFileAnswer(r) ? { description: description2, content: Object.fromEntries(r.mediaTypes.map((t) => [t, { schema: { type: "string", format: "binary" } }])) } : { description: description2, content: { "application/json": { schema: r } } };
  const others = Object.fromEntries((e.otherProblems ?? []).map((code) => [code, otherProblemResponses[code]]));
  return { [status]: success, ...problemResponses, ...others };
}
__name(responsesOf, "responsesOf");
async function uploadedFile(c) {
  const type = c.req.header("content-type") ?? "";
  const missing2 = /* @__PURE__ */ __name(() => new AppError("validation_failed", 'file: send multipart field "file" or JSON { filename, contentBase64 }', { fields: [{ field: "file", message: "is required" }] }), "missing");
  if (type.startsWith("multipart/form-data")) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw missing2();
    if (file.size > MAX_UPLOAD_BYTES) throw new AppError("payload_too_large", "The file is larger than 15 MB");
    return { filename: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (!type.startsWith("application/json")) throw missing2();
  const parsed = fileUploadJsonSchema.safeParse(await c.req.json().catch(() => null));
  if (!parsed.success) throw missing2();
  if (!/^[A-Za-z0-9+/=\s]+$/.test(parsed.data.contentBase64)) {
    throw new AppError("validation_failed", "contentBase64: is not base64", { fields: [{ field: "contentBase64", message: "is not base64" }] });
  }
  const bytes = new Uint8Array(Buffer.from(parsed.data.contentBase64, "base64"));
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError("payload_too_large", "The file is larger than 15 MB");
  return { filename: parsed.data.filename, bytes };
}
__name(uploadedFile, "uploadedFile");
function fileResponse(c, file) {
  const ascii = file.filename.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "download";
  const disposition = `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`;
  return c.body(typeof file.body === "string" ? file.body : file.body, 200, {
    "content-type": file.contentType,
    "content-disposition": disposition
  });
}
__name(fileResponse, "fileResponse");
function servePublic(app, e, handler) {
  register(app, e, "public", handler);
}
__name(servePublic, "servePublic");
function serve(app, e, access, handler) {
  register(app, e, access, handler);
}
__name(serve, "serve");
function register(app, e, access, handler) {
  const config = route({
    method: e.method,
    path: e.path,
    tags: [e.tag],
    summary: e.summary,
    ...e.description ? { description: e.description } : {},
    access,
    request: requestOf(e),
    responses: responsesOf(e)
  });
  const status = e.status ?? 200;
  app.openapi(config, async (c) => {
    const valid = /* @__PURE__ */ __name((target) => c.req.valid.call(c.req, target), "valid");
    const input = {
      params: e.params ? valid("param") : {},
      query: e.query ? valid("query") : {},
      body: e.body ? isFileUpload(e.body) ? await uploadedFile(c) : valid("json") : void 0
    };
    const result = await handler(input, c.get("caller"), c);
    if (result instanceof Response) return result;
    if (isFileAnswer(e.response)) return fileResponse(c, result);
    if (isNoContent(e.response)) return c.body(null, 204);
    return c.json(result, status);
  });
}
__name(register, "register");

// apps/server/src/http/rate-limit.ts
var SlidingWindowLimiter = class {
  static {
    __name(this, "SlidingWindowLimiter");
  }
  hits = /* @__PURE__ */ new Map();
  limit;
  windowMs;
  now;
  constructor(options) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now;
  }
  recent(key) {
    const since = this.now().getTime() - this.windowMs;
    const kept = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }
  /** Seconds to wait before the key is allowed again; 0 when it is allowed now. */
  retryAfterSeconds(key) {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit];
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now().getTime()) / 1e3));
  }
  /** Counts one event (a failure, a request) for the key. */
  hit(key) {
    const recent = this.recent(key);
    recent.push(this.now().getTime());
    this.hits.set(key, recent);
    if (this.hits.size > 1e4) this.sweep();
  }
  reset(key) {
    this.hits.delete(key);
  }
  /** Drops keys whose hits have all left the window, so memory stays bounded. */
  sweep() {
    for (const key of [...this.hits.keys()]) this.recent(key);
  }
};
function assertNotLimited(c, checks) {
  const wait = Math.max(0, ...checks.map(([limiter, key]) => limiter.retryAfterSeconds(key)));
  if (wait > 0) {
    c.header("Retry-After", String(wait));
    throw new AppError("rate_limited", `Too many attempts; try again in ${Math.ceil(wait / 60)} minute(s)`);
  }
}
__name(assertNotLimited, "assertNotLimited");
function clientIp(c, trustProxy) {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env;
  return env?.incoming?.socket?.remoteAddress ?? "local";
}
__name(clientIp, "clientIp");
var MINUTE = 6e4;
function loginLimiters(now) {
  return {
    byEmail: new SlidingWindowLimiter({ limit: 5, windowMs: 15 * MINUTE, now }),
    byIp: new SlidingWindowLimiter({ limit: 50, windowMs: 15 * MINUTE, now })
  };
}
__name(loginLimiters, "loginLimiters");
function loginThrottle(c, limits, trustProxy) {
  const ip = clientIp(c, trustProxy);
  return {
    assertAllowed: /* @__PURE__ */ __name((email2) => assertNotLimited(c, [
      [limits.byEmail, email2.toLowerCase()],
      [limits.byIp, ip]
    ]), "assertAllowed"),
    failed: /* @__PURE__ */ __name((email2) => {
      limits.byEmail.hit(email2.toLowerCase());
      limits.byIp.hit(ip);
    }, "failed"),
    succeeded: /* @__PURE__ */ __name((email2) => limits.byEmail.reset(email2.toLowerCase()), "succeeded")
  };
}
__name(loginThrottle, "loginThrottle");
function tokenLimiters(now) {
  return {
    /** Reset requests per e-mail: 3 an hour. */
    resetByEmail: new SlidingWindowLimiter({ limit: 3, windowMs: 60 * MINUTE, now }),
    /** Reset requests per address: 20 an hour. */
    resetByIp: new SlidingWindowLimiter({ limit: 20, windowMs: 60 * MINUTE, now }),
    /** Invalid invitation or reset tokens per address: 20 in 15 minutes. */
    badTokenByIp: new SlidingWindowLimiter({ limit: 20, windowMs: 15 * MINUTE, now })
  };
}
__name(tokenLimiters, "tokenLimiters");

// apps/server/src/accounts/log-in.ts
import { verify as verify2 } from "@node-rs/argon2";

// apps/server/src/audit/audit-repository.ts
import { sql } from "kysely";
function auditRow(entry) {
  return {
    ...entry.at === void 0 ? {} : { at: typeof entry.at === "string" ? entry.at : entry.at.toISOString() },
    mutual_id: entry.mutualId,
    member_id: entry.memberId ?? null,
    actor_user_id: entry.actorUserId,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    change: JSON.stringify(entry.change)
  };
}
__name(auditRow, "auditRow");
function auditRepository(db) {
  return {
    async record(entry) {
      await db.insertInto("audit_log").values(auditRow(entry)).execute();
    },
    async recordMany(entries) {
      if (entries.length === 0) return;
      for (let i = 0; i < entries.length; i += 1e3) {
        await db.insertInto("audit_log").values(entries.slice(i, i + 1e3).map(auditRow)).execute();
      }
    },
    /**
     * Runs a read of personal data and logs it in the same statement: the rows of `rows` (which
     * must have an `id`) are returned in their order, and one access-log row lists their ids in that
     * order (none when there is no row), exactly as recordAccess after the read would, in one round
     * trip. The statement commits before it answers (outside a transaction), so no read is answered
     * unlogged.
     */
    async readLoggingAccess(rows, entry) {
      const result = await sql`
        with shown as (select row_number() over () as access_log_position, shown_rows.* from (${rows}) as shown_rows),
        logged as (
          insert into access_log (mutual_id, actor_user_id, entity_type, entity_ids, purpose)
          select ${entry.mutualId}::uuid, ${entry.actorUserId}::uuid, ${entry.entityType}::text,
                 array_agg(id::text order by access_log_position), ${entry.purpose}::text
          from shown having count(*) > 0
        )
        select * from shown order by access_log_position`.execute(db);
      return result.rows.map(({ access_log_position: _, ...row }) => row);
    },
    async recordAccess(entry) {
      if (entry.entityIds.length === 0) return;
      await db.insertInto("access_log").values({
        mutual_id: entry.mutualId,
        actor_user_id: entry.actorUserId,
        entity_type: entry.entityType,
        entity_ids: entry.entityIds,
        purpose: entry.purpose
      }).execute();
    }
  };
}
__name(auditRepository, "auditRepository");

// apps/server/src/accounts/accept-invitation.ts
import { hash } from "@node-rs/argon2";

// apps/server/src/caller.ts
function mutualOf(caller) {
  if (!caller.mutualId) throw new AppError("forbidden", "This needs an account attached to a mutual");
  return caller.mutualId;
}
__name(mutualOf, "mutualOf");
function memberScopeOf(caller) {
  const mutualId = mutualOf(caller);
  if (caller.role === "member_contact") return { mutualId, memberId: caller.memberId };
  if (caller.role === "coordinator") return { mutualId, memberId: null };
  throw new AppError("forbidden", `This is not open to the role ${caller.role}`);
}
__name(memberScopeOf, "memberScopeOf");
var scopeIncludesMember = /* @__PURE__ */ __name((scope, memberId) => scope.memberId === null || scope.memberId === memberId, "scopeIncludesMember");
function inTransaction(deps, work) {
  return deps.db.transaction().execute((trx) => work({ ...deps, db: trx }));
}
__name(inTransaction, "inTransaction");

// apps/server/src/accounts/login-sessions.ts
import { createHash, randomBytes } from "node:crypto";

// apps/server/src/accounts/login-session-repository.ts
function sessionRepository(db) {
  return {
    /** `at` is the caller's clock (not the database's), so the expiry slides from the same clock. */
    async create(input) {
      await db.insertInto("user_session").values({ id: input.id, user_id: input.userId, csrf_token: input.csrfToken, created_at: input.at, last_seen_at: input.at, expires_at: input.expiresAt }).execute();
    },
    async findActive(id, now) {
      return db.selectFrom("user_session as s").innerJoin("app_user as u", "u.id", "s.user_id").select([
        "s.id as sessionId",
        "s.csrf_token as csrfToken",
        "s.last_seen_at as lastSeenAt",
        "s.expires_at as expiresAt",
        "u.id as userId",
        "u.email",
        "u.display_name as displayName",
        "u.locale",
        "u.role",
        "u.mutual_id as mutualId",
        "u.member_id as memberId",
        "u.provider_id as providerId"
      ]).where("s.id", "=", id).where("s.expires_at", ">", now).where("u.active", "=", true).executeTakeFirst();
    },
    async touch(id, now, expiresAt) {
      await db.updateTable("user_session").set({ last_seen_at: now, expires_at: expiresAt }).where("id", "=", id).execute();
    },
    async delete(id) {
      await db.deleteFrom("user_session").where("id", "=", id).execute();
    },
    async deleteAllForUser(userId) {
      await db.deleteFrom("user_session").where("user_id", "=", userId).execute();
    }
  };
}
__name(sessionRepository, "sessionRepository");

// apps/server/src/accounts/login-sessions.ts
var SESSION_COOKIE = "mutualis_session";
var SESSION_TTL_MS = 12 * 60 * 60 * 1e3;
var hashToken = /* @__PURE__ */ __name((token) => createHash("sha256").update(token).digest("hex"), "hashToken");
var newToken = /* @__PURE__ */ __name(() => randomBytes(32).toString("base64url"), "newToken");
async function openSession(db, userId, now) {
  const token = newToken();
  const csrfToken = newToken();
  await sessionRepository(db).create({
    id: hashToken(token),
    userId,
    csrfToken,
    at: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString()
  });
  return { token, csrfToken };
}
__name(openSession, "openSession");
async function startSession(db, userId, now) {
  const { token } = await openSession(db, userId, now);
  const caller = await resolveSession(db, token, now);
  if (!caller) throw new Error(`The session just opened for ${userId} does not resolve`);
  return { token, caller };
}
__name(startSession, "startSession");
async function resolveSession(db, token, now) {
  return (await lookUpSession(db, hashToken(token), now))?.caller ?? null;
}
__name(resolveSession, "resolveSession");
async function resolveSessionCached(deps, token) {
  const id = hashToken(token);
  const now = deps.now();
  const cached = deps.loginSessions.get(id, now.getTime());
  if (cached) return cached;
  const startedAt = deps.loginSessions.generation();
  const found = await lookUpSession(deps.db, id, now);
  if (!found) return null;
  deps.loginSessions.store(id, found.caller, found.lastSeenMs, found.expiresMs, startedAt);
  return found.caller;
}
__name(resolveSessionCached, "resolveSessionCached");
async function lookUpSession(db, id, now) {
  const repo = sessionRepository(db);
  const row = await repo.findActive(id, now.toISOString());
  if (!row) return null;
  let lastSeenMs = new Date(row.lastSeenAt).getTime();
  let expiresMs = new Date(row.expiresAt).getTime();
  if (now.getTime() - lastSeenMs > 6e4) {
    lastSeenMs = now.getTime();
    expiresMs = lastSeenMs + SESSION_TTL_MS;
    await repo.touch(id, now.toISOString(), new Date(expiresMs).toISOString());
  }
  const caller = {
    userId: row.userId,
    sessionId: row.sessionId,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    role: row.role,
    mutualId: row.mutualId,
    memberId: row.memberId,
    providerId: row.providerId,
    csrfToken: row.csrfToken
  };
  return { caller, lastSeenMs, expiresMs };
}
__name(lookUpSession, "lookUpSession");

// apps/server/src/accounts/token-repository.ts
function tokenRepository(db) {
  return {
    async insert(input) {
      await db.insertInto("one_time_token").values({
        token_hash: input.tokenHash,
        user_id: input.userId,
        purpose: input.purpose,
        expires_at: input.expiresAt
      }).execute();
    },
    /** Marks every unused token of the user for the purpose as used (a new one replaces them). */
    async revokeAll(userId, purpose, now) {
      await db.updateTable("one_time_token").set({ used_at: now }).where("user_id", "=", userId).where("purpose", "=", purpose).where("used_at", "is", null).execute();
    },
    /** Uses the token once: returns its user when it was unused and unexpired, else undefined. */
    async consume(tokenHash, purpose, now) {
      return db.updateTable("one_time_token").set({ used_at: now }).where("token_hash", "=", tokenHash).where("purpose", "=", purpose).where("used_at", "is", null).where("expires_at", ">", now).returning(["user_id as userId"]).executeTakeFirst();
    },
    /** Latest expiry of an unused invitation per user, for the account list. */
    async pendingInvitationExpiries(userIds, now) {
      if (userIds.length === 0) return /* @__PURE__ */ new Map();
      const rows = await db.selectFrom("one_time_token").select(["user_id", (eb) => eb.fn.max("expires_at").as("expires_at")]).where("user_id", "in", userIds).where("purpose", "=", "invitation").where("used_at", "is", null).where("expires_at", ">", now).groupBy("user_id").execute();
      return new Map(rows.map((r) => [r.user_id, String(r.expires_at)]));
    }
  };
}
__name(tokenRepository, "tokenRepository");

// apps/server/src/accounts/one-time-tokens.ts
var INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1e3;
var PASSWORD_RESET_TTL_MS = 60 * 60 * 1e3;
async function issueToken(trx, userId, purpose, ttlMs, now) {
  const tokens = tokenRepository(trx);
  await tokens.revokeAll(userId, purpose, now.toISOString());
  const token = newToken();
  await tokens.insert({
    tokenHash: hashToken(token),
    userId,
    purpose,
    expiresAt: new Date(now.getTime() + ttlMs).toISOString()
  });
  return token;
}
__name(issueToken, "issueToken");
var tokenInvalid = /* @__PURE__ */ __name(() => new AppError("token_invalid", "This link is invalid, already used or expired"), "tokenInvalid");
async function consumeToken(trx, token, purpose, now) {
  const row = await tokenRepository(trx).consume(hashToken(token), purpose, now.toISOString());
  if (!row) throw tokenInvalid();
  return row.userId;
}
__name(consumeToken, "consumeToken");
var tokenLink = /* @__PURE__ */ __name((publicUrl, page, token, locale) => `${publicUrl.replace(/\/+$/, "")}/${page}?token=${encodeURIComponent(token)}&lang=${locale}`, "tokenLink");

// apps/server/src/accounts/user-repository.ts
function userRepository(db) {
  return {
    findByEmail(email2) {
      return db.selectFrom("app_user").selectAll().where((eb) => eb(eb.fn("lower", ["email"]), "=", email2.toLowerCase())).executeTakeFirst();
    },
    findById(id) {
      return db.selectFrom("app_user").selectAll().where("id", "=", id).executeTakeFirst();
    },
    /** The active coordinator accounts of a mutual (who hear about alerts and seat requests). */
    coordinatorsOf(mutualId) {
      return db.selectFrom("app_user").select(["email", "display_name as name", "locale"]).where("role", "=", "coordinator").where("mutual_id", "=", mutualId).where("active", "=", true).execute();
    },
    /** The active member-contact accounts of the given firms (who hear about employees without an e-mail). */
    contactsOf(memberIds) {
      if (memberIds.length === 0) return Promise.resolve([]);
      return db.selectFrom("app_user").select(["member_id as memberId", "email", "display_name as name", "locale"]).where("role", "=", "member_contact").where("member_id", "in", memberIds).where("active", "=", true).execute();
    },
    /** A trainer account of the mutual (active or not), with the provider it belongs to. */
    findTrainer(mutualId, id) {
      return db.selectFrom("app_user").select(["id", "provider_id"]).where("id", "=", id).where("mutual_id", "=", mutualId).where("role", "=", "trainer").executeTakeFirst();
    },
    async insert(values) {
      return db.insertInto("app_user").values(values).returningAll().executeTakeFirstOrThrow();
    },
    async update(id, values) {
      return db.updateTable("app_user").set(values).where("id", "=", id).returningAll().executeTakeFirst();
    }
  };
}
__name(userRepository, "userRepository");

// apps/server/src/accounts/accept-invitation.ts
async function acceptInvitation(deps, input) {
  const passwordHash = await hash(input.password);
  const now = deps.now();
  const userId = await deps.loginSessions.changing(
    () => inTransaction(deps, async (tx) => {
      const userId2 = await consumeToken(tx.db, input.token, "invitation", now);
      const users = userRepository(tx.db);
      const user = await users.findById(userId2);
      if (!user?.active) throw tokenInvalid();
      await users.update(userId2, {
        password_hash: passwordHash,
        last_login_at: now.toISOString(),
        ...input.displayName ? { display_name: input.displayName } : {}
      });
      await tokenRepository(tx.db).revokeAll(userId2, "invitation", now.toISOString());
      await auditRepository(tx.db).record({
        at: now,
        mutualId: user.mutual_id,
        memberId: user.member_id,
        actorUserId: userId2,
        action: "accept_invitation",
        entityType: "user",
        entityId: userId2,
        change: input.displayName ? { displayName: input.displayName } : {}
      });
      return userId2;
    })
  );
  return startSession(deps.db, userId, now);
}
__name(acceptInvitation, "acceptInvitation");

// apps/server/src/accounts/change-password.ts
import { hash as hash2, verify } from "@node-rs/argon2";
async function changePassword(deps, caller, input) {
  const user = await userRepository(deps.db).findById(caller.userId);
  const ok2 = user?.password_hash ? await verify(user.password_hash, input.currentPassword).catch(() => false) : false;
  if (!ok2) throw invalid("currentPassword", "is not your current password");
  const passwordHash = await hash2(input.newPassword);
  await deps.loginSessions.changing(
    () => inTransaction(deps, async (tx) => {
      await userRepository(tx.db).update(caller.userId, { password_hash: passwordHash });
      await sessionRepository(tx.db).deleteAllForUser(caller.userId);
      await auditRepository(tx.db).record({
        at: deps.now(),
        mutualId: caller.mutualId,
        memberId: caller.memberId,
        actorUserId: caller.userId,
        action: "change_password",
        entityType: "user",
        entityId: caller.userId,
        change: {}
      });
    })
  );
  return startSession(deps.db, caller.userId, deps.now());
}
__name(changePassword, "changePassword");

// apps/server/src/accounts/present.ts
function presentMe(caller) {
  const { sessionId: _sessionId, ...me } = caller;
  return me;
}
__name(presentMe, "presentMe");
var statusOf = /* @__PURE__ */ __name((row) => accountStatusOf({ active: row.active, hasPassword: row.passwordHash !== null }), "statusOf");
function presentUser(row, invitationExpiresAt) {
  const status = statusOf(row);
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    role: row.role,
    status,
    mutualId: row.mutualId,
    mutualName: row.mutualName,
    memberId: row.memberId,
    memberName: row.memberName,
    providerId: row.providerId,
    providerName: row.providerName,
    funderId: row.funderId,
    funderName: row.funderName,
    createdAt: row.createdAt,
    lastLoginAt: row.lastLoginAt,
    invitationExpiresAt: status === "invited" ? invitationExpiresAt ?? null : null
  };
}
__name(presentUser, "presentUser");
async function presentUsers(deps, rows) {
  const expiries = await tokenRepository(deps.db).pendingInvitationExpiries(
    rows.map((r) => r.id),
    deps.now().toISOString()
  );
  return rows.map((r) => presentUser(r, expiries.get(r.id)));
}
__name(presentUsers, "presentUsers");

// apps/server/src/mail/templates.ts
var roleLabels = {
  fr: {
    platform_admin: "administrateur de la plateforme",
    coordinator: "coordination",
    member_contact: "entreprise membre",
    trainer: "formateur",
    board_viewer: "membre du conseil",
    funder: "bailleur de fonds",
    researcher: "chercheur ou chercheuse"
  },
  en: {
    platform_admin: "platform administrator",
    coordinator: "coordinator",
    member_contact: "member employer",
    trainer: "trainer",
    board_viewer: "board member",
    funder: "funder",
    researcher: "researcher"
  }
};
var escapeHtml = /* @__PURE__ */ __name((s) => s.replace(
  /[&<>"']/g,
  (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]
), "escapeHtml");
function layout(locale, subject, paragraphs, action, footer) {
  const text2 = [
    ...paragraphs,
    `${action.label}${locale === "fr" ? " :" : ":"} ${action.url}`,
    footer,
    "\u2014 Mutualis"
  ].join("\n\n");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6rem 1rem; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(action.label)}</a></p>
<p style="font-size: 0.9em; color: #555">${escapeHtml(action.url)}</p>
<p style="font-size: 0.9em; color: #555">${escapeHtml(footer)}</p>
<p>\u2014 Mutualis</p>
</body></html>`;
  return { subject, text: text2, html };
}
__name(layout, "layout");
function invitationEmail(input) {
  const role = roleLabels[input.locale][input.role];
  if (input.locale === "en") {
    const where2 = input.mutualName ? ` for ${input.mutualName}` : "";
    return layout(
      "en",
      `Your Mutualis invitation${where2}`,
      [
        `Hello ${input.inviteeName},`,
        `${input.inviterName} invites you to Mutualis${where2}, as ${role}.`,
        `Choose your password to activate your account. This link works once and expires in ${input.validDays} days.`
      ],
      { label: "Activate my account", url: input.link },
      "If you did not expect this invitation, you can ignore this message."
    );
  }
  const where = input.mutualName ? ` pour ${input.mutualName}` : "";
  return layout(
    "fr",
    `Votre invitation \xE0 Mutualis${where}`,
    [
      `Bonjour ${input.inviteeName},`,
      `${input.inviterName} vous invite \xE0 Mutualis${where}, \xE0 titre de ${role}.`,
      `Choisissez votre mot de passe pour activer votre compte. Ce lien ne sert qu'une fois et expire dans ${input.validDays} jours.`
    ],
    { label: "Activer mon compte", url: input.link },
    "Si vous n'attendiez pas cette invitation, vous pouvez ignorer ce message."
  );
}
__name(invitationEmail, "invitationEmail");
function passwordResetEmail(input) {
  if (input.locale === "en") {
    return layout(
      "en",
      "Reset your Mutualis password",
      [
        `Hello ${input.name},`,
        "Someone (hopefully you) asked to reset the password of your Mutualis account.",
        `This link works once and expires in ${input.validMinutes} minutes.`
      ],
      { label: "Choose a new password", url: input.link },
      "If you did not ask for this, ignore this message: your password stays the same."
    );
  }
  return layout(
    "fr",
    "R\xE9initialisez votre mot de passe Mutualis",
    [
      `Bonjour ${input.name},`,
      "Quelqu'un (vous, esp\xE9rons-le) a demand\xE9 \xE0 r\xE9initialiser le mot de passe de votre compte Mutualis.",
      `Ce lien ne sert qu'une fois et expire dans ${input.validMinutes} minutes.`
    ],
    { label: "Choisir un nouveau mot de passe", url: input.link },
    "Si vous n'avez rien demand\xE9, ignorez ce message : votre mot de passe ne change pas."
  );
}
__name(passwordResetEmail, "passwordResetEmail");

// apps/server/src/outbox/repository.ts
var columns = [
  "id",
  "mutual_id as mutualId",
  "kind",
  "to_address as toAddress",
  "locale",
  "subject",
  "status",
  "attempts",
  "last_error as lastError",
  "next_attempt_at as nextAttemptAt",
  "created_at as createdAt",
  "sent_at as sentAt"
];
function outboxRepository(db) {
  return {
    async enqueue(message2, now) {
      return db.insertInto("outbox").values({
        mutual_id: message2.mutualId,
        kind: message2.kind,
        to_address: message2.to,
        locale: message2.locale,
        subject: message2.subject,
        text_body: message2.text,
        html_body: message2.html,
        next_attempt_at: now
      }).returning("id").executeTakeFirstOrThrow();
    },
    /** Pending messages whose next attempt is due, oldest first. */
    due(now, limit) {
      return db.selectFrom("outbox").selectAll().where("status", "=", "pending").where("next_attempt_at", "<=", now).orderBy("next_attempt_at").orderBy("id").limit(limit).execute();
    },
    async markSent(id, now) {
      await db.updateTable("outbox").set({ status: "sent", sent_at: now, attempts: /* @__PURE__ */ __name((eb) => eb("attempts", "+", 1), "attempts"), last_error: null }).where("id", "=", id).execute();
    },
    async markAttemptFailed(id, values) {
      await db.updateTable("outbox").set({
        attempts: values.attempts,
        status: values.status,
        last_error: values.error,
        next_attempt_at: values.nextAttemptAt
      }).where("id", "=", id).execute();
    },
    /** Puts a failed message back in the queue with a fresh set of attempts (undefined when it may not be retried). */
    async requeue(id, now) {
      return db.updateTable("outbox").set({ status: "pending", attempts: 0, next_attempt_at: now }).where("id", "=", id).where("status", "in", OUTBOX_RETRYABLE_STATUSES).returning(columns).executeTakeFirst();
    },
    /** One message; mutualId undefined = any mutual (platform administrator). */
    find(id, mutualId) {
      let q = db.selectFrom("outbox").select(columns).where("id", "=", id);
      if (mutualId !== void 0) q = q.where("mutual_id", "=", mutualId);
      return q.executeTakeFirst();
    },
    async list(filter) {
      let q = db.selectFrom("outbox");
      if (filter.mutualId !== void 0) q = q.where("mutual_id", "=", filter.mutualId);
      if (filter.status) q = q.where("status", "=", filter.status);
      const [{ total }] = await q.select((eb) => eb.fn.countAll().as("total")).execute();
      const items = await q.select(columns).orderBy("created_at", "desc").orderBy("id", "desc").limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute();
      return { items, total: Number(total) };
    }
  };
}
__name(outboxRepository, "outboxRepository");

// apps/server/src/outbox/enqueue-email.ts
async function enqueueEmail(trx, message2, now) {
  return outboxRepository(trx).enqueue(
    {
      mutualId: message2.mutualId,
      kind: message2.kind,
      to: message2.to,
      locale: message2.locale,
      subject: message2.email.subject,
      text: message2.email.text,
      html: message2.email.html
    },
    now.toISOString()
  );
}
__name(enqueueEmail, "enqueueEmail");

// apps/server/src/outbox/send-outbox.ts
var DEFAULT_MAX_ATTEMPTS = 6;
var DEFAULT_BASE_DELAY_MS = 6e4;
function backoffMs(attempts, baseDelayMs, maxDelayMs) {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}
__name(backoffMs, "backoffMs");
async function sendOutbox(options) {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const maxDelayMs = options.maxDelayMs ?? 6 * 60 * 6e4;
  const outbox = outboxRepository(options.db);
  const due = await outbox.due(options.now().toISOString(), options.batchSize ?? 20);
  const result = { sent: 0, retrying: 0, failed: 0 };
  for (const message2 of due) {
    try {
      await options.transport.send({
        from: options.from,
        to: message2.to_address,
        subject: message2.subject,
        text: message2.text_body,
        html: message2.html_body ?? void 0
      });
      await outbox.markSent(message2.id, options.now().toISOString());
      result.sent++;
    } catch (error) {
      const attempts = message2.attempts + 1;
      const status = statusAfterFailedAttempt(attempts, maxAttempts);
      const givesUp = status === "failed";
      await outbox.markAttemptFailed(message2.id, {
        attempts,
        status,
        error: String(error?.message ?? error).slice(0, 1e3),
        nextAttemptAt: new Date(options.now().getTime() + backoffMs(attempts, baseDelayMs, maxDelayMs)).toISOString()
      });
      if (givesUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}
__name(sendOutbox, "sendOutbox");

// apps/server/src/outbox/outbox-sender.ts
function startOutboxSender(deps, options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const transport = options.transport === void 0 ? deps.mailer : options.transport;
  const intervalMs = options.intervalMs ?? deps.config.OUTBOX_POLL_MS ?? 15e3;
  const printed = /* @__PURE__ */ new Set();
  let timer;
  let running;
  let stopped = false;
  if (!transport) log("outbox: SMTP_HOST is not set; e-mails stay pending until SMTP is configured");
  async function pass() {
    if (transport) {
      const result = await sendOutbox({ db: deps.db, transport, from: deps.config.SMTP_FROM, now: deps.now });
      if (result.sent + result.retrying + result.failed > 0) {
        log(`outbox: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed`);
      }
    } else if (deps.config.NODE_ENV === "development") {
      for (const message2 of await outboxRepository(deps.db).due(deps.now().toISOString(), 50)) {
        if (printed.has(message2.id)) continue;
        printed.add(message2.id);
        log(`outbox (not sent, no SMTP): to ${message2.to_address} \u2014 ${message2.subject}
${message2.text_body}`);
      }
    }
  }
  __name(pass, "pass");
  const schedule = /* @__PURE__ */ __name(() => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().catch((error) => log(`outbox: pass failed: ${error.message}`)).finally(() => {
        running = void 0;
        schedule();
      });
    }, intervalMs);
    timer.unref?.();
  }, "schedule");
  schedule();
  return {
    runOnce: pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      transport?.close();
    }
  };
}
__name(startOutboxSender, "startOutboxSender");

// apps/server/src/outbox/present.ts
function presentOutboxMessage(row) {
  return { ...row };
}
__name(presentOutboxMessage, "presentOutboxMessage");

// apps/server/src/outbox/list-outbox.ts
async function listOutbox(deps, caller, query) {
  const mutualId = managedMutual(caller, query.mutualId);
  const { items, total } = await outboxRepository(deps.db).list({ ...query, mutualId });
  return pageOf(items.map(presentOutboxMessage), total, query);
}
__name(listOutbox, "listOutbox");

// apps/server/src/outbox/visible-outbox-message.ts
async function visibleOutboxMessage(deps, caller, messageId) {
  const row = await outboxRepository(deps.db).find(messageId, managedMutual(caller));
  if (!row) throw notFound("Message");
  return row;
}
__name(visibleOutboxMessage, "visibleOutboxMessage");

// apps/server/src/outbox/retry-outbox-message.ts
async function retryOutboxMessage(deps, caller, input) {
  return inTransaction(deps, async (tx) => {
    const message2 = await visibleOutboxMessage(tx, caller, input.messageId);
    const refused = /* @__PURE__ */ __name(() => new AppError("conflict", `Only a failed message can be retried; this one is ${message2.status}`), "refused");
    if (!outboxMayRetry(message2.status)) throw refused();
    const row = await outboxRepository(tx.db).requeue(input.messageId, deps.now().toISOString());
    if (!row) throw refused();
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: message2.mutualId,
      actorUserId: caller.userId,
      action: "retry",
      entityType: "outbox",
      entityId: String(input.messageId),
      change: { previousAttempts: message2.attempts, lastError: message2.lastError }
    });
    return presentOutboxMessage(row);
  });
}
__name(retryOutboxMessage, "retryOutboxMessage");

// apps/server/src/outbox/routes.ts
function registerOutboxRoutes(app, deps) {
  serve(app, outboxEndpoints.list, MUTUAL_ADMIN_ROLES, ({ query }, caller) => listOutbox(deps, caller, query));
  serve(app, outboxEndpoints.retry, MUTUAL_ADMIN_ROLES, ({ params }, caller) => retryOutboxMessage(deps, caller, params));
}
__name(registerOutboxRoutes, "registerOutboxRoutes");

// apps/server/src/accounts/request-password-reset.ts
async function requestPasswordReset(deps, input) {
  const user = await userRepository(deps.db).findByEmail(input.email);
  if (!user?.active) return;
  const now = deps.now();
  await inTransaction(deps, async (tx) => {
    const token = await issueToken(tx.db, user.id, "password_reset", PASSWORD_RESET_TTL_MS, now);
    const message2 = passwordResetEmail({
      locale: user.locale,
      name: user.display_name,
      link: tokenLink(deps.config.PUBLIC_URL, "reset-password", token, user.locale),
      validMinutes: PASSWORD_RESET_TTL_MS / 6e4
    });
    await enqueueEmail(tx.db, { mutualId: user.mutual_id, kind: "password_reset", to: user.email, locale: user.locale, email: message2 }, now);
    await auditRepository(tx.db).record({
      at: now,
      mutualId: user.mutual_id,
      actorUserId: null,
      action: "request_password_reset",
      entityType: "user",
      entityId: user.id,
      change: {}
    });
  });
}
__name(requestPasswordReset, "requestPasswordReset");

// apps/server/src/accounts/reset-password.ts
import { hash as hash3 } from "@node-rs/argon2";
async function resetPassword(deps, input) {
  const passwordHash = await hash3(input.password);
  const now = deps.now();
  await deps.loginSessions.changing(
    () => inTransaction(deps, async (tx) => {
      const userId = await consumeToken(tx.db, input.token, "password_reset", now);
      const users = userRepository(tx.db);
      const user = await users.findById(userId);
      if (!user?.active) throw tokenInvalid();
      await users.update(userId, { password_hash: passwordHash });
      await tokenRepository(tx.db).revokeAll(userId, "password_reset", now.toISOString());
      await tokenRepository(tx.db).revokeAll(userId, "invitation", now.toISOString());
      await sessionRepository(tx.db).deleteAllForUser(userId);
      await auditRepository(tx.db).record({
        at: now,
        mutualId: user.mutual_id,
        memberId: user.member_id,
        actorUserId: userId,
        action: "reset_password",
        entityType: "user",
        entityId: userId,
        change: {}
      });
    })
  );
}
__name(resetPassword, "resetPassword");

// apps/server/src/accounts/update-profile.ts
async function updateProfile(deps, caller, input) {
  const values = {
    ...input.displayName !== void 0 ? { display_name: input.displayName } : {},
    ...input.locale !== void 0 ? { locale: input.locale } : {}
  };
  if (Object.keys(values).length === 0) return caller;
  await deps.loginSessions.changing(
    () => inTransaction(deps, async (tx) => {
      await userRepository(tx.db).update(caller.userId, values);
      await auditRepository(tx.db).record({
        at: deps.now(),
        mutualId: caller.mutualId,
        memberId: caller.memberId,
        actorUserId: caller.userId,
        action: "update_profile",
        entityType: "user",
        entityId: caller.userId,
        change: input
      });
    })
  );
  return { ...caller, ...input };
}
__name(updateProfile, "updateProfile");

// apps/server/src/accounts/account-routes.ts
function registerAccountRoutes(app, deps, limits = tokenLimiters(deps.now)) {
  async function withTokenLimit(c, use) {
    const ip = clientIp(c, deps.config.TRUST_PROXY);
    assertNotLimited(c, [[limits.badTokenByIp, ip]]);
    try {
      return await use();
    } catch (error) {
      if (error instanceof AppError && error.code === "token_invalid") limits.badTokenByIp.hit(ip);
      throw error;
    }
  }
  __name(withTokenLimit, "withTokenLimit");
  function limitResetRequest(c, email2) {
    const ip = clientIp(c, deps.config.TRUST_PROXY);
    const emailKey = email2.toLowerCase();
    assertNotLimited(c, [
      [limits.resetByEmail, emailKey],
      [limits.resetByIp, ip]
    ]);
    limits.resetByEmail.hit(emailKey);
    limits.resetByIp.hit(ip);
  }
  __name(limitResetRequest, "limitResetRequest");
  servePublic(app, accountEndpoints.acceptInvitation, async ({ body }, _caller, c) => answerLoggedIn(c, deps, await withTokenLimit(c, () => acceptInvitation(deps, body))));
  servePublic(app, accountEndpoints.requestPasswordReset, async ({ body }, _caller, c) => {
    limitResetRequest(c, body.email);
    await requestPasswordReset(deps, body);
    return c.body(null, 202);
  });
  servePublic(app, accountEndpoints.confirmPasswordReset, async ({ body }, _caller, c) => {
    await withTokenLimit(c, () => resetPassword(deps, body));
    return void 0;
  });
  serve(app, accountEndpoints.updateMe, "authenticated", async ({ body }, caller) => presentMe(await updateProfile(deps, caller, body)));
  serve(app, accountEndpoints.changePassword, "authenticated", async ({ body }, caller, c) => answerLoggedIn(c, deps, await changePassword(deps, caller, body)));
}
__name(registerAccountRoutes, "registerAccountRoutes");

// apps/server/src/accounts/login-session-cache.ts
var SESSION_CACHE_MS = 5e3;
var MAX_ENTRIES = 1e4;
var TOUCH_AFTER_MS = 6e4;
function createLoginSessionCache() {
  const entries = /* @__PURE__ */ new Map();
  let generation = 0;
  const forget = /* @__PURE__ */ __name(() => {
    generation++;
    entries.clear();
  }, "forget");
  return {
    get(id, nowMs) {
      const entry = entries.get(id);
      if (!entry) return void 0;
      if (performance.now() - entry.storedAt > SESSION_CACHE_MS) {
        entries.delete(id);
        return void 0;
      }
      if (nowMs >= entry.expiresMs || nowMs - entry.lastSeenMs > TOUCH_AFTER_MS) return void 0;
      return entry.caller;
    },
    generation: /* @__PURE__ */ __name(() => generation, "generation"),
    store(id, caller, lastSeenMs, expiresMs, startedAt) {
      if (startedAt !== generation) return;
      entries.delete(id);
      if (entries.size >= MAX_ENTRIES) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(id, { caller: Object.freeze(caller), lastSeenMs, expiresMs, storedAt: performance.now() });
    },
    forget,
    async changing(change) {
      try {
        return await change();
      } finally {
        forget();
      }
    }
  };
}
__name(createLoginSessionCache, "createLoginSessionCache");

// apps/server/src/accounts/managed-mutual.ts
function managedMutual(caller, requested) {
  if (caller.role === "platform_admin") return requested;
  if (caller.role === "coordinator" && caller.mutualId) return caller.mutualId;
  throw forbidden();
}
__name(managedMutual, "managedMutual");
function managesMutual(caller, mutualId) {
  const scope = managedMutual(caller);
  return scope === void 0 || scope === mutualId;
}
__name(managesMutual, "managesMutual");

// apps/server/src/accounts/account-repository.ts
function accountRepository(db) {
  const base = /* @__PURE__ */ __name(() => db.selectFrom("app_user as u").leftJoin("mutual as mu", "mu.id", "u.mutual_id").leftJoin("member as m", "m.id", "u.member_id").leftJoin("provider as p", "p.id", "u.provider_id").leftJoin("funder as f", "f.id", "u.funder_id"), "base");
  const columns3 = [
    "u.id",
    "u.email",
    "u.display_name as displayName",
    "u.locale",
    "u.role",
    "u.active",
    "u.password_hash as passwordHash",
    "u.mutual_id as mutualId",
    "mu.name as mutualName",
    "u.member_id as memberId",
    "m.legal_name as memberName",
    "u.provider_id as providerId",
    "p.name as providerName",
    "u.funder_id as funderId",
    "f.name as funderName",
    "u.created_at as createdAt",
    "u.last_login_at as lastLoginAt"
  ];
  return {
    async list(filter) {
      let q = base();
      if (filter.mutualId !== void 0) q = q.where("u.mutual_id", "=", filter.mutualId);
      if (filter.role) q = q.where("u.role", "=", filter.role);
      if (filter.status === "deactivated") q = q.where("u.active", "=", false);
      if (filter.status === "invited") q = q.where("u.active", "=", true).where("u.password_hash", "is", null);
      if (filter.status === "active") q = q.where("u.active", "=", true).where("u.password_hash", "is not", null);
      if (filter.q) {
        const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
        q = q.where(
          (eb) => eb.or([eb(eb.fn("lower", ["u.email"]), "like", like), eb(eb.fn("lower", ["u.display_name"]), "like", like)])
        );
      }
      const [{ total }] = await q.select((eb) => eb.fn.countAll().as("total")).execute();
      const rows = await q.select(columns3).orderBy("u.display_name").orderBy("u.id").limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute();
      return { rows, total: Number(total) };
    },
    find(id) {
      return base().select(columns3).where("u.id", "=", id).executeTakeFirst();
    }
  };
}
__name(accountRepository, "accountRepository");

// apps/server/src/accounts/visible-user.ts
async function visibleUser(deps, caller, userId) {
  const row = await accountRepository(deps.db).find(userId);
  if (!row || !managesMutual(caller, row.mutualId)) throw notFound("Account");
  return row;
}
__name(visibleUser, "visibleUser");

// apps/server/src/accounts/get-user.ts
async function getUser(deps, caller, input) {
  return (await presentUsers(deps, [await visibleUser(deps, caller, input.userId)]))[0];
}
__name(getUser, "getUser");

// apps/server/src/mutuals/repository.ts
import { sql as sql2 } from "kysely";
var columns2 = [
  "id",
  "slug",
  "name",
  "kind",
  "region_code as regionCode",
  "scian_code as scianCode",
  "recognised_since as recognisedSince",
  "min_firms_per_session as minFirmsPerSession",
  "withdrawal_deadline_days as withdrawalDeadlineDays",
  "go_no_go_days as goNoGoDays",
  "completion_threshold_pct as completionThresholdPct",
  "created_at as createdAt"
];
function mutualRepository(db) {
  return {
    list(page) {
      return db.selectFrom("mutual").select(columns2).orderBy("name").orderBy("id").limit(page.limit).offset(page.offset).execute();
    },
    async count() {
      return (await db.selectFrom("mutual").select(sql2`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    },
    find(id) {
      return db.selectFrom("mutual").select(columns2).where("id", "=", id).executeTakeFirst();
    },
    findBySlug(slug) {
      return db.selectFrom("mutual").select(columns2).where("slug", "=", slug).executeTakeFirst();
    },
    insert(values) {
      return db.insertInto("mutual").values(values).returning(columns2).executeTakeFirstOrThrow();
    },
    update(id, values) {
      return db.updateTable("mutual").set(values).where("id", "=", id).returning(columns2).executeTakeFirst();
    },
    /** Whether the member belongs to the mutual. */
    async hasMember(mutualId, memberId) {
      const row = await db.selectFrom("member").select("id").where("id", "=", memberId).where("mutual_id", "=", mutualId).executeTakeFirst();
      return row !== void 0;
    },
    /** Whether the provider belongs to the mutual. */
    async hasProvider(mutualId, providerId) {
      const row = await db.selectFrom("provider").select("id").where("id", "=", providerId).where("mutual_id", "=", mutualId).executeTakeFirst();
      return row !== void 0;
    }
  };
}
__name(mutualRepository, "mutualRepository");

// apps/server/src/mutuals/mutual-values.ts
function mutualValues(input) {
  const values = {};
  if (input.name !== void 0) values.name = input.name;
  if (input.slug !== void 0) values.slug = input.slug;
  if (input.kind !== void 0) values.kind = input.kind;
  if (input.regionCode !== void 0) values.region_code = input.regionCode;
  if (input.scianCode !== void 0) values.scian_code = input.scianCode;
  if (input.recognisedSince !== void 0) values.recognised_since = input.recognisedSince;
  if (input.minFirmsPerSession !== void 0) values.min_firms_per_session = input.minFirmsPerSession;
  if (input.withdrawalDeadlineDays !== void 0) values.withdrawal_deadline_days = input.withdrawalDeadlineDays;
  if (input.goNoGoDays !== void 0) values.go_no_go_days = input.goNoGoDays;
  if (input.completionThresholdPct !== void 0) values.completion_threshold_pct = input.completionThresholdPct;
  return values;
}
__name(mutualValues, "mutualValues");
var slugTaken = /* @__PURE__ */ __name(() => new AppError("conflict", "Another mutual already uses this slug", { fields: [{ field: "slug", message: "already used" }] }), "slugTaken");

// apps/server/src/mutuals/present.ts
function presentMutual(row) {
  return { ...row, kind: row.kind };
}
__name(presentMutual, "presentMutual");

// apps/server/src/mutuals/create-mutual.ts
async function createMutual(deps, caller, input) {
  return inTransaction(deps, async (tx) => {
    const mutuals = mutualRepository(tx.db);
    if (await mutuals.findBySlug(input.slug)) throw slugTaken();
    const row = await mutuals.insert({ ...mutualValues(input), name: input.name, slug: input.slug, kind: input.kind });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.id,
      actorUserId: caller.userId,
      action: "create",
      entityType: "mutual",
      entityId: row.id,
      change: input
    });
    return presentMutual(row);
  });
}
__name(createMutual, "createMutual");

// apps/server/src/mutuals/visible-mutual.ts
async function visibleMutual(deps, caller, mutualId) {
  if (caller.role !== "platform_admin" && caller.mutualId !== mutualId) throw notFound("Mutual");
  const row = await mutualRepository(deps.db).find(mutualId);
  if (!row) throw notFound("Mutual");
  return row;
}
__name(visibleMutual, "visibleMutual");

// apps/server/src/mutuals/get-mutual.ts
async function getMutual(deps, caller, input) {
  return presentMutual(await visibleMutual(deps, caller, input.mutualId));
}
__name(getMutual, "getMutual");

// apps/server/src/mutuals/list-mutuals.ts
async function listMutuals(deps, _caller, query) {
  const repo = mutualRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list({ limit: query.pageSize, offset: (query.page - 1) * query.pageSize }), repo.count()]);
  return pageOf(rows.map(presentMutual), total, query);
}
__name(listMutuals, "listMutuals");

// apps/server/src/mutuals/update-mutual.ts
async function updateMutual(deps, caller, input) {
  const { mutualId, changes } = input;
  return inTransaction(deps, async (tx) => {
    const mutuals = mutualRepository(tx.db);
    const before = await visibleMutual(tx, caller, mutualId);
    if (changes.slug !== void 0 && changes.slug !== before.slug && await mutuals.findBySlug(changes.slug)) throw slugTaken();
    const values = mutualValues(changes);
    if (Object.keys(values).length === 0) return presentMutual(before);
    const row = await mutuals.update(mutualId, values);
    if (!row) throw notFound("Mutual");
    const shown = presentMutual(before);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: "update",
      entityType: "mutual",
      entityId: mutualId,
      change: { before: Object.fromEntries(Object.keys(changes).map((k) => [k, shown[k]])), after: changes }
    });
    return presentMutual(row);
  });
}
__name(updateMutual, "updateMutual");

// apps/server/src/mutuals/update-delivery-settings.ts
async function updateDeliverySettings(deps, caller, input) {
  return updateMutual(deps, caller, input);
}
__name(updateDeliverySettings, "updateDeliverySettings");

// apps/server/src/mutuals/routes.ts
function registerMutualRoutes(app, deps) {
  serve(app, mutualEndpoints.list, ["platform_admin"], ({ query }, caller) => listMutuals(deps, caller, query));
  serve(app, mutualEndpoints.create, ["platform_admin"], ({ body }, caller) => createMutual(deps, caller, body));
  serve(app, mutualEndpoints.get, MUTUAL_READER_ROLES, ({ params }, caller) => getMutual(deps, caller, params));
  serve(app, mutualEndpoints.update, ["platform_admin"], ({ params, body }, caller) => updateMutual(deps, caller, { mutualId: params.mutualId, changes: body }));
  serve(
    app,
    mutualEndpoints.updateDeliverySettings,
    MUTUAL_ADMIN_ROLES,
    ({ params, body }, caller) => updateDeliverySettings(deps, caller, { mutualId: params.mutualId, changes: body })
  );
}
__name(registerMutualRoutes, "registerMutualRoutes");

// apps/server/src/observatory/repository.ts
import { sql as sql3 } from "kysely";
var NONE = ["00000000-0000-0000-0000-000000000000"];
function observatoryRepository(db) {
  return {
    async allMutualIds() {
      return (await db.selectFrom("mutual").select("id").orderBy("name").execute()).map((r) => r.id);
    },
    /** The mutuals the funder of this account funds. */
    async fundedMutualIds(userId) {
      const rows = await db.selectFrom("app_user as u").innerJoin("funder_mutual as fm", "fm.funder_id", "u.funder_id").select("fm.mutual_id").where("u.id", "=", userId).where("u.role", "=", "funder").execute();
      return rows.map((r) => r.mutual_id);
    },
    async consentingMutualIds() {
      return (await db.selectFrom("research_consent").select("mutual_id").where("consented", "=", true).execute()).map((r) => r.mutual_id);
    },
    async funderOfUser(userId) {
      return (await db.selectFrom("app_user").select("funder_id").where("id", "=", userId).executeTakeFirst())?.funder_id ?? null;
    },
    mutuals(ids2) {
      return db.selectFrom("mutual").select(["id", "name", "kind", "region_code", "scian_code"]).where("id", "in", ids2.length ? ids2 : NONE).orderBy("name").orderBy("id").execute();
    },
    consent(mutualId) {
      return db.selectFrom("research_consent").selectAll().where("mutual_id", "=", mutualId).executeTakeFirst();
    },
    async setConsent(mutualId, consented, on, userId, note) {
      await db.insertInto("research_consent").values({ mutual_id: mutualId, consented, decided_on: on, decided_by: userId, note }).onConflict((oc) => oc.column("mutual_id").doUpdateSet({ consented, decided_on: on, decided_by: userId, note })).execute();
    },
    funders(page, ids2) {
      let q = db.selectFrom("funder as f").select(["f.id", "f.name", "f.kind", "f.created_at", sql3`(select count(*)::int from app_user u where u.funder_id = f.id)`.as("accounts")]);
      if (ids2) q = q.where("f.id", "in", ids2.length ? ids2 : NONE);
      return q.orderBy("f.name").orderBy("f.id").limit(page.limit).offset(page.offset).execute();
    },
    async countFunders() {
      return (await db.selectFrom("funder").select(sql3`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    },
    fundedBy(funderIds) {
      return db.selectFrom("funder_mutual as fm").innerJoin("mutual as m", "m.id", "fm.mutual_id").select(["fm.funder_id", "m.id", "m.name"]).where("fm.funder_id", "in", funderIds.length ? funderIds : NONE).orderBy("m.name").execute();
    },
    async funderExists(id) {
      return Boolean(await db.selectFrom("funder").select("id").where("id", "=", id).executeTakeFirst());
    },
    async funderNameTaken(name, exceptId) {
      let q = db.selectFrom("funder").select("id").where(sql3`lower(name) = lower(${name})`);
      if (exceptId) q = q.where("id", "<>", exceptId);
      return Boolean(await q.executeTakeFirst());
    },
    async insertFunder(name, kind) {
      return (await db.insertInto("funder").values({ name, kind }).returning("id").executeTakeFirstOrThrow()).id;
    },
    async updateFunder(id, values) {
      await db.updateTable("funder").set(values).where("id", "=", id).execute();
    },
    async existingMutualIds(ids2) {
      return (await db.selectFrom("mutual").select("id").where("id", "in", ids2.length ? ids2 : NONE).execute()).map((r) => r.id);
    },
    async setFundedMutuals(funderId, mutualIds) {
      await db.deleteFrom("funder_mutual").where("funder_id", "=", funderId).execute();
      if (mutualIds.length) await db.insertInto("funder_mutual").values(mutualIds.map((mutual_id) => ({ funder_id: funderId, mutual_id }))).execute();
    }
  };
}
__name(observatoryRepository, "observatoryRepository");

// apps/server/src/observatory/observer-scope.ts
async function observedMutualIds(db, caller) {
  const repo = observatoryRepository(db);
  switch (caller.role) {
    case "platform_admin":
      return repo.allMutualIds();
    case "funder":
      return repo.fundedMutualIds(caller.userId);
    case "researcher":
      return repo.consentingMutualIds();
    default:
      throw forbidden(`The observatory is not open to the role ${caller.role}`);
  }
}
__name(observedMutualIds, "observedMutualIds");
async function observedMutual(deps, caller, mutualId) {
  const ids2 = await observedMutualIds(deps.db, caller);
  if (!ids2.includes(mutualId)) throw notFound("Mutual");
  return mutualId;
}
__name(observedMutual, "observedMutual");

// apps/server/src/observatory/list-funders.ts
async function readFunders(db, page, ids2) {
  const repo = observatoryRepository(db);
  const rows = await repo.funders(page, ids2);
  const funded = await repo.fundedBy(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    mutuals: funded.filter((f) => f.funder_id === r.id).map((f) => ({ id: f.id, name: f.name })),
    accounts: r.accounts,
    createdAt: r.created_at
  }));
}
__name(readFunders, "readFunders");
function requirePlatform(caller) {
  if (caller.role !== "platform_admin") throw forbidden();
}
__name(requirePlatform, "requirePlatform");
async function listFunders(deps, caller, query) {
  requirePlatform(caller);
  const [items, total] = await Promise.all([readFunders(deps.db, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }), observatoryRepository(deps.db).countFunders()]);
  return pageOf(items, total, query);
}
__name(listFunders, "listFunders");

// apps/server/src/observatory/create-funder.ts
var nameTaken = /* @__PURE__ */ __name(() => new AppError("conflict", "A funder already has this name", { fields: [{ field: "name", message: "already used" }] }), "nameTaken");
async function createFunder(deps, caller, input) {
  requirePlatform(caller);
  return inTransaction(deps, async (tx) => {
    const repo = observatoryRepository(tx.db);
    if (await repo.funderNameTaken(input.name)) throw nameTaken();
    const id = await repo.insertFunder(input.name, input.kind);
    await auditRepository(tx.db).record({ at: deps.now(), mutualId: null, actorUserId: caller.userId, action: "funder.create", entityType: "funder", entityId: id, change: input });
    return (await readFunders(tx.db, { limit: 1, offset: 0 }, [id]))[0];
  });
}
__name(createFunder, "createFunder");

// apps/server/src/observatory/export-open-data.ts
import { createHash as createHash2 } from "node:crypto";

// packages/domain/src/governance/indicator-texts.ts
var INDICATOR_TEXTS = {
  board_compliant: {
    fr: { name: "Conseil conforme", definition: "1 si, le dernier jour de l'ann\xE9e, les repr\xE9sentants des employeurs sont majoritaires au conseil et la main-d'\u0153uvre y est repr\xE9sent\xE9e (art. 3), sinon 0." },
    en: { name: "Board follows the rules", definition: "On the last day of the year, 1 if employer representatives are a majority of the board and the workforce is represented on it (s.3), else 0." }
  },
  board_meetings: {
    fr: { name: "R\xE9unions du conseil", definition: "R\xE9unions du conseil tenues dans l'ann\xE9e." },
    en: { name: "Board meetings", definition: "Board meetings held in the year." }
  },
  board_attendance: {
    fr: { name: "Assiduit\xE9 au conseil", definition: "Pr\xE9sences aux r\xE9unions tenues dans l'ann\xE9e, divis\xE9es par les si\xE8ges occup\xE9s le jour de chaque r\xE9union." },
    en: { name: "Board attendance", definition: "Members present at the meetings held in the year, divided by the members sitting on each meeting day." }
  },
  active_leaders: {
    fr: { name: "Leaders actifs", definition: "Leaders (pr\xE9sidence, coordination, champions dans les entreprises membres) ayant assist\xE9 \xE0 une r\xE9union, recrut\xE9 une entreprise ou obtenu une ressource dans l'ann\xE9e." },
    en: { name: "Active leaders", definition: "Leaders (chair, coordinator, champions in member firms) who attended a meeting, recruited a firm or secured a resource in the year." }
  },
  active_partners: {
    fr: { name: "Partenaires actifs", definition: "Organisations partenaires dont la relation avec la mutuelle couvre une partie de l'ann\xE9e." },
    en: { name: "Active partners", definition: "Partner organisations whose relation with the mutual covers part of the year." }
  },
  partner_kinds: {
    fr: { name: "Types de partenaires", definition: "Types distincts de partenaires actifs (CSMO, c\xE9gep, centre de services scolaire, Services Qu\xE9bec, association, chambre de commerce, bailleur, formateur)." },
    en: { name: "Kinds of partner", definition: "Distinct kinds of active partner (workforce committee, college, school service centre, Services Qu\xE9bec, association, chamber of commerce, funder, trainer)." }
  },
  support_kinds: {
    fr: { name: "Types de soutien", definition: "Types distincts de soutien re\xE7us dans l'ann\xE9e : mat\xE9riel, organisationnel, financier (0 \xE0 3)." },
    en: { name: "Kinds of support", definition: "Distinct kinds of support received in the year: material, organisational, financial (0 to 3)." }
  },
  financial_support: {
    fr: { name: "Soutien financier", definition: "Montants du soutien financier accord\xE9 par les partenaires dans l'ann\xE9e." },
    en: { name: "Financial support", definition: "Financial support granted by partners in the year." }
  },
  funding_diversity: {
    fr: { name: "Diversit\xE9 du financement", definition: "1 moins l'indice de Herfindahl des montants par partenaire : 0 avec une seule source, pr\xE8s de 1 avec plusieurs sources \xE9gales." },
    en: { name: "Funding diversity", definition: "One minus the Herfindahl index of the amounts by partner: 0 with a single source, near 1 with many equal sources." }
  },
  active_members: {
    fr: { name: "Entreprises membres", definition: "Entreprises membres actives le dernier jour de l'ann\xE9e." },
    en: { name: "Member firms", definition: "Member firms active on the last day of the year." }
  },
  renewal_rate: {
    fr: { name: "Taux de renouvellement", definition: "Parmi les membres actifs le 1er janvier, part encore membres le dernier jour de l'ann\xE9e." },
    en: { name: "Renewal rate", definition: "Of the members active on 1 January, the share still members on the last day of the year." }
  },
  ledger_balance: {
    fr: { name: "Solde des fonds", definition: "Solde de la comptabilit\xE9 distincte de la mutuelle (art. 10) \xE0 la fin de l'ann\xE9e, selon le module des finances." },
    en: { name: "Fund balance", definition: "Balance of the mutual's separate accounts (s.10) at the end of the year, from the money module." }
  },
  grant_dependency: {
    fr: { name: "D\xE9pendance aux subventions", definition: "Part des produits de l'ann\xE9e venant de subventions publiques, selon le module des finances." },
    en: { name: "Grant dependency", definition: "Share of the year's income that came from public grants, from the money module." }
  },
  firms_served: {
    fr: { name: "Entreprises rejointes", definition: "Entreprises dont au moins un employ\xE9 a suivi une formation de la mutuelle dans l'ann\xE9e (rapport annuel d'activit\xE9, ou sessions tenues dans Mutualis)." },
    en: { name: "Firms reached", definition: "Firms with at least one employee trained by the mutual in the year (annual activity report, or sessions held in Mutualis)." }
  },
  workers_served: {
    fr: { name: "Travailleurs rejoints", definition: "Personnes distinctes form\xE9es par la mutuelle dans l'ann\xE9e." },
    en: { name: "Workers reached", definition: "Distinct people trained by the mutual in the year." }
  },
  micro_small_share: {
    fr: { name: "Part de micro et petites entreprises", definition: "Parmi les entreprises rejointes, part de celles de moins de 100 employ\xE9s." },
    en: { name: "Share of micro and small firms", definition: "Of the firms reached, the share with fewer than 100 employees." }
  },
  low_skilled_share: {
    fr: { name: "Part de travailleurs peu qualifi\xE9s", definition: "Parmi les travailleurs rejoints, part sans dipl\xF4me ou avec un dipl\xF4me d\u2019\xE9tudes secondaires seulement." },
    en: { name: "Share of low-skilled workers", definition: "Of the workers reached, the share with no diploma or a secondary school diploma only." }
  },
  retention_12m: {
    fr: { name: "R\xE9tention \xE0 12 mois", definition: "Part des personnes form\xE9es encore chez leur employeur 12 mois apr\xE8s la formation, selon le module des donn\xE9es probantes." },
    en: { name: "12-month retention", definition: "Share of trained people still with their employer 12 months after training, from the evidence module." }
  },
  wage_change: {
    fr: { name: "\xC9volution des salaires", definition: "\xC9cart de croissance salariale des personnes form\xE9es par rapport aux personnes comparables non form\xE9es, selon le module des donn\xE9es probantes." },
    en: { name: "Wage change", definition: "Wage growth of trained people compared with comparable untrained people, from the evidence module." }
  },
  productivity_change: {
    fr: { name: "\xC9volution de la productivit\xE9", definition: "\xC9cart d\u2019\xE9volution de la productivit\xE9 des entreprises form\xE9es par rapport aux entreprises comparables, selon le module des donn\xE9es probantes." },
    en: { name: "Productivity change", definition: "Productivity change of trained firms compared with comparable firms, from the evidence module." }
  }
};

// apps/server/src/files/table-file.ts
import Papa from "papaparse";

// apps/server/src/db/storable-text.ts
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function unstorableReason(text2) {
  if (text2.includes("\0")) return "must not contain a NUL character";
  if (LONE_SURROGATE.test(text2)) return "must be well-formed Unicode text";
  return void 0;
}
__name(unstorableReason, "unstorableReason");

// apps/server/src/files/table-file.ts
var contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
};
function formatOfFile(filename, bytes) {
  const lower = filename.toLowerCase();
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  if (bytes[0] === 80 && bytes[1] === 75) return "xlsx";
  throw new AppError("unsupported_media_type", "The file must be a .csv or .xlsx file", { fields: [{ field: "file", message: "must be a .csv or .xlsx file" }] });
}
__name(formatOfFile, "formatOfFile");
function decodeText(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
__name(decodeText, "decodeText");
var isBlank = /* @__PURE__ */ __name((cells) => cells.every((c) => c === null || c === "" || typeof c === "string" && c.trim() === ""), "isBlank");
function readCsv(bytes) {
  const text2 = decodeText(bytes).replace(/^\uFEFF/, "");
  const parsed = Papa.parse(text2, { delimiter: "", skipEmptyLines: false, delimitersToGuess: [",", ";", "	"] });
  const lines = parsed.data;
  const headerIndex = lines.findIndex((l) => !isBlank(l));
  if (headerIndex < 0) return { headers: [], rows: [] };
  const rows = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (!isBlank(lines[i])) rows.push({ rowNumber: i + 1, cells: lines[i] });
  }
  return { headers: lines[headerIndex].map((h) => String(h).trim()), rows };
}
__name(readCsv, "readCsv");
function plainCell(value) {
  if (value === null || value === void 0) return null;
  if (value instanceof Date || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return plainCell(value.result);
    if ("error" in value) return null;
  }
  return String(value);
}
__name(plainCell, "plainCell");
async function readXlsx(bytes) {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new AppError("validation_failed", "The file is not a readable .xlsx workbook", { fields: [{ field: "file", message: "is not a readable .xlsx workbook" }] });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const lines = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === void 0) cells[i] = null;
    if (!isBlank(cells)) lines.push({ rowNumber, cells });
  });
  const [header, ...rows] = lines;
  if (!header) return { headers: [], rows: [] };
  return { headers: header.cells.map((c) => c === null ? "" : String(c).trim()), rows };
}
__name(readXlsx, "readXlsx");
function assertStorable(table) {
  const bad = /* @__PURE__ */ __name((cells) => cells.some((c) => typeof c === "string" && unstorableReason(c) !== void 0), "bad");
  const row = bad(table.headers) ? 1 : table.rows.find((r) => bad(r.cells))?.rowNumber;
  if (row !== void 0) {
    const message2 = `row ${row} holds a NUL or malformed character; save the file again as UTF-8 text or XLSX`;
    throw new AppError("validation_failed", `The file cannot be read: ${message2}`, { fields: [{ field: "file", row, message: message2 }] });
  }
  return table;
}
__name(assertStorable, "assertStorable");
var cellText = /* @__PURE__ */ __name((c) => c === null || c === void 0 ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c), "cellText");
async function readTableFile(filename, bytes) {
  return assertStorable(formatOfFile(filename, bytes) === "xlsx" ? await readXlsx(bytes) : readCsv(bytes));
}
__name(readTableFile, "readTableFile");
var formulaStart = /^[=+@\t\r]|^-(?!\d)/;
var safeText = /* @__PURE__ */ __name((value) => formulaStart.test(value) ? `'${value}` : value, "safeText");
function csvField(value) {
  if (value === null || value === void 0) return "";
  const text2 = typeof value === "number" ? String(value) : safeText(value);
  return /[",\r\n]/.test(text2) ? `"${text2.replace(/"/g, '""')}"` : text2;
}
__name(csvField, "csvField");
function writeCsv(columns3, rows) {
  const lines = [columns3.map((c) => csvField(c.header)).join(",")];
  for (const row of rows) lines.push(columns3.map((c) => csvField(c.value(row))).join(","));
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r
`);
}
__name(writeCsv, "writeCsv");
function sheetOf(name, columns3, rows, options = {}) {
  function* cells() {
    for (const row of rows) yield columns3.map((c) => c.value(row));
  }
  __name(cells, "cells");
  return { name, title: options.title, columns: columns3, cells: cells() };
}
__name(sheetOf, "sheetOf");
async function writeXlsxSheets(sheets) {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "Mutualis";
  for (const { name, title, columns: columns3, cells } of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: "frozen", ySplit: title === void 0 ? 1 : 2 }] });
    columns3.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.width ?? Math.max(12, c.header.length + 2);
      if (c.numFmt) column.numFmt = c.numFmt;
      if (c.wrap) column.alignment = { wrapText: true, vertical: "top" };
    });
    if (title !== void 0) {
      const cell = sheet.addRow([title]).getCell(1);
      cell.font = { bold: true };
      cell.alignment = { wrapText: false, vertical: "top" };
    }
    sheet.addRow(columns3.map((c) => c.header)).font = { bold: true };
    for (const row of cells) sheet.addRow(row);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
__name(writeXlsxSheets, "writeXlsxSheets");
function writeXlsx(sheetName, columns3, rows) {
  return writeXlsxSheets([sheetOf(sheetName, columns3, rows)]);
}
__name(writeXlsx, "writeXlsx");
async function writeTable(format, sheetName, columns3, rows) {
  return format === "xlsx" ? writeXlsx(sheetName, columns3, rows) : writeCsv(columns3, rows);
}
__name(writeTable, "writeTable");

// apps/server/src/files/zip.ts
import { crc32, deflateRawSync } from "node:zlib";
function dosDateTime(at) {
  const date = at.getUTCFullYear() - 1980 << 9 | at.getUTCMonth() + 1 << 5 | at.getUTCDate();
  const time = at.getUTCHours() << 11 | at.getUTCMinutes() << 5 | Math.floor(at.getUTCSeconds() / 2);
  return { date, time };
}
__name(dosDateTime, "dosDateTime");
function zip(entries, at) {
  const { date, time } = dosDateTime(at);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const packed = deflateRawSync(raw);
    const name = Buffer.from(entry.name, "utf8");
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(67324752, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(2048, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(33639248, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(2048, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}
__name(zip, "zip");

// apps/server/src/governance/build-scorecard.ts
function yearlyValues(facts, outside) {
  return facts.map((f) => {
    const values = computeIndicators(f);
    return { year: f.year, values: outside ? suppressSmallCells(values) : values };
  });
}
__name(yearlyValues, "yearlyValues");
function buildScorecard(mutual, facts, thresholds, year2, outside) {
  const yearly = yearlyValues(facts, outside);
  const indicators = INDICATORS.map((d) => {
    const values = yearly.map((y) => ({ year: y.year, value: y.values[d.key].value, status: y.values[d.key].status }));
    const current = values.find((v) => v.year === year2) ?? { year: year2, value: null, status: "not_available" };
    const threshold = d.defaultThreshold ? thresholds.get(d.key) ?? d.defaultThreshold : null;
    const rated = rateIndicator(d.key, current, threshold);
    const upToYear = values.filter((v) => v.year <= year2).map((v) => v.value);
    return {
      key: d.key,
      dimension: d.dimension,
      unit: d.unit,
      better: d.better,
      source: d.source,
      threshold,
      thresholdIsDefault: !thresholds.has(d.key),
      values,
      current,
      rating: rated.rating,
      reason: rated.reason,
      trend: trendOf(d.key, upToYear)
    };
  });
  const dimensions = SCORECARD_DIMENSIONS.map((dimension) => {
    const of = indicators.filter((i) => i.dimension === dimension);
    const n = /* @__PURE__ */ __name((r) => of.filter((i) => i.rating === r).length, "n");
    return { dimension, green: n("green"), amber: n("amber"), red: n("red"), none: n("none") };
  });
  return {
    mutualId: mutual.id,
    mutualName: mutual.name,
    basis: mutual.kind,
    year: year2,
    years: yearly.map((y) => y.year),
    suppressed: outside,
    indicators,
    dimensions
  };
}
__name(buildScorecard, "buildScorecard");

// apps/server/src/governance/board-repository.ts
import { sql as sql4 } from "kysely";
function boardRepository(db) {
  return {
    seats(mutualId) {
      return db.selectFrom("board_seat").selectAll().where("mutual_id", "=", mutualId).orderBy("position").orderBy("created_at").execute();
    },
    seat(mutualId, id) {
      return db.selectFrom("board_seat").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    async insertSeat(values) {
      return (await db.insertInto("board_seat").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async nextSeatPosition(mutualId) {
      const row = await db.selectFrom("board_seat").select(sql4`coalesce(max(position), -1) + 1`.as("n")).where("mutual_id", "=", mutualId).executeTakeFirstOrThrow();
      return row.n;
    },
    async updateSeat(mutualId, id, values) {
      await db.updateTable("board_seat").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    },
    /** Every board member (past terms too), with the seat and the member firm's name. */
    members(mutualId) {
      return db.selectFrom("board_member as b").innerJoin("board_seat as s", "s.id", "b.seat_id").leftJoin("member as m", "m.id", "b.member_id").selectAll("b").select(["s.kind as seat_kind", "s.label as seat_label", "m.legal_name as member_name"]).where("b.mutual_id", "=", mutualId).orderBy("s.position").orderBy("b.term_start", "desc").execute();
    },
    member(mutualId, id) {
      return db.selectFrom("board_member").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    async insertMember(values) {
      return (await db.insertInto("board_member").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async updateMember(mutualId, id, values) {
      await db.updateTable("board_member").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    },
    /** Terms on the seat that overlap [start, end] (end null = open), other than `exceptId`. */
    async overlappingOnSeat(mutualId, seatId, start, end, exceptId) {
      let q = db.selectFrom("board_member").select(["id", "name"]).where("mutual_id", "=", mutualId).where("seat_id", "=", seatId).where((eb) => eb.or([eb("term_end", "is", null), eb("term_end", ">=", start)]));
      if (end) q = q.where("term_start", "<=", end);
      if (exceptId) q = q.where("id", "<>", exceptId);
      return q.execute();
    },
    async isSittingChair(mutualId, userId, day) {
      const row = await db.selectFrom("board_member").select("id").where("mutual_id", "=", mutualId).where("user_id", "=", userId).where("office", "=", "chair").where("term_start", "<=", day).where((eb) => eb.or([eb("term_end", "is", null), eb("term_end", ">=", day)])).executeTakeFirst();
      return Boolean(row);
    },
    async boardViewerOfMutual(mutualId, userId) {
      return Boolean(
        await db.selectFrom("app_user").select("id").where("id", "=", userId).where("mutual_id", "=", mutualId).where("role", "=", "board_viewer").executeTakeFirst()
      );
    },
    async memberOfMutual(mutualId, memberId) {
      return Boolean(await db.selectFrom("member").select("id").where("mutual_id", "=", mutualId).where("id", "=", memberId).executeTakeFirst());
    },
    /** Meetings with their attendance counts, newest first. */
    meetings(mutualId, filter, page) {
      let q = db.selectFrom("board_meeting as g").selectAll("g").select([
        sql4`(select count(*)::int from board_attendance a where a.meeting_id = g.id and a.present)`.as("present"),
        sql4`(select count(*)::int from board_decision d where d.meeting_id = g.id)`.as("decisions")
      ]).where("g.mutual_id", "=", mutualId);
      if (filter.year) q = q.where("g.held_on", ">=", `${filter.year}-01-01`).where("g.held_on", "<=", `${filter.year}-12-31`);
      if (filter.ids) q = q.where("g.id", "in", filter.ids.length ? filter.ids : ["00000000-0000-0000-0000-000000000000"]);
      q = q.orderBy("g.held_on", "desc").orderBy("g.created_at", "desc");
      if (page) q = q.limit(page.limit).offset(page.offset);
      return q.execute();
    },
    async countMeetings(mutualId, filter) {
      let q = db.selectFrom("board_meeting").select(sql4`count(*)::int`.as("n")).where("mutual_id", "=", mutualId);
      if (filter.year) q = q.where("held_on", ">=", `${filter.year}-01-01`).where("held_on", "<=", `${filter.year}-12-31`);
      return (await q.executeTakeFirstOrThrow()).n;
    },
    meeting(mutualId, id) {
      return db.selectFrom("board_meeting").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    async insertMeeting(values) {
      return (await db.insertInto("board_meeting").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async updateMeeting(mutualId, id, values) {
      await db.updateTable("board_meeting").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    },
    attendance(meetingId) {
      return db.selectFrom("board_attendance").select(["board_member_id", "present"]).where("meeting_id", "=", meetingId).execute();
    },
    async setAttendance(mutualId, meetingId, rows) {
      await db.deleteFrom("board_attendance").where("meeting_id", "=", meetingId).execute();
      if (rows.length === 0) return;
      await db.insertInto("board_attendance").values(rows.map((r) => ({ meeting_id: meetingId, board_member_id: r.boardMemberId, mutual_id: mutualId, present: r.present }))).execute();
    },
    decisions(meetingId) {
      return db.selectFrom("board_decision").select(["id", "position", "text", "outcome"]).where("meeting_id", "=", meetingId).orderBy("position").execute();
    },
    async addDecision(mutualId, meetingId, text2, outcome) {
      const next = await db.selectFrom("board_decision").select(sql4`coalesce(max(position), 0) + 1`.as("n")).where("meeting_id", "=", meetingId).executeTakeFirstOrThrow();
      await db.insertInto("board_decision").values({ mutual_id: mutualId, meeting_id: meetingId, position: next.n, text: text2, outcome }).execute();
    }
  };
}
__name(boardRepository, "boardRepository");

// apps/server/src/governance/governance-access.ts
function governanceMutualOf(caller) {
  if (caller.role !== "coordinator" && caller.role !== "board_viewer") throw forbidden(`This is not open to the role ${caller.role}`);
  return mutualOf(caller);
}
__name(governanceMutualOf, "governanceMutualOf");
async function mayManageBoard(deps, caller) {
  const mutualId = governanceMutualOf(caller);
  if (caller.role === "coordinator") return true;
  return boardRepository(deps.db).isSittingChair(mutualId, caller.userId, todayInMontreal(deps.now()));
}
__name(mayManageBoard, "mayManageBoard");
async function boardManagerMutualOf(deps, caller) {
  const mutualId = governanceMutualOf(caller);
  if (!await mayManageBoard(deps, caller)) throw forbidden("Only a coordinator or the chair of the board may do this");
  return mutualId;
}
__name(boardManagerMutualOf, "boardManagerMutualOf");
function coordinatorMutualOf(caller) {
  if (caller.role !== "coordinator") throw forbidden("Only a coordinator may do this");
  return mutualOf(caller);
}
__name(coordinatorMutualOf, "coordinatorMutualOf");

// apps/server/src/governance/scorecard-repository.ts
import { sql as sql5 } from "kysely";
var NONE2 = ["00000000-0000-0000-0000-000000000000"];
var ids = /* @__PURE__ */ __name((list) => list.length ? list : NONE2, "ids");
function scorecardRepository(db) {
  return {
    boardTerms(mutualIds) {
      return db.selectFrom("board_member as b").innerJoin("board_seat as s", "s.id", "b.seat_id").select(["b.mutual_id", "s.kind as seat_kind", "b.office", "b.term_start", "b.term_end"]).where("b.mutual_id", "in", ids(mutualIds)).execute();
    },
    async activeSeats(mutualIds) {
      const rows = await db.selectFrom("board_seat").select(["mutual_id", sql5`count(*)::int`.as("n")]).where("mutual_id", "in", ids(mutualIds)).where("active", "=", true).groupBy("mutual_id").execute();
      return new Map(rows.map((r) => [r.mutual_id, r.n]));
    },
    meetings(mutualIds, from, to) {
      return db.selectFrom("board_meeting as g").select(["g.mutual_id", "g.held_on", sql5`(select count(*)::int from board_attendance a where a.meeting_id = g.id and a.present)`.as("present")]).where("g.mutual_id", "in", ids(mutualIds)).where("g.held", "=", true).where("g.held_on", ">=", `${from}-01-01`).where("g.held_on", "<=", `${to}-12-31`).execute();
    },
    /** Leaders with any involvement in a year: a contribution, or a board meeting attended. */
    async activeLeaders(mutualIds, from, to) {
      const result = await sql5`
        select mutual_id, year, count(distinct leader_id)::int as n from (
          select c.mutual_id, c.leader_id, extract(year from c.occurred_on)::int as year
          from leader_contribution c
          where c.mutual_id in (${sql5.join(ids(mutualIds))}) and c.occurred_on between ${`${from}-01-01`} and ${`${to}-12-31`}
          union all
          select l.mutual_id, l.id, extract(year from g.held_on)::int
          from leader l
          join board_attendance a on a.board_member_id = l.board_member_id and a.present
          join board_meeting g on g.id = a.meeting_id and g.held
          where l.mutual_id in (${sql5.join(ids(mutualIds))}) and g.held_on between ${`${from}-01-01`} and ${`${to}-12-31`}
        ) x
        group by 1, 2`.execute(db);
      return result.rows;
    },
    partners(mutualIds) {
      return db.selectFrom("partner").select(["mutual_id", "id", "kind", "since", "until"]).where("mutual_id", "in", ids(mutualIds)).execute();
    },
    supports(mutualIds, from, to) {
      return db.selectFrom("partner_support").select(["mutual_id", "partner_id", "kind", "amount_cents", "starts_on", "ends_on"]).where("mutual_id", "in", ids(mutualIds)).where("starts_on", "<=", `${to}-12-31`).where(sql5`coalesce(ends_on, starts_on) >= ${`${from}-01-01`}`).execute();
    },
    /** Members active on the first and the last day of each year (the last day is today in the current year). */
    async membersByYear(mutualIds, from, to, today) {
      const result = await sql5`
        with y as (
          select g.year, make_date(g.year, 1, 1) as first_day, least(make_date(g.year, 12, 31), ${today}::date) as last_day
          from generate_series(${from}::int, ${to}::int) as g(year)
        )
        select m.mutual_id, y.year,
          count(*) filter (where m.joined_on <= y.first_day and (m.left_on is null or m.left_on > y.first_day))::int as active_at_start,
          count(*) filter (where m.joined_on <= y.last_day and (m.left_on is null or m.left_on > y.last_day))::int as active_at_end,
          count(*) filter (where m.joined_on <= y.first_day and (m.left_on is null or m.left_on > y.last_day))::int as renewed
        from member m cross join y
        where m.mutual_id in (${sql5.join(ids(mutualIds))}) and m.joined_on is not null and m.joined_on <= y.last_day
        group by 1, 2`.execute(db);
      return result.rows;
    },
    activityYears(mutualIds, from, to) {
      return db.selectFrom("activity_year").select(["mutual_id", "year", "firms_served", "micro_small_firms_served", "workers_served", "low_skilled_workers_served"]).where("mutual_id", "in", ids(mutualIds)).where("year", ">=", from).where("year", "<=", to).execute();
    },
    /** Firms and workers reached by sessions held in Mutualis, by year of the session's period. */
    async reachFromSessions(mutualIds, from, to, lowSkilledLevels) {
      const result = await sql5`
        select s.mutual_id, left(s.period, 4)::int as year,
          count(distinct e.member_id)::int as firms,
          count(distinct e.member_id) filter (where m.headcount < 100)::int as micro_small,
          count(distinct e.employee_id)::int as workers,
          count(distinct e.employee_id) filter (where em.education_level in (${sql5.join([...lowSkilledLevels])}))::int as low_skilled
        from training_session s
        join enrolment e on e.session_id = s.id and e.status = 'confirmed'
        join member m on m.id = e.member_id
        join employee em on em.id = e.employee_id
        where s.mutual_id in (${sql5.join(ids(mutualIds))})
          and s.status in ('in_delivery', 'delivered', 'evaluated')
          and s.period >= ${`${from}-01`} and s.period <= ${`${to}-12`}
        group by 1, 2`.execute(db);
      return result.rows;
    },
    thresholds(mutualId) {
      return db.selectFrom("scorecard_threshold").select(["indicator", "green", "amber"]).where("mutual_id", "=", mutualId).execute();
    },
    async setThreshold(mutualId, indicator, t, userId, at) {
      if (!t) {
        await db.deleteFrom("scorecard_threshold").where("mutual_id", "=", mutualId).where("indicator", "=", indicator).execute();
        return;
      }
      await db.insertInto("scorecard_threshold").values({ mutual_id: mutualId, indicator, green: t.green, amber: t.amber, set_by: userId, set_at: at }).onConflict((oc) => oc.columns(["mutual_id", "indicator"]).doUpdateSet({ green: t.green, amber: t.amber, set_by: userId, set_at: at })).execute();
    },
    async saveActivityYear(mutualId, v, userId, at) {
      await db.insertInto("activity_year").values({ mutual_id: mutualId, ...v, updated_by: userId, updated_at: at }).onConflict((oc) => oc.columns(["mutual_id", "year"]).doUpdateSet({ ...v, updated_by: userId, updated_at: at })).execute();
    },
    mutuals(mutualIds) {
      return db.selectFrom("mutual").select(["id", "name", "kind", "region_code", "scian_code"]).where("id", "in", ids(mutualIds)).orderBy("name").execute();
    }
  };
}
__name(scorecardRepository, "scorecardRepository");

// apps/server/src/governance/mutual-year-facts.ts
var LOW_SKILLED = EDUCATION_LEVELS.filter((e) => e.lowSkilled).map((e) => e.code);
var groupBy = /* @__PURE__ */ __name((rows, key) => {
  const map = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}, "groupBy");
async function gatherMutualYearFacts(db, mutualIds, from, to, today) {
  const repo = scorecardRepository(db);
  const [terms, seats, meetings, leaders, partners, supports, members, reports, sessions] = await Promise.all([
    repo.boardTerms(mutualIds),
    repo.activeSeats(mutualIds),
    repo.meetings(mutualIds, from, to),
    repo.activeLeaders(mutualIds, from, to),
    repo.partners(mutualIds),
    repo.supports(mutualIds, from, to),
    repo.membersByYear(mutualIds, from, to, today),
    repo.activityYears(mutualIds, from, to),
    repo.reachFromSessions(mutualIds, from, to, LOW_SKILLED)
  ]);
  const termsBy = groupBy(terms, (t) => t.mutual_id);
  const meetingsBy = groupBy(meetings, (m) => `${m.mutual_id}/${m.held_on.slice(0, 4)}`);
  const leadersBy = new Map(leaders.map((l) => [`${l.mutual_id}/${l.year}`, l.n]));
  const partnersBy = groupBy(partners, (p) => p.mutual_id);
  const supportsBy = groupBy(supports, (s) => s.mutual_id);
  const membersBy = new Map(members.map((m) => [`${m.mutual_id}/${m.year}`, m]));
  const reportsBy = new Map(reports.map((r) => [`${r.mutual_id}/${r.year}`, r]));
  const sessionsBy = new Map(sessions.map((r) => [`${r.mutual_id}/${r.year}`, r]));
  const out = /* @__PURE__ */ new Map();
  for (const mutualId of mutualIds) {
    const years = [];
    const mutualTerms = (termsBy.get(mutualId) ?? []).map((t) => ({ seatKind: t.seat_kind, office: t.office, termStart: t.term_start, termEnd: t.term_end }));
    const firstTerm = mutualTerms.reduce((min, t) => min === null || t.termStart < min ? t.termStart : min, null);
    for (let year2 = from; year2 <= to; year2++) {
      const first = `${year2}-01-01`;
      const last = `${year2}-12-31` < today ? `${year2}-12-31` : today;
      if (first > today) break;
      const key = `${mutualId}/${year2}`;
      let board = null;
      if (firstTerm !== null && firstTerm <= last) {
        const sitting = mutualTerms.filter((t) => sitsOn(t, last));
        const yearMeetings = (meetingsBy.get(key) ?? []).map((m2) => ({ present: m2.present, sitting: mutualTerms.filter((t) => sitsOn(t, m2.held_on)).length }));
        board = { compliant: checkBoardComposition(sitting, Math.max(seats.get(mutualId) ?? 0, sitting.length)).compliant, meetings: yearMeetings };
      }
      const yearPartners = (partnersBy.get(mutualId) ?? []).filter((p) => p.since <= last && (p.until === null || p.until >= first));
      const yearSupports = (supportsBy.get(mutualId) ?? []).filter((s) => runsOn({ startsOn: s.starts_on, endsOn: s.ends_on ?? s.starts_on }, last) || s.starts_on >= first && s.starts_on <= last);
      const financial = /* @__PURE__ */ new Map();
      for (const s of yearSupports) {
        if (s.kind === "financial" && s.starts_on >= first && s.starts_on <= last) financial.set(s.partner_id, (financial.get(s.partner_id) ?? 0) + (s.amount_cents ?? 0));
      }
      const m = membersBy.get(key);
      const report = reportsBy.get(key);
      const live = sessionsBy.get(key);
      const activity = report ? { firmsServed: report.firms_served, microSmallFirmsServed: report.micro_small_firms_served, workersServed: report.workers_served, lowSkilledWorkersServed: report.low_skilled_workers_served } : live ? { firmsServed: live.firms, microSmallFirmsServed: live.micro_small, workersServed: live.workers, lowSkilledWorkersServed: live.low_skilled } : null;
      years.push({
        year: year2,
        board,
        activeLeaders: leadersBy.get(key) ?? 0,
        ecosystem: {
          activePartners: yearPartners.length,
          partnerKinds: new Set(yearPartners.map((p) => p.kind)).size,
          supportKinds: new Set(yearSupports.map((s) => s.kind)).size,
          financialByPartnerCents: [...financial.values()]
        },
        members: { activeAtStart: m?.active_at_start ?? 0, renewed: m?.renewed ?? 0, activeAtEnd: m?.active_at_end ?? 0 },
        activity,
        // The money module (apps/server/src/finance) will give the ledger's balance and grant dependency through its index.ts.
        finance: null,
        // The evidence module (apps/server/src/evidence) will give retention, wages and productivity through its index.ts.
        evidence: null
      });
    }
    out.set(mutualId, years);
  }
  return out;
}
__name(gatherMutualYearFacts, "gatherMutualYearFacts");

// apps/server/src/governance/get-scorecard.ts
async function thresholdsOf(db, mutualId) {
  const rows = await scorecardRepository(db).thresholds(mutualId);
  return new Map(rows.filter((r) => INDICATOR_KEYS.includes(r.indicator)).map((r) => [r.indicator, { green: Number(r.green), amber: Number(r.amber) }]));
}
__name(thresholdsOf, "thresholdsOf");
async function scorecardOf(db, mutualId, options) {
  const thisYear = Number(options.today.slice(0, 4));
  const year2 = Math.min(options.year ?? thisYear, thisYear);
  const from = Math.min(options.from ?? year2 - 9, year2);
  const [[mutual], thresholds, facts] = await Promise.all([
    scorecardRepository(db).mutuals([mutualId]),
    thresholdsOf(db, mutualId),
    gatherMutualYearFacts(db, [mutualId], from, thisYear, options.today)
  ]);
  if (!mutual) throw notFound("Mutual");
  return buildScorecard(mutual, facts.get(mutualId) ?? [], thresholds, year2, options.outside);
}
__name(scorecardOf, "scorecardOf");
async function getScorecard(deps, caller, query) {
  return scorecardOf(deps.db, governanceMutualOf(caller), { today: todayInMontreal(deps.now()), ...query, outside: false });
}
__name(getScorecard, "getScorecard");

// apps/server/src/governance/document-repository.ts
function documentRepository(db) {
  return {
    /** The documents of several owners of one kind, without their bytes, oldest first. */
    listFor(mutualId, ownerKind, ownerIds) {
      return db.selectFrom("governance_document as d").leftJoin("app_user as u", "u.id", "d.uploaded_by").select(["d.id", "d.owner_id", "d.filename", "d.content_type", "d.size_bytes", "d.uploaded_at", "u.display_name as uploaded_by_name"]).where("d.mutual_id", "=", mutualId).where("d.owner_kind", "=", ownerKind).where("d.owner_id", "in", ownerIds.length ? ownerIds : ["00000000-0000-0000-0000-000000000000"]).orderBy("d.uploaded_at").execute();
    },
    async insert(values) {
      return db.insertInto("governance_document").values({
        mutual_id: values.mutualId,
        owner_kind: values.ownerKind,
        owner_id: values.ownerId,
        filename: values.filename,
        content_type: values.contentType,
        size_bytes: values.bytes.length,
        content: values.bytes,
        uploaded_by: values.uploadedBy
      }).returning(["id", "owner_id", "filename", "content_type", "size_bytes", "uploaded_at"]).executeTakeFirstOrThrow();
    },
    find(mutualId, id) {
      return db.selectFrom("governance_document").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    async remove(mutualId, id) {
      await db.deleteFrom("governance_document").where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    }
  };
}
__name(documentRepository, "documentRepository");

// apps/server/src/governance/present.ts
function presentDocument(d) {
  return { id: d.id, filename: d.filename, contentType: d.content_type, sizeBytes: d.size_bytes, uploadedAt: d.uploaded_at, uploadedByName: d.uploaded_by_name ?? null };
}
__name(presentDocument, "presentDocument");
function documentsByOwner(rows) {
  const map = /* @__PURE__ */ new Map();
  for (const r of rows) map.set(r.owner_id, [...map.get(r.owner_id) ?? [], presentDocument(r)]);
  return map;
}
__name(documentsByOwner, "documentsByOwner");
function presentBoardMember(r, today) {
  return {
    id: r.id,
    seatId: r.seat_id,
    seatKind: r.seat_kind,
    seatLabel: r.seat_label,
    name: r.name,
    organisation: r.organisation,
    memberId: r.member_id,
    memberName: r.member_name,
    email: r.email,
    office: r.office,
    termStart: r.term_start,
    termEnd: r.term_end,
    sitting: sitsOn({ termStart: r.term_start, termEnd: r.term_end }, today),
    userId: r.user_id
  };
}
__name(presentBoardMember, "presentBoardMember");
function presentLeader(r, involvement, today) {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    memberId: r.member_id,
    memberName: r.member_name,
    boardMemberId: r.board_member_id,
    email: r.email,
    since: r.since,
    until: r.until,
    active: r.since <= today && (r.until === null || r.until >= today),
    involvement
  };
}
__name(presentLeader, "presentLeader");
function presentPartnerSummary(r, today) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    since: r.since,
    until: r.until,
    active: r.since <= today && (r.until === null || r.until >= today),
    supportKinds: r.support_kinds,
    financialCents: Number(r.financial_cents),
    lastSupportOn: r.last_support_on
  };
}
__name(presentPartnerSummary, "presentPartnerSummary");

// apps/server/src/governance/get-board.ts
async function readBoard(db, mutualId, on) {
  const repo = boardRepository(db);
  const [seats, members] = await Promise.all([repo.seats(mutualId), repo.members(mutualId)]);
  const sitting = members.filter((m) => sitsOn({ termStart: m.term_start, termEnd: m.term_end }, on));
  const activeSeats = seats.filter((s) => s.active).length;
  const composition = checkBoardComposition(
    sitting.map((m) => ({ seatKind: m.seat_kind, office: m.office })),
    Math.max(activeSeats, sitting.length)
  );
  return {
    seats: seats.map((s) => {
      const holder = sitting.find((m) => m.seat_id === s.id);
      return { id: s.id, kind: s.kind, label: s.label, position: s.position, active: s.active, holderId: holder?.id ?? null, holderName: holder?.name ?? null };
    }),
    members: members.map((m) => presentBoardMember(m, on)),
    composition: { on, ...composition }
  };
}
__name(readBoard, "readBoard");
async function getBoard(deps, caller, input) {
  const mutualId = governanceMutualOf(caller);
  const on = input.on ?? todayInMontreal(deps.now());
  const [board, canManage] = await Promise.all([readBoard(deps.db, mutualId, on), mayManageBoard(deps, caller)]);
  return { ...board, canManage };
}
__name(getBoard, "getBoard");

// apps/server/src/governance/recognition-repository.ts
import { sql as sql6 } from "kysely";
function recognitionRepository(db) {
  return {
    mutual(mutualId) {
      return db.selectFrom("mutual").select(["id", "name", "kind"]).where("id", "=", mutualId).executeTakeFirst();
    },
    file(mutualId) {
      return db.selectFrom("recognition_file").selectAll().where("mutual_id", "=", mutualId).executeTakeFirst();
    },
    async saveFile(mutualId, values) {
      await db.insertInto("recognition_file").values({ ...values, mutual_id: mutualId }).onConflict((oc) => oc.column("mutual_id").doUpdateSet(values)).execute();
    },
    async setBasis(mutualId, basis) {
      await db.updateTable("mutual").set({ kind: basis }).where("id", "=", mutualId).execute();
    },
    /** The history in the order it happened. */
    events(mutualId) {
      return db.selectFrom("recognition_event as e").leftJoin("app_user as u", "u.id", "e.created_by").selectAll("e").select("u.display_name as created_by_name").where("e.mutual_id", "=", mutualId).orderBy("e.occurred_on").orderBy("e.created_at").execute();
    },
    /** The histories of several mutuals (the observatory's recognition column). */
    eventsOf(mutualIds) {
      return db.selectFrom("recognition_event").select(["mutual_id", "kind", "occurred_on", "answer_due_on"]).where("mutual_id", "in", mutualIds.length ? mutualIds : ["00000000-0000-0000-0000-000000000000"]).orderBy("mutual_id").orderBy("occurred_on").orderBy("created_at").execute();
    },
    event(mutualId, id) {
      return db.selectFrom("recognition_event").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    async insertEvent(values) {
      return (await db.insertInto("recognition_event").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    /** The mutual's active members (listed in the application, s.4). */
    activeMembers(mutualId) {
      return db.selectFrom("member").select(["id", "legal_name", "headcount", "region_code", "joined_on"]).where("mutual_id", "=", mutualId).where("status", "=", "active").orderBy("legal_name").execute();
    },
    /** Keeps the mutual's `recognised_since` (shown on the mutuals page) in step with the history. */
    async setRecognisedSince(mutualId, since) {
      await db.updateTable("mutual").set({ recognised_since: since }).where("id", "=", mutualId).execute();
    },
    async lock(mutualId) {
      await sql6`select id from mutual where id = ${mutualId} for update`.execute(db);
    }
  };
}
__name(recognitionRepository, "recognitionRepository");

// apps/server/src/governance/get-recognition.ts
function standingOf(mutualId, events) {
  const status = recognitionStatusOf(events);
  return { mutualId, status, since: events.at(-1)?.occurredOn ?? null, answerDueOn: answerDueOf(events), paymentsCount: paymentsCountAsTrainingSpending(status) };
}
__name(standingOf, "standingOf");
async function readRecognition(db, mutualId, today) {
  const repo = recognitionRepository(db);
  const mutual = await repo.mutual(mutualId);
  if (!mutual) throw notFound("Mutual");
  const [file, eventRows, members, board] = await Promise.all([repo.file(mutualId), repo.events(mutualId), repo.activeMembers(mutualId), readBoard(db, mutualId, today)]);
  const docs = documentRepository(db);
  const [eventDocs, fileDocs] = await Promise.all([
    docs.listFor(mutualId, "recognition_event", eventRows.map((e) => e.id)),
    docs.listFor(mutualId, "recognition_file", [mutualId])
  ]);
  const byEvent = documentsByOwner(eventDocs);
  const events = eventRows.map((e) => ({ kind: e.kind, occurredOn: e.occurred_on, answerDueOn: e.answer_due_on }));
  const basis = mutual.kind;
  const standing = standingOf(mutualId, events);
  const gaps = recognitionFileGaps({
    basis,
    legalName: file?.legal_name ?? null,
    neq: file?.neq ?? null,
    skillsProblems: file?.skills_problems ?? "",
    poolingRationale: file?.pooling_rationale ?? "",
    hasSupportingResolution: Boolean(file?.resolution_adopted_on),
    activeMembers: members.length,
    viableMembers: file?.viable_members ?? null,
    boardBreaches: board.composition.breaches.length
  });
  return {
    mutualId,
    mutualName: mutual.name,
    basis,
    legalName: file?.legal_name ?? "",
    neq: file?.neq ?? "",
    incorporatedOn: file?.incorporated_on ?? null,
    address: file?.address ?? "",
    skillsProblems: file?.skills_problems ?? "",
    poolingRationale: file?.pooling_rationale ?? "",
    collaboration: file?.collaboration ?? "",
    viableMembers: file?.viable_members ?? null,
    viabilityBudgetCents: file?.viability_budget_cents === null || file?.viability_budget_cents === void 0 ? null : Number(file.viability_budget_cents),
    viabilityActivity: file?.viability_activity ?? "",
    resolutionRequired: requiresSupportingResolution(basis),
    resolutionBody: file?.resolution_body ?? "",
    resolutionAdoptedOn: file?.resolution_adopted_on ?? null,
    resolutionReference: file?.resolution_reference ?? "",
    standing,
    nextEvents: nextRecognitionEvents(standing.status),
    events: eventRows.map((e) => ({
      id: e.id,
      kind: e.kind,
      occurredOn: e.occurred_on,
      answerDueOn: e.answer_due_on,
      note: e.note,
      documents: byEvent.get(e.id) ?? [],
      createdAt: e.created_at,
      createdByName: e.created_by_name
    })),
    activeMembers: members.length,
    members: members.map((m) => ({ id: m.id, legalName: m.legal_name, sizeClass: sizeClassOf(m.headcount), regionCode: m.region_code, joinedOn: m.joined_on })),
    boardCompliant: board.composition.compliant,
    boardBreaches: board.composition.breaches,
    gaps,
    documents: fileDocs.map((d) => ({ id: d.id, filename: d.filename, contentType: d.content_type, sizeBytes: d.size_bytes, uploadedAt: d.uploaded_at, uploadedByName: d.uploaded_by_name })),
    updatedAt: file?.updated_at ?? null
  };
}
__name(readRecognition, "readRecognition");
async function getRecognition(deps, caller) {
  return readRecognition(deps.db, governanceMutualOf(caller), todayInMontreal(deps.now()));
}
__name(getRecognition, "getRecognition");

// apps/server/src/governance/get-standing.ts
async function recognitionStandingOf(db, mutualId) {
  const rows = await recognitionRepository(db).events(mutualId);
  return standingOf(mutualId, rows.map((e) => ({ kind: e.kind, occurredOn: e.occurred_on, answerDueOn: e.answer_due_on })));
}
__name(recognitionStandingOf, "recognitionStandingOf");
async function getStanding(deps, caller) {
  return recognitionStandingOf(deps.db, mutualOf(caller));
}
__name(getStanding, "getStanding");
async function recognitionStatusesOf(db, mutualIds) {
  const rows = await recognitionRepository(db).eventsOf(mutualIds);
  const out = /* @__PURE__ */ new Map();
  for (const id of mutualIds) {
    const events = rows.filter((r) => r.mutual_id === id).map((e) => ({ kind: e.kind, occurredOn: e.occurred_on, answerDueOn: e.answer_due_on }));
    out.set(id, standingOf(id, events).status);
  }
  return out;
}
__name(recognitionStatusesOf, "recognitionStatusesOf");
async function spansPaymentsDidNotCountOf(db, mutualId, from, to) {
  const rows = await recognitionRepository(db).events(mutualId);
  return spansPaymentsDidNotCount(
    rows.map((e) => ({ kind: e.kind, occurredOn: e.occurred_on, answerDueOn: e.answer_due_on })),
    from,
    to
  );
}
__name(spansPaymentsDidNotCountOf, "spansPaymentsDidNotCountOf");

// apps/server/src/governance/partner-repository.ts
import { sql as sql7 } from "kysely";
function partnerRepository(db) {
  const filtered = /* @__PURE__ */ __name((mutualId, f) => {
    let q = db.selectFrom("partner as p").where("p.mutual_id", "=", mutualId);
    if (f.kind) q = q.where("p.kind", "=", f.kind);
    if (f.active) {
      const on = f.active.on;
      const activeSql = sql7`(p.since <= ${on} and (p.until is null or p.until >= ${on}))`;
      q = q.where(f.active.value ? activeSql : sql7`not ${activeSql}`);
    }
    return q;
  }, "filtered");
  return {
    list(mutualId, f, page, ids2) {
      let q = filtered(mutualId, f).selectAll("p").select([
        sql7`coalesce((select array_agg(distinct s.kind order by s.kind) from partner_support s where s.partner_id = p.id), '{}')`.as("support_kinds"),
        sql7`coalesce((select sum(s.amount_cents) from partner_support s where s.partner_id = p.id and s.kind = 'financial'), 0)::bigint`.as("financial_cents"),
        sql7`(select max(s.starts_on) from partner_support s where s.partner_id = p.id)`.as("last_support_on")
      ]);
      if (ids2) q = q.where("p.id", "in", ids2.length ? ids2 : ["00000000-0000-0000-0000-000000000000"]);
      return q.orderBy("p.name").orderBy("p.id").limit(page.limit).offset(page.offset).execute();
    },
    async count(mutualId, f) {
      return (await filtered(mutualId, f).select(sql7`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    },
    find(mutualId, id) {
      return db.selectFrom("partner").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    async insert(values) {
      return (await db.insertInto("partner").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async update(mutualId, id, values) {
      await db.updateTable("partner").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    },
    supports(partnerId) {
      return db.selectFrom("partner_support").selectAll().where("partner_id", "=", partnerId).orderBy("starts_on", "desc").orderBy("created_at", "desc").execute();
    },
    agreements(partnerId) {
      return db.selectFrom("partner_agreement").selectAll().where("partner_id", "=", partnerId).orderBy("starts_on", "desc").execute();
    },
    agreement(mutualId, id) {
      return db.selectFrom("partner_agreement").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    contacts(partnerId) {
      return db.selectFrom("partner_contact").selectAll().where("partner_id", "=", partnerId).orderBy("name").execute();
    },
    async addSupport(values) {
      await db.insertInto("partner_support").values(values).execute();
    },
    async addAgreement(values) {
      await db.insertInto("partner_agreement").values(values).execute();
    },
    async addContact(values) {
      await db.insertInto("partner_contact").values(values).execute();
    },
    /** The partners with what they gave (the network view). */
    network(mutualId, on) {
      return db.selectFrom("partner as p").select([
        "p.id",
        "p.name",
        "p.kind",
        sql7`(p.since <= ${on} and (p.until is null or p.until >= ${on}))`.as("active"),
        sql7`coalesce((select array_agg(distinct s.kind order by s.kind) from partner_support s where s.partner_id = p.id), '{}')`.as("support_kinds"),
        sql7`coalesce((select sum(s.amount_cents) from partner_support s where s.partner_id = p.id and s.kind = 'financial'), 0)::bigint`.as("financial_cents")
      ]).where("p.mutual_id", "=", mutualId).orderBy("p.kind").orderBy("p.name").execute();
    },
    activeMembers(mutualId) {
      return db.selectFrom("member").select(["id", "legal_name", "headcount"]).where("mutual_id", "=", mutualId).where("status", "=", "active").orderBy("legal_name").execute();
    },
    mutual(mutualId) {
      return db.selectFrom("mutual").select(["id", "name"]).where("id", "=", mutualId).executeTakeFirstOrThrow();
    }
  };
}
__name(partnerRepository, "partnerRepository");

// apps/server/src/governance/get-partner.ts
async function readPartner(db, mutualId, partnerId, today) {
  const repo = partnerRepository(db);
  const [row] = await repo.list(mutualId, {}, { limit: 1, offset: 0 }, [partnerId]);
  if (!row) throw notFound("Partner");
  const [supports, agreements, contacts] = await Promise.all([repo.supports(partnerId), repo.agreements(partnerId), repo.contacts(partnerId)]);
  const docs = documentsByOwner(await documentRepository(db).listFor(mutualId, "partner_agreement", agreements.map((a) => a.id)));
  return {
    ...presentPartnerSummary(row, today),
    website: row.website,
    notes: row.notes,
    supports: supports.map((s) => ({
      id: s.id,
      kind: s.kind,
      description: s.description,
      amountCents: s.amount_cents === null ? null : Number(s.amount_cents),
      startsOn: s.starts_on,
      endsOn: s.ends_on
    })),
    agreements: agreements.map((a) => ({ id: a.id, title: a.title, signedOn: a.signed_on, startsOn: a.starts_on, endsOn: a.ends_on, notes: a.notes, documents: docs.get(a.id) ?? [] })),
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, roleTitle: c.role_title, email: c.email, phone: c.phone }))
  };
}
__name(readPartner, "readPartner");
async function getPartner(deps, caller, input) {
  return readPartner(deps.db, governanceMutualOf(caller), input.partnerId, todayInMontreal(deps.now()));
}
__name(getPartner, "getPartner");

// apps/server/src/governance/add-agreement.ts
async function addAgreement(deps, caller, input) {
  const mutualId = coordinatorMutualOf(caller);
  if (input.endsOn && input.endsOn < input.startsOn) throw invalid("endsOn", "cannot be before the first day");
  return inTransaction(deps, async (tx) => {
    const repo = partnerRepository(tx.db);
    if (!await repo.find(mutualId, input.partnerId)) throw notFound("Partner");
    await repo.addAgreement({ mutual_id: mutualId, partner_id: input.partnerId, title: input.title, signed_on: input.signedOn ?? null, starts_on: input.startsOn, ends_on: input.endsOn ?? null, notes: input.notes ?? "" });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "partner.agreement", entityType: "partner", entityId: input.partnerId, change: { title: input.title } });
    return readPartner(tx.db, mutualId, input.partnerId, todayInMontreal(deps.now()));
  });
}
__name(addAgreement, "addAgreement");

// apps/server/src/governance/leader-repository.ts
import { sql as sql8 } from "kysely";
function leaderRepository(db) {
  const base = /* @__PURE__ */ __name((mutualId) => db.selectFrom("leader as l").leftJoin("member as m", "m.id", "l.member_id").selectAll("l").select("m.legal_name as member_name").where("l.mutual_id", "=", mutualId), "base");
  return {
    list(mutualId, page, ids2) {
      let q = base(mutualId);
      if (ids2) q = q.where("l.id", "in", ids2.length ? ids2 : ["00000000-0000-0000-0000-000000000000"]);
      return q.orderBy(sql8`l.until is not null`).orderBy("l.role").orderBy("l.name").limit(page.limit).offset(page.offset).execute();
    },
    async count(mutualId) {
      return (await db.selectFrom("leader").select(sql8`count(*)::int`.as("n")).where("mutual_id", "=", mutualId).executeTakeFirstOrThrow()).n;
    },
    find(mutualId, id) {
      return db.selectFrom("leader").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    async insert(values) {
      return (await db.insertInto("leader").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async update(mutualId, id, values) {
      await db.updateTable("leader").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    },
    async addContribution(values) {
      await db.insertInto("leader_contribution").values(values).execute();
    },
    /** Per leader and year: meetings (contributions of kind meeting plus board meetings attended), firms recruited, resources secured. */
    async involvement(mutualId, leaderIds) {
      if (leaderIds.length === 0) return [];
      const rows = await sql8`
        select leader_id, year, sum(meetings)::int as meetings, sum(firms)::int as firms, sum(resources)::bigint as resources
        from (
          select c.leader_id, extract(year from c.occurred_on)::int as year,
                 count(*) filter (where c.kind = 'meeting') as meetings,
                 count(*) filter (where c.kind = 'recruitment') as firms,
                 coalesce(sum(c.amount_cents) filter (where c.kind = 'resource'), 0) as resources
          from leader_contribution c
          where c.mutual_id = ${mutualId} and c.leader_id in (${sql8.join(leaderIds)})
          group by 1, 2
          union all
          select l.id, extract(year from g.held_on)::int, count(*), 0, 0
          from leader l
          join board_attendance a on a.board_member_id = l.board_member_id and a.present
          join board_meeting g on g.id = a.meeting_id and g.held
          where l.mutual_id = ${mutualId} and l.id in (${sql8.join(leaderIds)})
          group by 1, 2
        ) x
        group by 1, 2
        order by 1, 2`.execute(db);
      return rows.rows;
    },
    async boardMemberOfMutual(mutualId, id) {
      return Boolean(await db.selectFrom("board_member").select("id").where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst());
    },
    async memberOfMutual(mutualId, id) {
      return Boolean(await db.selectFrom("member").select("id").where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst());
    }
  };
}
__name(leaderRepository, "leaderRepository");

// apps/server/src/governance/list-leaders.ts
async function readLeaders(db, mutualId, today, page, ids2) {
  const repo = leaderRepository(db);
  const rows = await repo.list(mutualId, page, ids2);
  const involvement = await repo.involvement(mutualId, rows.map((r) => r.id));
  return rows.map(
    (r) => presentLeader(
      r,
      involvement.filter((i) => i.leader_id === r.id).map((i) => ({ year: i.year, meetings: i.meetings, firmsRecruited: i.firms, resourcesCents: Number(i.resources) })),
      today
    )
  );
}
__name(readLeaders, "readLeaders");
async function listLeaders(deps, caller, query) {
  const mutualId = governanceMutualOf(caller);
  const [items, total] = await Promise.all([
    readLeaders(deps.db, mutualId, todayInMontreal(deps.now()), { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    leaderRepository(deps.db).count(mutualId)
  ]);
  return pageOf(items, total, query);
}
__name(listLeaders, "listLeaders");

// apps/server/src/governance/add-contribution.ts
async function addContribution(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  if (input.kind === "resource" && (input.amountCents === null || input.amountCents === void 0)) throw invalid("amountCents", "a resource secured needs its amount");
  if (input.occurredOn > todayInMontreal(deps.now())) throw invalid("occurredOn", "cannot be in the future");
  return inTransaction(deps, async (tx) => {
    const repo = leaderRepository(tx.db);
    if (!await repo.find(mutualId, input.leaderId)) throw notFound("Leader");
    const memberId = input.kind === "recruitment" ? input.memberId ?? null : null;
    if (memberId && !await repo.memberOfMutual(mutualId, memberId)) throw invalid("memberId", "no such member firm in this mutual");
    await repo.addContribution({
      mutual_id: mutualId,
      leader_id: input.leaderId,
      kind: input.kind,
      occurred_on: input.occurredOn,
      member_id: memberId,
      amount_cents: input.kind === "resource" ? input.amountCents ?? null : null,
      note: input.note ?? ""
    });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "leader.contribution", entityType: "leader", entityId: input.leaderId, change: { kind: input.kind, occurredOn: input.occurredOn } });
    return (await readLeaders(tx.db, mutualId, todayInMontreal(deps.now()), { limit: 1, offset: 0 }, [input.leaderId]))[0];
  });
}
__name(addContribution, "addContribution");

// apps/server/src/governance/get-meeting.ts
async function readMeeting(db, mutualId, meetingId) {
  const repo = boardRepository(db);
  const meeting = await repo.meeting(mutualId, meetingId);
  if (!meeting) throw notFound("Meeting");
  const [members, attendance, decisions, docs] = await Promise.all([
    repo.members(mutualId),
    repo.attendance(meetingId),
    repo.decisions(meetingId),
    documentRepository(db).listFor(mutualId, "board_meeting", [meetingId])
  ]);
  const presentIds = new Set(attendance.filter((a) => a.present).map((a) => a.board_member_id));
  const sitting = members.filter((m) => sitsOn({ termStart: m.term_start, termEnd: m.term_end }, meeting.held_on));
  const present = sitting.filter((m) => presentIds.has(m.id)).length;
  return {
    id: meeting.id,
    heldOn: meeting.held_on,
    kind: meeting.kind,
    held: meeting.held,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    present,
    sitting: sitting.length,
    quorum: hasQuorum(present, sitting.length),
    attendance: sitting.map((m) => ({ boardMemberId: m.id, name: m.name, seatKind: m.seat_kind, office: m.office, present: presentIds.has(m.id) })),
    decisions: decisions.map((d) => ({ id: d.id, position: d.position, text: d.text, outcome: d.outcome })),
    documents: docs.map(presentDocument),
    createdAt: meeting.created_at
  };
}
__name(readMeeting, "readMeeting");
async function getMeeting(deps, caller, input) {
  return readMeeting(deps.db, governanceMutualOf(caller), input.meetingId);
}
__name(getMeeting, "getMeeting");

// apps/server/src/governance/add-decision.ts
async function addDecision(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    if (!await repo.meeting(mutualId, input.meetingId)) throw notFound("Meeting");
    await repo.addDecision(mutualId, input.meetingId, input.text, input.outcome);
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "board.meeting.decision", entityType: "board_meeting", entityId: input.meetingId, change: { outcome: input.outcome } });
    return readMeeting(tx.db, mutualId, input.meetingId);
  });
}
__name(addDecision, "addDecision");

// apps/server/src/governance/add-partner-contact.ts
async function addPartnerContact(deps, caller, input) {
  const mutualId = coordinatorMutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = partnerRepository(tx.db);
    if (!await repo.find(mutualId, input.partnerId)) throw notFound("Partner");
    await repo.addContact({ mutual_id: mutualId, partner_id: input.partnerId, name: input.name, role_title: input.roleTitle ?? "", email: input.email ?? null, phone: input.phone ?? null });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "partner.contact", entityType: "partner", entityId: input.partnerId, change: {} });
    return readPartner(tx.db, mutualId, input.partnerId, todayInMontreal(deps.now()));
  });
}
__name(addPartnerContact, "addPartnerContact");

// apps/server/src/governance/add-support.ts
async function addSupport(deps, caller, input) {
  const mutualId = coordinatorMutualOf(caller);
  if (input.kind === "financial" && (input.amountCents === null || input.amountCents === void 0)) throw invalid("amountCents", "financial support needs its amount");
  if (input.endsOn && input.endsOn < input.startsOn) throw invalid("endsOn", "cannot be before the first day");
  return inTransaction(deps, async (tx) => {
    const repo = partnerRepository(tx.db);
    if (!await repo.find(mutualId, input.partnerId)) throw notFound("Partner");
    await repo.addSupport({
      mutual_id: mutualId,
      partner_id: input.partnerId,
      kind: input.kind,
      description: input.description,
      amount_cents: input.amountCents ?? null,
      starts_on: input.startsOn,
      ends_on: input.endsOn ?? null,
      created_by: caller.userId
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: "partner.support",
      entityType: "partner",
      entityId: input.partnerId,
      change: { kind: input.kind, amountCents: input.amountCents, startsOn: input.startsOn }
    });
    return readPartner(tx.db, mutualId, input.partnerId, todayInMontreal(deps.now()));
  });
}
__name(addSupport, "addSupport");

// apps/server/src/governance/check-board-member.ts
async function checkBoardMember(db, mutualId, m) {
  const repo = boardRepository(db);
  if (!await repo.seat(mutualId, m.seatId)) throw invalid("seatId", "no such seat on this board");
  if (m.memberId && !await repo.memberOfMutual(mutualId, m.memberId)) throw invalid("memberId", "no such member firm in this mutual");
  if (m.userId && !await repo.boardViewerOfMutual(mutualId, m.userId)) throw invalid("userId", "must be a board viewer account of this mutual");
  if (m.termEnd && m.termEnd < m.termStart) throw invalid("termEnd", "cannot be before the start of the term");
  const overlap = await repo.overlappingOnSeat(mutualId, m.seatId, m.termStart, m.termEnd, m.id);
  if (overlap.length > 0) throw invalid("termStart", `the seat is held by ${overlap[0].name} during this term`);
}
__name(checkBoardMember, "checkBoardMember");

// apps/server/src/governance/create-board-member.ts
async function createBoardMember(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const m = { id: null, seatId: input.seatId, memberId: input.memberId ?? null, userId: input.userId ?? null, termStart: input.termStart, termEnd: input.termEnd ?? null };
    await checkBoardMember(tx.db, mutualId, m);
    const id = await boardRepository(tx.db).insertMember({
      mutual_id: mutualId,
      seat_id: input.seatId,
      name: input.name,
      organisation: input.organisation ?? "",
      member_id: m.memberId,
      email: input.email ?? null,
      office: input.office ?? "director",
      term_start: input.termStart,
      term_end: m.termEnd,
      user_id: m.userId
    });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "board.member.create", entityType: "board_member", entityId: id, change: { ...input, email: void 0 } });
    return getBoard(tx, caller, {});
  });
}
__name(createBoardMember, "createBoardMember");

// apps/server/src/governance/create-board-seat.ts
async function createBoardSeat(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    const id = await repo.insertSeat({ mutual_id: mutualId, kind: input.kind, label: input.label, position: await repo.nextSeatPosition(mutualId) });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "board.seat.create", entityType: "board_seat", entityId: id, change: input });
    return getBoard(tx, caller, {});
  });
}
__name(createBoardSeat, "createBoardSeat");

// apps/server/src/governance/check-leader.ts
async function checkLeader(db, mutualId, l) {
  const repo = leaderRepository(db);
  if (l.memberId && !await repo.memberOfMutual(mutualId, l.memberId)) throw invalid("memberId", "no such member firm in this mutual");
  if (l.boardMemberId && !await repo.boardMemberOfMutual(mutualId, l.boardMemberId)) throw invalid("boardMemberId", "no such board member in this mutual");
  if (l.until && l.until < l.since) throw invalid("until", "cannot be before since");
}
__name(checkLeader, "checkLeader");

// apps/server/src/governance/create-leader.ts
async function createLeader(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const l = { memberId: input.memberId ?? null, boardMemberId: input.boardMemberId ?? null, since: input.since, until: input.until ?? null };
    await checkLeader(tx.db, mutualId, l);
    const id = await leaderRepository(tx.db).insert({ mutual_id: mutualId, name: input.name, role: input.role, member_id: l.memberId, board_member_id: l.boardMemberId, email: input.email ?? null, since: l.since, until: l.until });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "leader.create", entityType: "leader", entityId: id, change: { role: input.role } });
    return (await readLeaders(tx.db, mutualId, todayInMontreal(deps.now()), { limit: 1, offset: 0 }, [id]))[0];
  });
}
__name(createLeader, "createLeader");

// apps/server/src/governance/create-meeting.ts
async function createMeeting(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const id = await boardRepository(tx.db).insertMeeting({
      mutual_id: mutualId,
      held_on: input.heldOn,
      kind: input.kind ?? "regular",
      held: input.held ?? true,
      agenda: input.agenda,
      minutes: input.minutes ?? "",
      created_by: caller.userId
    });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "board.meeting.create", entityType: "board_meeting", entityId: id, change: { heldOn: input.heldOn, kind: input.kind } });
    return readMeeting(tx.db, mutualId, id);
  });
}
__name(createMeeting, "createMeeting");

// apps/server/src/governance/create-partner.ts
async function createPartner(deps, caller, input) {
  const mutualId = coordinatorMutualOf(caller);
  if (input.until && input.until < input.since) throw invalid("until", "cannot be before since");
  return inTransaction(deps, async (tx) => {
    const id = await partnerRepository(tx.db).insert({
      mutual_id: mutualId,
      name: input.name,
      kind: input.kind,
      website: input.website ?? "",
      notes: input.notes ?? "",
      since: input.since,
      until: input.until ?? null
    });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "partner.create", entityType: "partner", entityId: id, change: { name: input.name, kind: input.kind } });
    return readPartner(tx.db, mutualId, id, todayInMontreal(deps.now()));
  });
}
__name(createPartner, "createPartner");

// apps/server/src/governance/delete-document.ts
async function deleteDocument(deps, caller, input) {
  const mutualId = governanceMutualOf(caller);
  await inTransaction(deps, async (tx) => {
    const docs = documentRepository(tx.db);
    const doc = await docs.find(mutualId, input.documentId);
    if (!doc) throw notFound("Document");
    const allowed = caller.role === "coordinator" || doc.owner_kind === "board_meeting" && await mayManageBoard(tx, caller);
    if (!allowed) throw forbidden("Only a coordinator (or the chair, for meeting documents) may remove a document");
    await docs.remove(mutualId, doc.id);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: "governance.document.remove",
      entityType: doc.owner_kind,
      entityId: doc.owner_id,
      change: { documentId: doc.id, filename: doc.filename }
    });
  });
  return void 0;
}
__name(deleteDocument, "deleteDocument");

// apps/server/src/governance/download-document.ts
async function downloadDocument(deps, caller, input) {
  const doc = await documentRepository(deps.db).find(governanceMutualOf(caller), input.documentId);
  if (!doc) throw notFound("Document");
  return { filename: doc.filename, contentType: doc.content_type, body: new Uint8Array(doc.content) };
}
__name(downloadDocument, "downloadDocument");

// apps/server/src/governance/get-ecosystem.ts
async function getEcosystem(deps, caller) {
  const mutualId = governanceMutualOf(caller);
  const today = todayInMontreal(deps.now());
  const year2 = Number(today.slice(0, 4));
  const repo = partnerRepository(deps.db);
  const [mutual, partners, members, facts, supports] = await Promise.all([
    repo.mutual(mutualId),
    repo.network(mutualId, today),
    repo.activeMembers(mutualId),
    gatherMutualYearFacts(deps.db, [mutualId], year2 - 9, year2, today),
    scorecardRepository(deps.db).supports([mutualId], year2 - 9, year2)
  ]);
  const timeline = (facts.get(mutualId) ?? []).map((f) => {
    const first = `${f.year}-01-01`;
    const last = `${f.year}-12-31`;
    const running = supports.filter((s) => s.starts_on <= last && (s.ends_on ?? s.starts_on) >= first);
    return {
      year: f.year,
      activePartners: f.ecosystem.activePartners,
      material: running.filter((s) => s.kind === "material").length,
      organisational: running.filter((s) => s.kind === "organisational").length,
      financialCents: f.ecosystem.financialByPartnerCents.reduce((a, b) => a + b, 0)
    };
  });
  return {
    mutual,
    partners: partners.map((p) => ({ id: p.id, name: p.name, kind: p.kind, supportKinds: p.support_kinds, financialCents: Number(p.financial_cents), active: p.active })),
    members: members.map((m) => ({ id: m.id, name: m.legal_name, sizeClass: sizeClassOf(m.headcount) })),
    timeline
  };
}
__name(getEcosystem, "getEcosystem");

// apps/server/src/governance/list-activity-years.ts
var LOW_SKILLED2 = EDUCATION_LEVELS.filter((e) => e.lowSkilled).map((e) => e.code);
async function listActivityYears(deps, caller, query) {
  const mutualId = governanceMutualOf(caller);
  const year2 = Number(todayInMontreal(deps.now()).slice(0, 4));
  const repo = scorecardRepository(deps.db);
  const [reports, sessions] = await Promise.all([repo.activityYears([mutualId], 1990, year2), repo.reachFromSessions([mutualId], 1990, year2, LOW_SKILLED2)]);
  const byYear = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    byYear.set(s.year, { year: s.year, firmsServed: s.firms, microSmallFirmsServed: s.micro_small, workersServed: s.workers, lowSkilledWorkersServed: s.low_skilled, source: "mutualis" });
  }
  for (const r of reports) {
    byYear.set(r.year, {
      year: r.year,
      firmsServed: r.firms_served,
      microSmallFirmsServed: r.micro_small_firms_served,
      workersServed: r.workers_served,
      lowSkilledWorkersServed: r.low_skilled_workers_served,
      source: "report"
    });
  }
  const all = [...byYear.values()].sort((a, b) => b.year - a.year);
  const start = (query.page - 1) * query.pageSize;
  return pageOf(all.slice(start, start + query.pageSize), all.length, query);
}
__name(listActivityYears, "listActivityYears");

// apps/server/src/governance/list-meetings.ts
async function listMeetings(deps, caller, query) {
  const mutualId = governanceMutualOf(caller);
  const repo = boardRepository(deps.db);
  const [rows, total, members] = await Promise.all([
    repo.meetings(mutualId, { year: query.year }, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countMeetings(mutualId, { year: query.year }),
    repo.members(mutualId)
  ]);
  const items = rows.map((g) => {
    const sitting = members.filter((m) => sitsOn({ termStart: m.term_start, termEnd: m.term_end }, g.held_on)).length;
    return { id: g.id, heldOn: g.held_on, kind: g.kind, held: g.held, present: g.present, sitting, quorum: hasQuorum(g.present, sitting), decisions: g.decisions };
  });
  return pageOf(items, total, query);
}
__name(listMeetings, "listMeetings");

// apps/server/src/governance/list-partners.ts
async function listPartners(deps, caller, query) {
  const mutualId = governanceMutualOf(caller);
  const today = todayInMontreal(deps.now());
  const filter = { kind: query.kind, active: query.active ? { on: today, value: query.active === "true" } : void 0 };
  const repo = partnerRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(mutualId, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }), repo.count(mutualId, filter)]);
  return pageOf(rows.map((r) => presentPartnerSummary(r, today)), total, query);
}
__name(listPartners, "listPartners");

// apps/server/src/governance/record-attendance.ts
async function recordAttendance(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    const meeting = await repo.meeting(mutualId, input.meetingId);
    if (!meeting) throw notFound("Meeting");
    const sitting = (await repo.members(mutualId)).filter((m) => sitsOn({ termStart: m.term_start, termEnd: m.term_end }, meeting.held_on));
    const sittingIds = new Set(sitting.map((m) => m.id));
    const stranger = input.present.find((id) => !sittingIds.has(id));
    if (stranger) throw invalid("present", `${stranger} does not sit on the board on ${meeting.held_on}`);
    const present = new Set(input.present);
    await repo.setAttendance(mutualId, meeting.id, sitting.map((m) => ({ boardMemberId: m.id, present: present.has(m.id) })));
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "board.meeting.attendance", entityType: "board_meeting", entityId: meeting.id, change: { present: present.size, sitting: sitting.length } });
    return readMeeting(tx.db, mutualId, meeting.id);
  });
}
__name(recordAttendance, "recordAttendance");

// apps/server/src/governance/record-recognition-event.ts
async function recordRecognitionEvent(deps, caller, input) {
  const mutualId = coordinatorMutualOf(caller);
  const now = deps.now();
  if (input.occurredOn > todayInMontreal(now)) throw invalid("occurredOn", "cannot be in the future");
  return inTransaction(deps, async (tx) => {
    const repo = recognitionRepository(tx.db);
    await repo.lock(mutualId);
    const history = (await repo.events(mutualId)).map((e) => ({ kind: e.kind, occurredOn: e.occurred_on, answerDueOn: e.answer_due_on }));
    const next = { kind: input.kind, occurredOn: input.occurredOn, answerDueOn: input.kind === "notice_given" ? input.answerDueOn ?? null : null };
    const refusal = checkRecognitionEvent(history, next);
    if (refusal) {
      switch (refusal.reason) {
        case "transition_not_allowed":
          throw new AppError("transition_not_allowed", `A mutual whose recognition is ${refusal.from} cannot be ${input.kind}`);
        case "before_last_event":
          throw invalid("occurredOn", `cannot be before the last step (${refusal.lastOn})`);
        case "answer_due_missing":
          throw invalid("answerDueOn", "a notice needs the last day to answer");
        case "notice_too_short":
          throw invalid("answerDueOn", `must leave at least 10 days to answer: ${refusal.earliestDueOn} or later (s.7)`);
        case "answer_period_running":
          throw new AppError("transition_not_allowed", `The mutual may answer the notice until ${refusal.answerDueOn} (s.7): it cannot be ${input.kind} before`, {
            fields: [{ field: "occurredOn", message: `must be after ${refusal.answerDueOn}` }]
          });
      }
    }
    const id = await repo.insertEvent({ mutual_id: mutualId, kind: next.kind, occurred_on: next.occurredOn, answer_due_on: next.answerDueOn, note: input.note ?? "", created_by: caller.userId });
    const after = [...history, next];
    const status = recognitionStatusOf(after);
    if (input.kind === "recognised") await repo.setRecognisedSince(mutualId, input.occurredOn);
    if (status === "revoked" || status === "refused") await repo.setRecognisedSince(mutualId, null);
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: `recognition.${input.kind}`, entityType: "recognition_event", entityId: id, change: input });
    return readRecognition(tx.db, mutualId, todayInMontreal(now));
  });
}
__name(recordRecognitionEvent, "recordRecognitionEvent");

// apps/server/src/governance/save-activity-year.ts
async function saveActivityYear(deps, caller, input) {
  const mutualId = coordinatorMutualOf(caller);
  const now = deps.now();
  if (input.year > Number(todayInMontreal(now).slice(0, 4))) throw invalid("year", "cannot be a year to come");
  return inTransaction(deps, async (tx) => {
    await scorecardRepository(tx.db).saveActivityYear(
      mutualId,
      { year: input.year, firms_served: input.firmsServed, micro_small_firms_served: input.microSmallFirmsServed, workers_served: input.workersServed, low_skilled_workers_served: input.lowSkilledWorkersServed },
      caller.userId,
      now.toISOString()
    );
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "activity_year.save", entityType: "activity_year", entityId: String(input.year), change: input });
    return { ...input, source: "report" };
  });
}
__name(saveActivityYear, "saveActivityYear");

// apps/server/src/governance/set-thresholds.ts
async function setThresholds(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  const fields = input.thresholds.flatMap((t, i) => {
    if (t.green === null && t.amber === null) return [];
    if (t.green === null || t.amber === null) return [{ field: `thresholds.${i}`, message: "give both green and amber, or neither" }];
    if (!isValidThreshold(t.indicator, { green: t.green, amber: t.amber })) {
      const d = indicatorDefinition(t.indicator);
      const message2 = !d.defaultThreshold ? "this indicator has no threshold" : d.better === "higher" ? "green must be at least amber" : "green must be at most amber";
      return [{ field: `thresholds.${i}`, message: message2 }];
    }
    return [];
  });
  if (fields.length) throw new AppError("validation_failed", "Some thresholds are not valid", { fields });
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = scorecardRepository(tx.db);
    for (const t of input.thresholds) {
      await repo.setThreshold(mutualId, t.indicator, t.green === null || t.amber === null ? null : { green: t.green, amber: t.amber }, caller.userId, now.toISOString());
    }
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "scorecard.thresholds", entityType: "scorecard", entityId: mutualId, change: input });
    return scorecardOf(tx.db, mutualId, { today: todayInMontreal(now), outside: false });
  });
}
__name(setThresholds, "setThresholds");

// apps/server/src/governance/update-board-member.ts
async function updateBoardMember(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    const row = await repo.member(mutualId, input.boardMemberId);
    if (!row) throw notFound("Board member");
    const c = input.changes;
    const merged = {
      id: row.id,
      seatId: c.seatId ?? row.seat_id,
      memberId: c.memberId === void 0 ? row.member_id : c.memberId,
      userId: c.userId === void 0 ? row.user_id : c.userId,
      termStart: c.termStart ?? row.term_start,
      termEnd: c.termEnd === void 0 ? row.term_end : c.termEnd
    };
    await checkBoardMember(tx.db, mutualId, merged);
    await repo.updateMember(mutualId, row.id, {
      seat_id: merged.seatId,
      name: c.name ?? row.name,
      organisation: c.organisation ?? row.organisation,
      member_id: merged.memberId,
      email: c.email === void 0 ? row.email : c.email,
      office: c.office ?? row.office,
      term_start: merged.termStart,
      term_end: merged.termEnd,
      user_id: merged.userId,
      updated_at: deps.now().toISOString()
    });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "board.member.update", entityType: "board_member", entityId: row.id, change: { ...c, email: void 0 } });
    return getBoard(tx, caller, {});
  });
}
__name(updateBoardMember, "updateBoardMember");

// apps/server/src/governance/update-board-seat.ts
async function updateBoardSeat(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    if (!await repo.seat(mutualId, input.seatId)) throw notFound("Board seat");
    await repo.updateSeat(mutualId, input.seatId, input.changes);
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "board.seat.update", entityType: "board_seat", entityId: input.seatId, change: input.changes });
    return getBoard(tx, caller, {});
  });
}
__name(updateBoardSeat, "updateBoardSeat");

// apps/server/src/governance/update-leader.ts
async function updateLeader(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = leaderRepository(tx.db);
    const row = await repo.find(mutualId, input.leaderId);
    if (!row) throw notFound("Leader");
    const c = input.changes;
    const l = {
      memberId: c.memberId === void 0 ? row.member_id : c.memberId,
      boardMemberId: c.boardMemberId === void 0 ? row.board_member_id : c.boardMemberId,
      since: c.since ?? row.since,
      until: c.until === void 0 ? row.until : c.until
    };
    await checkLeader(tx.db, mutualId, l);
    await repo.update(mutualId, row.id, { name: c.name, role: c.role, email: c.email, member_id: l.memberId, board_member_id: l.boardMemberId, since: l.since, until: l.until });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "leader.update", entityType: "leader", entityId: row.id, change: { ...c, email: void 0 } });
    return (await readLeaders(tx.db, mutualId, todayInMontreal(deps.now()), { limit: 1, offset: 0 }, [row.id]))[0];
  });
}
__name(updateLeader, "updateLeader");

// apps/server/src/governance/update-meeting.ts
async function updateMeeting(deps, caller, input) {
  const mutualId = await boardManagerMutualOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const repo = boardRepository(tx.db);
    if (!await repo.meeting(mutualId, input.meetingId)) throw notFound("Meeting");
    const c = input.changes;
    await repo.updateMeeting(mutualId, input.meetingId, { held_on: c.heldOn, kind: c.kind, held: c.held, agenda: c.agenda, minutes: c.minutes, updated_at: deps.now().toISOString() });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "board.meeting.update", entityType: "board_meeting", entityId: input.meetingId, change: { heldOn: c.heldOn, kind: c.kind, held: c.held } });
    return readMeeting(tx.db, mutualId, input.meetingId);
  });
}
__name(updateMeeting, "updateMeeting");

// apps/server/src/governance/update-partner.ts
async function updatePartner(deps, caller, input) {
  const mutualId = coordinatorMutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = partnerRepository(tx.db);
    const row = await repo.find(mutualId, input.partnerId);
    if (!row) throw notFound("Partner");
    const c = input.changes;
    const since = c.since ?? row.since;
    const until = c.until === void 0 ? row.until : c.until;
    if (until && until < since) throw invalid("until", "cannot be before since");
    await repo.update(mutualId, row.id, { name: c.name, kind: c.kind, website: c.website, notes: c.notes, since, until, updated_at: deps.now().toISOString() });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: "partner.update", entityType: "partner", entityId: row.id, change: c });
    return readPartner(tx.db, mutualId, row.id, todayInMontreal(deps.now()));
  });
}
__name(updatePartner, "updatePartner");

// apps/server/src/governance/update-recognition.ts
async function updateRecognition(deps, caller, input) {
  const mutualId = coordinatorMutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = recognitionRepository(tx.db);
    const { basis, ...fields } = input;
    if (basis) await repo.setBasis(mutualId, basis);
    const columns3 = {
      legal_name: fields.legalName,
      neq: fields.neq,
      incorporated_on: fields.incorporatedOn,
      address: fields.address,
      skills_problems: fields.skillsProblems,
      pooling_rationale: fields.poolingRationale,
      collaboration: fields.collaboration,
      viable_members: fields.viableMembers,
      viability_budget_cents: fields.viabilityBudgetCents,
      viability_activity: fields.viabilityActivity,
      resolution_body: fields.resolutionBody,
      resolution_adopted_on: fields.resolutionAdoptedOn,
      resolution_reference: fields.resolutionReference
    };
    for (const k of Object.keys(columns3)) if (columns3[k] === void 0) delete columns3[k];
    await repo.saveFile(mutualId, { ...columns3, updated_by: caller.userId, updated_at: now.toISOString() });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "recognition.update", entityType: "recognition_file", entityId: mutualId, change: input });
    return readRecognition(tx.db, mutualId, todayInMontreal(now));
  });
}
__name(updateRecognition, "updateRecognition");

// apps/server/src/governance/upload-document.ts
var TYPES = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  txt: "text/plain",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text"
};
function documentTypeOf(filename) {
  const ext = filename.toLowerCase().split(".").pop() ?? "";
  const type = TYPES[ext];
  if (!type) throw invalid("file", `accepted documents: ${Object.keys(TYPES).join(", ")}`);
  return type;
}
__name(documentTypeOf, "documentTypeOf");
async function uploadDocument(deps, caller, input) {
  const mutualId = input.ownerKind === "board_meeting" ? await boardManagerMutualOf(deps, caller) : coordinatorMutualOf(caller);
  const ownerId = input.ownerKind === "recognition_file" ? mutualId : input.ownerId;
  const contentType = documentTypeOf(input.file.filename);
  if (input.file.bytes.length === 0) throw invalid("file", "is empty");
  return inTransaction(deps, async (tx) => {
    const found = input.ownerKind === "recognition_file" ? true : input.ownerKind === "recognition_event" ? await recognitionRepository(tx.db).event(mutualId, ownerId) : input.ownerKind === "board_meeting" ? await boardRepository(tx.db).meeting(mutualId, ownerId) : await partnerRepository(tx.db).agreement(mutualId, ownerId);
    if (!found) throw notFound("Record");
    const row = await documentRepository(tx.db).insert({ mutualId, ownerKind: input.ownerKind, ownerId, filename: input.file.filename, contentType, bytes: input.file.bytes, uploadedBy: caller.userId });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: "governance.document.upload",
      entityType: input.ownerKind,
      entityId: ownerId,
      change: { documentId: row.id, filename: row.filename }
    });
    return presentDocument({ ...row, uploaded_by_name: caller.displayName });
  });
}
__name(uploadDocument, "uploadDocument");

// apps/server/src/governance/routes.ts
function registerGovernanceRoutes(app, deps) {
  const readers = GOVERNANCE_READER_ROLES;
  serve(app, governanceEndpoints.standing, MUTUAL_ROLES, (_, caller) => getStanding(deps, caller));
  serve(app, governanceEndpoints.recognition, readers, (_, caller) => getRecognition(deps, caller));
  serve(app, governanceEndpoints.updateRecognition, ["coordinator"], ({ body }, caller) => updateRecognition(deps, caller, body));
  serve(app, governanceEndpoints.recordEvent, ["coordinator"], ({ body }, caller) => recordRecognitionEvent(deps, caller, body));
  serve(app, governanceEndpoints.uploadFileDocument, ["coordinator"], ({ body }, caller) => uploadDocument(deps, caller, { ownerKind: "recognition_file", file: body }));
  serve(app, governanceEndpoints.uploadEventDocument, ["coordinator"], ({ params, body }, caller) => uploadDocument(deps, caller, { ownerKind: "recognition_event", ownerId: params.eventId, file: body }));
  serve(app, governanceEndpoints.document, readers, ({ params }, caller) => downloadDocument(deps, caller, params));
  serve(app, governanceEndpoints.deleteDocument, readers, ({ params }, caller) => deleteDocument(deps, caller, params));
  serve(app, governanceEndpoints.board, readers, ({ query }, caller) => getBoard(deps, caller, query));
  serve(app, governanceEndpoints.createSeat, readers, ({ body }, caller) => createBoardSeat(deps, caller, body));
  serve(app, governanceEndpoints.updateSeat, readers, ({ params, body }, caller) => updateBoardSeat(deps, caller, { seatId: params.seatId, changes: body }));
  serve(app, governanceEndpoints.createBoardMember, readers, ({ body }, caller) => createBoardMember(deps, caller, body));
  serve(app, governanceEndpoints.updateBoardMember, readers, ({ params, body }, caller) => updateBoardMember(deps, caller, { boardMemberId: params.boardMemberId, changes: body }));
  serve(app, governanceEndpoints.meetings, readers, ({ query }, caller) => listMeetings(deps, caller, query));
  serve(app, governanceEndpoints.createMeeting, readers, ({ body }, caller) => createMeeting(deps, caller, body));
  serve(app, governanceEndpoints.meeting, readers, ({ params }, caller) => getMeeting(deps, caller, params));
  serve(app, governanceEndpoints.updateMeeting, readers, ({ params, body }, caller) => updateMeeting(deps, caller, { meetingId: params.meetingId, changes: body }));
  serve(app, governanceEndpoints.recordAttendance, readers, ({ params, body }, caller) => recordAttendance(deps, caller, { meetingId: params.meetingId, present: body.present }));
  serve(app, governanceEndpoints.addDecision, readers, ({ params, body }, caller) => addDecision(deps, caller, { meetingId: params.meetingId, ...body }));
  serve(app, governanceEndpoints.uploadMeetingDocument, readers, ({ params, body }, caller) => uploadDocument(deps, caller, { ownerKind: "board_meeting", ownerId: params.meetingId, file: body }));
  serve(app, governanceEndpoints.leaders, readers, ({ query }, caller) => listLeaders(deps, caller, query));
  serve(app, governanceEndpoints.createLeader, readers, ({ body }, caller) => createLeader(deps, caller, body));
  serve(app, governanceEndpoints.updateLeader, readers, ({ params, body }, caller) => updateLeader(deps, caller, { leaderId: params.leaderId, changes: body }));
  serve(app, governanceEndpoints.addContribution, readers, ({ params, body }, caller) => addContribution(deps, caller, { leaderId: params.leaderId, ...body }));
  serve(app, governanceEndpoints.partners, readers, ({ query }, caller) => listPartners(deps, caller, query));
  serve(app, governanceEndpoints.createPartner, ["coordinator"], ({ body }, caller) => createPartner(deps, caller, body));
  serve(app, governanceEndpoints.partner, readers, ({ params }, caller) => getPartner(deps, caller, params));
  serve(app, governanceEndpoints.updatePartner, ["coordinator"], ({ params, body }, caller) => updatePartner(deps, caller, { partnerId: params.partnerId, changes: body }));
  serve(app, governanceEndpoints.addSupport, ["coordinator"], ({ params, body }, caller) => addSupport(deps, caller, { partnerId: params.partnerId, ...body }));
  serve(app, governanceEndpoints.addAgreement, ["coordinator"], ({ params, body }, caller) => addAgreement(deps, caller, { partnerId: params.partnerId, ...body }));
  serve(app, governanceEndpoints.addPartnerContact, ["coordinator"], ({ params, body }, caller) => addPartnerContact(deps, caller, { partnerId: params.partnerId, ...body }));
  serve(app, governanceEndpoints.uploadAgreementDocument, ["coordinator"], ({ params, body }, caller) => uploadDocument(deps, caller, { ownerKind: "partner_agreement", ownerId: params.agreementId, file: body }));
  serve(app, governanceEndpoints.ecosystem, readers, (_, caller) => getEcosystem(deps, caller));
  serve(app, governanceEndpoints.scorecard, readers, ({ query }, caller) => getScorecard(deps, caller, query));
  serve(app, governanceEndpoints.setThresholds, readers, ({ body }, caller) => setThresholds(deps, caller, body));
  serve(app, governanceEndpoints.activityYears, readers, ({ query }, caller) => listActivityYears(deps, caller, query));
  serve(app, governanceEndpoints.saveActivityYear, ["coordinator"], ({ body }, caller) => saveActivityYear(deps, caller, body));
}
__name(registerGovernanceRoutes, "registerGovernanceRoutes");

// apps/server/src/observatory/read-observatory.ts
function yearsOf(options, today) {
  const thisYear = Number(today.slice(0, 4));
  const to = Math.min(options.to ?? thisYear, thisYear);
  const from = Math.min(options.from ?? to - 9, to);
  return { from, to };
}
__name(yearsOf, "yearsOf");
async function observedValues(db, mutualIds, options, today) {
  const { from, to } = yearsOf(options, today);
  const [rows, facts, recognition] = await Promise.all([
    observatoryRepository(db).mutuals(mutualIds),
    gatherMutualYearFacts(db, mutualIds, from, to, today),
    recognitionStatusesOf(db, mutualIds)
  ]);
  const mutuals = rows.map((m) => {
    const years2 = (facts.get(m.id) ?? []).map((f) => ({ year: f.year, sizeClass: mutualSizeClassOf(f.members.activeAtEnd), values: suppressSmallCells(computeIndicators(f)) }));
    const latest = years2.at(-1);
    const active = (facts.get(m.id) ?? []).at(-1)?.members.activeAtEnd ?? 0;
    const mutual = {
      id: m.id,
      name: m.name,
      basis: m.kind,
      type: mutualTypeOf(m.kind),
      regionCode: m.region_code,
      scianCode: m.scian_code,
      sizeClass: latest?.sizeClass ?? "small",
      activeMembers: isSmallCell({ firms: active }) ? null : active,
      recognition: recognition.get(m.id) ?? "none"
    };
    return { mutual, years: years2 };
  });
  const kept = mutuals.filter((m) => (!options.type || m.mutual.type === options.type) && (!options.sizeClass || m.mutual.sizeClass === options.sizeClass));
  const years = [];
  for (let y = from; y <= to; y++) years.push(y);
  return { years, mutuals: kept };
}
__name(observedValues, "observedValues");
async function readObservatory(db, mutualIds, options, today) {
  const { years, mutuals } = await observedValues(db, mutualIds, options, today);
  const indicators = options.indicators?.length ? [...new Set(options.indicators)] : [...INDICATOR_KEYS];
  const cell = /* @__PURE__ */ __name((v, year2) => ({ year: year2, value: v?.value ?? null, status: v?.status ?? "not_available" }), "cell");
  const series = mutuals.flatMap(
    (m) => indicators.map((indicator) => ({ mutualId: m.mutual.id, indicator, values: years.map((year2) => cell(m.years.find((y) => y.year === year2)?.values[indicator], year2)) }))
  );
  const groups = [];
  for (const by of ["type", "size"]) {
    const names = [...new Set(mutuals.flatMap((m) => by === "type" ? [m.mutual.type] : m.years.map((y) => y.sizeClass)))].sort();
    for (const group of names) {
      for (const indicator of indicators) {
        const values = years.map((year2) => {
          const members = mutuals.flatMap((m) => {
            const y = m.years.find((x) => x.year === year2);
            if (!y) return [];
            const inGroup = by === "type" ? m.mutual.type === group : y.sizeClass === group;
            return inGroup ? [y.values[indicator]] : [];
          });
          return { year: year2, ...groupFigure(indicator, members) };
        });
        groups.push({ by, group, indicator, values });
      }
    }
  }
  return { years, indicators, mutuals: mutuals.map((m) => m.mutual), series, groups };
}
__name(readObservatory, "readObservatory");

// apps/server/src/observatory/export-open-data.ts
var openDataCode = /* @__PURE__ */ __name((mutualId) => `M${createHash2("sha256").update(`mutualis-open-data:${mutualId}`).digest("hex").slice(0, 8).toUpperCase()}`, "openDataCode");
var COLUMNS = [
  { name: "mutual_code", fr: "Code anonyme de la mutuelle (le m\xEAme d\u2019un t\xE9l\xE9chargement \xE0 l\u2019autre)", en: "Anonymous code of the mutual (the same in every download)" },
  { name: "mutual_type", fr: "Type : regional, sectoral (y compris CSMO et comit\xE9s paritaires) ou other", en: "Type: regional, sectoral (including CSMOs and parity committees) or other" },
  { name: "size_class", fr: "Taille cette ann\xE9e-l\xE0 : small (< 25 membres), medium (25 \xE0 74), large (75 et plus)", en: "Size that year: small (< 25 members), medium (25 to 74), large (75 and more)" },
  { name: "year", fr: "Ann\xE9e civile", en: "Calendar year" },
  { name: "indicator", fr: "Cl\xE9 de l\u2019indicateur (voir les indicateurs plus bas)", en: "Indicator key (see the indicators below)" },
  { name: "dimension", fr: "leadership, ecosystem, viability, reach ou results", en: "leadership, ecosystem, viability, reach or results" },
  { name: "unit", fr: "flag (0 ou 1), share (0 \xE0 1), count, cents (dollars \xD7 100)", en: "flag (0 or 1), share (0 to 1), count, cents (dollars \xD7 100)" },
  { name: "value", fr: "La valeur, vide quand le statut n\u2019est pas ok", en: "The value, empty when the status is not ok" },
  {
    name: "status",
    fr: `ok ; not_available (donn\xE9e absente) ; suppressed (moins de ${MIN_PEOPLE_PER_CELL} personnes ou de ${MIN_FIRMS_PER_CELL} entreprises)`,
    en: `ok; not_available (no data); suppressed (fewer than ${MIN_PEOPLE_PER_CELL} people or ${MIN_FIRMS_PER_CELL} firms)`
  }
];
var LICENCE = `Licence / Licence

Ces donn\xE9es sont publi\xE9es sous la licence Creative Commons Attribution 4.0 International (CC BY 4.0).
Vous pouvez les copier, les redistribuer, les transformer et les utiliser \xE0 toute fin, y compris
commerciale, \xE0 condition de citer la source : \xAB Observatoire des mutuelles de formation \u2014 Mutualis \xBB.
Texte complet : https://creativecommons.org/licenses/by/4.0/legalcode.fr

This data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).
You may copy, redistribute, transform and use it for any purpose, including commercially, provided
you credit the source: "Training mutuals observatory \u2014 Mutualis".
Full text: https://creativecommons.org/licenses/by/4.0/legalcode
`;
async function exportOpenData(deps, caller, query) {
  const now = deps.now();
  const today = todayInMontreal(now);
  const lang = query.lang ?? caller.locale;
  const ids2 = await observedMutualIds(deps.db, caller);
  const { years, mutuals } = await observedValues(deps.db, ids2, query, today);
  const rows = [];
  const sorted = mutuals.map((m) => ({ ...m, code: openDataCode(m.mutual.id) })).sort((a, b) => a.code.localeCompare(b.code));
  for (const m of sorted) {
    for (const y of m.years) {
      for (const key of INDICATOR_KEYS) {
        const v = y.values[key];
        rows.push({ code: m.code, type: m.mutual.type, size: y.sizeClass, year: y.year, key, value: v.status === "ok" ? v.value : null, status: v.status });
      }
    }
  }
  const data = writeCsv(
    [
      { header: "mutual_code", value: /* @__PURE__ */ __name((r) => r.code, "value") },
      { header: "mutual_type", value: /* @__PURE__ */ __name((r) => r.type, "value") },
      { header: "size_class", value: /* @__PURE__ */ __name((r) => r.size, "value") },
      { header: "year", value: /* @__PURE__ */ __name((r) => r.year, "value") },
      { header: "indicator", value: /* @__PURE__ */ __name((r) => r.key, "value") },
      { header: "dimension", value: /* @__PURE__ */ __name((r) => indicatorDefinition(r.key).dimension, "value") },
      { header: "unit", value: /* @__PURE__ */ __name((r) => indicatorDefinition(r.key).unit, "value") },
      { header: "value", value: /* @__PURE__ */ __name((r) => r.value, "value") },
      { header: "status", value: /* @__PURE__ */ __name((r) => r.status, "value") }
    ],
    rows
  );
  const dictionary = writeCsv(
    [
      { header: "kind", value: /* @__PURE__ */ __name((r) => r.kind, "value") },
      { header: "name", value: /* @__PURE__ */ __name((r) => r.name, "value") },
      { header: "description_fr", value: /* @__PURE__ */ __name((r) => r.fr, "value") },
      { header: "description_en", value: /* @__PURE__ */ __name((r) => r.en, "value") },
      { header: "unit", value: /* @__PURE__ */ __name((r) => r.unit, "value") },
      { header: "better", value: /* @__PURE__ */ __name((r) => r.better, "value") },
      { header: "source", value: /* @__PURE__ */ __name((r) => r.source, "value") }
    ],
    [
      ...COLUMNS.map((c) => ({ kind: "column", name: c.name, fr: c.fr, en: c.en, unit: "", better: "", source: "" })),
      ...INDICATORS.map((d) => ({
        kind: "indicator",
        name: d.key,
        fr: `${INDICATOR_TEXTS[d.key].fr.name}. ${INDICATOR_TEXTS[d.key].fr.definition}`,
        en: `${INDICATOR_TEXTS[d.key].en.name}. ${INDICATOR_TEXTS[d.key].en.definition}`,
        unit: d.unit,
        better: d.better,
        source: d.source
      }))
    ]
  );
  const readme = lang === "fr" ? `Observatoire des mutuelles de formation \u2014 donn\xE9es ouvertes
Produit le ${today} : ${sorted.length} mutuelles, ann\xE9es ${years[0]} \xE0 ${years.at(-1)}.
Fichiers : indicateurs.csv (les valeurs), dictionnaire.csv (les colonnes et les indicateurs), LICENCE.txt.
Anonymisation : ni nom, ni r\xE9gion, ni secteur, ni identifiant de mutuelle ; les cellules de moins de ${MIN_PEOPLE_PER_CELL} personnes ou de ${MIN_FIRMS_PER_CELL} entreprises sont supprim\xE9es.
` : `Training mutuals observatory \u2014 open data
Produced on ${today}: ${sorted.length} mutuals, years ${years[0]} to ${years.at(-1)}.
Files: indicators.csv (the values), dictionary.csv (the columns and the indicators), LICENCE.txt.
Anonymisation: no name, region, sector or id of a mutual; cells of fewer than ${MIN_PEOPLE_PER_CELL} people or ${MIN_FIRMS_PER_CELL} firms are suppressed.
`;
  const names = lang === "fr" ? { data: "indicateurs.csv", dict: "dictionnaire.csv", readme: "LISEZMOI.txt", zip: "observatoire-donnees-ouvertes" } : { data: "indicators.csv", dict: "dictionary.csv", readme: "README.txt", zip: "observatory-open-data" };
  const body = zip(
    [
      { name: names.readme, data: readme },
      { name: names.data, data },
      { name: names.dict, data: dictionary },
      { name: "LICENCE.txt", data: LICENCE }
    ],
    now
  );
  return { filename: `${names.zip}-${today}.zip`, contentType: "application/zip", body };
}
__name(exportOpenData, "exportOpenData");

// apps/server/src/observatory/get-consent.ts
function consentMutualOf(caller) {
  if (caller.role !== "coordinator" && caller.role !== "board_viewer") throw forbidden();
  return mutualOf(caller);
}
__name(consentMutualOf, "consentMutualOf");
async function getConsent(deps, caller) {
  const row = await observatoryRepository(deps.db).consent(consentMutualOf(caller));
  return { consented: row?.consented ?? false, decidedOn: row?.decided_on ?? null, note: row?.note ?? "" };
}
__name(getConsent, "getConsent");

// apps/server/src/observatory/get-observatory.ts
async function getObservatory(deps, caller, query) {
  const ids2 = await observedMutualIds(deps.db, caller);
  return readObservatory(deps.db, ids2, query, todayInMontreal(deps.now()));
}
__name(getObservatory, "getObservatory");

// apps/server/src/observatory/get-observed-scorecard.ts
async function getObservedScorecard(deps, caller, input) {
  const mutualId = await observedMutual(deps, caller, input.mutualId);
  return scorecardOf(deps.db, mutualId, { today: todayInMontreal(deps.now()), year: input.year, from: input.from, outside: true });
}
__name(getObservedScorecard, "getObservedScorecard");

// apps/server/src/observatory/list-observed-mutuals.ts
async function listObservedMutuals(deps, caller, query) {
  const today = todayInMontreal(deps.now());
  const ids2 = await observedMutualIds(deps.db, caller);
  const year2 = Number(today.slice(0, 4));
  const { mutuals } = await observedValues(deps.db, ids2, { from: year2, to: year2 }, today);
  const start = (query.page - 1) * query.pageSize;
  return pageOf(mutuals.slice(start, start + query.pageSize).map((m) => m.mutual), mutuals.length, query);
}
__name(listObservedMutuals, "listObservedMutuals");

// apps/server/src/observatory/set-consent.ts
async function setConsent(deps, caller, input) {
  if (caller.role !== "coordinator") throw forbidden("Only a coordinator may record the board\u2019s decision");
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    await observatoryRepository(tx.db).setConsent(mutualId, input.consented, todayInMontreal(now), caller.userId, input.note ?? "");
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "research_consent.set", entityType: "mutual", entityId: mutualId, change: input });
    return getConsent(tx, caller);
  });
}
__name(setConsent, "setConsent");

// apps/server/src/observatory/set-funded-mutuals.ts
async function setFundedMutuals(deps, caller, input) {
  requirePlatform(caller);
  const ids2 = [...new Set(input.mutualIds)];
  return inTransaction(deps, async (tx) => {
    const repo = observatoryRepository(tx.db);
    if (!await repo.funderExists(input.funderId)) throw notFound("Funder");
    const existing = new Set(await repo.existingMutualIds(ids2));
    const unknown = ids2.find((id) => !existing.has(id));
    if (unknown) throw invalid("mutualIds", `no mutual ${unknown}`);
    await repo.setFundedMutuals(input.funderId, ids2);
    await auditRepository(tx.db).record({ at: deps.now(), mutualId: null, actorUserId: caller.userId, action: "funder.mutuals", entityType: "funder", entityId: input.funderId, change: { mutualIds: ids2 } });
    return (await readFunders(tx.db, { limit: 1, offset: 0 }, [input.funderId]))[0];
  });
}
__name(setFundedMutuals, "setFundedMutuals");

// apps/server/src/observatory/update-funder.ts
async function updateFunder(deps, caller, input) {
  requirePlatform(caller);
  return inTransaction(deps, async (tx) => {
    const repo = observatoryRepository(tx.db);
    if (!await repo.funderExists(input.funderId)) throw notFound("Funder");
    if (input.changes.name && await repo.funderNameTaken(input.changes.name, input.funderId)) throw nameTaken();
    await repo.updateFunder(input.funderId, input.changes);
    await auditRepository(tx.db).record({ at: deps.now(), mutualId: null, actorUserId: caller.userId, action: "funder.update", entityType: "funder", entityId: input.funderId, change: input.changes });
    return (await readFunders(tx.db, { limit: 1, offset: 0 }, [input.funderId]))[0];
  });
}
__name(updateFunder, "updateFunder");

// apps/server/src/observatory/routes.ts
function registerObservatoryRoutes(app, deps) {
  serve(app, observatoryEndpoints.mutuals, OBSERVER_ROLES, ({ query }, caller) => listObservedMutuals(deps, caller, query));
  serve(app, observatoryEndpoints.observatory, OBSERVER_ROLES, ({ query }, caller) => getObservatory(deps, caller, query));
  serve(app, observatoryEndpoints.scorecard, OBSERVER_ROLES, ({ params, query }, caller) => getObservedScorecard(deps, caller, { ...params, ...query }));
  serve(app, observatoryEndpoints.openData, OBSERVER_ROLES, ({ query }, caller) => exportOpenData(deps, caller, query));
  serve(app, observatoryEndpoints.consent, ["coordinator", "board_viewer"], (_, caller) => getConsent(deps, caller));
  serve(app, observatoryEndpoints.setConsent, ["coordinator"], ({ body }, caller) => setConsent(deps, caller, body));
  serve(app, observatoryEndpoints.funders, ["platform_admin"], ({ query }, caller) => listFunders(deps, caller, query));
  serve(app, observatoryEndpoints.createFunder, ["platform_admin"], ({ body }, caller) => createFunder(deps, caller, body));
  serve(app, observatoryEndpoints.updateFunder, ["platform_admin"], ({ params, body }, caller) => updateFunder(deps, caller, { funderId: params.funderId, changes: body }));
  serve(app, observatoryEndpoints.setFundedMutuals, ["platform_admin"], ({ params, body }, caller) => setFundedMutuals(deps, caller, { funderId: params.funderId, mutualIds: body.mutualIds }));
}
__name(registerObservatoryRoutes, "registerObservatoryRoutes");

// apps/server/src/observatory/index.ts
var funderExists = /* @__PURE__ */ __name((db, id) => observatoryRepository(db).funderExists(id), "funderExists");

// apps/server/src/accounts/resolve-account-scope.ts
async function resolveAccountScope(db, caller, wanted) {
  let mutualId;
  const none = { mutual_id: null, member_id: null, provider_id: null, funder_id: null };
  if (caller.role === "coordinator") {
    if (!mayGrantRole(caller.role, wanted.role)) throw forbidden(`A coordinator may not give the role ${wanted.role}`);
    if (wanted.mutualId && wanted.mutualId !== caller.mutualId) throw notFound("Mutual");
    mutualId = caller.mutualId;
  } else if (caller.role === "platform_admin") {
    if (roleBelongsToFunder(wanted.role)) {
      if (!wanted.funderId) throw invalid("funderId", "required for a funder");
      if (!await funderExists(db, wanted.funderId)) throw notFound("Funder");
      return { role: wanted.role, ...none, funder_id: wanted.funderId };
    }
    if (!roleBelongsToMutual(wanted.role)) return { role: wanted.role, ...none };
    if (!wanted.mutualId) throw invalid("mutualId", "required for this role");
    if (!await mutualRepository(db).find(wanted.mutualId)) throw notFound("Mutual");
    mutualId = wanted.mutualId;
  } else {
    throw forbidden();
  }
  if (!mutualId) throw forbidden();
  const mutuals = mutualRepository(db);
  if (roleBelongsToMember(wanted.role)) {
    if (!wanted.memberId) throw invalid("memberId", "required for a member contact");
    if (!await mutuals.hasMember(mutualId, wanted.memberId)) throw notFound("Member");
    return { role: wanted.role, ...none, mutual_id: mutualId, member_id: wanted.memberId };
  }
  if (roleBelongsToProvider(wanted.role)) {
    if (!wanted.providerId) throw invalid("providerId", "required for a trainer");
    if (!await mutuals.hasProvider(mutualId, wanted.providerId)) throw notFound("Provider");
    return { role: wanted.role, ...none, mutual_id: mutualId, provider_id: wanted.providerId };
  }
  return { role: wanted.role, ...none, mutual_id: mutualId };
}
__name(resolveAccountScope, "resolveAccountScope");

// apps/server/src/accounts/send-invitation.ts
async function sendInvitation(trx, deps, invitee, inviterName) {
  const now = deps.now();
  const token = await issueToken(trx, invitee.id, "invitation", INVITATION_TTL_MS, now);
  const mutual = invitee.mutualId ? await mutualRepository(trx).find(invitee.mutualId) : void 0;
  const email2 = invitationEmail({
    locale: invitee.locale,
    inviteeName: invitee.displayName,
    inviterName,
    mutualName: mutual?.name ?? null,
    role: invitee.role,
    link: tokenLink(deps.config.PUBLIC_URL, "invitation", token, invitee.locale),
    validDays: INVITATION_TTL_MS / 864e5
  });
  await enqueueEmail(trx, { mutualId: invitee.mutualId, kind: "invitation", to: invitee.email, locale: invitee.locale, email: email2 }, now);
}
__name(sendInvitation, "sendInvitation");

// apps/server/src/accounts/invite-user.ts
var emailTaken = /* @__PURE__ */ __name(() => new AppError("conflict", "An account already uses this e-mail", { fields: [{ field: "email", message: "already used" }] }), "emailTaken");
async function inviteUser(deps, caller, input) {
  const scope = await resolveAccountScope(deps.db, caller, input);
  const userId = await inTransaction(deps, async (tx) => {
    const users = userRepository(tx.db);
    if (await users.findByEmail(input.email)) throw emailTaken();
    const user = await users.insert({ email: input.email, display_name: input.displayName, locale: input.locale, password_hash: null, ...scope });
    await sendInvitation(
      tx.db,
      deps,
      { id: user.id, email: user.email, displayName: user.display_name, role: user.role, mutualId: user.mutual_id, locale: user.locale },
      caller.displayName
    );
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: user.mutual_id,
      actorUserId: caller.userId,
      action: "invite",
      entityType: "user",
      entityId: user.id,
      change: { email: user.email, role: user.role, memberId: user.member_id, providerId: user.provider_id }
    });
    return user.id;
  });
  return getUser(deps, caller, { userId });
}
__name(inviteUser, "inviteUser");

// apps/server/src/accounts/list-users.ts
async function listUsers(deps, caller, query) {
  const mutualId = managedMutual(caller, query.mutualId);
  const { rows, total } = await accountRepository(deps.db).list({ ...query, mutualId });
  return pageOf(await presentUsers(deps, rows), total, query);
}
__name(listUsers, "listUsers");

// apps/server/src/accounts/resend-invitation.ts
async function resendInvitation(deps, caller, input) {
  const user = await visibleUser(deps, caller, input.userId);
  if (!user.active) throw new AppError("conflict", "This account is deactivated; reactivate it first");
  if (user.passwordHash) throw new AppError("conflict", "This account is already activated");
  await inTransaction(deps, async (tx) => {
    await sendInvitation(tx.db, deps, user, caller.displayName);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: user.mutualId,
      actorUserId: caller.userId,
      action: "resend_invitation",
      entityType: "user",
      entityId: user.id,
      change: {}
    });
  });
  return getUser(deps, caller, input);
}
__name(resendInvitation, "resendInvitation");

// apps/server/src/accounts/set-user-active.ts
async function setUserActive(deps, caller, input) {
  const { userId, active } = input;
  const user = await visibleUser(deps, caller, userId);
  if (userId === caller.userId) throw new AppError("conflict", "You may not deactivate or reactivate your own account");
  if (user.active !== active) {
    const now = deps.now().toISOString();
    await deps.loginSessions.changing(
      () => inTransaction(deps, async (tx) => {
        await userRepository(tx.db).update(userId, { active });
        if (!active) {
          await sessionRepository(tx.db).deleteAllForUser(userId);
          await tokenRepository(tx.db).revokeAll(userId, "password_reset", now);
          await tokenRepository(tx.db).revokeAll(userId, "invitation", now);
        }
        await auditRepository(tx.db).record({
          at: now,
          mutualId: user.mutualId,
          actorUserId: caller.userId,
          action: active ? "reactivate" : "deactivate",
          entityType: "user",
          entityId: userId,
          change: { active }
        });
      })
    );
  }
  return getUser(deps, caller, { userId });
}
__name(setUserActive, "setUserActive");

// apps/server/src/accounts/update-user.ts
async function updateUser(deps, caller, input) {
  const { userId, changes } = input;
  const user = await visibleUser(deps, caller, userId);
  const current = {
    display_name: user.displayName,
    locale: user.locale,
    role: user.role,
    mutual_id: user.mutualId,
    member_id: user.memberId,
    provider_id: user.providerId,
    funder_id: user.funderId
  };
  const changesScope = changes.role !== void 0 || changes.memberId !== void 0 || changes.providerId !== void 0;
  const values = {};
  if (changes.displayName !== void 0) values.display_name = changes.displayName;
  if (changes.locale !== void 0) values.locale = changes.locale;
  if (changesScope) {
    if (userId === caller.userId) throw new AppError("conflict", "You may not change your own role");
    const role = changes.role ?? user.role;
    if (role === "platform_admin" || user.role === "platform_admin") throw invalid("role", "platform administrator accounts are managed apart");
    if (!roleBelongsToMutual(role) || !roleBelongsToMutual(user.role)) {
      throw invalid("role", "funder and researcher accounts are invited as such and keep their role");
    }
    const scope = await resolveAccountScope(deps.db, caller, {
      role,
      mutualId: user.mutualId,
      memberId: changes.memberId === void 0 ? user.memberId : changes.memberId,
      providerId: changes.providerId === void 0 ? user.providerId : changes.providerId
    });
    Object.assign(values, scope);
  }
  const before = {};
  const after = {};
  for (const [key, value] of Object.entries(values)) {
    if (current[key] !== value) {
      before[key] = current[key];
      after[key] = value;
    }
  }
  if (Object.keys(after).length > 0) {
    await deps.loginSessions.changing(
      () => inTransaction(deps, async (tx) => {
        await userRepository(tx.db).update(userId, after);
        await auditRepository(tx.db).record({
          at: deps.now(),
          mutualId: user.mutualId,
          actorUserId: caller.userId,
          action: "update",
          entityType: "user",
          entityId: userId,
          change: { before, after }
        });
      })
    );
  }
  return getUser(deps, caller, { userId });
}
__name(updateUser, "updateUser");

// apps/server/src/accounts/user-routes.ts
function registerUserRoutes(app, deps) {
  serve(app, userEndpoints.list, MUTUAL_ADMIN_ROLES, ({ query }, caller) => listUsers(deps, caller, query));
  serve(app, userEndpoints.invite, MUTUAL_ADMIN_ROLES, ({ body }, caller) => inviteUser(deps, caller, body));
  serve(app, userEndpoints.get, MUTUAL_ADMIN_ROLES, ({ params }, caller) => getUser(deps, caller, params));
  serve(app, userEndpoints.update, MUTUAL_ADMIN_ROLES, ({ params, body }, caller) => updateUser(deps, caller, { userId: params.userId, changes: body }));
  serve(app, userEndpoints.deactivate, MUTUAL_ADMIN_ROLES, ({ params }, caller) => setUserActive(deps, caller, { userId: params.userId, active: false }));
  serve(app, userEndpoints.reactivate, MUTUAL_ADMIN_ROLES, ({ params }, caller) => setUserActive(deps, caller, { userId: params.userId, active: true }));
  serve(app, userEndpoints.resendInvitation, MUTUAL_ADMIN_ROLES, ({ params }, caller) => resendInvitation(deps, caller, params));
}
__name(registerUserRoutes, "registerUserRoutes");

// apps/server/src/audit/audit-query-repository.ts
function auditQueryRepository(db) {
  return {
    async list(filter) {
      let q = db.selectFrom("audit_log as a").leftJoin("app_user as u", "u.id", "a.actor_user_id");
      if (filter.mutualId !== void 0) q = q.where("a.mutual_id", "=", filter.mutualId);
      if (filter.entityType) q = q.where("a.entity_type", "=", filter.entityType);
      if (filter.entityId) q = q.where("a.entity_id", "=", filter.entityId);
      if (filter.actorUserId) q = q.where("a.actor_user_id", "=", filter.actorUserId);
      if (filter.action) q = q.where("a.action", "=", filter.action);
      if (filter.memberless) q = q.where("a.member_id", "is", null);
      if (filter.from) q = q.where("a.at", ">=", filter.from);
      if (filter.to) q = q.where("a.at", "<", filter.to);
      const [{ total }] = await q.select((eb) => eb.fn.countAll().as("total")).execute();
      const rows = await q.select([
        "a.id",
        "a.at",
        "a.mutual_id as mutualId",
        "a.member_id as memberId",
        "a.actor_user_id as actorUserId",
        "u.display_name as actorName",
        "a.action",
        "a.entity_type as entityType",
        "a.entity_id as entityId",
        "a.change"
      ]).orderBy("a.at", "desc").orderBy("a.id", "desc").limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute();
      return { rows, total: Number(total) };
    }
  };
}
__name(auditQueryRepository, "auditQueryRepository");

// apps/server/src/audit/present.ts
function presentAuditEntry(row, redact) {
  const { memberId, ...entry } = row;
  const hidden = redact && memberId !== null;
  return { ...entry, entityId: hidden ? null : entry.entityId, change: hidden ? null : entry.change };
}
__name(presentAuditEntry, "presentAuditEntry");

// apps/server/src/audit/list-audit-log.ts
var endOfDay = /* @__PURE__ */ __name((date) => date >= "9999-12-31" ? void 0 : startOfDayInMontreal(addDays(date, 1)), "endOfDay");
async function listAuditLog(deps, caller, query) {
  const mutualId = managedMutual(caller, query.mutualId);
  const redact = caller.role === "platform_admin";
  const { rows, total } = await auditQueryRepository(deps.db).list({
    ...query,
    mutualId,
    from: query.from ? startOfDayInMontreal(query.from) : void 0,
    to: query.to ? endOfDay(query.to) : void 0,
    // Searching by record id must not reveal hidden entries either.
    memberless: redact && query.entityId !== void 0
  });
  return pageOf(
    rows.map((row) => presentAuditEntry(row, redact)),
    total,
    query
  );
}
__name(listAuditLog, "listAuditLog");

// apps/server/src/audit/routes.ts
function registerAuditRoutes(app, deps) {
  serve(app, auditEndpoints.list, MUTUAL_ADMIN_ROLES, ({ query }, caller) => listAuditLog(deps, caller, query));
}
__name(registerAuditRoutes, "registerAuditRoutes");

// apps/server/src/accounts/log-in.ts
var DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$6nXu+1LV1EtnY3xgnHHX1A$Y23FgydV7aGImnix4KvKksqYgR5dC+KUpZk1SUitjaE";
async function logIn(deps, input) {
  const { throttle } = input;
  throttle.assertAllowed(input.email);
  const user = await userRepository(deps.db).findByEmail(input.email);
  const ok2 = await verify2(user?.password_hash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user?.password_hash || !user.active || !ok2) {
    throttle.failed(input.email);
    throw new AppError("invalid_credentials", "Wrong e-mail or password");
  }
  throttle.succeeded(input.email);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const session = await startSession(tx.db, user.id, now);
    await userRepository(tx.db).update(user.id, { last_login_at: now.toISOString() });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: user.mutual_id,
      memberId: user.member_id,
      actorUserId: user.id,
      action: "login",
      entityType: "user",
      entityId: user.id,
      change: {}
    });
    return session;
  });
}
__name(logIn, "logIn");

// apps/server/src/accounts/log-out.ts
async function logOut(deps, caller) {
  await deps.loginSessions.changing(() => sessionRepository(deps.db).delete(caller.sessionId));
}
__name(logOut, "logOut");

// apps/server/src/accounts/auth-routes.ts
function sessionMiddleware(deps) {
  const middleware = /* @__PURE__ */ __name(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set("caller", token ? await resolveSessionCached(deps, token) : null);
    await next();
  }, "middleware");
  return middleware;
}
__name(sessionMiddleware, "sessionMiddleware");
function answerLoggedIn(c, deps, session) {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: deps.config.PUBLIC_URL.startsWith("https://"),
    path: "/",
    maxAge: SESSION_TTL_MS / 1e3
  });
  return presentMe(session.caller);
}
__name(answerLoggedIn, "answerLoggedIn");
function registerAuthRoutes(app, deps, limits = loginLimiters(deps.now)) {
  servePublic(
    app,
    authEndpoints.login,
    async ({ body }, _caller, c) => answerLoggedIn(c, deps, await logIn(deps, { ...body, throttle: loginThrottle(c, limits, deps.config.TRUST_PROXY) }))
  );
  serve(app, authEndpoints.logout, "authenticated", async (_input, caller, c) => {
    await logOut(deps, caller);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return void 0;
  });
  serve(app, authEndpoints.me, "authenticated", (_input, caller) => presentMe(caller));
}
__name(registerAuthRoutes, "registerAuthRoutes");

// packages/domain/src/topics/starter-topics.ts
var families = [
  {
    code: "health-safety",
    nameFr: "Sant\xE9 et s\xE9curit\xE9 du travail",
    nameEn: "Occupational health and safety",
    children: [
      ["forklift", "Conduite s\xE9curitaire de chariot \xE9l\xE9vateur", "Forklift operation safety", ["75110", "94"]],
      ["whmis", "SIMDUT 2015", "WHMIS 2015"],
      ["first-aid", "Secourisme en milieu de travail", "Workplace first aid"],
      ["lockout", "Cadenassage", "Lockout and tagout", ["72", "94"]],
      ["confined-spaces", "Travail en espace clos", "Working in confined spaces", ["72", "73"]],
      ["working-at-heights", "Travail en hauteur", "Working at heights", ["72", "73"]],
      ["ergonomics", "Ergonomie et pr\xE9vention des troubles musculosquelettiques", "Ergonomics and musculoskeletal injury prevention"],
      ["machine-safety", "S\xE9curit\xE9 des machines", "Machine safeguarding", ["94", "95"]],
      ["health-safety-committee", "Comit\xE9 de sant\xE9 et s\xE9curit\xE9", "Health and safety committee"]
    ]
  },
  {
    code: "management",
    nameFr: "Gestion et leadership",
    nameEn: "Management and leadership",
    nocCodes: ["0"],
    children: [
      ["supervising-team", "Superviser une \xE9quipe", "Supervising a team", ["0", "92"]],
      ["new-manager", "Devenir gestionnaire", "Becoming a manager", ["0"]],
      ["coaching", "Coaching et r\xE9troaction", "Coaching and feedback", ["0"]],
      ["conflict", "Gestion des conflits", "Managing conflict"],
      ["change", "Gestion du changement", "Leading change", ["0"]],
      ["project-management", "Gestion de projet", "Project management", ["0", "1"]],
      ["strategic-planning", "Planification strat\xE9gique", "Strategic planning", ["00", "0"]]
    ]
  },
  {
    code: "production",
    nameFr: "Production et am\xE9lioration continue",
    nameEn: "Production and continuous improvement",
    nocCodes: ["9"],
    children: [
      ["lean", "Initiation au Lean", "Lean basics", ["9"]],
      ["5s", "M\xE9thode 5S", "5S workplace organisation", ["9"]],
      ["quality-control", "Contr\xF4le de la qualit\xE9", "Quality control", ["9", "2"]],
      ["iso-9001", "Norme ISO 9001", "ISO 9001 quality management"],
      ["maintenance", "Maintenance pr\xE9ventive", "Preventive maintenance", ["72", "73"]],
      ["blueprint-reading", "Lecture de plans", "Blueprint reading", ["72", "94"]],
      ["production-planning", "Planification de la production", "Production planning", ["9", "1"]],
      ["food-safety", "Hygi\xE8ne et salubrit\xE9 alimentaires", "Food hygiene and safety", ["94", "65"]]
    ]
  },
  {
    code: "digital",
    nameFr: "Comp\xE9tences num\xE9riques",
    nameEn: "Digital skills",
    children: [
      ["spreadsheets", "Chiffrier \xE9lectronique (Excel)", "Spreadsheets (Excel)"],
      ["office-suite", "Suite bureautique", "Office software"],
      ["cybersecurity", "Cybers\xE9curit\xE9 au travail", "Cybersecurity awareness"],
      ["erp", "Progiciel de gestion int\xE9gr\xE9 (ERP)", "ERP systems"],
      ["data-analysis", "Analyse de donn\xE9es et tableaux de bord", "Data analysis and dashboards", ["1", "2"]],
      ["ai-tools", "Outils d'intelligence artificielle", "Artificial intelligence tools"],
      ["cad", "Dessin assist\xE9 par ordinateur (DAO)", "Computer-aided design (CAD)", ["22"]]
    ]
  },
  {
    code: "languages",
    nameFr: "Langues",
    nameEn: "Languages",
    children: [
      ["workplace-french", "Fran\xE7ais en milieu de travail", "Workplace French"],
      ["french-writing", "R\xE9daction en fran\xE7ais", "Writing in French"],
      ["workplace-english", "Anglais en milieu de travail", "Workplace English"],
      ["business-english", "Anglais des affaires", "Business English", ["0", "1", "6"]],
      ["literacy", "Alphab\xE9tisation et comp\xE9tences essentielles", "Literacy and essential skills"]
    ]
  },
  {
    code: "trades",
    nameFr: "M\xE9tiers et techniques",
    nameEn: "Trades and technical skills",
    nocCodes: ["7"],
    children: [
      ["welding", "Soudage", "Welding", ["72106"]],
      ["cnc", "Usinage \xE0 commande num\xE9rique (CNC)", "CNC machining", ["72100", "94"]],
      ["industrial-electricity", "\xC9lectricit\xE9 industrielle", "Industrial electricity", ["72201"]],
      ["hydraulics", "Hydraulique et pneumatique", "Hydraulics and pneumatics", ["72400"]],
      ["refrigeration", "R\xE9frig\xE9ration", "Refrigeration", ["72402"]],
      ["plc", "Automates programmables", "Programmable logic controllers", ["72201", "22"]],
      ["mechanics", "M\xE9canique industrielle", "Industrial mechanics", ["72400"]],
      ["heavy-equipment", "Conduite d'engins de chantier", "Heavy equipment operation", ["73400"]]
    ]
  },
  {
    code: "hr",
    nameFr: "Ressources humaines",
    nameEn: "Human resources",
    nocCodes: ["11", "12"],
    children: [
      ["recruitment", "Recrutement et s\xE9lection", "Recruitment and selection"],
      ["onboarding", "Accueil et int\xE9gration", "Onboarding new employees"],
      ["retention", "R\xE9tention du personnel", "Employee retention"],
      ["labour-standards", "Normes du travail", "Labour standards"],
      ["harassment-prevention", "Pr\xE9vention du harc\xE8lement", "Harassment prevention"],
      ["performance-review", "\xC9valuation du rendement", "Performance reviews"],
      ["workplace-trainer", "Compagnonnage et formation en entreprise", "Workplace trainers and mentoring"]
    ]
  },
  {
    code: "finance",
    nameFr: "Finance et comptabilit\xE9",
    nameEn: "Finance and accounting",
    nocCodes: ["11", "13"],
    children: [
      ["bookkeeping", "Tenue de livres", "Bookkeeping", ["13"]],
      ["cost-accounting", "Calcul des co\xFBts de revient", "Cost accounting"],
      ["budgeting", "Budget et pr\xE9visions", "Budgeting and forecasting"],
      ["financial-statements", "Lire les \xE9tats financiers", "Reading financial statements"],
      ["payroll", "Paie", "Payroll", ["13"]]
    ]
  },
  {
    code: "marketing",
    nameFr: "Marketing et ventes",
    nameEn: "Marketing and sales",
    nocCodes: ["6", "1"],
    children: [
      ["digital-marketing", "Marketing num\xE9rique", "Digital marketing"],
      ["social-media", "M\xE9dias sociaux", "Social media"],
      ["sales-techniques", "Techniques de vente", "Sales techniques", ["6"]],
      ["customer-service", "Service \xE0 la client\xE8le", "Customer service", ["6"]],
      ["export", "Exportation", "Export markets"],
      ["e-commerce", "Commerce \xE9lectronique", "E-commerce"]
    ]
  },
  {
    code: "administration",
    nameFr: "Administration",
    nameEn: "Administration",
    nocCodes: ["13", "14"],
    children: [
      ["business-writing", "R\xE9daction administrative", "Business writing"],
      ["time-management", "Gestion du temps et des priorit\xE9s", "Time and priority management"],
      ["purchasing", "Achats et approvisionnement", "Purchasing and procurement"],
      ["logistics", "Logistique et gestion des stocks", "Logistics and inventory", ["14", "75"]],
      ["regulatory-compliance", "Conformit\xE9 r\xE9glementaire", "Regulatory compliance"]
    ]
  },
  {
    code: "sustainability",
    nameFr: "Environnement et d\xE9veloppement durable",
    nameEn: "Environment and sustainability",
    children: [
      ["waste-reduction", "R\xE9duction des d\xE9chets", "Waste reduction"],
      ["energy-efficiency", "Efficacit\xE9 \xE9nerg\xE9tique", "Energy efficiency"],
      ["dangerous-goods", "Transport des marchandises dangereuses", "Transportation of dangerous goods", ["75"]]
    ]
  }
];
var STARTER_TOPICS = families.flatMap((f) => [
  { code: f.code, parentCode: null, nameFr: f.nameFr, nameEn: f.nameEn, nocCodes: f.nocCodes ?? [] },
  ...f.children.map(([code, nameFr, nameEn, nocCodes]) => ({
    code: `${f.code}.${code}`,
    parentCode: f.code,
    nameFr,
    nameEn,
    nocCodes: nocCodes ?? []
  }))
]);

// packages/domain/src/topics/topics.ts
function wouldCreateCycle(topics, id, parentId) {
  const parentOf = new Map(topics.map((t) => [t.id, t.parentId]));
  let current = parentId;
  const seen = /* @__PURE__ */ new Set();
  while (current) {
    if (current === id) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}
__name(wouldCreateCycle, "wouldCreateCycle");
function topicWithDescendants(topics, id) {
  const children = /* @__PURE__ */ new Map();
  for (const t of topics) {
    if (!t.parentId) continue;
    const list = children.get(t.parentId) ?? [];
    list.push(t.id);
    children.set(t.parentId, list);
  }
  const out = [];
  const stack = [id];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length) {
    const next = stack.pop();
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...children.get(next) ?? []);
  }
  return out;
}
__name(topicWithDescendants, "topicWithDescendants");
function topicCodeFor(name, parentCode) {
  const slug = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "topic";
  return parentCode ? `${parentCode}.${slug}` : slug;
}
__name(topicCodeFor, "topicCodeFor");

// apps/server/src/topics/repository.ts
import { sql as sql9 } from "kysely";
function topicRepository(db) {
  const filtered = /* @__PURE__ */ __name((mutualId, options) => {
    let q = db.selectFrom("topic").selectAll().where("mutual_id", "=", mutualId);
    if (!options.includeRetired) q = q.where("retired_at", "is", null);
    return q;
  }, "filtered");
  return {
    /** The mutual's topics in tree order: all of them, or one page. */
    list(mutualId, options = {}, page) {
      let q = filtered(mutualId, options).orderBy("sort_order").orderBy("code").orderBy("id");
      if (page) q = q.limit(page.limit).offset(page.offset);
      return q.execute();
    },
    async count(mutualId, options = {}) {
      const row = await filtered(mutualId, options).clearSelect().select(sql9`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return row.n;
    },
    find(mutualId, id) {
      return db.selectFrom("topic").selectAll().where("mutual_id", "=", mutualId).where("id", "=", id).executeTakeFirst();
    },
    codes(mutualId) {
      return db.selectFrom("topic").select(["id", "code", "parent_id", "retired_at"]).where("mutual_id", "=", mutualId).execute();
    },
    insert(values) {
      return db.insertInto("topic").values(values).returningAll().executeTakeFirstOrThrow();
    },
    /** Inserts the topics whose code the mutual does not have yet; returns how many were added. */
    async insertMissing(values) {
      if (values.length === 0) return 0;
      const rows = await db.insertInto("topic").values(values).onConflict((oc) => oc.columns(["mutual_id", "code"]).doNothing()).returning("id").execute();
      return rows.length;
    },
    update(mutualId, id, values) {
      return db.updateTable("topic").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
    }
  };
}
__name(topicRepository, "topicRepository");

// apps/server/src/topics/install-starter-topics.ts
async function installStarterTopics(trx, mutualId) {
  const repo = topicRepository(trx);
  let added = 0;
  const parents = STARTER_TOPICS.filter((t) => !t.parentCode);
  added += await repo.insertMissing(
    parents.map((t, i) => ({ mutual_id: mutualId, code: t.code, name_fr: t.nameFr, name_en: t.nameEn, noc_codes: t.nocCodes, sort_order: (i + 1) * 100 }))
  );
  const idByCode = new Map((await repo.codes(mutualId)).map((t) => [t.code, t.id]));
  const children = STARTER_TOPICS.filter((t) => t.parentCode);
  added += await repo.insertMissing(
    children.map((t, i) => ({
      mutual_id: mutualId,
      code: t.code,
      parent_id: idByCode.get(t.parentCode) ?? null,
      name_fr: t.nameFr,
      name_en: t.nameEn,
      noc_codes: t.nocCodes,
      sort_order: (parents.findIndex((p) => p.code === t.parentCode) + 1) * 100 + i % 100 + 1
    }))
  );
  return added;
}
__name(installStarterTopics, "installStarterTopics");

// apps/server/src/topics/add-starter-topics.ts
async function addStarterTopics(deps, caller) {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const added = await installStarterTopics(tx.db, mutualId);
    const total = (await topicRepository(tx.db).codes(mutualId)).length;
    return { added, total };
  });
}
__name(addStarterTopics, "addStarterTopics");

// apps/server/src/topics/present.ts
var presentTopic = /* @__PURE__ */ __name((r) => ({
  id: r.id,
  code: r.code,
  parentId: r.parent_id,
  nameFr: r.name_fr,
  nameEn: r.name_en,
  nocCodes: r.noc_codes,
  sortOrder: r.sort_order,
  retired: r.retired_at !== null,
  retiredAt: r.retired_at
}), "presentTopic");

// apps/server/src/topics/create-topic.ts
async function createTopic(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = topicRepository(tx.db);
    let parentCode = null;
    if (input.parentId) {
      const parent = await repo.find(mutualId, input.parentId);
      if (!parent) throw invalid("parentId", "no such topic in this mutual");
      if (parent.retired_at) throw invalid("parentId", "the parent topic is retired");
      parentCode = parent.code;
    }
    const code = input.code ?? topicCodeFor(input.nameEn, parentCode);
    const existing = (await repo.codes(mutualId)).find((t) => t.code === code);
    if (existing) throw new AppError("conflict", `A topic with the code ${code} exists already`, { fields: [{ field: "code", message: "is taken" }] });
    const row = await repo.insert({
      mutual_id: mutualId,
      code,
      parent_id: input.parentId ?? null,
      name_fr: input.nameFr,
      name_en: input.nameEn,
      noc_codes: input.nocCodes ?? [],
      sort_order: input.sortOrder ?? 1e4
    });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "topic.create", entityType: "topic", entityId: row.id, change: { ...input, code } });
    return presentTopic(row);
  });
}
__name(createTopic, "createTopic");

// apps/server/src/topics/visible-topic.ts
async function visibleTopic(deps, caller, topicId) {
  const row = await topicRepository(deps.db).find(mutualOf(caller), topicId);
  if (!row) throw notFound("Topic");
  return row;
}
__name(visibleTopic, "visibleTopic");

// apps/server/src/topics/get-topic.ts
async function getTopic(deps, caller, input) {
  return presentTopic(await visibleTopic(deps, caller, input.topicId));
}
__name(getTopic, "getTopic");

// apps/server/src/topics/list-topics.ts
async function listTopics(deps, caller, query) {
  const mutualId = mutualOf(caller);
  const { page, pageSize } = query;
  const filter = { includeRetired: query.includeRetired === "true" };
  const repo = topicRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(mutualId, filter, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(mutualId, filter)]);
  return pageOf(rows.map(presentTopic), total, { page, pageSize });
}
__name(listTopics, "listTopics");

// apps/server/src/topics/set-topic-retired.ts
async function setTopicRetired(deps, caller, input) {
  const { topicId, retired } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const topic = await visibleTopic(tx, caller, topicId);
    const row = await topicRepository(tx.db).update(topic.mutual_id, topicId, {
      retired_at: retired ? topic.retired_at ?? now.toISOString() : null,
      updated_at: now.toISOString()
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: topic.mutual_id,
      actorUserId: caller.userId,
      action: retired ? "topic.retire" : "topic.restore",
      entityType: "topic",
      entityId: topicId,
      change: {}
    });
    return presentTopic(row);
  });
}
__name(setTopicRetired, "setTopicRetired");

// apps/server/src/topics/update-topic.ts
async function updateTopic(deps, caller, input) {
  const { topicId, changes } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const topic = await visibleTopic(tx, caller, topicId);
    const repo = topicRepository(tx.db);
    if (changes.parentId !== void 0 && changes.parentId !== null) {
      const parent = await repo.find(topic.mutual_id, changes.parentId);
      if (!parent) throw invalid("parentId", "no such topic in this mutual");
      const all = (await repo.codes(topic.mutual_id)).map((t) => ({ id: t.id, parentId: t.parent_id }));
      if (wouldCreateCycle(all, topicId, changes.parentId)) throw invalid("parentId", "a topic cannot be put under itself or its sub-topics");
    }
    const row = await repo.update(topic.mutual_id, topicId, {
      parent_id: changes.parentId,
      name_fr: changes.nameFr,
      name_en: changes.nameEn,
      noc_codes: changes.nocCodes,
      sort_order: changes.sortOrder,
      updated_at: now.toISOString()
    });
    await auditRepository(tx.db).record({ at: now, mutualId: topic.mutual_id, actorUserId: caller.userId, action: "topic.update", entityType: "topic", entityId: topicId, change: changes });
    return presentTopic(row);
  });
}
__name(updateTopic, "updateTopic");

// apps/server/src/topics/routes.ts
function registerTopicRoutes(app, deps) {
  serve(app, topicEndpoints.list, MUTUAL_ROLES, ({ query }, caller) => listTopics(deps, caller, query));
  serve(app, topicEndpoints.create, ["coordinator"], ({ body }, caller) => createTopic(deps, caller, body));
  serve(app, topicEndpoints.installStarter, ["coordinator"], (_, caller) => addStarterTopics(deps, caller));
  serve(app, topicEndpoints.get, MUTUAL_ROLES, ({ params }, caller) => getTopic(deps, caller, params));
  serve(app, topicEndpoints.update, ["coordinator"], ({ params, body }, caller) => updateTopic(deps, caller, { topicId: params.topicId, changes: body }));
  serve(app, topicEndpoints.retire, ["coordinator"], ({ params }, caller) => setTopicRetired(deps, caller, { topicId: params.topicId, retired: true }));
  serve(app, topicEndpoints.restore, ["coordinator"], ({ params }, caller) => setTopicRetired(deps, caller, { topicId: params.topicId, retired: false }));
}
__name(registerTopicRoutes, "registerTopicRoutes");

// apps/server/src/topics/require-active-topic.ts
async function requireActiveTopic(db, mutualId, topicId, field = "topicId") {
  const topic = await topicRepository(db).find(mutualId, topicId);
  if (!topic) throw invalid(field, "no such topic in this mutual");
  if (topic.retired_at) throw invalid(field, "this topic is retired");
  return topic;
}
__name(requireActiveTopic, "requireActiveTopic");

// packages/domain/src/delivery/attestation.ts
var CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function verificationCode(randomBytes2, length = 8) {
  let out = "";
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[(randomBytes2[i % randomBytes2.length] ?? 0) % 32];
  return out;
}
__name(verificationCode, "verificationCode");
function formatAttestationNumber(year2, sequence, code) {
  if (!Number.isInteger(year2) || year2 < 2e3 || year2 > 9999) throw new Error("year out of range");
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error("sequence must be a positive integer");
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(code)) throw new Error("code must be 8 Crockford base-32 characters");
  return `${year2}-${String(sequence).padStart(6, "0")}-${code}`;
}
__name(formatAttestationNumber, "formatAttestationNumber");
function parseAttestationNumber(text2) {
  const m = /^(\d{4})-(\d{6,})-([0-9A-Za-z]{8})$/.exec(text2.trim());
  if (!m) return null;
  const code = m[3].toUpperCase();
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(code)) return null;
  return { year: Number(m[1]), sequence: Number(m[2]), code };
}
__name(parseAttestationNumber, "parseAttestationNumber");
function hasCompleted(hoursAttended, hoursScheduled, threshold = 0.8) {
  if (hoursScheduled <= 0) return false;
  return hoursAttended + 1e-9 >= hoursScheduled * threshold;
}
__name(hasCompleted, "hasCompleted");

// packages/domain/src/delivery/delivered-facts.ts
var round2 = /* @__PURE__ */ __name((n) => Math.round(n * 100) / 100, "round2");
function deliveredFacts(input) {
  const days = [...input.days].sort((a, b) => a.day < b.day ? -1 : a.day > b.day ? 1 : 0);
  const dayIds = new Set(days.map((d) => d.id));
  const hoursScheduled = round2(days.reduce((sum, d) => sum + d.hours, 0));
  const participants = input.participants.map(({ enrolmentId }) => {
    const marks = input.attendance.filter((a) => a.enrolmentId === enrolmentId && a.present && dayIds.has(a.meetingDayId));
    const hoursAttended = round2(marks.reduce((sum, a) => sum + a.hours, 0));
    const daysPresent = new Set(marks.map((a) => a.meetingDayId)).size;
    return { enrolmentId, hoursAttended, daysPresent, attended: daysPresent > 0, completed: hasCompleted(hoursAttended, hoursScheduled, input.completionThreshold ?? 0.8) };
  });
  const distinct = [...new Set(days.map((d) => d.day))];
  return {
    days: distinct,
    firstDay: distinct[0] ?? null,
    lastDay: distinct[distinct.length - 1] ?? null,
    hoursScheduled,
    participants,
    attended: participants.filter((p) => p.attended).length,
    completed: participants.filter((p) => p.completed).length,
    participantHours: round2(participants.reduce((sum, p) => sum + p.hoursAttended, 0))
  };
}
__name(deliveredFacts, "deliveredFacts");

// packages/domain/src/delivery/register.ts
var blank = /* @__PURE__ */ __name((v) => v === null || v === void 0 || v.trim() === "", "blank");
function registerMissing(entry) {
  const missing2 = [];
  if (blank(entry.title)) missing2.push("title");
  if (blank(entry.objectives)) missing2.push("objectives");
  if (blank(entry.content)) missing2.push("content");
  if (entry.durationHours === null || !(entry.durationHours > 0)) missing2.push("durationHours");
  if (blank(entry.providerOrTrainer)) missing2.push("providerOrTrainer");
  if (entry.employers.length === 0) missing2.push("employers");
  if (entry.participants <= 0) missing2.push("participants");
  if (entry.employmentClasses.length === 0) missing2.push("employmentClasses");
  if (entry.costCents === null || entry.costCents < 0) missing2.push("costCents");
  if (blank(entry.evaluationResult)) missing2.push("evaluationResult");
  return missing2;
}
__name(registerMissing, "registerMissing");
function summariseResults(outcomes, locale = "fr") {
  if (outcomes.length === 0) return null;
  const passed = outcomes.filter((o) => o === "passed").length;
  const failed = outcomes.filter((o) => o === "not_passed").length;
  const none = outcomes.length - passed - failed;
  if (none === outcomes.length) return null;
  const parts = locale === "fr" ? [`${passed} r\xE9ussi(s)`, `${failed} non r\xE9ussi(s)`, none ? `${none} sans r\xE9sultat` : null] : [`${passed} passed`, `${failed} not passed`, none ? `${none} without result` : null];
  return parts.filter(Boolean).join(", ");
}
__name(summariseResults, "summariseResults");

// packages/domain/src/delivery/reservation.ts
function reservationFit(picture, memberId, seats) {
  const members = /* @__PURE__ */ new Set([...Object.keys(picture.reservedByMember), ...Object.keys(picture.confirmedByMember)]);
  members.delete(memberId);
  let othersHold = 0;
  for (const m of members) othersHold += Math.max(picture.reservedByMember[m] ?? 0, picture.confirmedByMember[m] ?? 0);
  const ownHold = Math.max(seats, picture.confirmedByMember[memberId] ?? 0);
  return { fits: othersHold + ownHold <= picture.seatsMax, room: Math.max(0, picture.seatsMax - othersHold) };
}
__name(reservationFit, "reservationFit");
function scaledCents(cents, from, to) {
  return Math.round(cents * to / from);
}
__name(scaledCents, "scaledCents");
function cutReservation(rows, remove) {
  const cuts = [];
  let left = remove;
  for (const r of rows) {
    if (left <= 0) break;
    const take = Math.min(left, r.seats);
    left -= take;
    if (take === r.seats) cuts.push({ id: r.id, delete: true });
    else {
      const seats = r.seats - take;
      cuts.push({ id: r.id, delete: false, seats, shareCents: scaledCents(r.shareCents, r.seats, seats), standaloneCents: scaledCents(r.standaloneCents, r.seats, seats) });
    }
  }
  return cuts;
}
__name(cutReservation, "cutReservation");

// packages/domain/src/delivery/seats.ts
function seatSummary(input) {
  let reserved = 0;
  let confirmed = 0;
  let waitlisted = 0;
  let unnamed = 0;
  let held = 0;
  let firms = 0;
  for (const f of input.firms) {
    reserved += f.reserved;
    confirmed += f.confirmed;
    waitlisted += f.waitlisted;
    unnamed += Math.max(0, f.reserved - f.confirmed);
    held += Math.max(f.reserved, f.confirmed);
    if (f.reserved > 0 || f.confirmed > 0) firms++;
  }
  return {
    seatsMin: input.seatsMin,
    seatsMax: input.seatsMax,
    reserved,
    confirmed,
    waitlisted,
    unnamed,
    held,
    free: Math.max(0, input.seatsMax - held),
    firms,
    minimumMet: held >= input.seatsMin,
    byFirm: input.firms.map((f) => ({ ...f }))
  };
}
__name(seatSummary, "seatSummary");
function firmSeatsOf(counts) {
  const waiting = counts.waitlistedByMember ?? {};
  const ids2 = [.../* @__PURE__ */ new Set([...Object.keys(counts.reservedByMember), ...Object.keys(counts.confirmedByMember), ...Object.keys(waiting)])];
  return ids2.map((memberId) => ({ memberId, reserved: counts.reservedByMember[memberId] ?? 0, confirmed: counts.confirmedByMember[memberId] ?? 0, waitlisted: waiting[memberId] ?? 0 })).filter((f) => f.reserved > 0 || f.confirmed > 0 || f.waitlisted > 0);
}
__name(firmSeatsOf, "firmSeatsOf");

export {
  pageOf,
  MEMBER_RECORD_ROLES,
  PROVIDER_RECORD_ROLES,
  COURSE_READER_ROLES,
  SESSION_ROLES,
  SESSION_WORKER_ROLES,
  referenceEndpoints,
  healthEndpoints,
  MEMBER_STATUSES,
  MEMBER_STATUS_LABELS,
  CURRENT_MEMBER_STATUSES,
  memberIsCurrent,
  allowedNextStatuses,
  changeMemberStatus,
  MEMBER_CONTACT_DETAIL_FIELDS,
  memberEndpoints,
  memberContactEndpoints,
  importCommitRefusal,
  EDUCATION_LEVELS,
  LANGUAGES,
  END_REASONS,
  employeeEndpoints,
  wageEndpoints,
  employeeImportEndpoints,
  dashboardEndpoints,
  sessionIsOpenForEnrolment,
  OPEN_TO_EVERY_MEMBER,
  sessionIsTentative,
  sessionIsAnnounced,
  STILL_TO_DELIVER,
  HELD_STATES,
  sessionIsDelivered,
  sessionIsFinished,
  sessionTakesResults,
  sessionTakesAttendance,
  ALLOWED_TRANSITIONS,
  checkTransition,
  isSingleFirm,
  goNoGoStatus,
  sessionEndpoints,
  dateInMontreal,
  todayInMontreal,
  addDays,
  ACTIVE_ENROLMENT_STATUSES,
  enrolmentIsActive,
  ROSTER_STATUSES,
  KEPT_SEAT_STATUSES,
  enrolmentKeptSeat,
  seatsAvailableFor,
  decideEnrolment,
  decideEnrolments,
  promotions,
  reorderWaitlist,
  withdrawalDeadline,
  leaveKind,
  isNoShow,
  enrolmentEndpoints,
  attendanceEndpoints,
  attestationEndpoints,
  EVALUATION_LEVELS,
  PARTICIPANT_LEVELS,
  QUESTIONNAIRES,
  validateAnswers,
  summariseAnswers,
  level3Window,
  suppressSmallCell,
  evaluationEndpoints,
  registerEndpoints,
  writeCalendar,
  calendarEndpoints,
  TRAINING_MODES,
  modeUsesRegions,
  OFFERED_COURSE_STATUSES,
  courseIsInUse,
  quoteRequestIsOpen,
  quoteResponseIsCompared,
  QUOTE_EVENTS_SHOWN_TO_EVERY_PROVIDER,
  providerEndpoints,
  courseEndpoints,
  canTransitionDiagnostic,
  diagnosticIsEditable,
  canTransitionNeed,
  memberMayChangeNeed,
  needSeats,
  needEndpoints,
  diagnosticConstraintsSchema,
  diagnosticEndpoints,
  UNMET_REASONS,
  cellIsReady,
  cellKey,
  poolKey,
  assessCell,
  unmetReason,
  anonymousDemand,
  demandEndpoints,
  quoteEndpoints,
  poolingRunEndpoints,
  savingsEndpoints,
  emulationEndpoints,
  registerOpenApi,
  servePublic,
  serve,
  auditRepository,
  registerAuditRoutes,
  mutualOf,
  memberScopeOf,
  scopeIncludesMember,
  inTransaction,
  hashToken,
  newToken,
  userRepository,
  sessionMiddleware,
  registerAuthRoutes,
  enqueueEmail,
  startOutboxSender,
  registerOutboxRoutes,
  registerAccountRoutes,
  createLoginSessionCache,
  mutualRepository,
  registerMutualRoutes,
  unstorableReason,
  contentTypes,
  cellText,
  readTableFile,
  sheetOf,
  writeXlsxSheets,
  writeTable,
  spansPaymentsDidNotCountOf,
  registerGovernanceRoutes,
  registerObservatoryRoutes,
  registerUserRoutes,
  topicWithDescendants,
  topicRepository,
  installStarterTopics,
  requireActiveTopic,
  registerTopicRoutes,
  verificationCode,
  formatAttestationNumber,
  parseAttestationNumber,
  deliveredFacts,
  registerMissing,
  summariseResults,
  reservationFit,
  cutReservation,
  seatSummary,
  firmSeatsOf
};
//# sourceMappingURL=chunk-BGY2DUO2.mjs.map
