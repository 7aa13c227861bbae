// Firm size classes by headcount, as used in the targeting indicators (share of micro, small, medium firms).

export const SIZE_CLASSES = [
  { code: 'micro', min: 0, max: 9, fr: 'Micro (moins de 10)', en: 'Micro (under 10)' },
  { code: 'small', min: 10, max: 99, fr: 'Petite (10 à 99)', en: 'Small (10 to 99)' },
  { code: 'medium', min: 100, max: 499, fr: 'Moyenne (100 à 499)', en: 'Medium (100 to 499)' },
  { code: 'large', min: 500, max: null, fr: 'Grande (500 et plus)', en: 'Large (500 and more)' },
] as const;

export type SizeClass = (typeof SIZE_CLASSES)[number]['code'];
export const SIZE_CLASS_CODES = SIZE_CLASSES.map((s) => s.code) as [SizeClass, ...SizeClass[]];

/** The size class of a firm: micro < 10 ≤ small < 100 ≤ medium < 500 ≤ large. */
export function sizeClassOf(headcount: number): SizeClass {
  if (headcount < 10) return 'micro';
  if (headcount < 100) return 'small';
  if (headcount < 500) return 'medium';
  return 'large';
}

/** The headcount range [min, max] of a size class (max null = unbounded). */
export function headcountRangeOf(sizeClass: SizeClass): { min: number; max: number | null } {
  const found = SIZE_CLASSES.find((s) => s.code === sizeClass) ?? SIZE_CLASSES[0];
  return { min: found.min, max: found.max };
}
