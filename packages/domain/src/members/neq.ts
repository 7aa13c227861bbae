// The Quebec enterprise number (NEQ) issued by the Registraire des entreprises.
// It is 10 digits; the registry's numbers begin with 1, 2, 3 or 8 (by kind of enterprise).
// The registry publishes no check-digit algorithm, so none is verified here.

/** Removes the spaces and dashes people type inside a NEQ ('1234 567 890' → '1234567890'). */
export function normalizeNeq(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Why a NEQ is not acceptable, or null when it is (after normalizeNeq). */
export function neqProblem(input: string): string | null {
  const neq = normalizeNeq(input);
  if (!/^[0-9]+$/.test(neq)) return 'must contain only digits';
  if (neq.length !== 10) return 'must have exactly 10 digits';
  if (!/^[1238]/.test(neq)) return 'must begin with 1, 2, 3 or 8';
  return null;
}

/** True when the text is a well-formed NEQ: 10 digits, beginning with 1, 2, 3 or 8. */
export function isValidNeq(input: string): boolean {
  return neqProblem(input) === null;
}
