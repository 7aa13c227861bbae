import type { DuesSchedule } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { duesRepository } from './dues-repository.ts';
import { presentSchedule } from './dues-schedule.ts';

/** The membership fee schedule (flat, by size class or by payroll band; pro-rated or not). */
export async function getDuesSchedule(deps: Deps, caller: Caller): Promise<DuesSchedule> {
  return presentSchedule(await duesRepository(deps.db).schedule(mutualOf(caller)));
}
