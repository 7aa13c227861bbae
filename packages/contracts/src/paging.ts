import { z } from 'zod';

/**
 * The query fields of a paged list: page from 1 (at most 1,000,000), pageSize from 1 to `maxPageSize`
 * (50 by default). Every paged list answers with `total`, `page` and `pageSize` beside its items.
 */
export const pageQueryFieldsUpTo = (maxPageSize: number) => ({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(50),
});

/** The usual paged list: pageSize from 1 to 200. */
export const pageQueryFields = pageQueryFieldsUpTo(200);

/** The one envelope of every paged list: the page's items, the total that match, the page and its size. */
export const pagedListSchema = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
    .meta({ id });

/** A page's envelope from its items, the total and the query's paging. */
export const pageOf = <T>(items: T[], total: number, paging: { page: number; pageSize: number }) => ({
  items,
  total,
  page: paging.page,
  pageSize: paging.pageSize,
});
