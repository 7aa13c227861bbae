// The activity register (Règlement sur les mutuelles de formation, s.15).
import type { EnrolmentOutcome } from './enrolment.ts';

/** One activity's entry, as kept for the register. */
export interface RegisterEntry {
  title: string | null;
  objectives: string | null;
  content: string | null;
  durationHours: number | null;
  /** The recognised institution or trainer who gave the activity. */
  providerOrTrainer: string | null;
  /** The employers whose employees took part. */
  employers: readonly string[];
  participants: number;
  /** Employment classes (NOC codes or job classes) of the participants. */
  employmentClasses: readonly string[];
  costCents: number | null;
  /** The result of the evaluation (summary). */
  evaluationResult: string | null;
}

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

/** Lists what s.15 requires and the entry lacks; an empty list means the entry is complete. */
export function registerMissing(entry: RegisterEntry): string[] {
  const missing: string[] = [];
  if (blank(entry.title)) missing.push('title');
  if (blank(entry.objectives)) missing.push('objectives');
  if (blank(entry.content)) missing.push('content');
  if (entry.durationHours === null || !(entry.durationHours > 0)) missing.push('durationHours');
  if (blank(entry.providerOrTrainer)) missing.push('providerOrTrainer');
  if (entry.employers.length === 0) missing.push('employers');
  if (entry.participants <= 0) missing.push('participants');
  if (entry.employmentClasses.length === 0) missing.push('employmentClasses');
  if (entry.costCents === null || entry.costCents < 0) missing.push('costCents');
  if (blank(entry.evaluationResult)) missing.push('evaluationResult');
  return missing;
}

/** Summarises participants' results, e.g. "9 passed, 1 not passed, 2 without result". */
export function summariseResults(
  outcomes: readonly (EnrolmentOutcome | null)[],
  locale: 'fr' | 'en' = 'fr',
): string | null {
  if (outcomes.length === 0) return null;
  const passed = outcomes.filter((o) => o === 'passed').length;
  const failed = outcomes.filter((o) => o === 'not_passed').length;
  const none = outcomes.length - passed - failed;
  if (none === outcomes.length) return null;
  const parts =
    locale === 'fr'
      ? [`${passed} réussi(s)`, `${failed} non réussi(s)`, none ? `${none} sans résultat` : null]
      : [`${passed} passed`, `${failed} not passed`, none ? `${none} without result` : null];
  return parts.filter(Boolean).join(', ');
}
