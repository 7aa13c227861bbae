// The pooling problem as the spec (docs/pooling.md, shared spec) defines it, and its validation.
// Validation is hand-written so that every message names the field and the id, e.g.
// `needs[3] (id "n4").seats: must be an integer >= 1`.

import { SIZE_CLASS_CODES, type SizeClass } from '../reference/size-class.ts';

export type { SizeClass };
export type Mode = 'in_person' | 'virtual';
export type AllocationRule = 'per_seat' | 'fixed_equal_by_firm' | 'small_firm_discount';

export const MODES: readonly Mode[] = ['in_person', 'virtual'];
const SIZE_CLASSES: readonly SizeClass[] = SIZE_CLASS_CODES;
export const ALLOCATION_RULES: readonly AllocationRule[] = ['per_seat', 'fixed_equal_by_firm', 'small_firm_discount'];

export interface Need {
  id: string;
  memberId: string;
  topic: string;
  seats: number;
  region: string;
  languages: string[];
  modes: Mode[];
  periods: string[];
}

/** An offer; money fields are integer cents inside the domain. */
export interface Offer {
  id: string;
  providerId: string;
  topic: string;
  language: string;
  mode: Mode;
  regions: string[];
  periods: string[];
  fixedCostCents: number;
  seatCostCents: number;
  minSeats: number;
  maxSeats: number;
  maxSessions: number;
}

export interface Member {
  id: string;
  sizeClass: SizeClass;
}

export interface Policy {
  unservedSeatPenaltyCents: number;
  minMembersPerSession: number;
  timeLimitSeconds: number;
  allocationRule: AllocationRule;
  /** Fraction (0 ≤ d < 1) taken off the weight of a micro or small firm's seats. */
  smallFirmDiscount: number;
}

/** A validated problem: defaults applied, money in cents, input order kept. */
export interface PoolingProblem {
  periods: string[];
  needs: Need[];
  offers: Offer[];
  members: Member[] | null;
  policy: Policy;
}

export const DEFAULT_POLICY: Policy = {
  unservedSeatPenaltyCents: 100_000,
  minMembersPerSession: 1,
  timeLimitSeconds: 60,
  allocationRule: 'per_seat',
  smallFirmDiscount: 0.25,
};

export interface ProblemIssue {
  /** Where the problem is, e.g. `needs[3] (id "n4").seats`. */
  path: string;
  message: string;
}

/** Thrown when a problem does not follow the contract; `issues` name each field and id. */
export class InvalidPoolingProblemError extends Error {
  readonly code = 'invalid_pooling_problem';
  readonly issues: ProblemIssue[];
  constructor(issues: ProblemIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `${i.path}: ${i.message}`);
    if (issues.length > 20) shown.push(`… and ${issues.length - 20} more problems`);
    super(shown.join('\n'));
    this.name = 'InvalidPoolingProblemError';
    this.issues = issues;
  }
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Converts dollars to integer cents; null when the amount has more than 2 decimals. */
export function dollarsToCents(amount: number): number | null {
  const cents = Math.round(amount * 100);
  return Math.abs(cents - amount * 100) < 1e-6 * Math.max(1, Math.abs(amount)) ? cents : null;
}

