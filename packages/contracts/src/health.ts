import { z } from 'zod';
import { endpoint } from './endpoint.ts';

/** The health check's answer: the server is up and its database answers. */
export const healthSchema = z.object({ status: z.literal('ok'), database: z.literal('ok'), time: z.string() });
export type Health = z.infer<typeof healthSchema>;

/** Readiness: the database answers, every migration is applied and the instance is not stopping. */
export const readySchema = z.object({
  status: z.literal('ready'),
  database: z.literal('ok'),
  migrations: z.literal('done'),
  time: z.string(),
});
export type Ready = z.infer<typeof readySchema>;

/** Liveness and readiness, for load balancers, orchestrators and monitoring. */
export const healthEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/health',
    tag: 'system',
    summary: 'Liveness and database check',
    response: healthSchema,
  }),
  ready: endpoint({
    method: 'get',
    path: '/api/ready',
    tag: 'system',
    summary:
      'Readiness: 200 when the instance may take traffic, 503 busy_try_again while migrations are pending, the database is unreachable or the instance is stopping',
    response: readySchema,
  }),
};
