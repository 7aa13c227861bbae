// Need rows → API answers.
import type { Need } from '@mutualis/contracts';
import { memberMayChangeNeed } from '@mutualis/domain/needs/index';
import type { Db } from '../db/client.ts';
import { type NeedRow, needRepository } from './repository.ts';

export function presentNeed(r: NeedRow, employeeIds: string[]): Need {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    topicId: r.topic_id,
    topicCode: r.topic_code,
    topicNameFr: r.topic_name_fr,
    topicNameEn: r.topic_name_en,
    diagnosticId: r.diagnostic_id,
    seats: r.seats,
    employeeIds,
    nocCode: r.noc_code,
    languages: r.languages as Need['languages'],
    modes: r.modes as Need['modes'],
    regionCode: r.region_code,
    periods: r.periods,
    priority: r.priority,
    maxPricePerSeatCents: r.max_price_per_seat_cents,
    notes: r.notes,
    status: r.status,
    statusChangedAt: r.status_changed_at,
    source: r.source,
    memberMayChange: memberMayChangeNeed(r.status),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Needs with their named employees, in the order given. */
export async function presentNeeds(db: Db, rows: NeedRow[]): Promise<Need[]> {
  const employees = await needRepository(db).employeesOf(rows.map((r) => r.id));
  return rows.map((r) => presentNeed(r, employees.get(r.id) ?? []));
}
