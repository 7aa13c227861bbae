import { type PersonReadPage, type PersonReadQuery, pageOf } from '@mutualis/contracts';
import { addDays, startOfDayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentRead } from './present.ts';
import { privacyRepository } from './repository.ts';

// The day after 9999-12-31 is past what PostgreSQL stores: that last day is no bound at all.
const endOfDay = (date: string) => (date >= '9999-12-31' ? undefined : startOfDayInMontreal(addDays(date, 1)));

/** The read report: who read whose personal data in the caller's mutual, newest first, one row per person read. */
export async function listPersonReads(deps: Deps, caller: Caller, query: PersonReadQuery): Promise<PersonReadPage> {
  const { rows, total } = await privacyRepository(deps.db).reads({
    ...query,
    mutualId: mutualOf(caller),
    from: query.from ? startOfDayInMontreal(query.from) : undefined,
    to: query.to ? endOfDay(query.to) : undefined,
    fromDay: query.from,
    toDay: query.to,
  });
  return pageOf(rows.map(presentRead), total, query);
}
