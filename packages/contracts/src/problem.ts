import { z } from 'zod';

/** RFC 9457 problem document: every API error. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: 'Stable error code' }),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string(), row: z.number().int().optional() })).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