class Reader {
  readonly issues: ProblemIssue[] = [];
  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }
  string(obj: Json, key: string, where: string): string {
    const v = obj[key];
    if (v === undefined) this.fail(`${where}.${key}`, 'is required');
    else if (typeof v !== 'string' || v.trim() === '') this.fail(`${where}.${key}`, 'must be a non-empty string');
    else return v;
    return '';
  }
  integer(obj: Json, key: string, where: string, min: number, fallback?: number): number {
    const v = obj[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (v === undefined) this.fail(`${where}.${key}`, 'is required');
    else if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
      this.fail(`${where}.${key}`, `must be an integer >= ${min}`);
    else return v;
    return min;
  }
  cents(obj: Json, key: string, where: string, fallback?: number): number {
    const v = obj[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (v === undefined) {
      this.fail(`${where}.${key}`, 'is required');
      return 0;
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      this.fail(`${where}.${key}`, 'must be an amount in dollars >= 0');
      return 0;
    }
    const c = dollarsToCents(v);
    if (c === null) {
      this.fail(`${where}.${key}`, 'must be an amount in dollars with at most 2 decimals');
      return 0;
    }
    return c;
  }
  stringArray(
    obj: Json,
    key: string,
    where: string,
    check: (s: string) => string | null,
    allowEmpty = false,
  ): string[] {
    const v = obj[key];
    const path = `${where}.${key}`;
    if (v === undefined) {
      this.fail(path, 'is required');
      return [];
    }
    if (!Array.isArray(v) || (!allowEmpty && v.length === 0)) {
      this.fail(path, allowEmpty ? 'must be an array' : 'must be a non-empty array');
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        this.fail(`${path}[${i}]`, 'must be a non-empty string');
        return;
      }
      const problem = check(item);
      if (problem) this.fail(`${path}[${i}]`, problem);
      else if (out.includes(item)) this.fail(`${path}[${i}]`, `duplicate value "${item}"`);
      else out.push(item);
    });
    return out;
  }
}

function label(list: string, index: number, item: Json): string {
  return typeof item.id === 'string' ? `${list}[${index}] (id "${item.id}")` : `${list}[${index}]`;
}

