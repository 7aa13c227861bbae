// Rules of the course catalogue: what makes a course usable by pooling, and how quote
// answers compare.

import type { TrainingMode } from './catalogue-vocabulary.ts';

export type Mode = TrainingMode;

export interface CourseTerms {
  mode: Mode;
  regions: readonly string[];
  periods: readonly string[];
  fixedCostCents: number;
  seatCostCents: number;
  minSeats: number;
  maxSeats: number;
  maxSessionsPerPeriod: number;
  durationHours: number;
}

/** Why a course's terms cannot be used (the server writes each in the reader's language). */
export type CourseTermProblem =
  | 'at_least_one'
  | 'max_below_min'
  | 'not_negative'
  | 'more_than_zero'
  | 'regions_for_in_person'
  | 'month';

export interface CourseIssue {
  field: string;
  code: CourseTermProblem;
}

const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** Every reason a course's terms cannot be used for pooling; empty when they can. */
export function courseTermIssues(c: CourseTerms): CourseIssue[] {
  const issues: CourseIssue[] = [];
  if (c.minSeats < 1) issues.push({ field: 'minSeats', code: 'at_least_one' });
  if (c.maxSeats < c.minSeats) issues.push({ field: 'maxSeats', code: 'max_below_min' });
  if (c.maxSessionsPerPeriod < 1) issues.push({ field: 'maxSessionsPerPeriod', code: 'at_least_one' });
  if (c.fixedCostCents < 0) issues.push({ field: 'fixedCostCents', code: 'not_negative' });
  if (c.seatCostCents < 0) issues.push({ field: 'seatCostCents', code: 'not_negative' });
  if (!(c.durationHours > 0)) issues.push({ field: 'durationHours', code: 'more_than_zero' });
  if (c.mode === 'in_person' && c.regions.length === 0)
    issues.push({ field: 'regions', code: 'regions_for_in_person' });
  if (c.periods.some((p) => !PERIOD.test(p))) issues.push({ field: 'periods', code: 'month' });
  return issues;
}

/** Cost of one session of `seats` seats: fixed cost plus seats × seat cost (cents). */
export function sessionCostCents(terms: { fixedCostCents: number; seatCostCents: number }, seats: number): number {
  return terms.fixedCostCents + terms.seatCostCents * seats;
}

export interface QuoteAnswer {
  id: string;
  fixedCostCents: number;
  seatCostCents: number;
  minSeats: number;
  maxSeats: number;
}

export interface ComparedAnswer {
  id: string;
  /** Seats the answer can take in one session for the demand (0 when the demand is below its minimum). */
  seatsServed: number;
  /** Cost of serving those seats in sessions of at most maxSeats (cents). */
  totalCents: number;
  /** totalCents / seatsServed, rounded; null when it serves nothing. */
  perSeatCents: number | null;
  meetsMinimum: boolean;
}

/**
 * Compares quote answers for a demand of `seats` seats: each answer is costed with as few
 * sessions as its maximum allows (paying at least its minimum per session); answers that
 * serve the demand come first, cheapest per seat first.
 */
export function compareQuoteAnswers(answers: readonly QuoteAnswer[], seats: number): ComparedAnswer[] {
  const out = answers.map((a) => {
    if (seats < a.minSeats) return { id: a.id, seatsServed: 0, totalCents: 0, perSeatCents: null, meetsMinimum: false };
    const sessions = Math.ceil(seats / a.maxSeats);
    const base = Math.floor(seats / sessions);
    let total = 0;
    for (let i = 0; i < sessions; i++) {
      const s = base + (i < seats % sessions ? 1 : 0);
      total += sessionCostCents(a, Math.max(s, a.minSeats));
    }
    return {
      id: a.id,
      seatsServed: seats,
      totalCents: total,
      perSeatCents: Math.round(total / seats),
      meetsMinimum: true,
    };
  });
  return out.sort((x, y) => {
    if (x.meetsMinimum !== y.meetsMinimum) return x.meetsMinimum ? -1 : 1;
    return (x.perSeatCents ?? 0) - (y.perSeatCents ?? 0) || x.id.localeCompare(y.id);
  });
}

/** The fields that differ between an approved course and a proposed revision (for the reviewer). */
export function changedFields(current: Record<string, unknown>, proposed: Record<string, unknown>): string[] {
  return Object.keys(proposed)
    .filter((k) => JSON.stringify(current[k]) !== JSON.stringify(proposed[k]))
    .sort();
}
