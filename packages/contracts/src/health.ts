import { z } from 'zod';
import { endpoint } from './endpoint.ts';

/** The health check's answer: the server is up and its database answers. */
export const healthSchema = z.object({ status: z.literal('ok'), database: z.literal('ok'), time: z.string() });
export type Health = z.infer<typeof healthSchema>;

/** Liveness, for load balancers and monitoring. */
export const healthEndpoints = {
  get: endpoint({ method: 'get', path: '/api/health', tag: 'system', summary: 'Liveness and database check', response: healthSchema }),
};
