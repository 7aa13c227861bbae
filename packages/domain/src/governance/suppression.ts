// Small-cell suppression: an aggregate seen outside the mutual (a funder, a researcher, the open
// data) is not shown when it rests on fewer than 5 people or fewer than 3 firms, so that nobody can
// read one firm's or one worker's figures out of it. An empty cell (0) identifies nobody and is shown.

/** Fewer people than this in a cell and it is suppressed. */
export const MIN_PEOPLE_PER_CELL = 5;
/** Fewer firms than this in a cell and it is suppressed. */
export const MIN_FIRMS_PER_CELL = 3;

/** The counts an aggregate rests on; a count left out does not apply. */
export interface CellBase {
  people?: number | null;
  firms?: number | null;
}

/** True when the cell must be suppressed: 1 to 4 people, or 1 or 2 firms. */
export function isSmallCell(base: CellBase): boolean {
  const small = (n: number | null | undefined, min: number) => n !== null && n !== undefined && n > 0 && n < min;
  return small(base.people, MIN_PEOPLE_PER_CELL) || small(base.firms, MIN_FIRMS_PER_CELL);
}

/** The value, or null when its cell is small. */
export function suppressed<T>(value: T, base: CellBase): T | null {
  return isSmallCell(base) ? null : value;
}
