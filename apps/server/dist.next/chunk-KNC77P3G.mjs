import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// packages/domain/src/reference/size-class.ts
var SIZE_CLASSES = [
  { code: "micro", min: 0, max: 9, fr: "Micro (moins de 10)", en: "Micro (under 10)" },
  { code: "small", min: 10, max: 99, fr: "Petite (10 \xE0 99)", en: "Small (10 to 99)" },
  { code: "medium", min: 100, max: 499, fr: "Moyenne (100 \xE0 499)", en: "Medium (100 to 499)" },
  { code: "large", min: 500, max: null, fr: "Grande (500 et plus)", en: "Large (500 and more)" }
];
var SIZE_CLASS_CODES = SIZE_CLASSES.map((s) => s.code);
function sizeClassOf(headcount) {
  if (headcount < 10) return "micro";
  if (headcount < 100) return "small";
  if (headcount < 500) return "medium";
  return "large";
}
__name(sizeClassOf, "sizeClassOf");
function headcountRangeOf(sizeClass) {
  const found = SIZE_CLASSES.find((s) => s.code === sizeClass) ?? SIZE_CLASSES[0];
  return { min: found.min, max: found.max };
}
__name(headcountRangeOf, "headcountRangeOf");

// packages/domain/src/pooling/problem.ts
var MODES = ["in_person", "virtual"];
var SIZE_CLASSES2 = SIZE_CLASS_CODES;
var ALLOCATION_RULES = ["per_seat", "fixed_equal_by_firm", "small_firm_discount"];
var DEFAULT_POLICY = {
  unservedSeatPenaltyCents: 1e5,
  minMembersPerSession: 1,
  timeLimitSeconds: 60,
  allocationRule: "per_seat",
  smallFirmDiscount: 0.25
};
var InvalidPoolingProblemError = class extends Error {
  static {
    __name(this, "InvalidPoolingProblemError");
  }
  code = "invalid_pooling_problem";
  issues;
  constructor(issues) {
    const shown = issues.slice(0, 20).map((i) => `${i.path}: ${i.message}`);
    if (issues.length > 20) shown.push(`\u2026 and ${issues.length - 20} more problems`);
    super(shown.join("\n"));
    this.name = "InvalidPoolingProblemError";
    this.issues = issues;
  }
};
var LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
__name(isObject, "isObject");
function dollarsToCents(amount) {
  const cents = Math.round(amount * 100);
  return Math.abs(cents - amount * 100) < 1e-6 * Math.max(1, Math.abs(amount)) ? cents : null;
}
__name(dollarsToCents, "dollarsToCents");
var Reader = class {
  static {
    __name(this, "Reader");
  }
  issues = [];
  fail(path, message) {
    this.issues.push({ path, message });
  }
  string(obj, key, where) {
    const v = obj[key];
    if (v === void 0) this.fail(`${where}.${key}`, "is required");
    else if (typeof v !== "string" || v.trim() === "") this.fail(`${where}.${key}`, "must be a non-empty string");
    else return v;
    return "";
  }
  integer(obj, key, where, min, fallback) {
    const v = obj[key];
    if (v === void 0 && fallback !== void 0) return fallback;
    if (v === void 0) this.fail(`${where}.${key}`, "is required");
    else if (typeof v !== "number" || !Number.isInteger(v) || v < min) this.fail(`${where}.${key}`, `must be an integer >= ${min}`);
    else return v;
    return min;
  }
  cents(obj, key, where, fallback) {
    const v = obj[key];
    if (v === void 0 && fallback !== void 0) return fallback;
    if (v === void 0) {
      this.fail(`${where}.${key}`, "is required");
      return 0;
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      this.fail(`${where}.${key}`, "must be an amount in dollars >= 0");
      return 0;
    }
    const c = dollarsToCents(v);
    if (c === null) {
      this.fail(`${where}.${key}`, "must be an amount in dollars with at most 2 decimals");
      return 0;
    }
    return c;
  }
  stringArray(obj, key, where, check, allowEmpty = false) {
    const v = obj[key];
    const path = `${where}.${key}`;
    if (v === void 0) {
      this.fail(path, "is required");
      return [];
    }
    if (!Array.isArray(v) || !allowEmpty && v.length === 0) {
      this.fail(path, allowEmpty ? "must be an array" : "must be a non-empty array");
      return [];
    }
    const out = [];
    v.forEach((item, i) => {
      if (typeof item !== "string" || item.trim() === "") {
        this.fail(`${path}[${i}]`, "must be a non-empty string");
        return;
      }
      const problem = check(item);
      if (problem) this.fail(`${path}[${i}]`, problem);
      else if (out.includes(item)) this.fail(`${path}[${i}]`, `duplicate value "${item}"`);
      else out.push(item);
    });
    return out;
  }
};
function label(list, index, item) {
  return typeof item.id === "string" ? `${list}[${index}] (id "${item.id}")` : `${list}[${index}]`;
}
__name(label, "label");
function parsePoolingProblem(input) {
  const r = new Reader();
  if (!isObject(input)) throw new InvalidPoolingProblemError([{ path: "(root)", message: "must be a JSON object" }]);
  const periods = r.stringArray(input, "periods", "(root)", () => null);
  const periodSet = new Set(periods);
  const periodCheck = /* @__PURE__ */ __name((p) => periodSet.has(p) ? null : `period "${p}" is not in periods`, "periodCheck");
  let members = null;
  if (input.members !== void 0) {
    if (!Array.isArray(input.members)) r.fail("members", "must be an array");
    else {
      members = [];
      const seen = /* @__PURE__ */ new Set();
      input.members.forEach((m, i) => {
        if (!isObject(m)) {
          r.fail(`members[${i}]`, "must be an object");
          return;
        }
        const where = label("members", i, m);
        const id = r.string(m, "id", where);
        if (id && seen.has(id)) r.fail(`${where}.id`, `duplicate member id "${id}"`);
        seen.add(id);
        const sc = m.sizeClass;
        if (sc === void 0) r.fail(`${where}.sizeClass`, "is required");
        else if (!SIZE_CLASSES2.includes(sc)) r.fail(`${where}.sizeClass`, `must be one of ${SIZE_CLASSES2.join(", ")}`);
        members?.push({ id, sizeClass: SIZE_CLASSES2.includes(sc) ? sc : "large" });
      });
    }
  }
  const memberIds = members ? new Set(members.map((m) => m.id)) : null;
  const needs = [];
  if (input.needs === void 0) r.fail("needs", "is required");
  else if (!Array.isArray(input.needs)) r.fail("needs", "must be an array");
  else {
    const seen = /* @__PURE__ */ new Set();
    input.needs.forEach((n, i) => {
      if (!isObject(n)) {
        r.fail(`needs[${i}]`, "must be an object");
        return;
      }
      const where = label("needs", i, n);
      const id = r.string(n, "id", where);
      if (id && seen.has(id)) r.fail(`${where}.id`, `duplicate need id "${id}"`);
      seen.add(id);
      const memberId = r.string(n, "memberId", where);
      if (memberId && memberIds && !memberIds.has(memberId)) r.fail(`${where}.memberId`, `member "${memberId}" is not in members`);
      needs.push({
        id,
        memberId,
        topic: r.string(n, "topic", where),
        seats: r.integer(n, "seats", where, 1),
        region: r.string(n, "region", where),
        languages: r.stringArray(n, "languages", where, (l) => LANGUAGE.test(l) ? null : `"${l}" is not a language code (e.g. "fr", "en")`),
        modes: r.stringArray(n, "modes", where, (m) => MODES.includes(m) ? null : `"${m}" is not a mode (in_person, virtual)`),
        periods: r.stringArray(n, "periods", where, periodCheck)
      });
    });
  }
  const offers = [];
  if (input.offers === void 0) r.fail("offers", "is required");
  else if (!Array.isArray(input.offers)) r.fail("offers", "must be an array");
  else {
    const seen = /* @__PURE__ */ new Set();
    input.offers.forEach((o, i) => {
      if (!isObject(o)) {
        r.fail(`offers[${i}]`, "must be an object");
        return;
      }
      const where = label("offers", i, o);
      const id = r.string(o, "id", where);
      if (id && seen.has(id)) r.fail(`${where}.id`, `duplicate offer id "${id}"`);
      seen.add(id);
      const language = r.string(o, "language", where);
      if (language && !LANGUAGE.test(language)) r.fail(`${where}.language`, `"${language}" is not a language code (e.g. "fr", "en")`);
      let mode = o.mode;
      if (o.mode === void 0) r.fail(`${where}.mode`, "is required");
      else if (!MODES.includes(o.mode)) {
        r.fail(`${where}.mode`, `"${String(o.mode)}" is not a mode (in_person, virtual)`);
        mode = "virtual";
      }
      const regions = mode === "virtual" && o.regions === void 0 ? [] : r.stringArray(o, "regions", where, () => null, mode === "virtual");
      const minSeats = r.integer(o, "minSeats", where, 1);
      const maxSeats = r.integer(o, "maxSeats", where, 1);
      if (Number.isInteger(o.minSeats) && Number.isInteger(o.maxSeats) && minSeats > maxSeats)
        r.fail(`${where}.minSeats`, `must be <= maxSeats (${minSeats} > ${maxSeats})`);
      offers.push({
        id,
        providerId: r.string(o, "providerId", where),
        topic: r.string(o, "topic", where),
        language,
        mode,
        regions,
        periods: r.stringArray(o, "periods", where, periodCheck),
        fixedCostCents: r.cents(o, "fixedCost", where),
        seatCostCents: r.cents(o, "seatCost", where),
        minSeats,
        maxSeats,
        maxSessions: r.integer(o, "maxSessions", where, 1, 1)
      });
    });
  }
  const policy = { ...DEFAULT_POLICY };
  if (input.policy !== void 0) {
    const p = input.policy;
    if (!isObject(p)) r.fail("policy", "must be an object");
    else {
      policy.unservedSeatPenaltyCents = r.cents(p, "unservedSeatPenalty", "policy", DEFAULT_POLICY.unservedSeatPenaltyCents);
      policy.minMembersPerSession = r.integer(p, "minMembersPerSession", "policy", 1, DEFAULT_POLICY.minMembersPerSession);
      if (p.timeLimitSeconds !== void 0) {
        const t = p.timeLimitSeconds;
        if (typeof t !== "number" || !Number.isFinite(t) || t <= 0) r.fail("policy.timeLimitSeconds", "must be a number > 0");
        else policy.timeLimitSeconds = t;
      }
      if (p.allocationRule !== void 0) {
        if (!ALLOCATION_RULES.includes(p.allocationRule))
          r.fail("policy.allocationRule", `must be one of ${ALLOCATION_RULES.join(", ")}`);
        else policy.allocationRule = p.allocationRule;
      }
      if (p.smallFirmDiscount !== void 0) {
        const d = p.smallFirmDiscount;
        if (typeof d !== "number" || !(d >= 0 && d < 1)) r.fail("policy.smallFirmDiscount", "must be a number >= 0 and < 1");
        else policy.smallFirmDiscount = d;
      }
    }
  }
  if (r.issues.length > 0) throw new InvalidPoolingProblemError(r.issues);
  return { periods, needs, offers, members, policy };
}
__name(parsePoolingProblem, "parsePoolingProblem");

export {
  SIZE_CLASSES,
  SIZE_CLASS_CODES,
  sizeClassOf,
  headcountRangeOf,
  ALLOCATION_RULES,
  InvalidPoolingProblemError,
  parsePoolingProblem
};
//# sourceMappingURL=chunk-KNC77P3G.mjs.map
