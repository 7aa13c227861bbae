import { z } from 'zod';

/** The query fields of a paged list: page from 1 (at most 1,000,000), pageSize from 1 to 200 (50 by default). */
export const pageQueryFields = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};
