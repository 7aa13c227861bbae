// Small-cell suppression: any aggregate that leaves a firm (to the mutual's staff, its board, a
// funder or a researcher) hides a cell built from fewer than 5 people or fewer than 3 firms, so
// that nobody can read one person's or one firm's figures from it.

/** The thresholds, stated on every page that shows aggregates. */
export const SUPPRESSION = { minPeople: 5, minFirms: 3 } as const;

/** What a cell is built from: people (null when the cell counts firms only) and distinct firms. */
export interface CellSize {
  people: number | null;
  firms: number;
}

/** True when the cell may be shown: at least 5 people (when it counts people) and at least 3 firms. */
export function cellIsShown(size: CellSize): boolean {
  return (size.people === null || size.people >= SUPPRESSION.minPeople) && size.firms >= SUPPRESSION.minFirms;
}

/** The value when the cell may be shown, else null (the answer says "suppressed"). */
export function suppressed<T>(value: T, size: CellSize): T | null {
  return cellIsShown(size) ? value : null;
}

/** The distinct firms among items. */
export function distinctFirms(items: readonly { memberId: string }[]): number {
  return new Set(items.map((i) => i.memberId)).size;
}
