// The Quebec enterprise number (NEQ) issued by the Registraire des entreprises.
// It is 10 digits; the registry's numbers begin with 1, 2, 3 or 8 (by kind of enterprise).
// The registry publishes no check-digit algorithm, so none is verified here.

/** Removes the spaces and dashes people type inside a NEQ ('1234 567 890' → '1234567890'). */
export function normalizeNeq(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Why a NEQ is not acceptable, or null when it is (after normalizeNeq). */
export function neqProblem(input: string): 'neq_digits_only' | 'neq_ten_digits' | 'neq_first_digit' | null {
  const neq = normalizeNeq(input);
  if (!/^[0-9]+$/.test(neq)) return 'neq_digits_only';
  if (neq.length !== 10) return 'neq_ten_digits';
  if (!/^[1238]/.test(neq)) return 'neq_first_digit';
  return null;
}

/** True when the text is a well-formed NEQ: 10 digits, beginning with 1, 2, 3 or 8. */
export function isValidNeq(input: string): boolean {
  return neqProblem(input) === null;
}
