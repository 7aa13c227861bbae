/**
 * A page's LIMIT and OFFSET, validated. Every database handle writes them into the statement's text
 * rather than sending them as values (db/literal-paging.ts, decisions 76 and 84), so that PostgreSQL
 * can keep one plan for the first pages of each size. Whole numbers only: they come validated from the
 * request, and this refuses anything else.
 */
export function pageWindow(page: number, pageSize: number): { limit: number; offset: number } {
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(pageSize) || pageSize < 1)
    throw new Error(`pageWindow: page ${page} and size ${pageSize} must be whole numbers from 1`);
  return { limit: pageSize, offset: (page - 1) * pageSize };
}
