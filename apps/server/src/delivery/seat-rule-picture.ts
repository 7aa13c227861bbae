import type { SeatPicture } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { enrolmentRepository } from './enrolment-repository.ts';

/**
 * What the seat rule (decideEnrolment, seatsAvailableFor, promotions) reads of a session: confirmed
 * and reserved seats per firm; after the go/no-go date unfilled reservations no longer hold seats.
 * Read it under the session's row lock, so that parallel enrolments never exceed the maximum.
 */
export async function seatRulePicture(
  db: Db,
  row: { id: string; seatsMax: number; goNoGoDate: string | null },
  today: string,
): Promise<SeatPicture> {
  const picture = await enrolmentRepository(db).seatPicture(row.id);
  return {
    seatsMax: row.seatsMax,
    confirmedByMember: picture.confirmedByMember,
    reservedByMember: picture.reservedByMember,
    reservationsReleased: Boolean(row.goNoGoDate && today > row.goNoGoDate),
  };
}
