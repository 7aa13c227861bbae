import type { PersonFile } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { gatherPersonFile } from './gather-person-file.ts';

/** A person's file as JSON (Law 25 access request): everything held about one employee. */
export async function getPersonFile(deps: Deps, caller: Caller, input: { employeeId: string }): Promise<PersonFile> {
  return gatherPersonFile(deps, caller, input.employeeId, 'privacy.file');
}
