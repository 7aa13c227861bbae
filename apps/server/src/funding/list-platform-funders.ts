import type { Caller, Deps } from '../caller.ts';
import { mutualOf } from '../caller.ts';
import { platformFunderOptions } from '../observatory/index.ts';

/** The platform's funder organisations a coordinator may link one of its funders to: ids and names only. */
export async function listPlatformFunders(deps: Deps, caller: Caller) {
  mutualOf(caller);
  const rows = await platformFunderOptions(deps.db);
  return { items: rows.map((r) => ({ id: r.id, name: r.name })) };
}
