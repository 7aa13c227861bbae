import { invalid } from '../errors.ts';

/** Refuses a birth year less than 14 years before today (YYYY-MM-DD). */
export function checkBirthYear(birthYear: number | null | undefined, today: string) {
  if (birthYear === null || birthYear === undefined) return;
  const max = Number(today.slice(0, 4)) - 14;
  if (birthYear > max) throw invalid('birthYear', 'at_most', { maximum: String(max) });
}
