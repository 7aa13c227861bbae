// What other areas (and the composition root) may use of the observatory area.
import type { Db } from '../db/client.ts';
import { observatoryRepository } from './repository.ts';

export { observedMutualIds } from './observer-scope.ts';
export { registerObservatoryRoutes } from './routes.ts';

/** True when the funder exists (accounts: a funder's account names one). */
export const funderExists = (db: Db, id: string) => observatoryRepository(db).funderExists(id);

/** The platform's funder organisations, ids and names only (a mutual links its own funders to them). */
export const platformFunderOptions = (db: Db) => observatoryRepository(db).platformFunderOptions();

/** The funder organisation of a funder's account, or null. */
export const funderOfAccount = (db: Db, userId: string) => observatoryRepository(db).funderOfUser(userId);
