import { type Expression, sql } from 'kysely';

/**
 * A page's LIMIT and OFFSET written into the statement's text rather than sent as values
 * (decision 76). PostgreSQL plans a kept statement once for any values (its generic plan) only if
 * that plan is not estimated dearer than the plans made for the values; with LIMIT and OFFSET as
 * values it reckons with a tenth of the rows for each, so a list page was planned again on every
 * run (0.3–0.5 ms of PostgreSQL's CPU). As text, the first pages of each size share one statement
 * and its plan. Whole numbers only: they come validated from the request.
 */
export function pageWindow(page: number, pageSize: number): { limit: Expression<number>; offset: Expression<number> } {
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(pageSize) || pageSize < 1)
    throw new Error(`pageWindow: page ${page} and size ${pageSize} must be whole numbers from 1`);
  return { limit: sql.lit(pageSize), offset: sql.lit((page - 1) * pageSize) };
}
