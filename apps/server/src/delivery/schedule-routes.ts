import { scheduleEndpoints as schedule } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { listSchedule } from './list-schedule.ts';

/** The calendar of sessions: coordinators, member contacts and trainers, each what it may see. */
export function registerScheduleRoutes(app: App, deps: Deps) {
  serve(app, schedule.days, ['coordinator', 'member_contact', 'trainer'], ({ query }, caller) =>
    listSchedule(deps, caller, query),
  );
}
