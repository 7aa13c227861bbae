// A firm's outcomes of one year — the yearly form a member contact fills in (by personal link or
// in the app), a coordinator imports, or a reporting prospect sends — and the indicators drawn
// from it. The productivity measure is the firm's own choice; it is kept from year to year so that
// the firm's changes compare like with like.

/** The productivity measures a firm may choose; `higherIsBetter` is false for defect and scrap rates. */
export const PRODUCTIVITY_MEASURES = [
  {
    code: 'value_added_per_hour',
    unit: '$/h',
    higherIsBetter: true,
    fr: 'Valeur ajoutée par heure travaillée',
    en: 'Value added per hour worked',
  },
  {
    code: 'output_per_hour',
    unit: 'units/h',
    higherIsBetter: true,
    fr: 'Production (unités) par heure travaillée',
    en: 'Output (units) per hour worked',
  },
  { code: 'sales_per_employee', unit: '$', higherIsBetter: true, fr: 'Ventes par employé', en: 'Sales per employee' },
  { code: 'defect_rate', unit: '%', higherIsBetter: false, fr: 'Taux de défauts (%)', en: 'Defect rate (%)' },
  { code: 'scrap_rate', unit: '%', higherIsBetter: false, fr: 'Taux de rebuts (%)', en: 'Scrap rate (%)' },
] as const;

export type ProductivityMeasure = (typeof PRODUCTIVITY_MEASURES)[number]['code'];
export const PRODUCTIVITY_MEASURE_CODES = PRODUCTIVITY_MEASURES.map((m) => m.code) as [
  ProductivityMeasure,
  ...ProductivityMeasure[],
];

/** True when a larger value of the measure means better productivity. */
export const higherIsBetter = (measure: ProductivityMeasure): boolean =>
  PRODUCTIVITY_MEASURES.find((m) => m.code === measure)?.higherIsBetter ?? true;

/** Where a year's outcomes came from. */
export const OUTCOME_SOURCES = ['form', 'app', 'import', 'seed'] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];

/** What the yearly form asks. Money in cents, hours and days as numbers. */
export interface FirmYearInput {
  year: number;
  /** Employees on staff at the end of the year. */
  headcount: number;
  /** Employees who left during the year (quits, layoffs, retirements). */
  separations: number;
  payrollCents: number;
  hoursWorked: number;
  productivityMeasure: ProductivityMeasure;
  productivityValue: number;
  /** Days of absence (illness, unexplained) over all employees. */
  absenteeismDays: number;
  /** Work accidents with lost time (CNESST). */
  workAccidents: number;
}

/** Why a field of the yearly form is refused (a message code of the server's catalogue). */
export type FirmYearProblem =
  | 'whole_not_negative'
  | 'at_most'
  | 'year_range'
  | 'measure_unknown'
  | 'number_not_negative'
  | 'below_billion'
  | 'percentage_at_most_100'
  | 'absenteeism_range'
  | 'hours_per_employee'
  | 'days_per_employee';

/** A refused field: its message code and the code's parameters (years as text, not to be grouped as numbers). */
export interface FieldError<Code extends string = FirmYearProblem> {
  field: string;
  code: Code;
  params?: Record<string, string | number>;
}

/** The earliest year the form accepts. */
export const FIRST_OUTCOME_YEAR = 2000;

/**
 * Checks a year's outcomes: the year is complete (before `today`'s year, or the current one), counts
 * are whole and non-negative, rates are percentages, hours fit the headcount. Returns every error.
 */
export function validateFirmYear(input: FirmYearInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const thisYear = Number(today.slice(0, 4));
  const whole = (field: keyof FirmYearInput, value: number, max: number) => {
    if (!Number.isInteger(value) || value < 0) errors.push({ field, code: 'whole_not_negative' });
    else if (value > max) errors.push({ field, code: 'at_most', params: { maximum: max } });
  };
  if (!Number.isInteger(input.year) || input.year < FIRST_OUTCOME_YEAR || input.year > thisYear) {
    errors.push({
      field: 'year',
      code: 'year_range',
      params: { from: String(FIRST_OUTCOME_YEAR), to: String(thisYear) },
    });
  }
  whole('headcount', input.headcount, 100_000);
  whole('separations', input.separations, 100_000);
  whole('payrollCents', input.payrollCents, 1e13);
  whole('hoursWorked', input.hoursWorked, 1e9);
  whole('workAccidents', input.workAccidents, 100_000);
  if (!PRODUCTIVITY_MEASURE_CODES.includes(input.productivityMeasure))
    errors.push({ field: 'productivityMeasure', code: 'measure_unknown' });
  if (!Number.isFinite(input.productivityValue) || input.productivityValue < 0)
    errors.push({ field: 'productivityValue', code: 'number_not_negative' });
  else if (input.productivityValue >= 1e9) errors.push({ field: 'productivityValue', code: 'below_billion' });
  else if (!higherIsBetter(input.productivityMeasure) && input.productivityValue > 100)
    errors.push({ field: 'productivityValue', code: 'percentage_at_most_100' });
  if (!Number.isFinite(input.absenteeismDays) || input.absenteeismDays < 0 || input.absenteeismDays >= 1e8)
    errors.push({ field: 'absenteeismDays', code: 'absenteeism_range' });
  // A full-time year is about 1,950 hours; 4,000 per head is beyond any overtime.
  const heads = Math.max(input.headcount, 1);
  if (errors.every((e) => e.field !== 'hoursWorked') && input.hoursWorked > heads * 4000) {
    errors.push({ field: 'hoursWorked', code: 'hours_per_employee' });
  }
  if (errors.every((e) => e.field !== 'absenteeismDays') && input.absenteeismDays > heads * 366) {
    errors.push({ field: 'absenteeismDays', code: 'days_per_employee' });
  }
  return errors;
}

/** Working days in a year, to turn days of absence into a rate. */
export const WORKING_DAYS_PER_YEAR = 220;

export interface FirmYearIndicators {
  /** Separations over the average of the year's headcount (end of year + separations as a proxy of the start). */
  turnoverRate: number | null;
  /** Days of absence over the working days of the headcount, in %. */
  absenteeismRate: number | null;
  /** Work accidents per 100 full-time equivalents (1,950 hours). */
  accidentsPer100Fte: number | null;
  /** Average hourly payroll, in cents. */
  payrollPerHourCents: number | null;
}

/** The yearly indicators of a firm's form (null where the denominator is 0). */
export function firmYearIndicators(row: FirmYearInput): FirmYearIndicators {
  const averageHeadcount = row.headcount + row.separations / 2;
  const fte = row.hoursWorked / 1950;
  return {
    turnoverRate: averageHeadcount > 0 ? (100 * row.separations) / averageHeadcount : null,
    absenteeismRate: row.headcount > 0 ? (100 * row.absenteeismDays) / (row.headcount * WORKING_DAYS_PER_YEAR) : null,
    accidentsPer100Fte: fte > 0 ? (100 * row.workAccidents) / fte : null,
    payrollPerHourCents: row.hoursWorked > 0 ? Math.round(row.payrollCents / row.hoursWorked) : null,
  };
}

/**
 * The measure a firm's new year should use: the one of its latest earlier year, so that it keeps its
 * choice; `null` when it never reported (it chooses).
 */
export function keptMeasure(
  previous: readonly { year: number; productivityMeasure: ProductivityMeasure }[],
  year: number,
): ProductivityMeasure | null {
  const earlier = previous.filter((p) => p.year < year).sort((a, b) => b.year - a.year);
  return earlier[0]?.productivityMeasure ?? null;
}