/** Reads a problem from parsed JSON; returns it with defaults applied or throws InvalidPoolingProblemError naming every bad field and id. */
export function parsePoolingProblem(input: unknown): PoolingProblem {
  const r = new Reader();
  if (!isObject(input)) throw new InvalidPoolingProblemError([{ path: '(root)', message: 'must be a JSON object' }]);

  const periods = r.stringArray(input, 'periods', '(root)', () => null);
  const periodSet = new Set(periods);
  const periodCheck = (p: string) => (periodSet.has(p) ? null : `period "${p}" is not in periods`);

  // members (optional): size classes for the small-firm discount
  let members: Member[] | null = null;
  if (input.members !== undefined) {
    if (!Array.isArray(input.members)) r.fail('members', 'must be an array');
    else {
      members = [];
      const seen = new Set<string>();
      input.members.forEach((m, i) => {
        if (!isObject(m)) {
          r.fail(`members[${i}]`, 'must be an object');
          return;
        }
        const where = label('members', i, m);
        const id = r.string(m, 'id', where);
        if (id && seen.has(id)) r.fail(`${where}.id`, `duplicate member id "${id}"`);
        seen.add(id);
        const sc = m.sizeClass;
        if (sc === undefined) r.fail(`${where}.sizeClass`, 'is required');
        else if (!SIZE_CLASSES.includes(sc as SizeClass))
          r.fail(`${where}.sizeClass`, `must be one of ${SIZE_CLASSES.join(', ')}`);
        members?.push({ id, sizeClass: (SIZE_CLASSES.includes(sc as SizeClass) ? sc : 'large') as SizeClass });
      });
    }
  }
  const memberIds = members ? new Set(members.map((m) => m.id)) : null;

  const needs: Need[] = [];
  if (input.needs === undefined) r.fail('needs', 'is required');
  else if (!Array.isArray(input.needs)) r.fail('needs', 'must be an array');
  else {
    const seen = new Set<string>();
    input.needs.forEach((n, i) => {
      if (!isObject(n)) {
        r.fail(`needs[${i}]`, 'must be an object');
        return;
      }
      const where = label('needs', i, n);
      const id = r.string(n, 'id', where);
      if (id && seen.has(id)) r.fail(`${where}.id`, `duplicate need id "${id}"`);
      seen.add(id);
      const memberId = r.string(n, 'memberId', where);
      if (memberId && memberIds && !memberIds.has(memberId))
        r.fail(`${where}.memberId`, `member "${memberId}" is not in members`);
      needs.push({
        id,
        memberId,
        topic: r.string(n, 'topic', where),
        seats: r.integer(n, 'seats', where, 1),
        region: r.string(n, 'region', where),
        languages: r.stringArray(n, 'languages', where, (l) =>
          LANGUAGE.test(l) ? null : `"${l}" is not a language code (e.g. "fr", "en")`,
        ),
        modes: r.stringArray(n, 'modes', where, (m) =>
          MODES.includes(m as Mode) ? null : `"${m}" is not a mode (in_person, virtual)`,
        ) as Mode[],
        periods: r.stringArray(n, 'periods', where, periodCheck),
      });
    });
  }

  const offers: Offer[] = [];
  if (input.offers === undefined) r.fail('offers', 'is required');
  else if (!Array.isArray(input.offers)) r.fail('offers', 'must be an array');
  else {
    const seen = new Set<string>();
    input.offers.forEach((o, i) => {
      if (!isObject(o)) {
        r.fail(`offers[${i}]`, 'must be an object');
        return;
      }
      const where = label('offers', i, o);
      const id = r.string(o, 'id', where);
      if (id && seen.has(id)) r.fail(`${where}.id`, `duplicate offer id "${id}"`);
      seen.add(id);
      const language = r.string(o, 'language', where);
      if (language && !LANGUAGE.test(language))
        r.fail(`${where}.language`, `"${language}" is not a language code (e.g. "fr", "en")`);
      let mode = o.mode as Mode;
      if (o.mode === undefined) r.fail(`${where}.mode`, 'is required');
      else if (!MODES.includes(o.mode as Mode)) {
        r.fail(`${where}.mode`, `"${String(o.mode)}" is not a mode (in_person, virtual)`);
        mode = 'virtual';
      }
      // A virtual offer ignores regions, so they may be absent.
      const regions =
        mode === 'virtual' && o.regions === undefined
          ? []
          : r.stringArray(o, 'regions', where, () => null, mode === 'virtual');
      const minSeats = r.integer(o, 'minSeats', where, 1);
      const maxSeats = r.integer(o, 'maxSeats', where, 1);
      if (Number.isInteger(o.minSeats) && Number.isInteger(o.maxSeats) && minSeats > maxSeats)
        r.fail(`${where}.minSeats`, `must be <= maxSeats (${minSeats} > ${maxSeats})`);
      offers.push({
        id,
        providerId: r.string(o, 'providerId', where),
        topic: r.string(o, 'topic', where),
        language,
        mode,
        regions,
        periods: r.stringArray(o, 'periods', where, periodCheck),
        fixedCostCents: r.cents(o, 'fixedCost', where),
        seatCostCents: r.cents(o, 'seatCost', where),
        minSeats,
        maxSeats,
        maxSessions: r.integer(o, 'maxSessions', where, 1, 1),
      });
    });
  }

  const policy: Policy = { ...DEFAULT_POLICY };
  if (input.policy !== undefined) {
    const p = input.policy;
    if (!isObject(p)) r.fail('policy', 'must be an object');
    else {
      policy.unservedSeatPenaltyCents = r.cents(
        p,
        'unservedSeatPenalty',
        'policy',
        DEFAULT_POLICY.unservedSeatPenaltyCents,
      );
      policy.minMembersPerSession = r.integer(
        p,
        'minMembersPerSession',
        'policy',
        1,
        DEFAULT_POLICY.minMembersPerSession,
      );
      if (p.timeLimitSeconds !== undefined) {
        const t = p.timeLimitSeconds;
        if (typeof t !== 'number' || !Number.isFinite(t) || t <= 0)
          r.fail('policy.timeLimitSeconds', 'must be a number > 0');
        else policy.timeLimitSeconds = t;
      }
      if (p.allocationRule !== undefined) {
        if (!ALLOCATION_RULES.includes(p.allocationRule as AllocationRule))
          r.fail('policy.allocationRule', `must be one of ${ALLOCATION_RULES.join(', ')}`);
        else policy.allocationRule = p.allocationRule as AllocationRule;
      }
      if (p.smallFirmDiscount !== undefined) {
        const d = p.smallFirmDiscount;
        if (typeof d !== 'number' || !(d >= 0 && d < 1))
          r.fail('policy.smallFirmDiscount', 'must be a number >= 0 and < 1');
        else policy.smallFirmDiscount = d;
      }
    }
  }

  if (r.issues.length > 0) throw new InvalidPoolingProblemError(r.issues);
  return { periods, needs, offers, members, policy };
}
